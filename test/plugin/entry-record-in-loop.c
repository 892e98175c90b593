// Optimizing for x86-64, in a function that uses many records (16 or more: an interpreter's loop, here one that calls 16 functions of other files by entry name and one through a pointer), each record a call by entry name passes or the thread's callsite is given is computed by an inline `lea` right before its use, which the code generator does not hoist out of the loop (a hundred addresses held live across an interpreter's loop made register allocation many times slower, Lua's lvm.c, and its code slower, SQLite's sqlite3VdbeExec).  A function with fewer keeps its constants, hoisted where that pays.
// RUN: %clang -O2 -fplugin=%plugin -S -o - %s | FileCheck %s
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=IR %s
// RUN: %clang -O2 -fplugin=%plugin -c -o /dev/null -mllvm -stats %s 2>&1 | FileCheck --check-prefix=STATS %s
int op0(int), op1(int), op2(int), op3(int), op4(int), op5(int), op6(int), op7(int);
int op8(int), op9(int), op10(int), op11(int), op12(int), op13(int), op14(int), op15(int);
int step(int state, int op);

int run(const int *code, int n, int (*hook)(int)) {
  int state = 0;
  for (int pc = 0; pc < n; pc++) {
    switch (code[pc]) {
    case 0: state = op0(state); break;
    case 1: state += op1(pc); break;
    case 2: state ^= op2(code[pc + 1]); break;
    case 3: if (op3(state)) pc++; break;
    case 4: state = op4(state) * 3 + pc; break;
    case 5: state -= op5(state >> 2); break;
    case 6: while (op6(state--) > 0) {} break;
    case 7: state |= op7(n - pc); break;
    case 8: pc += op8(state) & 3; break;
    case 9: state = op9(state) ? 1 : state; break;
    case 10: state &= op10(~state); break;
    case 11: state = op11(state + code[0]) << 1; break;
    case 12: if (op12(pc) < 0) return state; break;
    case 13: state = state % (op13(state) | 1); break;
    case 14: state = op14(state) - op14(pc); break;
    case 15: state += code[pc] * op15(state); break;
    default: state = hook(state); break;
    }
  }
  return state;
}

int loop(const int *ops, int n) {
  int state = 0;
  for (int i = 0; i < n; i++)
    state = step(state, ops[i]);
  return state;
}

// In the interpreter every record is an inline lea right before its call or store.
// IR-LABEL: define {{.*}} @run{{(\.razor)?}}(
// IR-NOT:   call i32 @__razor_entry.{{.*}}ptr {{(nonnull )?}}@razor.call
// IR-NOT:   store ptr @razor.call
// IR:       [[R:%.*]] = call ptr asm sideeffect "leaq ${1:P}(%rip), $0", "=r,i"(ptr @razor.call{{[.0-9]*}})
// IR-NEXT:  call i32 @__razor_entry.op{{[0-9]+}}(i32 noundef %{{.*}}, ptr {{(nonnull )?}}[[R]])
// IR-NOT:   call i32 @__razor_entry.{{.*}}ptr {{(nonnull )?}}@razor.call
// IR-NOT:   store ptr @razor.call
// IR-LABEL: define {{.*}} @loop{{(\.razor)?}}(
// IR:       call i32 @__razor_entry.step(i32 noundef %{{.*}}, i32 noundef %{{.*}}, ptr {{(nonnull )?}}@razor.call{{[.0-9]*}})

// In the code: inside the interpreter's loop, the lea right before the call.
// CHECK-LABEL: run{{(\.razor)?}}:
// CHECK:       leaq .Lrazor.call{{[.0-9]*}}(%rip), %rsi
// CHECK-NEXT:  #NO_APP
// CHECK-NOT:   {{^[.a-zA-Z_].*:}}
// CHECK:       callq __razor_entry.op{{[0-9]+}}

// STATS: {{[0-9]+}} razortrace {{.*}} Record addresses computed right before their use

// Outside any loop nothing is hoisted: a function with as many records in
// straight-line code (a test suite's body) keeps them constants, and the
// assembler parses no inline asm for them.
int straight(int s) {
  s = op0(s); s = op1(s); s = op2(s); s = op3(s); s = op4(s); s = op5(s);
  s = op6(s); s = op7(s); s = op8(s); s = op9(s); s = op10(s); s = op11(s);
  s = op12(s); s = op13(s); s = op14(s); s = op15(s); s = step(s, 1);
  return step(s, 2);
}
// IR-LABEL: define {{.*}} @straight{{(\.razor)?}}(
// IR-NOT:   asm sideeffect
// IR:       call i32 @__razor_entry.op0(i32 noundef %{{.*}}, ptr {{(nonnull )?}}@razor.call{{[.0-9]*}})
// IR-NOT:   asm sideeffect
// IR:       ret i32
