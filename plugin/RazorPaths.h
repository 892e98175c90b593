//===- RazorPaths.h - source paths as the plugin judges them --------------===//
//
// Which paths are the system's (a library's code, not the user's), and
// paths joined and made absolute the way debug info splits them (directory
// and file).  The frontend and the pass both judge paths by these.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_PATHS_H
#define RAZOR_PATHS_H

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace razor {

/// True for a path in a system directory (/usr/include, /usr/lib, a C++
/// standard library): its functions are the library's, not the user's.
/// The pass judges sites and callees by it; the frontend, which functions
/// need no locations.
bool isSystemPath(llvm::StringRef Path);

/// \p File as a path from here: joined to \p Dir when relative.
llvm::SmallString<256> joinPath(llvm::StringRef Dir, llvm::StringRef File);

/// \p File made absolute against \p Dir, without "." and "..".
std::string absolutePath(llvm::StringRef Dir, llvm::StringRef File);

/// \p Path made absolute against the working directory, without "." and
/// ".." (nor a trailing "/"); "" when that fails.
std::string absolutePath(llvm::StringRef Path);

} // namespace razor

#endif // RAZOR_PATHS_H
