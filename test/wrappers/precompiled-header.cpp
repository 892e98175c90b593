// razor-c++ builds a precompiled header the way a Makefile in gcc's style
// does, without -c (a header alone makes no program: no runtime to link, so
// not "-o with multiple output files"); a unit built with it reports.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %razor_cxx -O2 -x c++-header %S/Inputs/pch-names.h -o %t/names.pch
// RUN: cp %S/Inputs/pch-names.h %t/pch-names.hpp
// RUN: %razor_cxx -O2 %t/pch-names.hpp -o %t/names2.pch
// RUN: %razor_cxx -O2 -include-pch %t/names.pch %s -o %t/prog
// RUN: env TRACE_PCH=1 %run %t/prog 2>&1 | FileCheck %s
#include <razortrace.h>

RAZOR_PROBE("TRACE_PCH") void add(int i) {
  names.push_back(std::string(40 + i % 2, 'x'));
  // CHECK: precompiled-header.cpp line: [[# @LINE - 1]] column: 9 function: add(int)
}

int main() {
  for (int i = 0; i < 12; i++)
    add(i);
  return names.size() != 12;
}
