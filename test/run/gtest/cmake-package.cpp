// The installed tree serves GoogleTest users: razortrace_gtest.h and razor-report (with its man page) are installed, and a CMake project linking Razortrace::gtest with razortrace_instrument() gets a failure at the line of the cache that keeps its keys, while the clean test passes.
// REQUIRES: gtest
// RUN: rm -rf %t && mkdir -p %t
// RUN: %cmake --install %razor_build --prefix %t/prefix > %t/install.log
// RUN: test -f %t/prefix/include/razortrace_gtest.h && test -x %t/prefix/bin/razor-report && test -f %t/prefix/share/man/man1/razor-report.1
// RUN: %t/prefix/bin/razor-report --help | FileCheck %s --check-prefix=HELP
// HELP: usage: razor-report COMMAND
// RUN: %cmake -S %S/Inputs/cmake-gtest -B %t/build -G %cmake_generator -DCMAKE_PREFIX_PATH=%t/prefix -DCMAKE_CXX_COMPILER=%clangxx > %t/configure.log
// RUN: %cmake --build %t/build > %t/build.log
// RUN: not %t/build/cache_test > %t/out 2>&1
// RUN: FileCheck %s < %t/out
// CHECK: [ RUN      ] Cache.AddKeepsNothing
// CHECK-NEXT: {{.*}}cache_test.cpp:9: Failure
// CHECK-NEXT: razortrace: memory allocated here keeps growing while cache.add("a key longer than the small string buffer") runs
// CHECK: [  FAILED  ] Cache.AddKeepsNothing
// CHECK: [       OK ] Cache.HasKeepsNothing
