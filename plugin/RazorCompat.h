//===- RazorCompat.h - the LLVM/Clang API differences, in one place -------===//
//
// Every use of an API that changed between LLVM 14 and 22 goes through this
// header, so supporting another major touches only this file.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_COMPAT_H
#define RAZOR_COMPAT_H

#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Type.h"
#include "llvm/Transforms/Utils/BuildLibCalls.h"

#include <string>

#ifdef RAZOR_COMPAT_CLANG
#include "clang/Basic/CodeGenOptions.h"
#include "clang/Basic/Version.h"
#include <cstdlib>
#include <dlfcn.h>
#include <string>
#endif

#if LLVM_VERSION_MAJOR >= 17
#include "llvm/TargetParser/Triple.h"
#else
#include "llvm/ADT/Triple.h"
#endif

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
/// A pointer to \p T (the one opaque `ptr` from LLVM 15's IR on).
inline llvm::PointerType *pointerTo(llvm::Type *T) {
#if LLVM_VERSION_MAJOR >= 17
  return llvm::PointerType::get(T->getContext(), 0);
#else
  return T->getPointerTo();
#endif
}

/// Gives \p F, a library function's declaration, the attributes LLVM's own
/// inference gives it later in the pipeline (InferFunctionAttrs): from
/// LLVM 15 on, allockind and alloc-family for the malloc family, which
/// tell the optimizer a call is an allocation it may remove when unused.
inline void inferLibraryAttributes(llvm::Function &F) {
  llvm::TargetLibraryInfoImpl Impl(
      llvm::Triple(F.getParent()->getTargetTriple()));
  llvm::TargetLibraryInfo TLI(Impl);
#if LLVM_VERSION_MAJOR >= 16
  llvm::inferNonMandatoryLibFuncAttrs(F, TLI);
#else
  llvm::inferLibFuncAttributes(F, TLI);
#endif
}

/// Appends \p I to the end of \p BB (insertInto from LLVM 16).
inline void append(llvm::Instruction *I, llvm::BasicBlock *BB) {
#if LLVM_VERSION_MAJOR >= 16
  I->insertInto(BB, BB->end());
#else
  BB->getInstList().push_back(I);
#endif
}

inline llvm::Function *getIntrinsic(llvm::Module &M, llvm::Intrinsic::ID ID,
                                    llvm::ArrayRef<llvm::Type *> Tys) {
#if LLVM_VERSION_MAJOR >= 20
  return llvm::Intrinsic::getOrInsertDeclaration(&M, ID, Tys);
#else
  return llvm::Intrinsic::getDeclaration(&M, ID, Tys);
#endif
}

/// \p Mangled demangled, as LLVM 15 and later spell it: the demangler
/// of 14 writes "> >" where later ones write ">>".
inline std::string demangle(llvm::StringRef Mangled) {
  std::string Name = llvm::demangle(Mangled.str());
#if LLVM_VERSION_MAJOR < 15
  for (size_t Pos; (Pos = Name.find("> >")) != std::string::npos;)
    Name.erase(Pos + 1, 1);
#endif
  return Name;
}

inline bool startsWith(llvm::StringRef S, llvm::StringRef Prefix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.starts_with(Prefix);
#else
  return S.startswith(Prefix);
#endif
}

/// Where the pass finds source locations when the IR carries none: set by
/// the clang plugin on clang versions whose frontend cannot switch on
/// location tracking (RAZOR_FRONTEND_COPIES_CGO): it generates the same IR a
/// second time, with locations, and answers from that copy.  Null otherwise,
/// and always in opt.  The metadata returned belongs to another LLVMContext:
/// read it, never attach it.
struct LocationSource {
  const llvm::DILocation *(*Location)(const llvm::Instruction &I);
  const llvm::DISubprogram *(*Subprogram)(const llvm::Function &F);
  llvm::NamedMDNode *(*CompileUnits)(const llvm::Module &M);
};
inline const LocationSource *LocationFallback = nullptr;

/// The source location of \p I: its own debug location, else the fallback's.
inline const llvm::DILocation *debugLocation(const llvm::Instruction &I) {
  if (const llvm::DILocation *DL = I.getDebugLoc().get())
    return DL;
  return LocationFallback ? LocationFallback->Location(I) : nullptr;
}

/// The subprogram of \p F (for reading only), or the fallback's.
inline const llvm::DISubprogram *subprogram(const llvm::Function &F) {
  if (const llvm::DISubprogram *SP = F.getSubprogram())
    return SP;
  return LocationFallback ? LocationFallback->Subprogram(F) : nullptr;
}

/// llvm.dbg.cu of \p M (for reading only), or the fallback's.
inline llvm::NamedMDNode *compileUnits(const llvm::Module &M) {
  if (llvm::NamedMDNode *CUs = M.getNamedMetadata("llvm.dbg.cu"))
    return CUs;
  return LocationFallback ? LocationFallback->CompileUnits(M) : nullptr;
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

/// Up to 16 the code generator has copied the CodeGenOptions before a
/// plugin's CreateASTConsumer runs: changing the debug-info kind there has no
/// effect, and the plugin generates locations itself (RazorPlugin.cpp).
#if LLVM_VERSION_MAJOR <= 16
#define RAZOR_FRONTEND_COPIES_CGO 1
#endif

/// Up to 16 clang emits no llvm.global.annotations entry for a constructor
/// or destructor (codegenCXXStructor never adds them; 19 and 22 do): the
/// plugin records those annotations itself and the pass reads them from
/// there (RazorNames.h, frontendAnnotations).
#if LLVM_VERSION_MAJOR <= 16
#define RAZOR_NO_STRUCTOR_ANNOTATIONS 1
#endif

/// Schedules the pass in the compilation \p CGO belongs to.  From 18 a
/// callback on the PassBuilder (the only route on 22); before, the plugin
/// names its own file as a pass plugin, which clang loads again (the same
/// handle) and asks for llvmGetPassPluginInfo.  \p AddressInPlugin is any
/// address inside this shared object.  Returns false when the plugin's own
/// path cannot be found.
inline bool schedulePass(clang::CodeGenOptions &CGO,
                         void (*Register)(llvm::PassBuilder &),
                         const void *AddressInPlugin) {
#if LLVM_VERSION_MAJOR >= 18
  (void)AddressInPlugin;
  CGO.PassBuilderCallbacks.push_back(Register);
  return true;
#else
  (void)Register;
  Dl_info Info;
  if (!dladdr(AddressInPlugin, &Info) || !Info.dli_fname)
    return false;
  std::string Path = Info.dli_fname;
  if (char *Real = realpath(Info.dli_fname, nullptr)) {
    Path = Real;
    free(Real);
  }
  for (const std::string &P : CGO.PassPlugins)
    if (P == Path)
      return true;
  CGO.PassPlugins.push_back(Path);
  return true;
#endif
}

/// The major version of the clang this plugin runs in, from its version
/// string ("Debian clang version 19.1.7 (...)"), or 0 if it does not parse.
/// getClangFullVersion() has had the same signature in every release, so
/// this call is safe in a clang of another major.
inline int runningClangMajor(std::string *Full = nullptr) {
  std::string V = clang::getClangFullVersion();
  if (Full)
    *Full = V;
  size_t Pos = V.find("version ");
  if (Pos == std::string::npos)
    return 0;
  return std::atoi(V.c_str() + Pos + 8);
}
#endif

} // namespace compat
} // namespace razor

#endif // RAZOR_COMPAT_H
