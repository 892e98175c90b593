// libFuzzer on the suppressions file parser (load_suppressions in runtime/razor_flags.c): 20000 executions from the seed corpus find no crash, sanitizer error or broken invariant.
// The target (which never creates, writes or reads a real file) and the
// longer run are described in test/fuzz/suppressions_fuzzer.c.
// RUN: rm -rf %t.work && mkdir -p %t.work
// RUN: %clang -g -O1 -fsanitize=fuzzer,address -D_GNU_SOURCE -I%include/../runtime -I%include %include/../test/fuzz/suppressions_fuzzer.c %include/../runtime/razor_mem.c %include/../runtime/razor_spec.c -o %t
// RUN: timeout 120 %run %t -runs=20000 -seed=1 -max_len=512 -artifact_prefix=%t.work/ %t.work %include/../test/fuzz/corpus/suppressions > %t.log 2>&1
// RUN: FileCheck %s < %t.log
// CHECK: Done 20000 runs
