// Blocks a probe allocates on a thread and that the thread's exit releases (a pthread key's destructor, C++ thread_local objects' destructors) count no more once the thread is gone; blocks a global object's destructor frees at process exit do not disturb the exit report; nothing crashes.
// RUN: %clangxx_razor -std=c++17 -pthread %s -o %t
// RUN: env TRACE_TLS=1 %env_razor_opts=format=json %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %jsonl < %t.err | FileCheck %s
#include <pthread.h>
#include <razortrace.h>
#include <cstdio>
#include <cstdlib>
#include <vector>

static pthread_key_t key;
static int released_by_key, released_by_holder;

struct Holder {
  char *bytes = nullptr;
  ~Holder() {
    if (bytes)
      released_by_holder++;
    delete[] bytes;
  }
};
thread_local Holder holder;
thread_local std::vector<int> numbers;

/* Freed by the global's destructor, after main returns. */
struct AtExit {
  std::vector<char *> blocks;
  ~AtExit() {
    for (char *b : blocks)
      std::free(b);
    std::printf("global destructor freed %zu blocks\n", blocks.size());
  }
} at_exit;

static void release(void *p) {
  released_by_key++;
  std::free(p);
}

/* debug: every site that retains anything at the last sample is listed.
 * The last call (ALLOC false) only samples, after every thread is gone.
 * min_calls=6: the six calls are judged (the figures are the point). */
RAZOR_PROBE("TRACE_TLS,debug,min_calls=6") void session(bool alloc) {
  if (!alloc)
    return;
  pthread_setspecific(key, std::malloc(64));
  holder.bytes = new char[50];
  for (int k = 0; k < 10; k++)
    numbers.push_back(k);
  at_exit.blocks.push_back(static_cast<char *>(std::malloc(8)));
}

static void *thread_main(void *) {
  session(true);
  return nullptr;
}

int main() {
  pthread_key_create(&key, release);
  for (int i = 0; i < 5; i++) {
    pthread_t t;
    pthread_create(&t, nullptr, thread_main, nullptr);
    pthread_join(t, nullptr);
  }
  session(false);
  std::printf("released by key %d, by thread_local %d\n", released_by_key,
              released_by_holder);
  std::fflush(stdout);
  return 0;
}
// OUT:      released by key 5, by thread_local 5
// OUT-NEXT: global destructor freed 5 blocks

// The blocks for the global destructor (8 bytes a call, 5 calls) and the
// vector holding them (capacity 1, 2, 4, 4, 8 pointers) are the only ones
// still there at the last sample.
// CHECK:      report 0: probes[0].calls = 6
// CHECK:      report 0: probes[0].sites[0].source = "at_exit.blocks.push_back(static_cast<char *>(std::malloc(8)));"
// CHECK-NEXT: report 0: probes[0].sites[0].kind = "operator new"
// CHECK-NEXT: report 0: probes[0].sites[0].total_bytes = 64
// CHECK-NEXT: report 0: probes[0].sites[0].blocks = 1
// CHECK:      report 0: probes[0].sites[0].samples = [8, 16, 32, 32, 64, 64]
// CHECK:      report 0: probes[0].sites[1].source = "at_exit.blocks.push_back(static_cast<char *>(std::malloc(8)));"
// CHECK-NEXT: report 0: probes[0].sites[1].kind = "malloc"
// CHECK-NEXT: report 0: probes[0].sites[1].total_bytes = 40
// CHECK-NEXT: report 0: probes[0].sites[1].blocks = 5
// CHECK:      report 0: probes[0].sites[1].samples = [8, 16, 24, 32, 40, 40]
// CHECK-NOT:  sites[2]
// CHECK:      jsonl: 1 report(s)
