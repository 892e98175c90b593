// razor-c++ -static: operator new still runs the new_handler and throws
// std::bad_alloc, as in the plain static program.  The runtime calls the
// program's operators through weak references, which take no member of
// libstdc++.a, and the program's own calls of them go through the runtime:
// without the wrapper naming them, new[] of an impossible size returned
// null.
// REQUIRES: static-libc
// RUN: %clangxx -O2 -fsized-deallocation -static -I%include %S/new-handler.cpp -o %t.plain
// RUN: %razor_cxx -O2 -fsized-deallocation -static %S/new-handler.cpp -o %t 2>/dev/null
// RUN: %run %t.plain > %t.plain.out 2>&1
// RUN: %run %t > %t.out 2>&1
// RUN: diff %t.plain.out %t.out
// RUN: FileCheck %S/new-handler.cpp < %t.out
// RUN: env TRACE_NH=1 %run %t 2>/dev/null | FileCheck %S/new-handler.cpp
