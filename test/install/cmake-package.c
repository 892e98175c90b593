// `cmake --install` gives a CMake package: find_package(Razortrace) and
// razortrace_instrument(<target>) build an external project (C, C++, shared
// and static runtime) whose probe reports its growing site.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %cmake --install %razor_build --prefix %t/prefix > %t/install.log
// RUN: %cmake -S %S/Inputs/cmake-project -B %t/build -G %cmake_generator -DCMAKE_PREFIX_PATH=%t/prefix -DCMAKE_C_COMPILER=%clang -DCMAKE_CXX_COMPILER=%clangxx > %t/configure.log
// RUN: %cmake --build %t/build > %t/build.log
// RUN: env TRACE_KEEP=1 %t/build/leaky 2>&1 | FileCheck %s
// RUN: env TRACE_KEEP=1 %t/build/leaky_static 2>&1 | FileCheck %s
// RUN: env TRACE_KEEP=1 %t/build/leaky_cxx 2>&1 | FileCheck --check-prefix=CXX %s
// The static one carries no dependency on the shared runtime; the shared one,
// read the same way, does.
// RUN: readelf -d %t/build/leaky_static | FileCheck --check-prefix=STATIC %s
// RUN: readelf -d %t/build/leaky | FileCheck --check-prefix=SHARED %s
// CHECK: razortrace: probe keep (trigger TRACE_KEEP) in {{.*}}leaky.c:9 — 10 calls sampled
// CHECK-NEXT: {{.*}}leaky.c line: 10 column: 16 function: keep command: names[n++] = strdup(name);
// CHECK: razortrace: SUMMARY: 1 growing site(s) in 1 probe(s)
// CXX: razortrace: probe keep(char const*) (trigger TRACE_KEEP) in {{.*}}leaky.cpp:8 — 10 calls sampled
// CXX: {{.*}}leaky.cpp line: 9 column: {{[0-9]+}} function: keep(char const*) command: names.push_back(new std::string(name));
// STATIC-NOT: librazortrace
// STATIC: (NEEDED) Shared library: [libc.so.6]
// STATIC-NOT: librazortrace
// SHARED: (NEEDED) Shared library: [librazortrace.so]
