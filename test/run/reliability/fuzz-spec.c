// libFuzzer on the probe spec parser (razor_spec_parse and razor_spec_format in runtime/razor_spec.c, shared by the annotation and razor_probe_create): 20000 executions from the seed corpus find no crash, sanitizer error or broken invariant.
// The target and the longer run are described in test/fuzz/spec_fuzzer.c.
// RUN: rm -rf "%t.work" && mkdir -p "%t.work"
// RUN: %clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -I"%include/../runtime" "%include/../test/fuzz/spec_fuzzer.c" "%include/../runtime/razor_spec.c" -o "%t"
// RUN: timeout 120 %run "%t" -runs=20000 -seed=1 -artifact_prefix="%t.work/" "%t.work" "%include/../test/fuzz/corpus/spec" > "%t.log" 2>&1
// RUN: FileCheck "%s" < "%t.log"
// CHECK: Done 20000 runs
