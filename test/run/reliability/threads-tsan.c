// The eight-thread stress program (threads-stress.c) built with -fsanitize=thread against a runtime built from its sources with -fsanitize=thread too: ThreadSanitizer reports no data race and the findings are unchanged; and threads without a block of their own that report at once (they share the runtime's "inside" block, which none may write) race on nothing either.
// The runtime has to be instrumented as well: with the uninstrumented
// librazortrace.so, TSan cannot see its atomics and spinlocks and reports
// false races on the memcpy/memcmp/memset it intercepts inside the runtime.
// RUN: rm -rf %t.lib && mkdir -p %t.lib
// RUN: %clang -shared -fPIC -g -O1 -fsanitize=thread -std=c11 -D_GNU_SOURCE -fno-builtin -fvisibility=hidden -fexceptions -I%include -I%include/../runtime %include/../runtime/*.c -o %t.lib/librazortrace.so
// RUN: %clang -fplugin=%plugin -I%include -L%t.lib -Wl,-rpath,%t.lib -lrazortrace -O1 -g -pthread -fsanitize=thread %S/threads-stress.c -o %t
// RUN: env TRACE_MT=1 TSAN_OPTIONS=halt_on_error=1:exitcode=66 %env_razor_opts=format=json timeout 120 %run %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=TSAN --allow-empty < %t.out
// RUN: %jsonl < %t.out | FileCheck %S/threads-stress.c
// Threads without a block of their own reporting at once share the block that says "inside", read-only.
// RUN: %clang -I%include -L%t.lib -Wl,-rpath,%t.lib -lrazortrace -O1 -g -pthread -fsanitize=thread %S/Inputs/reports-without-blocks.c -o %t.reports
// RUN: env TSAN_OPTIONS=halt_on_error=1:exitcode=66 %run %t.reports > %t.reports.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORTS < %t.reports.out
// TSAN-NOT: ThreadSanitizer
// REPORTS-NOT: ThreadSanitizer
// REPORTS: reports written
