// A site in a C++ member function names its function demangled ("Registry::add(int)"), with or without -g, as the probe descriptor does.
// RUN: %clangxx -g -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
#include <stdlib.h>

struct Registry {
  void add(int n);
  void *slot;
};
void Registry::add(int n) { slot = malloc(n); }

// CHECK: @[[FN:razor.str[.0-9]*]] = private unnamed_addr constant [19 x i8] c"Registry::add(int)\00"
// CHECK: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @[[FN]] }
// CHECK: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-4]], i16 36, i8 0, i8 {{(64|96)}}, rel @[[SCOPE]], rel
