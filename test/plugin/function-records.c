// Function records (razor_abi.h's struct razor_func) in a file with a `traceback` probe: each function defined there that is left once the optimizer is done gets one in section razor_funcs (read-only), { distance to the function (through a private alias when others may interpose it), distance to its file record { file, directory } (one per file), line of its definition }, linked to the function's section (!associated: --gc-sections drops them together) and kept by llvm.compiler.used; a static function inlined everywhere has none (and no record keeps it alive); the probe has one too (for stripped modules).  A C function generated without locations (no call the pass locates: step) gets its line from the frontend.  Without `traceback` (no frame pointers kept) there are none, nor with -razortrace-function-records=0.  Linked into a shared library, they add no dynamic relocation (the module descriptor's bounds of their section add two, once per module).
// RUN: %clang -fplugin=%plugin -I%include -O0 -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=CHECK,O0
// RUN: %clang -fplugin=%plugin -I%include -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=CHECK,O2
// RUN: %clang -fplugin=%plugin -I%include -O0 -S -emit-llvm -DSPEC='"TRACE_FR"' %s -o - | FileCheck %s --check-prefix=NONE
// RUN: %clang -fplugin=%plugin -I%include -O0 -S -emit-llvm -mllvm -razortrace-function-records=0 %s -o - | FileCheck %s --check-prefix=NONE
// RUN: %clang -fplugin=%plugin -I%include -O2 -fPIC -shared %s -o %t.on.so
// RUN: %clang -fplugin=%plugin -I%include -O2 -fPIC -shared -mllvm -razortrace-function-records=0 %s -o %t.off.so
// RUN: llvm-readelf -S %t.on.so | FileCheck %s --check-prefix=SECTION
// RUN: llvm-readelf -r %t.on.so | grep -c " R_" > %t.on.n
// RUN: llvm-readelf -r %t.off.so | grep -c " R_" > %t.off.n
// RUN: %python -c "import sys; on, off = (int(open(f).read()) for f in sys.argv[1:]); sys.exit(on != off + 2)" %t.on.n %t.off.n
#include <razortrace.h>
#include <stdlib.h>
#ifndef SPEC
#define SPEC "TRACE_FR,traceback"
#endif

static void *kept[8];
static int n;

static void *inlined_away(int i) { return malloc((size_t)i); }

__attribute__((noinline)) static void *step(int i) { return inlined_away(i); }

void *global_fn(int i) { return step(i); }

RAZOR_PROBE(SPEC) void probe(int i) { kept[n++] = global_fn(i); }
// CHECK-DAG: @[[FILE:razor.file[.0-9]*]] = private constant { i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @[[FSTR:razor.str[.0-9]*]] to i64), i64 ptrtoint (ptr @[[FILE]] to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @{{razor.str[.0-9]*}} to i64), i64 ptrtoint (ptr @[[FILE]] to i64)) to i32) }, align 4
// CHECK-DAG: @[[FSTR]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"{{.*}}function-records.c\00", section "razor_strings", align 1
// CHECK-DAG: @[[GLOBAL:razor.func[.0-9]*]] = private constant { i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @[[GALIAS:razor.fn[.0-9]*]] to i64), i64 ptrtoint (ptr @[[GLOBAL]] to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @[[FILE]] to i64), i64 ptrtoint (ptr @[[GLOBAL]] to i64)) to i32), i32 25 }, section "razor_funcs", align 4, !associated ![[GMD:[0-9]+]]
// CHECK-DAG: @[[STEP:razor.func[.0-9]*]] = private constant { i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @step to i64), i64 ptrtoint (ptr @[[STEP]] to i64)) to i32), {{.*}} i32 23 }, section "razor_funcs", align 4, !associated ![[SMD:[0-9]+]]
// CHECK-DAG: @[[PROBE:razor.func[.0-9]*]] = private constant { i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @[[PALIAS:razor.fn[.0-9]*]] to i64), {{.*}} i32 27 }, section "razor_funcs", align 4
// O0-DAG:    @[[INL:razor.func[.0-9]*]] = private constant { i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @inlined_away to i64), {{.*}} i32 21 }, section "razor_funcs"
// O2-NOT:    ptr @inlined_away
// CHECK-DAG: @llvm.compiler.used = appending global {{.*}}ptr @[[GLOBAL]]
// CHECK-DAG: @[[GALIAS]] = private alias ptr (i32), ptr @global_fn
// CHECK-DAG: @[[PALIAS]] = private alias void (i32), ptr @probe
// CHECK-DAG: ![[GMD]] = !{ptr @global_fn}
// CHECK-DAG: ![[SMD]] = !{ptr @step}

// NONE-NOT: razor_funcs"
// NONE-NOT: razor.fn

// SECTION-DAG: razor_funcs PROGBITS {{[0-9a-f]+}} {{[0-9a-f]+}} 000024 00 AL
// SECTION-DAG: razor_strings PROGBITS {{[0-9a-f]+}} {{[0-9a-f]+}} {{[0-9a-f]+}} 01 AMS
