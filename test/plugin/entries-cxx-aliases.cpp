// C++ constructors and destructors are called from other files by their complete-object names (C1, D1), which are aliases of the base-object functions (C2, D2) in the file that defines them: each gets an entry name too, the function's body, so another file built with the plugin calls it with nothing between (without it every such call went through the caller's thunk, yaml-cpp's node_data() 110 000 times in a parse workload).  When the function is split, the aliases without the prefix reach the restoring outer function and the entry names the body.
// RUN: %clangxx -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clangxx -O0 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=O0 %s
#include <stdio.h>

struct Buffer {
  Buffer(int n);
  ~Buffer();
  char *data;
};
Buffer::Buffer(int n) : data(new char[n]) {}
Buffer::~Buffer() { delete[] data; }
// CHECK-DAG: @__razor_entry._ZN6BufferC1Ei = hidden alias void (ptr, i32), ptr @_ZN6BufferC2Ei
// CHECK-DAG: @__razor_entry._ZN6BufferD1Ev = hidden alias void (ptr), ptr @_ZN6BufferD2Ev
// O0-DAG: @__razor_entry._ZN6BufferC1Ei = hidden alias void (ptr, i32), ptr @_ZN6BufferC2Ei
// O0-DAG: @__razor_entry._ZN6BufferD1Ev = hidden alias void (ptr), ptr @_ZN6BufferD2Ev

// This one calls another file's function by entry name, which may leave the thread's callsite changed: split.
FILE *open_log(const char *name);
struct Logger {
  Logger(const char *name);
  FILE *out;
};
Logger::Logger(const char *name) : out(open_log(name)) {}
// CHECK-DAG: @_ZN6LoggerC1EPKc = {{.*}}alias void (ptr, ptr), ptr @_ZN6LoggerC2EPKc{{$}}
// CHECK-DAG: @__razor_entry._ZN6LoggerC1EPKc = hidden alias void (ptr, ptr), ptr @_ZN6LoggerC2EPKc.razor
// CHECK-DAG: @__razor_entry._ZN6LoggerC2EPKc = hidden alias void (ptr, ptr), ptr @_ZN6LoggerC2EPKc.razor
// CHECK-DAG: define private void @_ZN6LoggerC2EPKc.razor(
