// A split function exported under an alias (libxml2's internal names): its outer half, named by the alias in the dynamic symbols, is folded into the body's frame as for any split function, not shown as a second frame of its own.  In a shared library, with and without -g.
// RUN: %clang_razor -O2 -fPIC -shared %S/Inputs/alias-lib.c -o %t-lib.so
// RUN: llvm-nm %t-lib.so | FileCheck --check-prefix=NM %s
// RUN: %clang_razor -O2 %s %t-lib.so -o %t
// RUN: env TRACE_ALIAS=1 %run %t 2>&1 | FileCheck --implicit-check-not='lib_copy in' --implicit-check-not=__razor %s
// RUN: %clang_razor -g -O2 -fPIC -shared %S/Inputs/alias-lib.c -o %t-libg.so
// RUN: %clang_razor -g -O2 %s %t-libg.so -o %tg
// RUN: env TRACE_ALIAS=1 %run %tg 2>&1 | FileCheck --implicit-check-not='lib_copy in' --implicit-check-not=__razor %s
char *lib_copy(const char *s);
static char *kept[64];
static int n;

__attribute__((annotate("razor_probe:TRACE_ALIAS,traceback"))) void work(void) {
  kept[n++] = lib_copy("hello world");
}

int main(void) {
  for (int i = 0; i < 20; i++)
    work();
  return 0;
}
// NM: t __razor_entry.lib_copy_impl
// NM: T lib_copy
// NM: t lib_copy_impl
// CHECK: alias-lib.c line: 11 column: 13 function: lib_copy_impl command: char *p = lib_malloc(n);
// CHECK: #0 lib_copy_impl {{.*}}alias-lib.c:11
// CHECK-NEXT: #1 work {{.*}}split-alias-frames.c:{{13|14}} command:
// CHECK-NEXT: #2 main {{.*}}split-alias-frames.c:
// CHECK: razortrace: SUMMARY: 1 growing site(s)
