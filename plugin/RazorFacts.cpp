//===- RazorFacts.cpp - what the frontend tells the pass, as metadata -----===//
//
// The writer (the frontend's FrontendFacts::attach and the location facts'
// setters) and the reader (ModuleFacts) of the metadata RazorFacts.h
// describes, side by side so the encoding is in one place.
//
//===----------------------------------------------------------------------===//
#include "RazorFacts.h"
#include "RazorCompat.h"
#include "RazorPaths.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace razor {

namespace {
Metadata *str(LLVMContext &C, StringRef S) { return MDString::get(C, S); }
Metadata *num(LLVMContext &C, unsigned N) {
  return ConstantAsMetadata::get(ConstantInt::get(Type::getInt32Ty(C), N));
}
Metadata *fn(Function &F) { return ValueAsMetadata::get(&F); }

StringRef strAt(const MDNode *N, unsigned I) {
  if (N && I < N->getNumOperands())
    if (auto *S = dyn_cast_or_null<MDString>(N->getOperand(I)))
      return S->getString();
  return "";
}
unsigned numAt(const MDNode *N, unsigned I) {
  if (N && I < N->getNumOperands())
    if (auto *CI = mdconst::dyn_extract_or_null<ConstantInt>(N->getOperand(I)))
      return CI->getZExtValue();
  return 0;
}
Function *fnAt(const MDNode *N, unsigned I) {
  if (N && I < N->getNumOperands())
    return mdconst::dyn_extract_or_null<Function>(N->getOperand(I));
  return nullptr;
}

/// The operands of the named metadata \p Name, and the named metadata
/// removed from \p M.
SmallVector<MDNode *, 16> take(Module &M, StringRef Name) {
  SmallVector<MDNode *, 16> Nodes;
  if (NamedMDNode *NMD = M.getNamedMetadata(Name)) {
    for (MDNode *N : NMD->operands())
      Nodes.push_back(N);
    M.eraseNamedMetadata(NMD);
  }
  return Nodes;
}
/// The main file's compile unit, its directory and file: llvm.dbg.cu's
/// (read directly: debug_compile_units() passes over the location-only
/// units the frontend asks for without -g), else the compile unit fact's
/// (facts::CompileUnit).  False when \p M has neither.
bool compileUnitOf(const Module &M, StringRef &Dir, StringRef &File) {
  if (const NamedMDNode *CUs = M.getNamedMetadata("llvm.dbg.cu"))
    if (CUs->getNumOperands())
      if (auto *CU = dyn_cast<DICompileUnit>(CUs->getOperand(0))) {
        Dir = CU->getDirectory();
        File = CU->getFilename();
        return true;
      }
  if (const NamedMDNode *NMD = M.getNamedMetadata(facts::CompileUnit))
    if (NMD->getNumOperands()) {
      Dir = strAt(NMD->getOperand(0), 0);
      File = strAt(NMD->getOperand(0), 1);
      return true;
    }
  return false;
}
} // namespace

bool takeFlagFact(Module &M, StringRef Name) {
  NamedMDNode *NMD = M.getNamedMetadata(Name);
  if (NMD)
    M.eraseNamedMetadata(NMD);
  return NMD != nullptr;
}

const char *wrapperReasonText(WrapperReason R) {
  switch (R) {
  case WrapperReason::Annotation:
    return "annotated razor_alloc";
  case WrapperReason::Attribute:
    return "declared with the malloc or alloc_size attribute";
  case WrapperReason::Named:
    return "named by alloc-fn";
  case WrapperReason::Foreign:
    return "defined in a file declared foreign";
  case WrapperReason::Shape:
    return "it only obtains memory and hands it back";
  case WrapperReason::None:
    break;
  }
  return "";
}

//===-- The writer --------------------------------------------------------===//

static void attachLocated(Module &M,
                          const StringMap<LocatedFunction> &Located,
                          StringRef LocatedFile, bool Check);

