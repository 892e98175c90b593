// Site and probe file paths are as the compiler saw them: the main file as spelled on the command line, another file relative to the compilation directory when under it, else absolute; the record's dir is the compilation directory. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: rm -rf %t.d && mkdir -p %t.d/src %t.d/build
// RUN: cp %s %t.d/src/paths.c && cp %S/Inputs/grab.h %t.d/src/grab.h
// From the project root: everything under the compilation directory, relative.
// RUN: cd %t.d && %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - src/paths.c | %python %S/Inputs/rel-fields.py | FileCheck -DDIR=%t.d --check-prefix=ROOT %s
// From build/: the main file as typed ("../src/paths.c"), the header (outside build/) absolute.
// RUN: cd %t.d/build && %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - ../src/paths.c | %python %S/Inputs/rel-fields.py | FileCheck -DDIR=%t.d --check-prefix=BUILD %s
#include "grab.h"

__attribute__((annotate("razor_probe:TRACE_P"))) void *take(size_t n) { return grab(n) ? malloc(n) : 0; }

// ROOT-DAG: @[[HDR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"src/grab.h\00", section "razor_strings"
// ROOT-DAG: @[[MAIN:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"src/paths.c\00", section "razor_strings"
// ROOT-DAG: @[[CDIR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"[[DIR]]\00", section "razor_strings"
// ROOT-DAG: @[[PMAIN:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"src/paths.c\00", align 1
// ROOT-DAG: @[[PCDIR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"[[DIR]]\00", align 1
// ROOT-DAG: @[[HDRW:razor.file[.0-9]*]] = private constant { i32, i32 } { rel @[[HDR]], rel @[[CDIR]] }
// ROOT-DAG: @[[MAINW:razor.file[.0-9]*]] = private constant { i32, i32 } { rel @[[MAIN]], rel @[[CDIR]] }
// ROOT-DAG: @[[HDRSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[HDRW]], rel @{{[^,]+}} }
// ROOT-DAG: @[[MAINSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[MAINW]], rel @{{[^,]+}} }
// ROOT-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 2, i16 45, i8 0, i8 64, rel @[[HDRSCOPE]],
// ROOT-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 10, i16 90, i8 0, i8 64, rel @[[MAINSCOPE]],
// ROOT-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} { i32 8, i32 10, rel @{{[^,]+}}, rel @[[PMAIN]], rel @{{[^,]+}}, rel @[[PCDIR]],

// BUILD-DAG: @[[HDR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"[[DIR]]/src/grab.h\00", section "razor_strings"
// BUILD-DAG: @[[MAIN:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"../src/paths.c\00", section "razor_strings"
// BUILD-DAG: @[[CDIR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"[[DIR]]/build\00", section "razor_strings"
// BUILD-DAG: @[[PMAIN:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"../src/paths.c\00", align 1
// BUILD-DAG: @[[PCDIR:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"[[DIR]]/build\00", align 1
// BUILD-DAG: @[[HDRW:razor.file[.0-9]*]] = private constant { i32, i32 } { rel @[[HDR]], rel @[[CDIR]] }
// BUILD-DAG: @[[MAINW:razor.file[.0-9]*]] = private constant { i32, i32 } { rel @[[MAIN]], rel @[[CDIR]] }
// BUILD-DAG: @[[HDRSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[HDRW]], rel @{{[^,]+}} }
// BUILD-DAG: @[[MAINSCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @[[MAINW]], rel @{{[^,]+}} }
// BUILD-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 2, i16 45, i8 0, i8 64, rel @[[HDRSCOPE]],
// BUILD-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 10, i16 90, i8 0, i8 64, rel @[[MAINSCOPE]],
// BUILD-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} { i32 8, i32 10, rel @{{[^,]+}}, rel @[[PMAIN]], rel @{{[^,]+}}, rel @[[PCDIR]],
