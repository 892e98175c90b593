// A call from the user's code into a function defined in a system header gets a callsite record naming it (set before the call, the entry value restored after it); the system header's own calls into foreign code get none.
// The system-header test relies on libstdc++'s headers living under /usr/include/c++/ (or another /include/c++/).
// RUN: %clangxx -fno-exceptions -fno-discard-value-names -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
#include <ext/malloc_allocator.h>

int *take(unsigned n) { return __gnu_cxx::malloc_allocator<int>().allocate(n); }

// CHECK: @[[CALLEE:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"__gnu_cxx::malloc_allocator<int>::allocate(unsigned long, void const*)\00"
// CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }
// CHECK: @[[CALL:razor.call[.0-9]*]] = private constant {{.*}} { i32 [[#@LINE-4]], i16 67, i8 -1, i8 96, rel @[[SCOPE]], rel @[[CALLEE]], rel @{{[^,]+}} }, section "razor_sites", align 4
// CHECK-LABEL: define dso_local noundef ptr @_Z4takej(
// CHECK:         %ref.tmp = alloca
// CHECK-NEXT:    %razor.slot = call ptr @__razor_callsite_address()
// CHECK-NEXT:    %razor.entry = load ptr, ptr %razor.slot
// The temporary allocator's constructor and destructor are header functions too (records of their own).
// CHECK:         %conv = zext i32
// CHECK-NEXT:    store ptr @[[CALL]], ptr %razor.slot
// CHECK-NEXT:    %call = call noundef ptr @_ZN9__gnu_cxx16malloc_allocatorIiE8allocateEmPKv(
// CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot
// The header's function: its malloc is a site (flagged), its other calls set no callsite (and it loads no entry value).
// CHECK-LABEL: define linkonce_odr dso_local noundef ptr @_ZN9__gnu_cxx16malloc_allocatorIiE8allocateEmPKv(
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:         [[M:%[0-9a-z.]+]] = load atomic ptr, ptr @__razor_call_malloc unordered
// CHECK-NEXT:    call {{.*}}ptr [[M]](
// CHECK-NOT:     {{@__razor_callsite|%razor.slot}}
// CHECK:       {{^}}}
