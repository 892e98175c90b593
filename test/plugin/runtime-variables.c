// Code that can only be part of an executable (-fPIE, -fno-pic) defines the runtime's zero-initialised variables it uses (weak: the executable's copy is the process's; the runtime reaches its own through its GOT) and reaches them at a link-time offset, without the GOT load; its constructor hands their addresses to the runtime to check first.  Code that may go into a shared object (-fPIC) declares them and goes through the GOT, as before.
// RUN: %clang -O2 -fPIE -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=EXE %s
// RUN: %clang -O2 -fno-pic -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=EXE %s
// RUN: %clang -O2 -fPIC -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=PIC %s
// RUN: %clang -O2 -fPIE -fplugin=%plugin -S -o - %s | FileCheck --check-prefix=EXE-ASM --implicit-check-not=GOTTPOFF %s
// RUN: %clang -O2 -fPIC -fplugin=%plugin -S -o - %s | FileCheck --check-prefix=PIC-ASM %s
#include <stdlib.h>
#include <string.h>

extern int (*hook)(const char *);
char *name;

int visit(const char *s) {
  name = strdup(s);
  return hook(s);
}

// EXE-DAG: @__razor_callsite = weak dso_local thread_local(initialexec) {{(local_unnamed_addr )?}}global ptr null
// EXE-DAG: @__razor_sampling = weak dso_local thread_local(initialexec) {{(local_unnamed_addr )?}}global i32 0
// EXE-NOT: @__razor_wrapcall =
// EXE-NOT: @__razor_tracking =
// EXE: define linkonce_odr hidden void @razor.module_ctor{{[.a-z0-9]*}}()
// EXE-NEXT: call void @__razor_variables_check(ptr @__razor_callsite, ptr null, ptr @__razor_sampling, ptr null)
// EXE-NEXT: call void @__razor_module_init_v8(

// PIC-DAG: @__razor_callsite = external thread_local(initialexec) {{(local_unnamed_addr )?}}global ptr
// PIC-DAG: @__razor_sampling = external thread_local(initialexec) {{(local_unnamed_addr )?}}global i32
// PIC-NOT: __razor_variables_check

// EXE-ASM: %fs:__razor_sampling@TPOFF
// EXE-ASM: %fs:__razor_callsite@TPOFF

// PIC-ASM: __razor_sampling@GOTTPOFF(%rip)
// PIC-ASM: __razor_callsite@GOTTPOFF(%rip)
