// An ifunc's resolver is never split (entries.c shows the split): the dynamic linker may run it before the thread's variables are set up, and the split's outer half would read the thread's callsite.  It keeps its one definition, which the entry name aliases; an ordinary function beside it that calls the same function of another file is split.
// RUN: %clang -O2 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: FileCheck --check-prefix=NOSPLIT %s < %t.ll
int pick(void); // another file's

static int fast(void) { return 1; }
static int slow(void) { return 2; }

void *choose(void) { return pick() ? (void *)fast : (void *)slow; }
int impl(void) __attribute__((ifunc("choose")));

int twice(void) { return pick() + pick(); }

// CHECK-DAG: @__razor_entry.choose = hidden alias ptr (), ptr @choose{{$}}
// CHECK-DAG: @impl = {{.*}}ifunc i32 (), ptr @choose
// CHECK-DAG: @__razor_entry.twice = hidden alias i32 (), ptr @twice.razor
// NOSPLIT-NOT: @choose.razor