void FrontendFacts::attach(Module &M) const {
  LLVMContext &C = M.getContext();
  auto Add = [&](StringRef Name, ArrayRef<Metadata *> Ops) {
    M.getOrInsertNamedMetadata(Name)->addOperand(MDNode::get(C, Ops));
  };
  // In the module's order, which does not depend on hashing.
  if (!Quiet.empty())
    for (Function &F : M)
      if (!F.isDeclaration() && Quiet.count(F.getName()))
        Add(facts::Quiet, {fn(F), num(C, Quiet.lookup(F.getName()))});
  if (!ProbeNames.empty())
    for (Function &F : M) {
      auto It = ProbeNames.find(F.getName());
      if (It != ProbeNames.end())
        Add(facts::ProbeNames, {fn(F), str(C, It->second)});
    }
  for (const FrontendAnnotation &A : Annotations)
    if (Function *F = M.getFunction(A.Function))
      Add(facts::Probes,
          {fn(*F), str(C, A.Annotation), str(C, A.File), num(C, A.Line)});
  if (!Wrappers.empty())
    for (Function &F : M) {
      auto It = Wrappers.find(F.getName());
      if (It != Wrappers.end())
        Add(facts::Wrappers, {fn(F), num(C, unsigned(It->second))});
    }
  if (NoAutoAlloc)
    M.getOrInsertNamedMetadata(facts::NoAutoAlloc);
  if (FramePointers)
    M.getOrInsertNamedMetadata(facts::FramePointers);
  if (Sanitized)
    M.getOrInsertNamedMetadata(facts::Sanitized);
  if (Object)
    M.getOrInsertNamedMetadata(facts::Object);
  for (const std::string &Dir : SystemDirs)
    Add(facts::SystemDirs, {str(C, Dir)});
  for (const std::string &File : SystemFiles)
    Add(facts::SystemFiles, {str(C, File)});
  if (AttachLocations)
    AttachLocations(M);
  if (!Located.empty())
    attachLocated(M, Located, LocatedFile, CheckLocated);
}

/// The location facts of the calls of the functions the frontend located
/// (FrontendFacts::Located), and their subprogram facts: in \p File, the
/// main file as clang's locations name it, in the compile unit's directory.
/// The calls of one callee take the callee's locations in order.  With
/// \p Check, the functions kept clang's locations, and each located call is
/// compared with its own instead.
static void attachLocated(Module &M,
                          const StringMap<LocatedFunction> &Located,
                          StringRef File, bool Check) {
  StringRef Dir, CUFile;
  if (!compileUnitOf(M, Dir, CUFile) || CUFile.empty())
    return;
  unsigned Agree = 0, Differ = 0;
  for (Function &F : M) {
    auto It = Located.find(F.getName());
    if (F.isDeclaration() || It == Located.end())
      continue;
    const LocatedFunction &LF = It->second;
    if (!Check)
      setSubprogramFact(F, "", File, Dir, LF.Line);
    StringMap<SmallVector<const LocatedCall *, 2>> ByCallee;
    for (const LocatedCall &LC : LF.Calls)
      ByCallee[LC.Callee].push_back(&LC);
    StringMap<unsigned> Seen;
    for (BasicBlock &BB : F)
      for (Instruction &I : BB) {
        auto *CB = dyn_cast<CallBase>(&I);
        if (!CB || CB->isInlineAsm() || isa<IntrinsicInst>(CB))
          continue;
        const Value *Callee = CB->getCalledOperand()->stripPointerCasts();
        StringRef Name = isa<GlobalValue>(Callee) ? Callee->getName() : "";
        auto Calls = ByCallee.find(Name);
        if (Calls == ByCallee.end())
          continue;
        unsigned K = Seen[Name]++;
        const LocatedCall &LC =
            *Calls->second[std::min<size_t>(K, Calls->second.size() - 1)];
        if (!Check) {
          setLocationFact(I, LC.Line, LC.Column, File, Dir);
          continue;
        }
        // Clang's location: the call's own, or up to LLVM 16 the second
        // code generator's (its location fact).
        unsigned Line = 0, Column = 0;
        std::string At = "none";
        if (const DILocation *DL = I.getDebugLoc().get()) {
          Line = DL->getLine();
          Column = DL->getColumn();
          At = absolutePath(DL->getDirectory(), DL->getFilename());
        } else if (const MDNode *N = I.getMetadata(facts::Loc)) {
          Line = numAt(N, 0);
          Column = numAt(N, 1);
          At = absolutePath(strAt(N, 3), strAt(N, 2));
        }
        // The same file (clang splits an absolute path on the prefix it
        // shares with the compilation directory).
        if (Line == LC.Line && Column == LC.Column &&
            At == absolutePath(Dir, File)) {
          ++Agree;
          continue;
        }
        ++Differ;
        errs() << "razortrace: check-located: " << F.getName() << ": call of "
               << (Name.empty() ? StringRef("a pointer") : Name)
               << " located at " << File << ':' << LC.Line << ':'
               << LC.Column << " in " << Dir << ", clang's location is "
               << At << ':' << Line << ':' << Column << '\n';
      }
    if (!Check)
      continue;
    // (Calls of a callee at one place are right in any number.)
    for (const auto &Entry : ByCallee) {
      StringRef Name = Entry.getKey();
      ArrayRef<const LocatedCall *> Calls = Entry.getValue();
      if (Seen.lookup(Name) != Calls.size() &&
          llvm::any_of(Calls, [&](const LocatedCall *LC) {
            return LC->Line != Calls[0]->Line || LC->Column != Calls[0]->Column;
          })) {
        ++Differ;
        errs() << "razortrace: check-located: " << F.getName() << ": "
               << Calls.size() << " calls of "
               << (Name.empty() ? StringRef("pointers") : Name)
               << " located, " << Seen.lookup(Name) << " generated\n";
      }
    }
  }
  if (Check)
    errs() << "razortrace: check-located: " << Agree << " calls agree, "
           << Differ << " differ\n";
  else
    setCompileUnitFact(M, Dir, CUFile);
}

