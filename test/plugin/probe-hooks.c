// A probe's entry block takes the frame address and calls __razor_probe_enter; __razor_probe_exit with its token runs right before the ret.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stdlib.h>

__attribute__((annotate("razor_probe:TRACE_H")))
int fill(int n) {
  if (n < 0)
    return -1;
  char *p = malloc(n);
  if (!p)
    return -2;
  free(p);
  return 0;
}

// CHECK-LABEL: define dso_local i32 @fill(i32 noundef %0)
// CHECK-NEXT:    alloca
// CHECK-NEXT:    alloca
// CHECK-NEXT:    alloca
// CHECK-NEXT:    [[FRAME:%[0-9]+]] = call ptr @llvm.frameaddress.p0(i32 0)
// CHECK-NEXT:    [[TOK:%[0-9]+]] = call i32 @__razor_probe_enter(ptr @razor.probe, ptr [[FRAME]])
// CHECK-NOT:     @__razor_probe_{{enter|exit}}
// CHECK:         [[M:%[0-9]+]] = load atomic ptr, ptr @__razor_call_malloc unordered
// CHECK-NEXT:    call {{.*}}ptr [[M]](
// CHECK-NOT:     @__razor_probe_{{enter|exit}}
// CHECK:         [[RET:%[0-9]+]] = load i32, ptr %
// CHECK-NEXT:    call void @__razor_probe_exit(ptr @razor.probe, i32 [[TOK]])
// CHECK-NEXT:    ret i32 [[RET]]
// CHECK-NEXT:  }

// CHECK: declare i32 @__razor_probe_enter(ptr, ptr)
// CHECK: declare void @__razor_probe_exit(ptr, i32)
