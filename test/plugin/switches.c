// The pass's switches are hidden -mllvm options: the runtime call that gives the callsite's address (default: at -O0), frame pointers, the source line in site records, placing the callsite's stores (default: when optimizing), and the frontend's location plan. (Recognising allocation wrappers by shape is off here, no-auto-alloc: its helpers would charge their callers.)
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=DEFAULT %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s -mllvm -razortrace-callsite-address -mllvm -razortrace-frame-pointers -mllvm -razortrace-source-lines=false | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=SWITCHED %s
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=O0 %s
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %s -mllvm -razortrace-callsite-address=false | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=O0-NOCALL %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -c -o /dev/null -mllvm -stats -mllvm -razortrace-place-callsites=false %s 2>&1 | FileCheck --check-prefix=UNPLACED %s
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -c -o /dev/null -mllvm -stats -mllvm -razortrace-place-callsites -mllvm -razortrace-callsite-address=false %s 2>&1 | FileCheck --check-prefix=PLACED %s
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -Xclang -disable-llvm-passes -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=PLAN %s
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -Xclang -disable-llvm-passes -S -emit-llvm -o - %s -mllvm -razortrace-location-plan=false | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=NOPLAN %s
#include <stdlib.h>

int external(int n);
int quiet(int n) { return n + 1; }

char *keep(int n) {
  char *p = malloc(n);
  external(n);
  return p;
}

static int cmp(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }
// A call into the C library that may allocate: the callsite is written.
void sort(char *b, int n) { qsort(b, n, 1, cmp); }

// DEFAULT: @[[SRC:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"char *p = malloc(n);\00"
// DEFAULT: @razor.site = private constant {{.*}}, rel @[[SRC]] }
// DEFAULT-LABEL: define {{.*}}@keep(
// DEFAULT-NOT: __razor_callsite_address
// DEFAULT-NOT: "frame-pointer"="all"

// SWITCHED-NOT: c"char *p = malloc(n);\00"
// SWITCHED-LABEL: define {{.*}}@sort(
// SWITCHED: call ptr @__razor_callsite_address()
// SWITCHED: attributes #{{[0-9]+}} = { {{.*}}"frame-pointer"="all"

// O0-LABEL: define {{.*}}@keep(
// O0: = call ptr @__razor_callsite_address()
// O0-NOCALL-LABEL: define {{.*}}@keep(
// O0-NOCALL-NOT: __razor_callsite_address
// O0-NOCALL: = bitcast ptr @__razor_callsite to ptr

// UNPLACED-NOT: placement
// PLACED: Stores of the thread's callsite replaced by placement

// PLAN: !razortrace.quiet
// NOPLAN-NOT: !razortrace.quiet
