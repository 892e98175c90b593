// The eight-thread stress program (threads-stress.c) runs to completion under valgrind's helgrind with exact findings.
// Helgrind's own output is not checked: it does not understand the runtime's
// C11-atomic spinlocks (no ANNOTATE_HAPPENS_* client requests) and reports
// thousands of "possible data race" errors inside it (70840 errors from 130
// contexts when this test was written), while ThreadSanitizer with an
// instrumented runtime (threads-tsan.c) reports none.
// REQUIRES: valgrind
// RUN: rm -rf %t.lib && mkdir -p %t.lib
// RUN: %clang -shared -fPIC -gdwarf-4 -O2 -std=c11 -D_GNU_SOURCE -fno-builtin -fvisibility=hidden -fno-omit-frame-pointer -fexceptions -I%include -I%include/../runtime %include/../runtime/*.c -o %t.lib/librazortrace.so
// RUN: %clang -fplugin=%plugin -I%include -L%t.lib -Wl,-rpath,%t.lib -lrazortrace -O1 -gdwarf-4 -pthread %S/threads-stress.c -o %t
// RUN: env TRACE_MT=1 %env_razor_opts=format=json timeout 300 valgrind --tool=helgrind %run %t > %t.out 2>&1
// RUN: %jsonl < %t.out | FileCheck %S/threads-stress.c
