// A module with sites gets one constructor at priority 2 that hands its section bounds (weak, hidden) to __razor_module_init_v1.
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <stdlib.h>

void *one(void) { return malloc(1); }

// CHECK: $razor.module_ctor = comdat any
// CHECK: @__start_razor_sites = extern_weak hidden global i8
// CHECK: @__stop_razor_sites = extern_weak hidden global i8
// CHECK: @__start_razor_probes = extern_weak hidden global i8
// CHECK: @__stop_razor_probes = extern_weak hidden global i8
// CHECK: @llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 2, ptr @razor.module_ctor, ptr @razor.module_ctor }]
// CHECK: declare void @__razor_module_init_v1(ptr, ptr, ptr, ptr)
// CHECK: define linkonce_odr hidden void @razor.module_ctor() #{{[0-9]+}} comdat {
// CHECK-NEXT:   call void @__razor_module_init_v1(ptr @__start_razor_sites, ptr @__stop_razor_sites, ptr @__start_razor_probes, ptr @__stop_razor_probes)
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
