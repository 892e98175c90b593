// Optimizing, the thread's callsite is written back only where something can read it.  A function only this file's code can call (static, address never taken) returns with its last call's record left in it: a call through a pointer there is one store and stays a tail call (SQLite's getCellInfo and xParseCell).  A function other code can call (external, or whose address is taken: a callback) gives its caller the value back at its return, once, and not in a loop that writes its own value first on every turn; a write-back round a rare call of such a static function stays on the rare path.  Calls of the program's own functions and of library functions that never allocate need no value.  (Built -fPIC: the external functions here are then interposable and have no entry name, so they stay whole; entries.c shows how a function with one is split.)
// RUN: %clang -O2 -fPIC -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: awk '/^define .*@loop\(/,/^}/' %t.ll > %t.loop
// RUN: grep -c 'store .*@__razor_callsite' %t.loop | FileCheck --check-prefix=LOOP-COUNT %s
// RUN: FileCheck --check-prefix=LOOP-TURN %s < %t.loop
// RUN: FileCheck --check-prefix=LOOP-EXIT %s < %t.loop
#include <string.h>

struct obj { int (*parse)(struct obj *, int); void *(*make)(int); void *agg; };

static __attribute__((noinline)) int cell(struct obj *o, int i) {
  return o->parse(o, i);
}

// Both calls clobber it; the value goes back once, at the return.
// CHECK-LABEL: define {{.*}}i32 @two_cells(
// CHECK:         [[IN:%.*]] = load ptr, ptr @__razor_callsite
// CHECK-NOT:     store {{.*}}@__razor_callsite
// CHECK:         call {{.*}}i32 @cell(
// CHECK-NOT:     store {{.*}}@__razor_callsite
// CHECK:         call {{.*}}i32 @cell(
// CHECK-NEXT:    add
// CHECK-NEXT:    store ptr [[IN]], ptr @__razor_callsite
// CHECK-NEXT:    ret i32
int two_cells(struct obj *o) { return cell(o, 1) + cell(o, 2); }
// CHECK-LABEL: define internal {{.*}}i32 @cell(
// CHECK:         [[FP:%.*]] = load ptr, ptr %{{[0-9]+}}
// CHECK-NEXT:    store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// CHECK-NEXT:    [[R:%.*]] = tail call i32 [[FP]](
// CHECK-NEXT:    ret i32 [[R]]

// In the loop: one store a turn (the call through a pointer's); strlen and
// memcmp need none; the value goes back after the loop: two stores in all.
// LOOP-COUNT: {{^}}2{{$}}
// LOOP-TURN:      store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// LOOP-TURN-NEXT: call i32 %{{[0-9]+}}(
// LOOP-TURN-NOT:  store {{.*}}@__razor_callsite
// LOOP-TURN:      br i1 %{{[0-9]+}}, label %{{[0-9]+}}, label %{{[0-9]+}}{{.*}}!llvm.loop
// LOOP-EXIT:      store ptr %{{[0-9]+}}, ptr @__razor_callsite
// LOOP-EXIT-NEXT: ret i32
int loop(struct obj *o, const char *s, int n) {
  int sum = 0;
  for (int i = 0; i < n; i++)
    sum += o->parse(o, i) + (int)strlen(s) + memcmp(s, s + 1, 1);
  return sum;
}

// A rare call of a static function that clobbers it: the value goes back
// on the rare path, the common one has no store at all.
static __attribute__((noinline)) void *create(struct obj *o) {
  o->agg = o->make(8);
  return o->agg;
}
// CHECK-LABEL: define {{.*}}i32 @step(
// CHECK-NOT:     @__razor_callsite
// CHECK:         load ptr, ptr @__razor_callsite
// CHECK-NEXT:    call {{.*}}ptr @create(
// CHECK-NOT:     @__razor_callsite
// CHECK:         store ptr %{{.*}}, ptr @__razor_callsite
// CHECK-NOT:     @__razor_callsite
// CHECK:         ret i32
int step(struct obj *o, int i) {
  long *p = o->agg ? o->agg : create(o);
  if (p)
    ++*p;
  return i;
}

// A static function whose address is taken (code built without the plugin
// may call it) gives the value back.
// CHECK-LABEL: define internal {{.*}}i32 @callback(
// CHECK:         [[IN:%.*]] = load ptr, ptr @__razor_callsite
// CHECK:         store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// CHECK-NEXT:    call i32 %{{.*}}(
// CHECK-NOT:     @__razor_callsite
// CHECK:         store ptr [[IN]], ptr @__razor_callsite
// CHECK-NEXT:    ret i32
static int callback(struct obj *o, int i) { return o->parse(o, i) + 1; }
int (*taken)(struct obj *, int) = callback;
