// Splitting an external function whose blocks' addresses are taken (computed goto, as Lua's VM dispatches) leaves those addresses naming the body, where the blocks are: the module stays valid, and its bitcode (-emit-llvm -c, as -flto writes it) reads back.  Before, the addresses named the outer function, and reading the bitcode failed with "Invalid ID".
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O2 -fplugin=%plugin -c -emit-llvm -o %t.bc %s
// RUN: %clang -O2 -c -emit-llvm %t.bc -o %t.again.bc
#include <stdlib.h>

void *kept[16];
void *(*volatile make)(size_t) = malloc;

int run(const unsigned char *code) {
  static void *const table[] = {&&op_keep, &&op_end};
  int n = 0;
  goto *table[*code++];
op_keep:
  kept[n++ & 15] = make(8); // through a pointer: the callsite is written
  goto *table[*code++];
op_end:
  return n;
}

// CHECK: @run.table = internal {{.*}}[ptr blockaddress(@run.razor, %{{[0-9a-z.]+}}), ptr blockaddress(@run.razor, %{{[0-9a-z.]+}})]
// CHECK: define private {{.*}}i32 @run.razor(
// CHECK: define {{.*}}i32 @run(
// CHECK: call i32 @run.razor(
