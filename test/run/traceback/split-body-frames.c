// A split function's body has no symbol of its own (its entry name names it in the symbol table).  Reached from code built without the plugin, in a module with no function records and no -g (only its symbol table names its frames), it is one frame of the program's, named as the function: never by its entry name, never twice (the outer half that calls it is folded into it).
// RUN: %clang -O2 -c %S/../core/Inputs/each.c -o %t.each.o
// RUN: %clang_razor -O2 -c %S/Inputs/split-body-lib.c -o %t.lib.o
// RUN: llvm-nm %t.lib.o | FileCheck --check-prefix=NM %s
// RUN: %clang_razor -O2 %s %t.lib.o %t.each.o -o %t
// RUN: env TRACE_SPLITBODY=1 %run %t 2>&1 | FileCheck --implicit-check-not=__razor_entry --implicit-check-not=.razor %s
void each(void (*cb)(void *), void *arg);
void lib_visit(void *arg);

__attribute__((annotate("razor_probe:TRACE_SPLITBODY,traceback"))) void request(const char *s) {
  each(lib_visit, (void *)s);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    request("abc");
  return 0;
}
// NM-NOT: lib_visit.razor
// NM: T __razor_entry.lib_visit
// NM-NOT: lib_visit.razor
// NM: T lib_visit
// NM-NOT: lib_visit.razor
// CHECK: split-body-lib.c line: 9 column: 46 function: lib_visit command: void lib_visit(void *arg) { kept[n++ % 64] = dup(arg); }
// CHECK: #0 lib_visit {{.*}}split-body-lib.c:9
// CHECK-NEXT: #1 each in {{.*}}
// CHECK-NEXT: #2 request {{.*}}split-body-frames.c:10
// CHECK-NEXT: #3 main {{.*}}split-body-frames.c:14
// CHECK: razortrace: SUMMARY: 2 growing site(s)
