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
// CHECK:         [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_malloc unordered, align 8
// CHECK-NEXT:    [[P:%[0-9]+]] = tail call {{.*}}ptr [[M]](i64 16, ptr nonnull @razor.site){{.*}}!razor.tested
// CHECK:         [[F:%[0-9]+]] = load atomic ptr, ptr @__razor_call_free unordered, align 8
// CHECK-NEXT:    tail call void [[F]](ptr [[P]], ptr nonnull @razor.site.{{[0-9]+}}){{.*}}!razor.tested
// CHECK-NEXT:    ret void

// PLAIN-LABEL: define dso_local void @scratch()
// PLAIN-NEXT:    ret void