void setCompileUnitFact(Module &M, StringRef Dir, StringRef File) {
  LLVMContext &C = M.getContext();
  NamedMDNode *NMD = M.getOrInsertNamedMetadata(facts::CompileUnit);
  NMD->clearOperands();
  NMD->addOperand(MDNode::get(C, {str(C, Dir), str(C, File)}));
}

void setLocationFact(Instruction &I, unsigned Line, unsigned Column,
                     StringRef File, StringRef Dir) {
  LLVMContext &C = I.getContext();
  I.setMetadata(facts::Loc, MDNode::get(C, {num(C, Line), num(C, Column),
                                            str(C, File), str(C, Dir)}));
}

void setSubprogramFact(Function &F, StringRef LinkageName, StringRef File,
                       StringRef Dir, unsigned Line) {
  LLVMContext &C = F.getContext();
  F.setMetadata(facts::Subprogram,
                MDNode::get(C, {str(C, LinkageName), str(C, File),
                                str(C, Dir), num(C, Line)}));
}

void setDefinitionFact(Function &F, StringRef File, StringRef Dir,
                       unsigned Line) {
  LLVMContext &C = F.getContext();
  F.setMetadata(facts::Definition,
                MDNode::get(C, {str(C, File), str(C, Dir), num(C, Line)}));
}

bool takeDefinitionFact(Function &F, std::string &File, std::string &Dir,
                        unsigned &Line) {
  const MDNode *N = F.getMetadata(facts::Definition);
  if (!N)
    return false;
  File = strAt(N, 0).str();
  Dir = strAt(N, 1).str();
  Line = numAt(N, 2);
  F.setMetadata(facts::Definition, nullptr);
  return true;
}

//===-- The reader --------------------------------------------------------===//

