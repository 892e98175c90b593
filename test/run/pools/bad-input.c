// Client calls with bad input, from code built with the plugin and without it, while a probe samples: NULL, a pointer into the first page, a pointer beyond user space, a wild pointer, a give-back of a block never registered (a malloc'd one: it still counts), a block given back twice, a block given back to the wrong pool, a pool cleared that has no blocks or twice, a NULL pool.  Nothing crashes, the program prints what its plain build prints, the malloc'd block kept each call is still the finding (not cancelled by a razor_freelike of it) and a pool's block kept each call is the other; what was given back is not reported, and nothing is dropped.
// RUN: %clang -O2 -I%include -c %S/Inputs/bad-plain.c -o %t.plain-part.o
// RUN: %clang_razor -g -O0 %s %t.plain-part.o -o %t0
// RUN: %clang_razor -g -O2 %s %t.plain-part.o -o %t2
// RUN: %clang -g -O2 -I%include %s %t.plain-part.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_BAD=1 %run %t0 > %t0.out 2> %t0.err
// RUN: FileCheck %s < %t0.err
// RUN: diff %t.plain.out %t0.out
// RUN: env TRACE_BAD=1 %run %t2 > %t2.out 2> %t2.err
// RUN: FileCheck %s < %t2.err
// RUN: diff %t.plain.out %t2.out
// RUN: %run %t0 > %t0.off.out 2> %t0.off.err
// RUN: diff %t.plain.out %t0.off.out
// RUN: not grep razortrace %t0.off.err
// RUN: env TRACE_BAD=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void bad_calls_plain(void *known_malloc, void *pool);

static char pool_a, pool_b, pool_c; /* their addresses name pools */
static char heap_arena[1 << 16];
static size_t used;
static void *kept[64];
static char *kept_pool[64];

RAZOR_PROBE("TRACE_BAD") void work(int i) {
  char local[32];
  memset(local, i, sizeof local);
  kept[i] = malloc(24); /* a real leak */
  razor_freelike(kept[i]); /* never registered: ignored, still counts */
  razor_malloclike(NULL, 10);
  razor_malloclike((void *)16, 10);
  razor_malloclike((void *)(uintptr_t)-4096, 10);
  razor_malloclike((void *)0x10000000ul, 10); /* wild: nothing mapped there */
  razor_freelike((void *)0x10000000ul);
  razor_freelike(NULL);
  razor_freelike(local);
  razor_pool_alloc(NULL, local, 8);
  razor_pool_free(&pool_a, local);
  razor_pool_clear(&pool_c); /* no blocks */
  razor_pool_clear(NULL);
  /* Registered and given back twice; cleared twice. */
  razor_malloclike(local, 16);
  razor_freelike(local);
  razor_freelike(local);
  char *p = heap_arena + used;
  used += 32;
  razor_pool_alloc(&pool_a, p, 32);
  razor_pool_free(&pool_b, p); /* the wrong pool: ignored */
  razor_pool_clear(&pool_a);
  razor_pool_clear(&pool_a);
  razor_pool_free(&pool_a, p);
  /* A pool block kept. */
  kept_pool[i] = heap_arena + used;
  used += 32;
  razor_pool_alloc(&pool_b, kept_pool[i], 32);
  snprintf(kept_pool[i], 32, "kept %d", i);
  bad_calls_plain(kept[i], &pool_b);
}
// CHECK:      razortrace: probe work (trigger TRACE_BAD) in {{.*}}bad-input.c:[[# @LINE - 34]] — 10 calls sampled
// CHECK-NEXT: bad-input.c line: [[# @LINE - 5]] column: 3 function: work command: razor_pool_alloc(&pool_b, kept_pool[i], 32);
// CHECK-NEXT:     • average kb per call: 0.0312   • total kb: 0.3125   • blocks: 10
// CHECK-NEXT: bad-input.c line: [[# @LINE - 34]] column: 13 function: work command: kept[i] = malloc(24); /* a real leak */
// CHECK-NEXT:     • average kb per call: 0.0234   • total kb: 0.2344   • blocks: 10
// CHECK-NEXT: razortrace: SUMMARY: 2 growing site(s) in 1 probe(s), 0.5469 kb retained

// JSON-NOT:  dropped
// JSON:      probes[0].sites[0].kind = "pool"
// JSON-NEXT: probes[0].sites[0].total_bytes = 320
// JSON:      probes[0].sites[1].kind = "malloc"
// JSON-NEXT: probes[0].sites[1].total_bytes = 240
// JSON-NOT:  probes[0].sites[2]
// JSON-NOT:  dropped

int main(void) {
  for (int i = 0; i < 10; i++)
    work(i);
  printf("%s %s\n", kept_pool[0], kept_pool[9]);
  return 0;
}
