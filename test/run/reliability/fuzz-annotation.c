// libFuzzer on the razor_probe annotation parser (plugin/RazorAnnotation.cpp): 20000 executions from the seed corpus find no crash, sanitizer error or broken invariant.
// The target and the longer run are described in test/fuzz/annotation_fuzzer.cpp.
// DEFINE: %{llvm_include} = /usr/lib/llvm-19/include
// DEFINE: %{llvm_lib} = /usr/lib/llvm-19/lib
// RUN: rm -rf %t.work && mkdir -p %t.work
// RUN: %clangxx -g -O1 -fsanitize=fuzzer,address -I%{llvm_include} -I%include/../plugin -I%include/../runtime %include/../test/fuzz/annotation_fuzzer.cpp %include/../plugin/RazorAnnotation.cpp -L%{llvm_lib} -lLLVM-19 -Wl,-rpath,%{llvm_lib} -o %t
// RUN: timeout 120 %run %t -runs=20000 -seed=1 -artifact_prefix=%t.work/ %t.work %include/../test/fuzz/corpus/annotation > %t.log 2>&1
// RUN: FileCheck %s < %t.log
// CHECK: Done 20000 runs
