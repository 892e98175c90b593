// libFuzzer on the razor_probe annotation parser (plugin/RazorAnnotation.cpp over runtime/razor_spec.c): 20000 executions from the seed corpus find no crash, sanitizer error or broken invariant.
// The target and the longer run are described in test/fuzz/annotation_fuzzer.cpp.
// Built against the LLVM the plugin was built with (its llvm-config is first on
// PATH; lit's shell has no $(...), so its answers go through a response file),
// in C++17: clang 14 and 15 default to C++14.
// RUN: rm -rf %t.work && mkdir -p %t.work
// RUN: %python -c "import subprocess as s; q=lambda a: s.check_output(['llvm-config', a], text=True).strip(); i, l = q('--includedir'), q('--libdir'); print('-I%%s -L%%s -Wl,-rpath,%%s -lLLVM' %% (i, l, l))" > %t.rsp
// The spec grammar itself is C (runtime/razor_spec.c), compiled apart.
// RUN: %clang -g -O1 -fsanitize=fuzzer-no-link,address -c "%include/../runtime/razor_spec.c" -o "%t.spec.o"
// RUN: %clangxx -std=c++17 -g -O1 -fsanitize=fuzzer,address -I"%include/../plugin" -I"%include/../runtime" "%include/../test/fuzz/annotation_fuzzer.cpp" "%include/../plugin/RazorAnnotation.cpp" "%t.spec.o" @%t.rsp -o "%t"
// RUN: timeout 120 %run %t -runs=20000 -seed=1 -artifact_prefix=%t.work/ %t.work %include/../test/fuzz/corpus/annotation > %t.log 2>&1
// RUN: FileCheck %s < %t.log
// CHECK: Done 20000 runs
