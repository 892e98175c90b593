//===- RazorLibrary.h - what the C and C++ libraries' functions do -------===//
//
// Part of the pass (razortrace-pass.so) and of the frontend, whose
// location planner (RazorLocationPlan.cpp) must agree with the pass on
// which calls get a record: a call of one of these gets none.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_LIBRARY_H
#define RAZOR_LIBRARY_H

#include "llvm/ADT/StringRef.h"

namespace razor {

/// True when \p Name is one of stdio's reads and writes: they allocate only
/// their stream's buffer, once, on first use (stdout's at the first
/// printf), never the caller's data.  Around calls to them the callsite is
/// cleared, so such a buffer is not charged to the user's line.
bool isStreamIO(llvm::StringRef Name);

/// True when \p Name (mangled) is a destructor of a class of the C++
/// standard library, or a constructor of std::allocator: they release
/// what the object holds (or hold nothing) and never allocate memory for
/// their caller to keep.
bool cxxNeverAllocates(llvm::StringRef Name);

/// True when \p Name is a C library function that never allocates for its
/// caller's data nor calls back (string, number and math functions, locks,
/// time), or one of the C++ runtime's and standard library's that never
/// allocate (cxxNeverAllocates, the exception runtime but
/// __cxa_allocate_exception, the static-local guards).
bool neverAllocates(llvm::StringRef Name);

} // namespace razor

#endif // RAZOR_LIBRARY_H
