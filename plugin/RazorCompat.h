//===- RazorCompat.h - the LLVM/Clang API differences, in one place -------===//
//
// Every use of an API that changed between LLVM 14 and 22 goes through this
// header, so supporting another major touches only this file: it is the one
// file of the plugin that tests LLVM_VERSION_MAJOR.  The clang side (the
// part after RAZOR_COMPAT_CLANG) is only for the frontend's files.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_COMPAT_H
#define RAZOR_COMPAT_H

#include "llvm/ADT/Any.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Type.h"
#include "llvm/Transforms/Utils/BuildLibCalls.h"

#include <algorithm>
#include <functional>
#include <string>

#ifdef RAZOR_COMPAT_CLANG
#include "clang/Basic/CodeGenOptions.h"
#include "clang/Basic/Version.h"
#include <cstdlib>
#include <dlfcn.h>
#endif

#if LLVM_VERSION_MAJOR >= 17
#include "llvm/TargetParser/Triple.h"
#else
#include "llvm/ADT/Triple.h"
#endif

#if LLVM_VERSION_MAJOR >= 16
#include "llvm/Support/ModRef.h" // MemoryEffects (letReadAnyMemory)
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

/// Lets \p F read any memory besides what its attributes say (memory
/// effects from LLVM 16, the inaccessiblememonly family before): a call of
/// it may then observe a store made before it.
inline void letReadAnyMemory(llvm::Function &F) {
#if LLVM_VERSION_MAJOR >= 16
  F.setMemoryEffects(F.getMemoryEffects() | llvm::MemoryEffects::readOnly());
#else
  F.removeFnAttr(llvm::Attribute::InaccessibleMemOnly);
  F.removeFnAttr(llvm::Attribute::InaccessibleMemOrArgMemOnly);
  F.removeFnAttr(llvm::Attribute::ArgMemOnly);
  F.removeFnAttr(llvm::Attribute::ReadNone);
  F.removeFnAttr(llvm::Attribute::ReadOnly);
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

/// The declaration of an intrinsic in \p M.
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

/// Makes \p F an allocation function for LLVM's memory builtins, as the
/// library info makes the functions it knows by name: of allocation family
/// \p Family, allocating (its parameter \p AlignArg, when not negative,
/// the alignment) or, with \p Free, releasing its first parameter.
/// LLVM 14 has no allockind: nothing there.
inline void setAllocationKind(llvm::Function &F, llvm::StringRef Family,
                              bool Free, int AlignArg) {
#if LLVM_VERSION_MAJOR >= 15
  llvm::LLVMContext &C = F.getContext();
  llvm::AllocFnKind Kind =
      Free ? llvm::AllocFnKind::Free
           : llvm::AllocFnKind::Alloc | llvm::AllocFnKind::Uninitialized;
  if (Free)
    F.addParamAttr(
        0, llvm::Attribute::get(C, llvm::Attribute::AllocatedPointer));
  else if (AlignArg >= 0) {
    Kind |= llvm::AllocFnKind::Aligned;
    F.addParamAttr(unsigned(AlignArg),
                   llvm::Attribute::get(C, llvm::Attribute::AllocAlign));
  }
  F.removeFnAttr(llvm::Attribute::NoBuiltin);
  F.addFnAttr(llvm::Attribute::get(C, llvm::Attribute::AllocKind,
                                   uint64_t(Kind)));
  F.addFnAttr("alloc-family", Family);
#else
  (void)F;
  (void)Family;
  (void)Free;
  (void)AlignArg;
#endif
}

inline bool endsWith(llvm::StringRef S, llvm::StringRef Suffix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.ends_with(Suffix);
#else
  return S.endswith(Suffix);
#endif
}

/// The module a pass-instrumentation callback's IR unit belongs to: the
/// module itself or a function's; null for other units (loops, SCCs).
inline llvm::Module *moduleOf(const llvm::Any &IR) {
  if (const auto *M = llvm::any_cast<const llvm::Module *>(&IR))
    return const_cast<llvm::Module *>(*M);
  if (const auto *F = llvm::any_cast<const llvm::Function *>(&IR))
    return const_cast<llvm::Module *>((*F)->getParent());
  return nullptr;
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
/// effect, and the plugin generates locations in a second code generator
/// (RazorLocationShadow.cpp).
#if LLVM_VERSION_MAJOR <= 16
#define RAZOR_FRONTEND_COPIES_CGO 1
#endif

/// Up to 16 clang emits no llvm.global.annotations entry for a constructor
/// or destructor (codegenCXXStructor never adds them; 19 and 22 do): the
/// plugin records those annotations itself and hands them to the pass as
/// !razortrace.probes (RazorFacts.h).
#if LLVM_VERSION_MAJOR <= 16
#define RAZOR_NO_STRUCTOR_ANNOTATIONS 1
#endif

/// How the frontend registers what runs in its compilation's pipeline.
using Registration = std::function<void(llvm::PassBuilder &)>;

#if LLVM_VERSION_MAJOR < 18
/// Up to 17, the registration schedulePass was given last: clang loads the
/// plugin's own file as a pass plugin and calls llvmGetPassPluginInfo,
/// which takes no argument, so the compilation's registration waits here
/// for it (clang compiles its units one after another).
inline Registration Scheduled;
#endif

/// The canonical path of \p Path (as realpath gives it), or \p Path itself
/// when it does not resolve.
inline std::string canonicalPath(const std::string &Path) {
  std::string Out = Path;
  if (char *Real = realpath(Path.c_str(), nullptr)) {
    Out = Real;
    free(Real);
  }
  return Out;
}

/// Schedules \p Register in the compilation \p CGO belongs to.  From 18 a
/// callback on the PassBuilder (the only route on 22); before, the plugin
/// names its own file as a pass plugin, which clang loads again (the same
/// handle) and asks for llvmGetPassPluginInfo (whose callback is
/// registerScheduled).  Either way the plugin's own file is a pass plugin
/// of the compilation once: given again by hand, or by razor-cc for
/// bitcode inputs and -save-temps (-fpass-plugin=, for compilations with
/// no frontend, where it registers the passes alone), it would register
/// them a second time.  \p AddressInPlugin is any address inside this
/// shared object.  Returns false when the plugin's own path cannot be found.
inline bool schedulePass(clang::CodeGenOptions &CGO, Registration Register,
                         const void *AddressInPlugin) {
  Dl_info Info;
  if (!dladdr(AddressInPlugin, &Info) || !Info.dli_fname)
    return false;
  std::string Own = canonicalPath(Info.dli_fname);
  auto &Plugins = CGO.PassPlugins;
#if LLVM_VERSION_MAJOR >= 18
  Plugins.erase(std::remove_if(Plugins.begin(), Plugins.end(),
                               [&](const std::string &P) {
                                 return canonicalPath(P) == Own;
                               }),
                Plugins.end());
  CGO.PassBuilderCallbacks.push_back(std::move(Register));
#else
  Scheduled = std::move(Register);
  for (const std::string &P : Plugins)
    if (canonicalPath(P) == Own)
      return true;
  Plugins.push_back(Own);
#endif
  return true;
}

/// Runs the registration schedulePass keeps for llvmGetPassPluginInfo (up
/// to 17).  False when there is none: from 18 on, or when the plugin was
/// loaded as a pass plugin by hand (-fpass-plugin=).
inline bool registerScheduled(llvm::PassBuilder &PB) {
#if LLVM_VERSION_MAJOR < 18
  if (Scheduled) {
    Scheduled(PB);
    return true;
  }
#endif
  (void)PB;
  return false;
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
#define RAZOR_COMPAT_HAS_CLANG 1
#endif // RAZOR_COMPAT_CLANG

} // namespace compat
} // namespace razor

#ifdef RAZOR_COMPAT_CLANG
#ifdef RAZOR_FRONTEND_COPIES_CGO
#include "clang/CodeGen/ModuleBuilder.h"
#include "clang/Frontend/CompilerInstance.h"

namespace razor {
namespace compat {
/// A second code generator for \p CI's unit with options \p CGO, into
/// \p Ctx (RazorLocationShadow.cpp).  It takes the file system from 15 on.
inline clang::CodeGenerator *
createCodeGenerator(clang::DiagnosticsEngine &Diags, llvm::StringRef InFile,
                    clang::CompilerInstance &CI,
                    const clang::CodeGenOptions &CGO, llvm::LLVMContext &Ctx) {
  return clang::CreateLLVMCodeGen(Diags, InFile,
#if LLVM_VERSION_MAJOR >= 15
                                  &CI.getVirtualFileSystem(),
#endif
                                  CI.getHeaderSearchOpts(),
                                  CI.getPreprocessorOpts(), CGO, Ctx);
}
} // namespace compat
} // namespace razor
#endif // RAZOR_FRONTEND_COPIES_CGO
#endif // RAZOR_COMPAT_CLANG

#endif // RAZOR_COMPAT_H

#if defined(RAZOR_COMPAT_CLANG) && !defined(RAZOR_COMPAT_HAS_CLANG)
#error "define RAZOR_COMPAT_CLANG before the first include of RazorCompat.h"
#endif
