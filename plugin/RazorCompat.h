//===- RazorCompat.h - the LLVM/Clang API differences, in one place -------===//
//
// Every use of an API that changed between LLVM 14 and 22 goes through this
// header, so supporting another major touches only this file.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_COMPAT_H
#define RAZOR_COMPAT_H

#include "llvm/Config/llvm-config.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Type.h"

#if LLVM_VERSION_MAJOR >= 22
#include "llvm/Plugins/PassPlugin.h"
#else
#include "llvm/Passes/PassPlugin.h"
#endif

namespace razor {
namespace compat {

/// The generic pointer type: `ptr` on opaque-pointer LLVM, `i8*` before.
inline llvm::PointerType *getPtrTy(llvm::LLVMContext &C) {
#if LLVM_VERSION_MAJOR >= 15
  return llvm::PointerType::get(C, 0);
#else
  return llvm::Type::getInt8PtrTy(C);
#endif
}

/// The declaration of an intrinsic in \p M.
inline llvm::Function *getIntrinsic(llvm::Module &M, llvm::Intrinsic::ID ID,
                                    llvm::ArrayRef<llvm::Type *> Tys) {
#if LLVM_VERSION_MAJOR >= 20
  return llvm::Intrinsic::getOrInsertDeclaration(&M, ID, Tys);
#else
  return llvm::Intrinsic::getDeclaration(&M, ID, Tys);
#endif
}

inline bool startsWith(llvm::StringRef S, llvm::StringRef Prefix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.starts_with(Prefix);
#else
  return S.startswith(Prefix);
#endif
}

#ifdef RAZOR_COMPAT_CLANG
/// The debug-info levels: clang::codegenoptions up to 16, llvm:: from 17.
#if LLVM_VERSION_MAJOR >= 17
constexpr auto NoDebugInfo = llvm::codegenoptions::NoDebugInfo;
constexpr auto LocTrackingOnly = llvm::codegenoptions::LocTrackingOnly;
#else
constexpr auto NoDebugInfo = clang::codegenoptions::NoDebugInfo;
constexpr auto LocTrackingOnly = clang::codegenoptions::LocTrackingOnly;
#endif
#endif

} // namespace compat
} // namespace razor

#endif // RAZOR_COMPAT_H
