// A call past column 65,535 of its line (generated code) is reported at column 0: LLVM's locations keep 16 bits of column, as site records do (README, Known limits); its report is otherwise whole: line, function, source.
// RUN: %python -c "print('#include <stdlib.h>\nstatic char *kept[64];\n__attribute__((annotate(\"razor_probe:TRACE_WIDE\"))) void wide(int i) {\n' + ' ' * 70000 + 'kept[i] = malloc(48);\n}\nint main(void) { for (int i = 0; i < 20; i++) wide(i); return 0; }')" > %t.c
// RUN: %clang_razor -O2 %t.c -o %t
// RUN: env TRACE_WIDE=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s
// CHECK: report 0: probes[0].sites[0].line = 4
// CHECK-NEXT: report 0: probes[0].sites[0].column = 0
// CHECK-NEXT: report 0: probes[0].sites[0].function = "wide"
// CHECK-NEXT: report 0: probes[0].sites[0].source = "kept[i] = malloc(48);"
