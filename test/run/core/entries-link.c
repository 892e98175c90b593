// Calls between files by entry name (see test/plugin/entries.c), linked: a call of a function another file built with the plugin defines goes straight to it (the entry name is that function's address: no thunk, no callsite stores), what it allocates is charged to its own line; a call of a function built without the plugin goes through the caller's bracketing thunk, so what that allocates is charged to the caller's line, as before.  In a shared library a function the program may interpose gets no entry name (a call of it is looked up, and the program's definition wins, as without the plugin); a hidden one does.
// RUN: %clang_razor_static -O2 -c %s -o %t.main.o
// RUN: %clang_razor_static -O2 -fplugin-arg-razortrace-no-auto-alloc -DENTRIES_RAZOR -c %S/Inputs/entries-lib.c -o %t.lib.o
// RUN: %clang -O2 -DENTRIES_PLAIN -c %S/Inputs/entries-lib.c -o %t.plain.o
// RUN: %clang_razor %t.main.o %t.lib.o %t.plain.o -o %t
// RUN: llvm-nm %t | grep -E ' (__razor_entry[.])?(keep|make|plain_make)$' | FileCheck --check-prefix=SYMS %s
// RUN: env TRACE_ENTRY=1 %run %t 2>&1 | FileCheck %s
// With `traceback` (and -g): frames are named by the functions' own names, never by their entry names, and the thunk between handle and plain_make is no frame (the stack of what plain_make allocated starts at the call charged).
// RUN: %clang_razor_static -g -O0 -fplugin-arg-razortrace-no-auto-alloc '-DSPEC="TRACE_ENTRY,traceback"' -c %s -o %t.tb.o
// RUN: %clang_razor -g %t.tb.o %t.lib.o %t.plain.o -o %t.tb
// RUN: env TRACE_ENTRY=1 %run %t.tb 2>&1 | FileCheck --check-prefix=TRACE --implicit-check-not=__razor_entry %s
// The shared library: its who() is interposed by the program's.
// RUN: %clang_razor_static -O2 -fPIC -DENTRIES_SHARED -c %S/Inputs/entries-lib.c -o %t.s1.o
// RUN: %clang_razor_static -O2 -fPIC -DENTRIES_SHARED2 -c %S/Inputs/entries-lib.c -o %t.s2.o
// RUN: %clang_razor -shared %t.s1.o %t.s2.o -o %t.libent.so
// RUN: %clang_razor -O2 -DINTERPOSE %s %t.libent.so -o %t.interposed
// RUN: %run %t.interposed | FileCheck --check-prefix=WHO %s
#include <stdio.h>

#ifdef INTERPOSE
const char *ask(void);
const char *who(void) { return "program"; }
int main(void) {
  printf("who: %s\n", ask());
  return 0;
}
// WHO: who: program
#else
char *make(int n);
void keep(char *p);
char *plain_make(int n);

#ifndef SPEC
#define SPEC "TRACE_ENTRY"
#endif
__attribute__((annotate("razor_probe:" SPEC))) void handle(void) {
  keep(make(24));
  keep(plain_make(40));
}

int main(void) {
  for (int i = 0; i < 20; i++)
    handle();
  return 0;
}
// SYMS: [[KEEP:[0-9a-f]+]] {{[tT]}} __razor_entry.keep
// SYMS-NEXT: [[MAKE:[0-9a-f]+]] {{[tT]}} __razor_entry.make
// SYMS-NEXT: [[PLAIN:[0-9a-f]+]] {{[tT]}} __razor_entry.plain_make
// SYMS-NEXT: [[KEEP]] T keep
// SYMS-NEXT: [[MAKE]] T make
// SYMS-NOT: [[PLAIN]] T plain_make
// SYMS-NEXT: T plain_make
// CHECK-DAG: entries-lib.c line: 10 column: 13 function: make command: char *p = malloc(n); // kept: the finding names this line
// CHECK-DAG: entries-link.c line: 38 column: 8 function: handle command: keep(plain_make(40));
// CHECK: SUMMARY: 2 growing site(s)
// TRACE: entries-link.c line: 38 column: 8 function: handle command: keep(plain_make(40));
// TRACE: -----trace-----
// TRACE: #0 handle {{.*}}entries-link.c:38
// TRACE-NEXT: #1 main {{.*}}entries-link.c:43 command: handle();
#endif
