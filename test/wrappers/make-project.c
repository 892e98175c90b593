// `CC=razor-cc CXX=razor-c++ make` builds an existing Makefile project
// (separate -c and link steps, its own static archive, C++) with the plugin
// and the runtime; -MM passes through; the programs report their sites.
// REQUIRES: make
// RUN: rm -rf %t && mkdir -p %t
// RUN: make -s -C %t -f %S/Inputs/make-project/Makefile SRC=%S/Inputs/make-project CC=%razor_cc CXX=%razor_cxx all deps
// RUN: env TRACE_LIST=1 %t/app 2>&1 | FileCheck %s
// RUN: env TRACE_CACHE=1 %t/appxx 2>&1 | FileCheck --check-prefix=CXX %s
// RUN: FileCheck --check-prefix=DEPS %s < %t/deps
// Untriggered, the program runs as before and prints nothing.
// RUN: %t/app 2>&1 | count 0
// CHECK: razortrace: probe list_add (trigger TRACE_LIST) in {{.*}}list.c:9 — 10 calls sampled
// CHECK-DAG: {{.*}}list.c line: 10 column: 20 function: list_add command: struct node *n = malloc(sizeof *n);
// CHECK-DAG: {{.*}}list.c line: 11 column: 10 function: list_add command: n->s = strdup(s);
// CXX: razortrace: probe remember(int) (trigger TRACE_CACHE) in {{.*}}app.cpp:5 — 10 calls sampled
// DEPS: main.o: {{.*}}main.c
// DEPS: list.h
