//===- RazorPaths.cpp - source paths as the plugin judges them ------------===//
#include "RazorPaths.h"
#include "RazorCompat.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace razor {

bool isSystemPath(llvm::StringRef Path) {
  return compat::startsWith(Path, "/usr/include/") ||
         compat::startsWith(Path, "/usr/lib/") ||
         compat::startsWith(Path, "/usr/local/include/") ||
         Path.contains("/include/c++/");
}

llvm::SmallString<256> joinPath(llvm::StringRef Dir, llvm::StringRef File) {
  llvm::SmallString<256> Path(File);
  if (!llvm::sys::path::is_absolute(Path) && !Dir.empty()) {
    Path = Dir;
    llvm::sys::path::append(Path, File);
  }
  return Path;
}

std::string absolutePath(llvm::StringRef Dir, llvm::StringRef File) {
  llvm::SmallString<256> Abs = joinPath(Dir, File);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  if (Abs.empty() || llvm::sys::fs::make_absolute(Abs))
    return "";
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  while (Abs.size() > 1 && Abs.back() == '/')
    Abs.pop_back();
  return Abs.str().str();
}

} // namespace razor
