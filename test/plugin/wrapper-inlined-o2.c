// At -O2 a wrapper of the same file that the optimizer inlines leaves no store to the thread's wrapper call (or callsite) on its caller's way: its allocation passes a record of the wrapper's call (kind -1, flags 28 = RAZOR_SITE_WRAPPER_CALL | RAZOR_SITE_INLINED | RAZOR_SITE_WRAPPER_INSTRUMENTED, as the call records of these wrappers defined here (20), the call's line, column, scope (file and function), source and callee) whose `inner` is the allocation's own record in the wrapper (flags 2, WRAPPED); the wrapper call's value (`entry ? entry : call`) that only a rare call inside (abort) reads is made on that call's way; nested wrappers (xstrdup on xmalloc) name the outer call and the inner malloc; a wrapper kept out of line (noinline) keeps its bracket, and so does every call at -O0.
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
// RUN: %clang -O2 -fplugin=%plugin -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck %s --check-prefix=STATS
// RUN: %clang -O0 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s --check-prefix=O0
#include <stdlib.h>
#include <string.h>

// CHECK: @[[FILE:razor.str]] = private unnamed_addr constant {{.*}} c"{{.*}}wrapper-inlined-o2.c\00"
// CHECK: @[[DIR:razor.str.1]] = private
// CHECK: @[[WHERE:razor.file[.0-9]*]] = private constant { i32, i32 } { rel @[[FILE]], rel @[[DIR]] }, align 4
// CHECK: @[[FN:razor.str.2]] = private unnamed_addr constant {{.*}} c"inlined\00"
// CHECK: @[[SRC1:razor.str.3]] = private unnamed_addr constant {{.*}} c"kept[0] = xmalloc(16);\00"
// CHECK: @[[XMALLOC:razor.str.4]] = private unnamed_addr constant {{.*}} c"xmalloc\00"
// CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[WHERE]], rel @[[FN]] }, align 4
// CHECK: @[[CALL1:razor.call]] = private constant {{.*}} { i32 [[#@LINE+58]], i16 13, i8 -1, i8 116, rel @[[SCOPE]], rel @[[XMALLOC]], rel @[[SRC1]] }
// CHECK: @[[SRC2:razor.str.[0-9]+]] = private unnamed_addr constant {{.*}} c"kept[1] = xstrdup(s);\00"
// CHECK: @[[XSTRDUP:razor.str.[0-9]+]] = private unnamed_addr constant {{.*}} c"xstrdup\00"
// CHECK: @[[CALL2:razor.call.[0-9]+]] = private constant {{.*}} { i32 [[#@LINE+56]], i16 13, i8 -1, i8 116, rel @[[SCOPE]], rel @[[XSTRDUP]], rel @[[SRC2]] }
// CHECK: @[[CALL3:razor.call.[0-9]+]] = private constant {{.*}} { i32 [[#@LINE+65]], i16 13, i8 -1, i8 {{(20|52|84|116)}},
// CHECK: @[[XSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[WHERE]], rel @[[XMALLOC]] }, align 4
// CHECK: @[[MALLOC:razor.site]] = private constant {{.*}} { i32 [[#@LINE+8]], i16 13, i8 0, i8 66, rel @[[XSCOPE]], rel @{{[^,]+}} }
// CHECK: @[[INL1:razor.inlined]] = private constant { i32, i16, i8, i8, i32, i32, i32, i32 } { i32 [[#@LINE+51]], i16 13, i8 -1, i8 124, rel @[[SCOPE]], rel @[[XMALLOC]], rel @[[SRC1]], rel @[[MALLOC]] }, section "razor_sites", align 4
// CHECK: @[[INL2:razor.inlined.[0-9]+]] = private constant {{.*}} { i32 [[#@LINE+51]], i16 13, i8 -1, i8 124, rel @[[SCOPE]], rel @[[XSTRDUP]], rel @[[SRC2]], rel @[[MALLOC]] }, section "razor_sites", align 4
// CHECK: @llvm.compiler.used = {{.*}}ptr @[[INL1]], ptr @[[INL2]]]

// STATS: 2 razortrace {{ *}}- Allocation calls of inlined wrappers given their wrapper call's record

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

__attribute__((noinline)) static void *xmalloc_out(size_t n) {
  return malloc(n);
}

char *kept[4];

// CHECK-LABEL: define dso_local void @inlined(
// CHECK-NOT:   @__razor_{{callsite|wrapcall}}
// CHECK:       call {{.*}}(i64 16, ptr nonnull @[[INL1]])
// CHECK-NOT:   @__razor_{{callsite|wrapcall}}
// CHECK:       [[IN1:%.*]] = load ptr, ptr @__razor_wrapcall
// CHECK:       select i1 {{%.*}}, ptr [[IN1]], ptr @[[CALL1]]
// CHECK-NEXT:  store ptr {{%.*}}, ptr @__razor_wrapcall
// CHECK-NEXT:  call void @abort()
// CHECK-NOT:   @__razor_{{callsite|wrapcall}}
// CHECK:       call {{.*}}(i64 {{%.*}}, ptr nonnull @[[INL2]])
// CHECK-NOT:   @__razor_{{callsite|wrapcall}}
// CHECK:       [[IN2:%.*]] = load ptr, ptr @__razor_wrapcall
// CHECK:       select i1 {{%.*}}, ptr [[IN2]], ptr @[[CALL2]]
// CHECK-NEXT:  store ptr {{%.*}}, ptr @__razor_wrapcall
// CHECK-NEXT:  call void @abort()
// CHECK-NOT:   @__razor_{{callsite|wrapcall}}
// CHECK:       ret void
// O0-LABEL: define dso_local void @inlined(
// O0:       select {{.*}}@razor.call{{(,|$)}}
// O0-NEXT:  store ptr {{%.*}}, ptr [[SLOT:%.*]], align 8
// O0-NEXT:  call ptr @xmalloc(i64 noundef 16)
// O0-NEXT:  store ptr {{%.*}}, ptr [[SLOT]], align 8
// O0:       select {{.*}}@razor.call.{{[0-9]+(,|$)}}
// O0-NEXT:  store ptr {{%.*}}, ptr [[SLOT]], align 8
// O0-NEXT:  call ptr @xstrdup(
// O0-NEXT:  store ptr {{%.*}}, ptr [[SLOT]], align 8
void inlined(const char *s) {
  kept[0] = xmalloc(16);
  kept[1] = xstrdup(s);
}

// CHECK-LABEL: define dso_local void @out_of_line(
// CHECK:       select i1 {{%.*}}, ptr @[[CALL3]], ptr
// CHECK:       store ptr {{%.*}}, ptr @__razor_wrapcall
// CHECK-NEXT:  call {{.*}}@xmalloc_out()
// CHECK:       store ptr {{%.*}}, ptr @__razor_wrapcall
// CHECK:       ret void
void out_of_line(void) {
  kept[2] = xmalloc_out(32);
}
