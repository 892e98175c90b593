// A module with sites gets one constructor at priority 2 that hands __razor_module_init_v8 its descriptor: { abi 8, flags, the bounds of the sites, probes and function records sections (weak, hidden) }, in the constructor's comdat; flags has RAZOR_MODULE_FRAME_POINTERS (1) when every function of the module keeps its frame pointer (-O0's default here; -fno-omit-frame-pointer, a `traceback` probe, -fplugin-arg-razortrace-frame-pointers), and without them (-O2 here) the constructor, destructor and descriptor have names of their own (a module mixing both registers twice).
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=NOFP %s
#include <stdlib.h>

void *one(void) { return malloc(1); }

// CHECK: $razor.module_ctor = comdat any
// CHECK: $razor.module_dtor = comdat any
// CHECK: @__start_razor_sites = extern_weak hidden global i8
// CHECK: @__stop_razor_sites = extern_weak hidden global i8
// CHECK: @__start_razor_probes = extern_weak hidden global i8
// CHECK: @__stop_razor_probes = extern_weak hidden global i8
// CHECK: @__start_razor_funcs = extern_weak hidden global i8
// CHECK: @__stop_razor_funcs = extern_weak hidden global i8
// CHECK: @razor.module = linkonce_odr hidden constant { i32, i32, ptr, ptr, ptr, ptr, ptr, ptr } { i32 8, i32 1, ptr @__start_razor_sites, ptr @__stop_razor_sites, ptr @__start_razor_probes, ptr @__stop_razor_probes, ptr @__start_razor_funcs, ptr @__stop_razor_funcs }, comdat($razor.module_ctor)
// CHECK: @llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 2, ptr @razor.module_ctor, ptr @razor.module_ctor }]
// CHECK: @llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 2, ptr @razor.module_dtor, ptr @razor.module_dtor }]
// CHECK: declare void @__razor_module_init_v8(ptr)
// CHECK: define linkonce_odr hidden void @razor.module_ctor() #{{[0-9]+}} comdat {
// CHECK-NEXT:   call void @__razor_module_init_v8(ptr @razor.module)
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: declare void @__razor_module_fini_v8(ptr)
// CHECK: define linkonce_odr hidden void @razor.module_dtor() #{{[0-9]+}} comdat {
// CHECK-NEXT:   call void @__razor_module_fini_v8(ptr @razor.module)

// NOFP: $razor.module_ctor.flags0 = comdat any
// NOFP: @razor.module.flags0 = linkonce_odr hidden constant { i32, i32, ptr, ptr, ptr, ptr, ptr, ptr } { i32 8, i32 0, ptr @__start_razor_sites, ptr @__stop_razor_sites, ptr @__start_razor_probes, ptr @__stop_razor_probes, ptr @__start_razor_funcs, ptr @__stop_razor_funcs }, comdat($razor.module_ctor.flags0)
// NOFP: @llvm.global_ctors = {{.*}} { i32 2, ptr @razor.module_ctor.flags0, ptr @razor.module_ctor.flags0 }]
// NOFP: define linkonce_odr hidden void @razor.module_ctor.flags0() #{{[0-9]+}} comdat {
// NOFP-NEXT:   call void @__razor_module_init_v8(ptr {{(nonnull )?}}@razor.module.flags0)
