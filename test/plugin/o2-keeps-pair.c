// At -O2 a malloc/free pair the optimizer deletes without the plugin is deleted with it too: the site's thunk has malloc's and free's attributes (allockind, alloc-family), so the optimizer decides as for the calls the program makes; a pair whose block is used stays, rewritten.
// LLVM 14 knows allocation functions by name only (allockind came in 15).
// UNSUPPORTED: llvm-14
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O2 -S -emit-llvm -o - %s | FileCheck --check-prefix=PLAIN %s
#include <stdlib.h>

void scratch(void) {
  void *p = malloc(16);
  free(p);
}

void *kept;

void used(void) {
  void *p = malloc(16);
  kept = p;
  free(p);
}

// CHECK-LABEL: define dso_local void @scratch()
// CHECK-NEXT:    ret void

// CHECK-LABEL: define dso_local void @used()
// CHECK:         [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_malloc unordered, align 8
// CHECK-NEXT:    [[P:%[0-9]+]] = tail call {{.*}}ptr [[M]](i64 16, ptr nonnull @razor.site{{(\.[0-9]+)?}}){{.*}}!razor.tested
// CHECK:         [[F:%[0-9]+]] = load atomic ptr, ptr @__razor_call_free unordered, align 8
// CHECK-NEXT:    tail call void [[F]](ptr [[P]], ptr nonnull @razor.site.{{[0-9]+}}){{.*}}!razor.tested
// CHECK-NEXT:    ret void

// PLAIN-LABEL: define dso_local void @scratch()
// PLAIN-NEXT:    ret void
