// The same source makes the same object file every time (ccache, reproducible builds): the external functions that are split for their entry names (each calls another file's function, so it may leave the thread's callsite changed) are split in the module's order.  Before, the order came from a hash table of pointers, and two compiles of this file differed.
// RUN: %clang -O2 -fplugin=%plugin -c -o %t1.o %s
// RUN: %clang -O2 -fplugin=%plugin -c -o %t2.o %s
// RUN: %clang -O2 -fplugin=%plugin -c -o %t3.o %s
// RUN: cmp %t1.o %t2.o
// RUN: cmp %t1.o %t3.o
// RUN: %clang -O2 -fplugin=%plugin -c -o %t4.o %s -mllvm -stats 2>&1 | FileCheck %s
// CHECK: 64 razortrace{{ *}} - Functions split into a body its entry name calls
void ext(int);
#define F(n) void f##n(int x) { ext(x + n); }
#define F8(n) F(n##0) F(n##1) F(n##2) F(n##3) F(n##4) F(n##5) F(n##6) F(n##7)
F8(1) F8(2) F8(3) F8(4) F8(5) F8(6) F8(7) F8(8)