ModuleFacts::ModuleFacts(Module &M) {
  for (MDNode *N : take(M, facts::Quiet))
    if (Function *F = fnAt(N, 0))
      Quiet[F] = numAt(N, 1);
  for (MDNode *N : take(M, facts::ProbeNames))
    if (Function *F = fnAt(N, 0))
      ProbeNames[F] = strAt(N, 1);
  for (MDNode *N : take(M, facts::Probes))
    if (Function *F = fnAt(N, 0))
      Annotations.push_back({F, strAt(N, 1), strAt(N, 2), numAt(N, 3)});
  for (MDNode *N : take(M, facts::Wrappers))
    if (Function *F = fnAt(N, 0)) {
      unsigned R = numAt(N, 1);
      if (R >= unsigned(WrapperReason::Annotation) &&
          R <= unsigned(WrapperReason::Shape))
        Wrappers[F] = WrapperReason(R);
    }
  NoAutoAlloc = takeFlagFact(M, facts::NoAutoAlloc);
  FramePointers = takeFlagFact(M, facts::FramePointers);
  Object = takeFlagFact(M, facts::Object);
  for (MDNode *N : take(M, facts::SystemDirs))
    SystemDirs.push_back(strAt(N, 0).str());
  for (MDNode *N : take(M, facts::SystemFiles))
    SystemFiles.insert(strAt(N, 0));
  Took = !Quiet.empty() || !ProbeNames.empty() || !Annotations.empty() ||
         !Wrappers.empty() || NoAutoAlloc || FramePointers || Object ||
         !SystemDirs.empty() || !SystemFiles.empty();

  HasCU = compileUnitOf(M, CUDir, CUFile);
  // The location facts come with the compile unit fact: all of the
  // module's (up to LLVM 16), or those of the functions the frontend
  // located.
  if (M.getNamedMetadata(facts::CompileUnit)) {
    HasLocations = true;
    LocKind = M.getContext().getMDKindID(facts::Loc);
    SubprogramKind = M.getContext().getMDKindID(facts::Subprogram);
  }
}

bool ModuleFacts::compileUnit(StringRef &Dir, StringRef &File) const {
  Dir = CUDir;
  File = CUFile;
  return HasCU;
}

bool ModuleFacts::callSource(const Instruction &I, CallSource &Out) const {
  if (const DILocation *DL = I.getDebugLoc().get()) {
    Out.Line = DL->getLine();
    Out.Column = DL->getColumn();
    Out.File = DL->getFilename();
    Out.Dir = DL->getDirectory();
    Out.InlinedFrom =
        DL->getInlinedAt() ? DL->getScope()->getSubprogram() : nullptr;
    return true;
  }
  if (!HasLocations)
    return false;
  const MDNode *N = I.getMetadata(LocKind);
  if (!N)
    return false;
  Out.Line = numAt(N, 0);
  Out.Column = numAt(N, 1);
  Out.File = strAt(N, 2);
  Out.Dir = strAt(N, 3);
  Out.InlinedFrom = nullptr;
  return true;
}

bool ModuleFacts::functionSource(const Function &F,
                                 FunctionSource &Out) const {
  if (const DISubprogram *SP = F.getSubprogram()) {
    Out.LinkageName = SP->getLinkageName();
    Out.File = SP->getFilename();
    Out.Dir = SP->getDirectory();
    Out.Line = SP->getLine();
    return true;
  }
  if (!HasLocations)
    return false;
  const MDNode *N = F.getMetadata(SubprogramKind);
  if (!N)
    return false;
  Out.LinkageName = strAt(N, 0);
  Out.File = strAt(N, 1);
  Out.Dir = strAt(N, 2);
  Out.Line = numAt(N, 3);
  return true;
}

bool ModuleFacts::hasSource(const Function &F) const {
  return F.getSubprogram() ||
         (HasLocations && F.getMetadata(SubprogramKind));
}

void ModuleFacts::strip(Module &M, bool KeepPointerCalls) {
  if (!HasLocations)
    return;
  bool Kept = false;
  for (Function &F : M) {
    F.setMetadata(SubprogramKind, nullptr);
    for (BasicBlock &BB : F)
      for (Instruction &I : BB) {
        if (!I.hasMetadataOtherThanDebugLoc())
          continue;
        auto *CB = dyn_cast<CallBase>(&I);
        if (KeepPointerCalls && CB && !CB->getCalledFunction() &&
            !CB->isInlineAsm() && I.getMetadata(LocKind)) {
          Kept = true;
          continue;
        }
        I.setMetadata(LocKind, nullptr);
      }
  }
  if (NamedMDNode *NMD = M.getNamedMetadata(facts::CompileUnit))
    if (!Kept)
      M.eraseNamedMetadata(NMD);
  HasLocations = false;
  Took = true;
}

bool ModuleFacts::namedSystemFile(StringRef Path) const {
  if (SystemFiles.count(Path))
    return true;
  for (const std::string &Dir : SystemDirs)
    if (Path.size() > Dir.size() && compat::startsWith(Path, Dir) &&
        Path[Dir.size()] == '/')
      return true;
  return false;
}

} // namespace razor
