// At -O2 a malloc/free pair the optimizer would delete is still there, rewritten: the pass runs before the optimizer.
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// Without the plugin the optimizer does delete the pair, so the test above means something.
// RUN: %clang -O2 -S -emit-llvm -o - %s | FileCheck --check-prefix=PLAIN %s
#include <stdlib.h>

void scratch(void) {
  void *p = malloc(16);
  free(p);
}

// CHECK-LABEL: define dso_local void @scratch()
// CHECK:         [[T:%[0-9]+]] = tail call ptr @__razor_malloc(i64 16, ptr nonnull @razor.site)
// CHECK:         [[U:%[0-9]+]] = {{(tail )?}}call ptr %{{[0-9]+}}(i64 16){{.*}}!razor.tested
// CHECK:         [[P:%[0-9]+]] = phi ptr [ [[T]], %{{[0-9]+}} ], [ [[U]], %{{[0-9]+}} ]
// CHECK:         tail call void @__razor_free(ptr [[P]], ptr nonnull @razor.site.{{[0-9]+}})
// CHECK:         {{(tail )?}}call void %{{[0-9]+}}(ptr [[P]]){{.*}}!razor.tested
// CHECK:         ret void

// PLAIN-LABEL: define dso_local void @scratch()
// PLAIN-NEXT:    ret void
