// A function with calls into foreign code loads __razor_callsite once at entry (%razor.entry, right after the allocas), sets it before each such call and restores %razor.entry after it, and stores %razor.entry back right after each of its landing pads, so a call that ended by an exception leaves no callsite behind; a function with no foreign call (even one with a landing pad) loads and stores nothing. (The functions declared here stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
// RUN: %clangxx -fexceptions -fno-discard-value-names -fplugin=%plugin -mllvm -razortrace-entries=false -S -emit-llvm -o %t.ll %s
// RUN: %python %S/Inputs/rel-fields.py < %t.ll | FileCheck %s
// RUN: %opt -passes=verify -disable-output %t.ll

void may_throw(int);

int guarded(int x) {
  try {
    may_throw(x);
  } catch (...) {
    return -1;
  }
  return x;
}

struct Guard {
  int *p;
  ~Guard() { *p = 0; }
};

int helper(int x);

// Only the user's own functions are called: an invoke and a cleanup landing pad, no callsite.
int local_only(int x) {
  int slot = x;
  Guard g{&slot};
  return helper(x);
}

int helper(int x) { return x + 1; }

// CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }
// CHECK: @[[CALL:razor.call]] = private constant {{.*}} { i32 10, i16 5, i8 -1, i8 96, rel @[[SCOPE]], rel @{{[^,]+}}, rel @{{[^,]+}} }, section "razor_sites"

// CHECK-LABEL: define dso_local noundef i32 @_Z7guardedi(
// CHECK-NEXT:  entry:
// CHECK-NEXT:    %retval = alloca i32
// CHECK-NEXT:    %x.addr = alloca i32
// CHECK-NEXT:    %exn.slot = alloca ptr
// CHECK-NEXT:    %ehselector.slot = alloca i32
// CHECK-NEXT:    %razor.slot = call ptr @__razor_callsite_address()
// CHECK-NEXT:    %razor.entry = load ptr, ptr %razor.slot, align 8
// CHECK-NEXT:    store i32 %x, ptr %x.addr
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         store ptr @[[CALL]], ptr %razor.slot, align 8
// CHECK-NEXT:    invoke void @_Z9may_throwi(
// CHECK-NEXT:            to label %[[CONT:.+]] unwind label %[[LPAD:[^ ,]+]]
// CHECK:       [[CONT]]:
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
// CHECK-NEXT:    br label %try.cont
// CHECK:       [[LPAD]]:
// CHECK-NEXT:    [[LP:%.+]] = landingpad { ptr, i32 }
// CHECK-NEXT:            catch ptr null
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot, align 8
// CHECK-NEXT:    extractvalue { ptr, i32 } [[LP]], 0
// The catch's own runtime calls never allocate for their caller: no callsite round them.
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         call ptr @__cxa_begin_catch(
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         call void @__cxa_end_catch()
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         ret i32
// CHECK-NEXT:  {{^}}}

// CHECK-LABEL: define dso_local noundef i32 @_Z10local_onlyi(
// CHECK-NOT:     razor
// CHECK:         invoke noundef i32 @_Z6helperi(
// CHECK-NOT:     razor
// CHECK:         landingpad { ptr, i32 }
// CHECK-NEXT:            cleanup
// CHECK-NOT:     razor
// CHECK:         {{^}}  resume { ptr, i32 }
// CHECK-NEXT:  {{^}}}

// CHECK-LABEL: define dso_local noundef i32 @_Z6helperi(
// CHECK-NOT:     razor
// CHECK:       {{^}}}
