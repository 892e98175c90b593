// Frame pointers only where a stack can be asked for: a file with a `traceback` probe keeps them in every function, so does -fplugin-arg-razortrace-frame-pointers (or -mllvm -razortrace-frame-pointers) in any file; other files compile as without the plugin (their functions keep them only if the build asks, -fno-omit-frame-pointer).
// RUN: %clang -O2 -fplugin=%plugin -I%include -S -emit-llvm -o - %s | FileCheck --check-prefix=NONE %s
// RUN: %clang -O2 -fplugin=%plugin -I%include -S -emit-llvm -o - %s -DTRACEBACK | FileCheck --check-prefix=ALL %s
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-frame-pointers -I%include -S -emit-llvm -o - %s | FileCheck --check-prefix=ALL %s
// RUN: %clang -O2 -fplugin=%plugin -I%include -S -emit-llvm -o - %s -mllvm -razortrace-frame-pointers | FileCheck --check-prefix=ALL %s
// RUN: %clang -O2 -fno-omit-frame-pointer -fplugin=%plugin -I%include -S -emit-llvm -o - %s | FileCheck --check-prefix=ALL %s
#include <razortrace.h>
#include <stdlib.h>

char *helper(int n) { return malloc(n); }

#ifdef TRACEBACK
RAZOR_PROBE("TRACE_FP, traceback")
#else
RAZOR_PROBE("TRACE_FP")
#endif
char *handle(int n) { return helper(n); }

// NONE-NOT: "frame-pointer"="all"
// ALL: define {{.*}}@helper({{.*}} #[[A:[0-9]+]]
// ALL: attributes #[[A]] = { {{.*}}"frame-pointer"="all"
