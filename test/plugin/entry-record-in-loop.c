// Optimizing for x86-64, the record a call by entry name passes is computed by an inline `lea` right before the call, which the code generator does not hoist out of the loop round the call (an interpreter's loop with a hundred such calls would otherwise hold a hundred addresses live across it, and register allocation would take many times longer: Lua's lvm.c).
// RUN: %clang -O2 -fplugin=%plugin -S -o - %s | FileCheck %s
// RUN: %clang -O2 -fplugin=%plugin -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck --check-prefix=STATS %s
int step(int state, int op);

int run(const int *ops, int n) {
  int state = 0;
  for (int i = 0; i < n; i++)
    state = step(state, ops[i]);
  return state;
}

// CHECK-LABEL: run{{(\.razor)?}}:
// CHECK:       .LBB{{[0-9_]+}}:
// CHECK-NOT:   {{^[.a-zA-Z_].*:}}
// CHECK:       leaq .Lrazor.call(%rip), %rdx
// CHECK-NOT:   {{^[.a-zA-Z_].*:}}
// CHECK:       callq __razor_entry.step
// STATS: 1 razortrace {{.*}} Record arguments computed right before their call
