// `CC=razor-cc ./configure && make` on an autotools-style project: the
// compiler checks pass (compile, link, run), `make check` runs the
// project's own test unchanged, and the program reports its growing site.
// REQUIRES: make
// The project is copied next to its build directory and configured through a
// relative path (with sh: lit would run it by its absolute path), so its
// srcdir stays relative (as autoconf keeps it), and razor-cc is found on
// PATH: make and configure split words on blanks, and the checkout may live
// under a path with one.
// RUN: rm -rf %t && mkdir -p %t/build && cp -R %S/Inputs/autotools-project %t/src
// RUN: cd %t/build && env CC=razor-cc CFLAGS=-O1 sh ../src/configure --prefix=%t/prefix | FileCheck --check-prefix=CONF %s
// RUN: make -s -C %t/build all check install | FileCheck --check-prefix=OUT %s
// RUN: env TRACE_HELLO=1 %t/prefix/bin/hello 2>&1 | FileCheck %s
// CONF: checking whether the C compiler works... yes
// CONF: checking for strdup... yes
// OUT: hello, world
// CHECK: razortrace: probe greet (trigger TRACE_HELLO) in {{.*}}hello.c:9 — 10 calls sampled
// CHECK-NEXT: {{.*}}hello.c line: 11 column: 19 function: greet command: seen[nseen++] = strdup(who);
