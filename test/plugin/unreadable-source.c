// When the source line cannot be read (code from stdin, a #line naming a missing file) the site keeps its location with an empty source string, and nothing crashes. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - -x c - < %s | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=STDIN %s
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=LINE %s
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -c -o %t.o %s
#include <stdlib.h>

void *from_here(void) { return malloc(1); }

#line 500 "does-not-exist.c"
void *from_nowhere(void) { return malloc(2); }

// STDIN-DAG: @[[FILE:razor.str[.0-9]*]] = private unnamed_addr constant [8 x i8] c"<stdin>\00"
// STDIN: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }
// STDIN: @razor.site = private constant {{.*}} { i32 7, i16 32, i8 0, i8 0, rel @[[SCOPE]] }, section "razor_sites"

// Read from the file, the first site has its text; the #line one has none.
// LINE: @[[TEXT:razor.str[.0-9]*]] = private unnamed_addr constant [44 x i8] c"void *from_here(void) { return malloc(1); }\00"
// LINE: @[[SCOPE1:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }
// LINE: @razor.site = private constant {{.*}} { i32 7, i16 32, i8 0, i8 64, rel @[[SCOPE1]], rel @[[TEXT]] }, section "razor_sites"
// LINE: @[[MISSING:razor.str[.0-9]*]] = private unnamed_addr constant [17 x i8] c"does-not-exist.c\00"
// LINE: @[[SCOPE2:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @{{[^,]+}} }
// LINE: @razor.site.{{[0-9]+}} = private constant {{.*}} { i32 500, i16 35, i8 0, i8 0, rel @[[SCOPE2]] }, section "razor_sites"
