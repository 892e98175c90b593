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

namespace razor {

/// Records \p Display as the probe name of the function named \p Mangled.
void setProbeName(llvm::StringRef Mangled, llvm::StringRef Display);

/// The probe name recorded for \p Mangled, or "" when none was.
std::string probeName(llvm::StringRef Mangled);

} // namespace razor

#endif // RAZOR_NAMES_H
