// A function made of many inlined calls, each reading the thread's callsite when it starts and giving it back when it returns, all of them jumping to one shared exit: each turn's read names the value the turn before gave back, so the chain from the last turn to the function's entry value is 128 loads long.  The placement follows it to its end.  It once stopped after 64 links and replaced loads by loads it then erased: the exit's phi kept erased values, and clang crashed printing or compiling the module (yaml-cpp's test/integration/emitter_test.cpp, whose static initializer registers a few hundred tests).  (-fPIC: `all` stays whole, and its return gives the callsite back.)
// RUN: %clang -O2 -g0 -fPIC -fplugin=%plugin -S -emit-llvm -o %t.ll %s
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: FileCheck %s < %t.ll
// RUN: %clang -O2 -g0 -fPIC -fplugin=%plugin -c -o %t.o %s
extern void *(*make)(int);
extern void **slot;

__attribute__((noinline)) void note(void *p) { slot[0] = p; }

int reg(int i) {
  void *p = make(i);
  note(p);
  return p != 0;
}

#define R4(n) if (!reg(n) || !reg(n + 1) || !reg(n + 2) || !reg(n + 3)) goto fail;
#define R16(n) R4(n) R4(n + 4) R4(n + 8) R4(n + 12)
#define R64(n) R16(n) R16(n + 16) R16(n + 32) R16(n + 48)

int all(void) {
  R64(0)
  R64(64)
  return 0;
fail:
  slot[1] = 0;
  return 1;
}

// Each turn gives back the value it read itself, to the last one.
// CHECK-LABEL: define {{.*}}i32 @all(
// CHECK:         (i32 noundef 126)
// (No loop: the records stay constants, not inline leas: test/plugin/entry-record-in-loop.c.)
// CHECK:         [[LAST:%[0-9a-z.]+]] = load ptr, ptr @__razor_callsite
// CHECK-NEXT:    store ptr @razor.call{{[.0-9]*}}, ptr @__razor_callsite
// CHECK-NEXT:    tail call ptr %{{[0-9]+}}(i32 noundef 127)
// CHECK-NOT:     @__razor_callsite
// CHECK:         store ptr [[LAST]], ptr @__razor_callsite
// The shared exit and the return touch it no more.
// CHECK-NOT:     @__razor_callsite
// CHECK:         ret i32
// CHECK-NEXT:  }
