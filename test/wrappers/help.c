// razor-cc and razor-c++ --help print their usage: the clang they run, the
// plugin and runtime flags, and where the run-time options are listed.
// RUN: %razor_cc --help | FileCheck %s
// RUN: %razor_cxx --help | FileCheck --check-prefix=CXX %s
// RUN: %razor_cc --version | FileCheck --check-prefix=VERSION %s
// CHECK: usage: razor-cc [clang options] files...
// CHECK: -fplugin={{.*}}razortrace.so
// CHECK: -lrazortrace
// CHECK: CC=razor-cc CXX=razor-c++ make
// CHECK: RAZOR_OPTIONS=help=1
// CXX: usage: razor-c++ [clang options] files...
// CXX: clang++
// VERSION: clang version
