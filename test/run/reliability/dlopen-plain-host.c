// An instrumented shared library loads into a program built without razortrace, as plugins and Python extensions do: a plain C host's dlopen and Python's ctypes load it (the runtime's static TLS fits glibc's room for dlopened libraries), the host runs as with the plain library trigger off, and with the trigger on the leak is reported; a thread that called it ends safely after the host dlcloses it (the runtime stays loaded).
// RUN: rm -rf %t.d && mkdir -p %t.d
// The runtime's static TLS, which every thread has: a few words.
// RUN: llvm-readelf -lW %libdir/librazortrace.so | %python -c "import sys; tls = [l.split() for l in sys.stdin if l.split()[:1] == ['TLS']]; print('static TLS: %%s' %% ('small' if tls and int(tls[0][5], 16) <= 64 else tls))" | FileCheck %s --check-prefix=TLS
// RUN: %clang -shared -fPIC -I%include %S/Inputs/probe-lib.c -o %t.d/libplain.so
// RUN: %clang_razor -shared -fPIC %S/Inputs/probe-lib.c -o %t.d/libprobe.so
// RUN: %clang %S/Inputs/dlopen-host.c -o %t.host -ldl
// RUN: %run %t.host %t.d/libplain.so | FileCheck %s
// RUN: %run %t.host %t.d/libprobe.so 2>%t.off | FileCheck %s
// RUN: count 0 < %t.off
// RUN: env TRACE_LIB=1 %run %t.host %t.d/libprobe.so 2>%t.on | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.on
// RUN: %python -c "import ctypes, sys; l = ctypes.CDLL(sys.argv[1]); print('sum %%d' %% sum(l.lib_work(i) for i in range(10)))" %t.d/libprobe.so 2>%t.py.off | FileCheck %s --check-prefix=PY
// RUN: count 0 < %t.py.off
// RUN: env TRACE_LIB=1 %python -c "import ctypes, sys; l = ctypes.CDLL(sys.argv[1]); print('sum %%d' %% sum(l.lib_work(i) for i in range(10)))" %t.d/libprobe.so 2>%t.py.on | FileCheck %s --check-prefix=PY
// RUN: FileCheck %s --check-prefix=REPORT < %t.py.on
// TLS: static TLS: small
// PY: {{^}}sum 120
// CHECK: {{^}}sum 120
// CHECK-NEXT: {{^}}dlclose: 0
// CHECK-NEXT: {{^}}thread ended

// Loaded late, the runtime's malloc and free are not the process's: it
// says what that costs.
// REPORT:      razortrace: the process's malloc and free are libc's, not razortrace's (the program was linked without -lrazortrace): allocations and frees outside instrumented code are not seen; link the program with -lrazortrace, or run it with LD_PRELOAD={{.*}}librazortrace.so
// REPORT-NEXT: razortrace: probe lib_work (trigger TRACE_LIB) in {{.*}}probe-lib.c:9 — 10 calls sampled
// REPORT-NEXT: {{.*}}probe-lib.c line: 10 column: 18 function: lib_work command: kept[i % 64] = strdup("twelve bytes");
// REPORT:      razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
