// Under -fsanitize=thread with the installed runtime (built without it), tracing is refused with one razortrace: line when a probe's trigger is on: ThreadSanitizer then reports nothing the plain TSan build does not (it cannot see the runtime's atomics and spinlocks), and the exit status is the program's; with the trigger off nothing at all is said.
// RUN: %clang_razor -O1 -g -pthread -fsanitize=thread %S/threads-stress.c -o %t
// RUN: env TSAN_OPTIONS=exitcode=66 timeout 120 %python %S/../options/Inputs/status.py %t > %t.off 2>&1
// RUN: FileCheck %s --check-prefix=OFF < %t.off
// RUN: env TRACE_MT=1 TSAN_OPTIONS=exitcode=66 timeout 120 %python %S/../options/Inputs/status.py %t > %t.on 2>&1
// RUN: FileCheck %s --check-prefix=ON < %t.on
// RUN: env TRACE_MT=1 TSAN_OPTIONS=exitcode=66 %env_razor_opts=format=json timeout 120 %python %S/../options/Inputs/status.py %t > %t.json 2>&1
// RUN: FileCheck %s --check-prefix=ON < %t.json

// OFF-NOT: {{.}}
// OFF:     {{^}}exit status 0
// OFF-NOT: {{.}}

// ON-NOT:  ThreadSanitizer
// ON:      {{^}}razortrace: ThreadSanitizer is in this process and this runtime was built without it: nothing is traced (Known limits in the README){{$}}
// ON-NOT:  {{.}}
// ON:      {{^}}exit status 0
// ON-NOT:  {{.}}
