// The installed razortrace.pc: `pkg-config --cflags` gives -fplugin= and the
// include directory, `--libs` the runtime with an rpath; a Makefile project
// built with them reports its growing site.
// REQUIRES: pkg-config, make
// The project (its Makefile, with leaky.c) is copied and built where it lies:
// make splits words on blanks, and the checkout may live under a path with one.
// RUN: rm -rf %t && mkdir -p %t && cp -R %S/Inputs/pc-project %t/work && cp %S/Inputs/leaky.c %t/work/
// RUN: %cmake --install %razor_build --prefix %t/prefix > %t/install.log
// RUN: env PKG_CONFIG_PATH=%t/prefix/lib/pkgconfig pkg-config --cflags razortrace | FileCheck --check-prefix=CFLAGS %s
// RUN: env PKG_CONFIG_PATH=%t/prefix/lib/pkgconfig pkg-config --libs razortrace | FileCheck --check-prefix=LIBS %s
// RUN: env PKG_CONFIG_PATH=%t/prefix/lib/pkgconfig make -s -C %t/work CC=%clang
// RUN: env TRACE_KEEP=1 %t/work/leaky 2>&1 | FileCheck %s
// CFLAGS: -fplugin={{.*}}prefix/lib/pkgconfig/../..{{/+}}lib/razortrace.so -I{{.*}}prefix/lib/pkgconfig/../../include
// LIBS: -L{{.*}}prefix/lib/pkgconfig/../../lib -Wl,-rpath,{{.*}}/lib -lrazortrace
// CHECK: razortrace: probe keep (trigger TRACE_KEEP) in {{.*}}leaky.c:9 — 10 calls sampled
// CHECK-NEXT: {{.*}}leaky.c line: 10 column: 16 function: keep command: names[n++] = strdup(name);
