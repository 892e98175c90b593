// `CC=razor-cc CXX=razor-c++ make` builds an existing Makefile project
// (separate -c and link steps, its own static archive, C++) with the plugin
// and the runtime; -MM passes through; the programs report their sites.
// REQUIRES: make
// The project is copied and built where it lies, with razor-cc and razor-c++
// found on PATH (make splits words on blanks, and the checkout may live under
// a path with one).
// RUN: rm -rf %t && mkdir -p %t && cp -R %S/Inputs/make-project %t/project
// RUN: make -s -C %t/project CC=razor-cc CXX=razor-c++ all deps
// RUN: env TRACE_LIST=1 %t/project/app 2>&1 | FileCheck %s
// RUN: env TRACE_CACHE=1 %t/project/appxx 2>&1 | FileCheck --check-prefix=CXX %s
// RUN: FileCheck --check-prefix=DEPS %s < %t/project/deps
// Untriggered, the program runs as before and prints nothing.
// RUN: %t/project/app 2>&1 | count 0
// CHECK: razortrace: probe list_add (trigger TRACE_LIST) in {{.*}}list.c:9 — 10 calls sampled
// CHECK-DAG: {{.*}}list.c line: 10 column: 20 function: list_add command: struct node *n = malloc(sizeof *n);
// CHECK-DAG: {{.*}}list.c line: 11 column: 10 function: list_add command: n->s = strdup(s);
// CXX: razortrace: probe remember(int) (trigger TRACE_CACHE) in {{.*}}app.cpp:5 — 10 calls sampled
// DEPS: main.o: {{.*}}main.c
// DEPS: list.h
