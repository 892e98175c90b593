//===- RazorNames.cpp - names the frontend hands to the pass --------------===//
#include "RazorNames.h"

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

} // namespace razor
