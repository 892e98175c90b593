// A call of a function declared here and defined in another file goes to its entry name, __razor_entry.NAME, with the call's record as one more argument, and no callsite stores round it: a file built with the plugin that defines NAME makes that name NAME itself (a hidden alias), so the call costs what it cost without the plugin; this file's own definition of the name is weak, hidden, in a comdat, never inlined, compiled as at -O0 (optnone), and writes the record to the callsite and jumps to the function (which was then built without the plugin), with no frame and, called from C, no unwind entry; the caller treats the call as one that may leave the callsite changed (at -O0, where no placement follows, it writes its own value back after the call).  The C library's functions LLVM knows (TargetLibraryInfo) keep their stores here (no thunk between; others take the thunk, which does the same), its math and string functions that never allocate get none (nor the value the function was entered with back before them: that goes back once, at the return), and a variadic function, which cannot take one more argument, keeps its stores.  -mllvm -razortrace-entries=false brackets every call here, as before. Optimized, a function with an entry name that writes the callsite is split: the entry name reaches its body (private, .razor: no symbol of its own, the entry name names it), which returns with its last call's record left in the callsite (callers built with the plugin write theirs where they need it), and its own name is a function that calls the body and gives the value back, for code built without the plugin and calls through pointers; -mllvm -razortrace-split-entries=false keeps one function.
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %clang -O0 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o %t0.ll %s
// RUN: FileCheck --check-prefix=O0 %s < %t0.ll
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -o - %s | FileCheck --check-prefix=ASM %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s -mllvm -razortrace-entries=false | FileCheck --check-prefix=OFF %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck --check-prefix=STATS %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s -mllvm -razortrace-split-entries=false | FileCheck --check-prefix=SPLIT0 %s
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

char *make(int n);              // another file's
void note(const char *fmt, ...); // variadic
static char buf[64];
static int cmp(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }

// Defined here: other files call it through its entry name.
double work(int n, double x) {
  char *p = make(n);
  qsort(buf, n, 1, cmp);
  note("%d", n);
  strcpy(buf, p);
  return pow(x, x);
}

// CHECK: @__razor_entry.work = hidden alias double (i32, double), ptr @work.razor
// CHECK-LABEL: define private double @work.razor(
// CHECK:       call ptr @__razor_entry.make(i32 noundef %{{[0-9a-z]+}}, ptr nonnull @razor.call{{[.0-9]*}})
// CHECK:       store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// CHECK-NEXT:  call void @qsort(
// CHECK:       store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// CHECK-NEXT:  call void (ptr, ...) @note(
// CHECK-NOT:   store ptr {{.*}}, ptr @__razor_callsite
// CHECK:       call double @pow(
// CHECK-NEXT:  ret double

// The caller's own definition of make's entry name: the record in the
// callsite, and a tail call (a jump: make returns to the caller, which
// treats the call as one that may leave the callsite changed).
// CHECK-LABEL: define weak hidden ptr @__razor_entry.make(i32 noundef %0, ptr %1)
// CHECK-SAME:  #[[THUNK:[0-9]+]] comdat
// CHECK-NEXT:  store ptr %1, ptr @__razor_callsite
// CHECK-NEXT:  [[R:%.*]] = tail call ptr @make(i32 noundef %0)
// CHECK-NEXT:  ret ptr [[R]]
// Under its own name, for code built without the plugin and calls
// through pointers: the body, and the value it was entered with given back.
// CHECK-LABEL: define dso_local double @work(i32 noundef %0, double noundef %1)
// CHECK-NEXT:  [[IN:%.*]] = load ptr, ptr @__razor_callsite
// CHECK-NEXT:  [[W:%.*]] = call double @work.razor(i32 noundef %0, double noundef %1)
// CHECK-NEXT:  store ptr [[IN]], ptr @__razor_callsite
// CHECK-NEXT:  ret double [[W]]
// It is compiled as at -O0: nothing in it to optimize; its callers here
// are C (no unwinding: no unwind entry); no frame pointer, no uwtable.
// CHECK:       attributes #[[THUNK]] = { noinline nounwind optnone{{( "target-cpu"="[^"]*")?( "target-features"="[^"]*")?( "tune-cpu"="[^"]*")?}} }
// ASM-LABEL: {{^}}__razor_entry.make:
// ASM-NEXT:  # %bb.0:
// ASM-NEXT:  movq %rsi, %fs:__razor_callsite@TPOFF
// ASM-NEXT:  jmp make@PLT # TAILCALL
// ASM-NEXT:  .Lfunc_end

// O0: @__razor_entry.work = hidden alias
// At -O0 no placement follows: the caller writes back the value it was
// entered with after the call.
// O0-LABEL: define {{.*}}double @work(
// O0:       [[SLOT:%.*]] = call ptr @__razor_callsite_address()
// O0-NEXT:  [[IN:%.*]] = load ptr, ptr [[SLOT]]
// O0:       call ptr @__razor_entry.make(i32 noundef %{{.*}}, ptr @razor.call{{[.0-9]*}})
// O0-NEXT:  store ptr [[IN]], ptr [[SLOT]]
// O0-LABEL: define weak hidden ptr @__razor_entry.make(

// SPLIT0: @__razor_entry.work = hidden alias double (i32, double), ptr @work{{$}}
// SPLIT0-NOT: @work.razor

// OFF-NOT: __razor_entry
// OFF:     store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// OFF-NEXT: call ptr @make(

// STATS-DAG: 1 razortrace - Calls of functions of other files made by entry name
// STATS-DAG: 1 razortrace - Functions given an entry name for other files
// STATS-DAG: 1 razortrace - Functions split into a body its entry name calls and a restoring outer function
