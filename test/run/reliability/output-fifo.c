// output= a FIFO never blocks the program: with nobody reading it, the program starts, runs and ends as it does plain (trigger off and on), and the report that cannot be written says so in one line; with a reader, the report goes to it.
// RUN: %clang_razor %S/Inputs/leaky.c -o %t
// RUN: %env_razor_opts=output=%t.fifo %python %S/Inputs/fifo.py %t.fifo noreader %t | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_LEAKY=1 %env_razor_opts=output=%t.fifo %python %S/Inputs/fifo.py %t.fifo noreader %t | FileCheck %s --check-prefix=ON -DFIFO=%t.fifo
// RUN: env TRACE_LEAKY=1 %env_razor_opts=output=%t.fifo %python %S/Inputs/fifo.py %t.fifo reader %t | FileCheck %s --check-prefix=READ

// OFF:      {{^}}list head: entry 19
// OFF-NEXT: exit status 0
// OFF-NOT:  {{.}}

// ON:      {{^}}list head: entry 19
// ON-NEXT: exit status 0
// ON-NEXT: {{^}}stderr: razortrace: cannot write the report to [[FIFO]]: no process has it open for reading{{$}}
// ON-NOT:  {{.}}

// READ:      {{^}}list head: entry 19
// READ-NEXT: exit status 0
// READ-NEXT: {{^}}fifo: razortrace: probe remember (trigger TRACE_LEAKY) {{.*}} 20 calls sampled
// READ:      {{^}}fifo: razortrace: SUMMARY: 1 growing site(s)
