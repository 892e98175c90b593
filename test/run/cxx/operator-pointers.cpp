// Where compiled code's operator new and delete go.  While nothing is traced, with libstdc++'s operators, straight to malloc and free through razortrace's own direct ways (in librazortrace, not libstdc++); from the first sample on, the hooks.  A program that replaces the global operators keeps them (its own executable).
// RUN: %clangxx_razor -O2 %s -o %t
// RUN: %run %t 2>&1 | FileCheck %s --check-prefix=STD
// RUN: env TRACE_PTR=1 %run %t 2>&1 | FileCheck %s --check-prefix=TRACED
// RUN: %clangxx_razor -O2 -DREPLACE %s -o %t.own
// RUN: %run %t.own 2>&1 | FileCheck %s --check-prefix=OWN
#include <razortrace.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <new>

extern "C" void *(*__razor_call__Znwm)(std::size_t, void *);
extern "C" void (*__razor_call__ZdlPv)(void *, void *);

#ifdef REPLACE
void *operator new(std::size_t n) {
  void *p = std::malloc(n ? n : 1);
  if (!p)
    throw std::bad_alloc();
  return p;
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }
#endif

// Which object a pointer's code is in, and its exported name if any.
static void where(const char *what, void *fn) {
  Dl_info info;
  const char *file = "?", *name = "";
  if (dladdr(fn, &info)) {
    file = info.dli_fname ? info.dli_fname : "?";
    name = info.dli_sname && info.dli_saddr == fn ? info.dli_sname : "";
    if (const char *slash = std::strrchr(file, '/'))
      file = slash + 1;
  }
  std::printf("%s: %s %s\n", what, file, name);
}

static int *kept[4];

RAZOR_PROBE("TRACE_PTR") __attribute__((noinline)) void step(int i) {
  kept[i] = new int(i);
}

int main() {
  delete new int(1); // whatever the first allocation sets up
  where("new", (void *)__razor_call__Znwm);
  where("delete", (void *)__razor_call__ZdlPv);
  for (int i = 0; i < 4; i++)
    step(i);
  where("new after", (void *)__razor_call__Znwm);
  return 0;
}
// Not libstdc++'s operator: razortrace's direct way (not exported).
// STD: new: librazortrace.so {{$}}
// STD-NEXT: delete: librazortrace.so {{$}}
// STD-NEXT: new after: librazortrace.so {{$}}
// TRACED: new: librazortrace.so {{$}}
// TRACED: new after: librazortrace.so __razor__Znwm
// OWN: new: {{.*}}.own _Znwm
// OWN-NEXT: delete: {{.*}}.own _ZdlPv
