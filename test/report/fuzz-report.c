// libFuzzer on razor-report's report reader (tools/razor_model.c), its merge and the renderers shared with the runtime (runtime/razor_render.c): 20000 executions from the seed corpus find no crash, sanitizer error or broken invariant (every report written as JSON reads back to the same bytes).
// The target and the longer run are described in test/fuzz/report_fuzzer.c.
// RUN: rm -rf "%t.work" && mkdir -p "%t.work"
// RUN: %clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -D_GNU_SOURCE -I"%include/../tools" -I"%include/../runtime" "%include/../test/fuzz/report_fuzzer.c" "%include/../tools/razor_model.c" "%include/../tools/razor_json.c" "%include/../runtime/razor_render.c" -o "%t"
// RUN: timeout 300 %run "%t" -runs=20000 -seed=1 -max_len=4096 -artifact_prefix="%t.work/" "%t.work" "%include/../test/fuzz/corpus/report" > "%t.log" 2>&1
// RUN: FileCheck "%s" < "%t.log"
// CHECK: Done 20000 runs
