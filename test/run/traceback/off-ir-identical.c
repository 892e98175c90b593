// Traceback off costs nothing at compile time: the pass emits the same IR for a probe with and without `traceback` (only the spec string differs, the frame pointers its file keeps with `traceback`, which its module descriptor says: test/plugin/frame-pointers.c, and the function records of such a file, left out here with -razortrace-function-records=0: test/plugin/function-records.c), so no stack capture is emitted or called from compiled code; the choice is made in the runtime.
// RUN: %clang -fplugin=%plugin -I%include -O2 -S -emit-llvm -DSPEC='"TRACE_OFF"' %s -o %t.off.ll
// RUN: %clang -fplugin=%plugin -I%include -O2 -S -emit-llvm -mllvm -razortrace-function-records=0 -DSPEC='"TRACE_OFF,traceback"' %s -o %t.on.ll
// RUN: sed -e 's/TRACE_OFF,traceback/TRACE_OFF/' -e 's/\[[0-9]* x i8\]/[N x i8]/g' -e 's/ "frame-pointer"="[a-z-]*"//' -e 's/[.]flags0//g' -e 's/{ i32 \([0-9]*\), i32 [01], ptr @__start/{ i32 \1, i32 F, ptr @__start/' %t.on.ll > %t.on.norm
// RUN: sed -e 's/\[[0-9]* x i8\]/[N x i8]/g' -e 's/ "frame-pointer"="[a-z-]*"//' -e 's/[.]flags0//g' -e 's/{ i32 \([0-9]*\), i32 [01], ptr @__start/{ i32 \1, i32 F, ptr @__start/' %t.off.ll > %t.off.norm
// RUN: diff %t.off.norm %t.on.norm
// RUN: FileCheck %s < %t.off.ll
#include <razortrace.h>
#include <stdlib.h>

static void *kept[10];

RAZOR_PROBE(SPEC) void keep(int i) {
  kept[i] = malloc(50);
}
// Without `traceback` the file's functions keep no frame pointer for it.
// CHECK: define {{.*}} @keep(
// CHECK: load atomic ptr, ptr @__razor_call_malloc unordered
// CHECK-NOT: stack
// CHECK: ret void
// CHECK-NOT: "frame-pointer"="all"
