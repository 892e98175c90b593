//===- RazorLocationShadow.h - locations from a second code generator -----===//
//
// Part of the frontend (razortrace.so), for LLVM 16 and before only
// (RAZOR_FRONTEND_COPIES_CGO, RazorCompat.h): there the code generator has
// copied its options before a plugin can turn on location tracking, so the
// plugin builds the unit's IR a second time, with locations, and hands
// them to the pass as location facts (RazorFacts.h).
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_LOCATION_SHADOW_H
#define RAZOR_LOCATION_SHADOW_H

#define RAZOR_COMPAT_CLANG 1
#include "RazorCompat.h"

#ifdef RAZOR_FRONTEND_COPIES_CGO
#include "llvm/ADT/StringRef.h"

#include <memory>

namespace clang {
class ASTConsumer;
class CompilerInstance;
} // namespace clang

namespace razor {
struct FrontendFacts;

/// \p Checker (the plugin's own consumer) followed by a second code
/// generator of \p CI's unit, whose locations \p Facts will write into the
/// module (FrontendFacts::AttachLocations).
std::unique_ptr<clang::ASTConsumer>
withLocationShadow(std::unique_ptr<clang::ASTConsumer> Checker,
                   clang::CompilerInstance &CI, llvm::StringRef InFile,
                   FrontendFacts &Facts);

} // namespace razor
#endif // RAZOR_FRONTEND_COPIES_CGO

#endif // RAZOR_LOCATION_SHADOW_H
