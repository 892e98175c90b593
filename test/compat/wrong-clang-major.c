// A plugin loaded into a clang of another major stops the compilation with
// one line naming both majors, instead of crashing.
// REQUIRES: other-clang
// RUN: not %other_clang -fplugin=%plugin -c %s -o %t.o 2>&1 | FileCheck %s
// CHECK: razortrace: error: this razortrace.so was built for clang [[#]] but is loaded into clang [[#]] ({{.*}}); use the razortrace built with LLVM [[#]]
int main(void) { return 0; }
