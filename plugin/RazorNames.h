//===- RazorNames.h - names the frontend hands to the pass ----------------===//
//
// The frontend sees what the IR no longer says: that a function is one
// instantiation of a template.  It records a readable name per mangled
// instantiation name ("Box<T>::add(const T &)" for _ZN3BoxIiE3addERKi), and
// the pass names every instantiation's probe that way, so the runtime counts
// them as one probe.  One compiler process compiles one translation unit:
// the table lives for that.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_NAMES_H
#define RAZOR_NAMES_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace razor {

/// Records \p Display as the probe name of the function named \p Mangled.
void setProbeName(llvm::StringRef Mangled, llvm::StringRef Display);

/// The probe name recorded for \p Mangled, or "" when none was.
std::string probeName(llvm::StringRef Mangled);

/// An annotated function the frontend saw that llvm.global.annotations may
/// lack: clang up to 16 emits no entry for constructors and destructors.
/// The same fields as an llvm.global.annotations entry.
struct FrontendAnnotation {
  std::string Function;   ///< mangled name (one per C1/C2/D0/D1/D2)
  std::string Annotation; ///< "razor_probe:..."
  std::string File;       ///< the definition's file, as clang spells it
  unsigned Line = 0;      ///< the definition's line
};

/// Starts a translation unit's list (clang may compile several in one
/// process).
void clearFrontendAnnotations();
void addFrontendAnnotation(FrontendAnnotation A);
/// The current unit's, in the order they were added.
const std::vector<FrontendAnnotation> &frontendAnnotations();

/// True for a path in a system directory (/usr/include, /usr/lib, a C++
/// standard library): its functions are the library's, not the user's.
/// The pass judges sites and callees by it; the frontend, which functions
/// need no locations.
bool isSystemPath(llvm::StringRef Path);

} // namespace razor

#endif // RAZOR_NAMES_H
