// libFuzzer on razor-report's JSON reader (tools/razor_json.c) and the verdict it feeds (runtime/razor_verdict.c): 20000 executions from the seed corpus find no crash, sanitizer error or broken invariant.
// The target and the longer run are described in test/fuzz/json_fuzzer.c.
// RUN: rm -rf "%t.work" && mkdir -p "%t.work"
// RUN: %clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -I"%include/../tools" -I"%include/../runtime" "%include/../test/fuzz/json_fuzzer.c" "%include/../tools/razor_json.c" "%include/../runtime/razor_verdict.c" -o "%t"
// RUN: timeout 120 %run "%t" -runs=20000 -seed=1 -max_len=1024 -artifact_prefix="%t.work/" "%t.work" "%include/../test/fuzz/corpus/json" > "%t.log" 2>&1
// RUN: FileCheck "%s" < "%t.log"
// CHECK: Done 20000 runs
