// A call in a C++ standard library header (libstdc++'s malloc_allocator) is a site flagged RAZOR_SITE_SYSTEM_HEADER (flags 1); the user's own call is not.
// The flag comes from the header's path (/usr/include/, /usr/lib/, /include/c++/), so this needs libstdc++ headers installed there. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clangxx -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
#include <ext/malloc_allocator.h>

int *mine(unsigned n) { return (int *)__builtin_malloc(n); }
int *theirs(unsigned n) { return __gnu_cxx::malloc_allocator<int>().allocate(n); }

// CHECK: @razor.site = private constant {{.*}} { i32 [[#@LINE-3]], i16 39, i8 0, i8 {{(0|32|64|96)}},
// CHECK: @[[HDR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"{{.*}}/include/c++/{{.*}}/ext/malloc_allocator.h\00"
// CHECK: @[[HDRW:razor.file[.0-9]*]] = private constant { i32, i32 } { rel @[[HDR]],
// CHECK: @[[HDRSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[HDRW]], rel @{{[^,]+}} }
// CHECK: @razor.site.{{[0-9]+}} = private constant {{.*}} { i32 {{[0-9]+}}, i16 {{[0-9]+}}, i8 0, i8 {{(65|97)}}, rel @[[HDRSCOPE]], {{.*}}, section "razor_sites", align 4
