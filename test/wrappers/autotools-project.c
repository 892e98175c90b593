// `CC=razor-cc ./configure && make` on an autotools-style project: the
// compiler checks pass (compile, link, run), `make check` runs the
// project's own test unchanged, and the program reports its growing site.
// REQUIRES: make
// RUN: rm -rf %t && mkdir -p %t/build
// RUN: cd %t/build && env CC=%razor_cc CFLAGS=-O1 %S/Inputs/autotools-project/configure --prefix=%t/prefix | FileCheck --check-prefix=CONF %s
// RUN: make -s -C %t/build all check install | FileCheck --check-prefix=OUT %s
// RUN: env TRACE_HELLO=1 %t/prefix/bin/hello 2>&1 | FileCheck %s
// CONF: checking whether the C compiler works... yes
// CONF: checking for strdup... yes
// OUT: hello, world
// CHECK: razortrace: probe greet (trigger TRACE_HELLO) in {{.*}}hello.c:9 — 10 calls sampled
// CHECK-NEXT: {{.*}}hello.c line: 11 column: 19 function: greet command: seen[nseen++] = strdup(who);
