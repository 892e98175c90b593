// The program's own double free, or realloc after free, of a small block a probe allocated (a headed block glibc keeps in its tcache), done after the probe returned or in a later sampled call, reaches glibc as in the plain build: glibc aborts with its own message, the same as without razortrace; razortrace neither crashes first nor hangs.
// RUN: %clang_razor %S/Inputs/own-bug.c -o %t
// RUN: %clang -I%include %S/Inputs/own-bug.c -o %t.plain
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t double-free 40 outside > %t.df.out 2>&1
// RUN: timeout 20 not --crash %run %t.plain double-free 40 outside > %t.df.plain 2>&1
// RUN: FileCheck %s --check-prefix=DF --implicit-check-not=razortrace --implicit-check-not=survived < %t.df.out
// RUN: diff %t.df.plain %t.df.out
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t realloc-freed 40 outside > %t.rf.out 2>&1
// RUN: timeout 20 not --crash %run %t.plain realloc-freed 40 outside > %t.rf.plain 2>&1
// RUN: FileCheck %s --check-prefix=RF --implicit-check-not=razortrace --implicit-check-not=survived < %t.rf.out
// RUN: diff %t.rf.plain %t.rf.out
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t double-free 1000 inside > %t.in.out 2>&1
// RUN: timeout 20 not --crash %run %t.plain double-free 1000 inside > %t.in.plain 2>&1
// RUN: FileCheck %s --check-prefix=IN --implicit-check-not=razortrace --implicit-check-not=survived < %t.in.out
// RUN: diff %t.in.plain %t.in.out
// DF:      doing double-free of 40 bytes
// DF-NEXT: {{^}}free(): double free detected in tcache 2{{$}}
// RF:      doing realloc-freed of 40 bytes
// RF-NEXT: {{^}}free(): double free detected in tcache 2{{$}}
// IN:      doing double-free of 1000 bytes
// IN-NEXT: {{^}}free(): double free detected in tcache 2{{$}}
