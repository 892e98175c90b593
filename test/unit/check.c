// RAZOR_CHECK: in the runtime the suite links (lib/checked) a broken
// invariant stops with one line naming file, line and condition; the
// release runtime has no checks compiled in.
// RUN: %razor_unit %s %razor_static_lib -lpthread -o %t
// RUN: not --crash %t 2>&1 | FileCheck %s
// RUN: nm %libdir/librazortrace.a | FileCheck --check-prefix=CHECKED %s
// RUN: nm %libdir/../librazortrace.a | FileCheck --check-prefix=RELEASE %s
// CHECK: razortrace: CHECK failed: {{.*}}razor_base.h:{{[0-9]+}}: atomic_load_explicit(&l->v, memory_order_relaxed)
// CHECKED: T razor_check_failed
// RELEASE-NOT: razor_check_failed
#include "razor_base.h"

int main(void) {
  razor_lock l = {0};
  razor_lock_release(&l); /* released without being held */
  return 0;
}
