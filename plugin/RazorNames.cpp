//===- RazorNames.cpp - names the frontend hands to the pass --------------===//
#include "RazorNames.h"
#include "RazorCompat.h"

#include "llvm/ADT/StringMap.h"

namespace razor {

static llvm::StringMap<std::string> &names() {
  static llvm::StringMap<std::string> Names;
  return Names;
}

void setProbeName(llvm::StringRef Mangled, llvm::StringRef Display) {
  names()[Mangled] = Display.str();
}

std::string probeName(llvm::StringRef Mangled) {
  auto It = names().find(Mangled);
  return It == names().end() ? std::string() : It->second;
}

static std::vector<FrontendAnnotation> &annotations() {
  static std::vector<FrontendAnnotation> List;
  return List;
}

void clearFrontendAnnotations() { annotations().clear(); }

void addFrontendAnnotation(FrontendAnnotation A) {
  annotations().push_back(std::move(A));
}

const std::vector<FrontendAnnotation> &frontendAnnotations() {
  return annotations();
}

bool isSystemPath(llvm::StringRef Path) {
  return compat::startsWith(Path, "/usr/include/") ||
         compat::startsWith(Path, "/usr/lib/") ||
         compat::startsWith(Path, "/usr/local/include/") ||
         Path.contains("/include/c++/");
}

} // namespace razor
