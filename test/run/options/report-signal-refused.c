// report_signal is refused, with one razortrace: line, for a signal that cannot be caught (SIGKILL, SIGSTOP) or that the kernel or libc send the program for its own doing (a fault, abort(), a closed pipe, a child's end, a resource limit): the program then runs untraced.  A crashing program with report_signal=SIGSEGV dies of SIGSEGV as it does plain, trigger off and on, instead of spinning on the fault.
// RUN: %clang_razor %S/Inputs/untraced-program.c -o %t
// RUN: env TRACE_BAD=1 %python %S/Inputs/each_value.py report_signal SIGSEGV SIGBUS SIGILL SIGFPE SIGTRAP SIGSYS SIGABRT SIGKILL SIGSTOP SIGPIPE SIGCHLD SIGXCPU SIGXFSZ SEGV KILL -- %t | FileCheck %s
// RUN: %clang_razor %S/Inputs/crash.c -o %t.crash
// RUN: %clang %S/Inputs/crash.c -I%include -o %t.plain
// RUN: timeout 20 %python %S/Inputs/status.py %t.plain 2>&1 | FileCheck %s --check-prefix=CRASH
// RUN: timeout 20 %python %S/Inputs/each_value.py report_signal SIGSEGV -- %t.crash | FileCheck %s --check-prefixes=CRASH,CRASH-REFUSED
// RUN: env TRACE_CRASH=1 timeout 20 %python %S/Inputs/each_value.py report_signal SIGSEGV -- %t.crash | FileCheck %s --check-prefixes=CRASH,CRASH-REFUSED

// The program's output and exit status are its own, with no report, and
// one line says why.
// CHECK-LABEL: == SIGSEGV
// CHECK-NEXT:  {{^}}program output
// CHECK-NEXT:  exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGSEGV: the kernel sends it for a fault in the program; use a signal the program leaves alone (SIGUSR1, SIGUSR2){{$}}
// CHECK-LABEL: == SIGBUS
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGBUS: the kernel sends it for a fault in the program; use
// CHECK-LABEL: == SIGILL
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGILL: the kernel sends it for a fault in the program; use
// CHECK-LABEL: == SIGFPE
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGFPE: the kernel sends it for a fault in the program; use
// CHECK-LABEL: == SIGTRAP
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGTRAP: the kernel sends it for a fault in the program; use
// CHECK-LABEL: == SIGSYS
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGSYS: the kernel sends it for a fault in the program; use
// CHECK-LABEL: == SIGABRT
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGABRT: abort() sends it; use
// CHECK-LABEL: == SIGKILL
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGKILL: it cannot be caught; use
// CHECK-LABEL: == SIGSTOP
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGSTOP: it cannot be caught; use
// CHECK-LABEL: == SIGPIPE
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGPIPE: the kernel sends it for a write to a closed pipe; use
// CHECK-LABEL: == SIGCHLD
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGCHLD: the kernel sends it when a child process ends; use
// CHECK-LABEL: == SIGXCPU
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGXCPU: the kernel sends it at a resource limit; use
// CHECK-LABEL: == SIGXFSZ
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGXFSZ: the kernel sends it at a resource limit; use
// CHECK-LABEL: == SEGV
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=SEGV: the kernel sends it for a fault in the program; use
// CHECK-LABEL: == KILL
// CHECK:       exit status 3
// CHECK-NEXT:  {{^}}stderr: razortrace: RAZOR_OPTIONS: report_signal=KILL: it cannot be caught; use a signal the program leaves alone (SIGUSR1, SIGUSR2){{$}}
// CHECK-NOT:   {{.}}

// CRASH:      {{^}}about to crash
// CRASH-NEXT: exit status -11
// CRASH-REFUSED-NEXT: stderr: razortrace: RAZOR_OPTIONS: report_signal=SIGSEGV: the kernel sends it for a fault in the program; use a signal the program leaves alone (SIGUSR1, SIGUSR2){{$}}
// CRASH-REFUSED-NOT:  {{.}}
