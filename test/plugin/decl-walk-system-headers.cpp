// The frontend's walk of the unit's declarations (allocation wrappers, template names) passes over system headers when nothing there can matter: no razor annotation there (one in the user's code, as a probe, changes nothing), no alloc-fn name, no foreign file.  The user's own declarations are walked all the same: a template's site is named as written, a function declared with the malloc attribute is a wrapper (wrappers by their shape are off here: only declared ones count).  An alloc-fn name may name a system header's function: then the walk enters them, and finds it.
// RUN: %clangxx -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -isystem %S/Inputs/walk-sys -O0 -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck %s --check-prefix=USER
// RUN: %clangxx -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -isystem %S/Inputs/walk-sys -fplugin-arg-razortrace-alloc-fn=sys_alloc -O0 -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck %s --check-prefix=NAMED
// RUN: %clangxx -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -isystem %S/Inputs/walk-sys -O0 -S -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// A probe in the user's code: the system headers are still passed over (as many functions walked as without it); a razor_alloc annotation in one: they are walked, and its function is a wrapper.
// RUN: %clangxx -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -isystem %S/Inputs/walk-sys -O0 -c -o /dev/null -mllvm -stats -DPROBE %s 2>&1 | FileCheck %s --check-prefix=USER
// RUN: %clangxx -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -isystem %S/Inputs/walk-sys -O0 -c -o /dev/null -mllvm -stats -DSYS_ANNOTATED %s 2>&1 | FileCheck %s --check-prefix=SYS
#include <stdlib.h>
#include <walk-sys.h>

template <typename T> struct Box {
  T *make() { return static_cast<T *>(malloc(sizeof(T))); }
};

void *mine(size_t n) __attribute__((malloc));

#ifdef PROBE
#define MAYBE_PROBE __attribute__((annotate("razor_probe:TRACE_WALK")))
#else
#define MAYBE_PROBE
#endif
MAYBE_PROBE void probe_fn(void) {}

void *use(int i) {
  Box<long> b;
  SysBox<int> s;
  if (i == 0)
    return b.make();
  if (i == 1)
    return s.make();
  return mine(4);
}

// USER-NOT: warning
// USER: 8 razortrace{{ *}} - Function declarations the frontend walked
// USER: 1 razortrace{{ *}} - Functions taken as allocation wrappers
// SYS: {{[0-9][0-9][0-9]+}} razortrace{{ *}} - Function declarations the frontend walked
// SYS: 2 razortrace{{ *}} - Functions taken as allocation wrappers
// NAMED-NOT: but no function of that name is declared
// NAMED: 2 razortrace{{ *}} - Functions taken as allocation wrappers
// IR: c"Box<T>::make\00"
