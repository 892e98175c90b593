// The program's own double free, or realloc after free, of a block a probe allocated that glibc does not keep in its tcache once freed (4000 bytes, which no tcache holds; 1024 bytes, which the plain build's tcache does hold, a size razortrace leaves without a header for that reason; 40 bytes once the tcache bin for them is full, or with glibc's tcache turned off by GLIBC_TUNABLES), after the probe returned or in a later sampled call, reaches glibc as in the plain build: glibc aborts with the message it gives without razortrace.
// Each pair of runs compares the traced program's output with the plain
// build's; glibc's message names what it found at the block's real chunk.
// RUN: %clang_razor %S/Inputs/own-bug.c -o %t
// RUN: %clang -I%include %S/Inputs/own-bug.c -o %t.plain
// RUN: timeout 20 not --crash %run %t.plain double-free 4000 outside > %t.df4000.plain 2>&1
// RUN: FileCheck %s --check-prefix=DF4000 < %t.df4000.plain
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t double-free 4000 outside > %t.df4000.out 2>&1
// RUN: FileCheck %s --check-prefix=DF4000 --implicit-check-not=razortrace --implicit-check-not=survived < %t.df4000.out
// RUN: timeout 20 not --crash %run %t.plain double-free 1024 outside > %t.df1024.plain 2>&1
// RUN: FileCheck %s --check-prefix=DF1024 < %t.df1024.plain
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t double-free 1024 outside > %t.df1024.out 2>&1
// RUN: FileCheck %s --check-prefix=DF1024 --implicit-check-not=razortrace --implicit-check-not=survived < %t.df1024.out
// RUN: timeout 20 not --crash %run %t.plain realloc-freed 4000 outside > %t.rf4000.plain 2>&1
// RUN: FileCheck %s --check-prefix=RF4000 < %t.rf4000.plain
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t realloc-freed 4000 outside > %t.rf4000.out 2>&1
// RUN: FileCheck %s --check-prefix=RF4000 --implicit-check-not=razortrace --implicit-check-not=survived < %t.rf4000.out
// RUN: timeout 20 not --crash %run %t.plain double-free 4000 inside > %t.in4000.plain 2>&1
// RUN: FileCheck %s --check-prefix=IN4000 < %t.in4000.plain
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t double-free 4000 inside > %t.in4000.out 2>&1
// RUN: FileCheck %s --check-prefix=IN4000 --implicit-check-not=razortrace --implicit-check-not=survived < %t.in4000.out
// RUN: timeout 20 not --crash %run %t.plain double-free 40 outside-full > %t.full.plain 2>&1
// RUN: FileCheck %s --check-prefix=FULL < %t.full.plain
// RUN: env TRACE_BUG=1 timeout 20 not --crash %run %t double-free 40 outside-full > %t.full.out 2>&1
// RUN: FileCheck %s --check-prefix=FULL --implicit-check-not=razortrace --implicit-check-not=survived < %t.full.out
// RUN: env GLIBC_TUNABLES=glibc.malloc.tcache_count=0 timeout 20 not --crash %run %t.plain double-free 40 outside > %t.notc.plain 2>&1
// RUN: FileCheck %s --check-prefix=FULL < %t.notc.plain
// RUN: env GLIBC_TUNABLES=glibc.malloc.tcache_count=0 TRACE_BUG=1 timeout 20 not --crash %run %t double-free 40 outside > %t.notc.out 2>&1
// RUN: FileCheck %s --check-prefix=FULL --implicit-check-not=razortrace --implicit-check-not=survived < %t.notc.out
// DF4000:      doing double-free of 4000 bytes
// DF4000-NEXT: {{^}}double free or corruption (!prev){{$}}
// DF1024:      doing double-free of 1024 bytes
// DF1024-NEXT: {{^}}free(): double free detected in tcache 2{{$}}
// RF4000:      doing realloc-freed of 4000 bytes
// RF4000-NEXT: {{^}}double free or corruption (!prev){{$}}
// IN4000:      doing double-free of 4000 bytes
// IN4000-NEXT: {{^}}double free or corruption (!prev){{$}}
// FULL:        doing double-free of 40 bytes
// FULL-NEXT:   {{^}}double free or corruption (fasttop){{$}}
