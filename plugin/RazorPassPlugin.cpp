//===- RazorPassPlugin.cpp - razortrace-pass.so's entry point -------------===//
//
// For `opt -load-pass-plugin=razortrace-pass.so -passes=razortrace`: the
// passes alone (the clang plugin, razortrace.so, has its own entry point in
// RazorPlugin.cpp, which also writes the frontend's facts into the module).
//
//===----------------------------------------------------------------------===//
#include "RazorCompat.h"
#include "RazorPass.h"

extern "C" ::llvm::PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "razortrace", LLVM_VERSION_STRING,
          razor::registerRazorPass};
}
