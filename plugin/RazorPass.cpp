//===- RazorPass.cpp - razortrace's instrumentation pass ------------------===//
//
// A thin pass over a worker (as SanitizerCoverage does): the worker first
// collects the allocation calls and the probes of the module, then rewrites
// them in separate steps.
//
//===----------------------------------------------------------------------===//
#include "RazorPass.h"
#include "RazorAnnotation.h"
#include "RazorCompat.h"
#include "RazorNames.h"
#include "razor_abi.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/EscapeEnumerator.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

#include <memory>

using namespace llvm;

namespace razor {
namespace {

/// The recognised allocation and release functions (razor_fns.def).
struct KnownFn {
  const char *Name;
  unsigned Kind;
  const char *Role;
};
const KnownFn KnownFns[] = {
#define RAZOR_FN(NAME, ROLE, DISPLAY) {#NAME, RAZOR_KIND_##NAME, #ROLE},
#include "razor_fns.def"
};

/// Roles whose wrapper matters only once blocks may be tracked anywhere
/// (releases and resizes); the others only while this thread samples.
bool isReleaseRole(StringRef Role) {
  return Role == "FREE" || Role == "DELETE" || Role == "REALLOC" ||
         Role == "CLOSE" || Role == "MUNMAP";
}

/// The functions compiled code calls through the runtime's pointer
/// (RAZOR_CALL_PREFIX) instead of testing a flag: malloc, calloc, realloc,
/// free and the global operators new and delete.  While nothing is traced
/// the pointer is the process's definition.
bool hasCallPointer(const KnownFn &K) {
  StringRef Role = K.Role, Name = K.Name;
  return Role == "NEW" || Role == "DELETE" || Name == "malloc" ||
         Name == "calloc" || Name == "realloc" || Name == "free";
}

/// Foreign functions whose allocations are never the caller's: stdio's
/// reads and writes allocate only their stream's buffer, once, on first
/// use (stdout's at the first printf).  Around calls to them the callsite
/// is cleared, so such a buffer is not charged to the user's line.
const char *const StreamIO[] = {
    "printf",   "fprintf",  "vprintf",  "vfprintf", "dprintf",  "vdprintf",
    "puts",     "fputs",    "putchar",  "fputc",    "putc",     "fwrite",
    "perror",   "fflush",   "scanf",    "fscanf",   "vscanf",   "vfscanf",
    "getchar",  "fgetc",    "getc",     "fgets",    "fread",    "ungetc",
    "__isoc99_scanf",       "__isoc99_fscanf",      "__isoc99_vscanf",
    "__isoc99_vfscanf",     "putchar_unlocked",     "fputc_unlocked",
    "putc_unlocked",        "getc_unlocked",        "fgetc_unlocked",
    "getchar_unlocked",     "fwrite_unlocked",      "fread_unlocked",
    "fputs_unlocked",       "fgets_unlocked",       "__printf_chk",
    "__fprintf_chk",        "__vprintf_chk",        "__vfprintf_chk",
    "__fgets_chk",          "__fread_chk"};

/// Metadata on both calls behind an inline test (the wrapper's and the
/// function's own): a second run of the pass leaves them alone.
const char *const TestedMD = "razor.tested";
/// Marks a site's thunk (see rewriteCall).
const char *const ThunkMD = "razor.thunk";

/// Attribute a probe function carries once its hooks are in, so a second
/// run of the pass leaves it alone.
const char *const ProbeDoneAttr = "razor-probe-instrumented";

/// The longest source line text kept in a site record.
const size_t MaxSourceText = 1024;

/// A probe function and its annotation.
struct ProbeInfo {
  Function *F;
  std::string Spec; // text after "razor_probe:"
  StringRef AnnotFile;
  unsigned AnnotLine;
};

/// Where a call is, as the runtime will report it.
struct SiteLoc {
  std::string File, Dir, Function;
  unsigned Line = 0, Column = 0;
  bool SystemHeader = false;
};

class RazorInstrumenter {
public:
  explicit RazorInstrumenter(Module &M, bool Unoptimized = false)
      : M(M), C(M.getContext()), PtrTy(compat::getPtrTy(C)),
        I16Ty(Type::getInt16Ty(C)), I32Ty(Type::getInt32Ty(C)),
        Unoptimized(Unoptimized) {}
  /// Instruments the module: probes, site records, wrapper calls.
  bool run();
  /// Puts the inline test in front of every wrapper call not yet behind
  /// one (after the optimizer, which so sees one call per allocation).
  bool expand();

private:
  void collectProbes(SmallVectorImpl<ProbeInfo> &Probes);
  void collectCalls(Function &F, SmallVectorImpl<CallBase *> &Calls,
                    SmallVectorImpl<CallBase *> &Foreign);
  bool isForeignCall(const CallBase &CB);
  void findMayAllocate();
  void rewriteCall(CallBase *CB, unsigned Kind);
  void expandCall(CallBase *W, const KnownFn &K);
  void callThroughPointer(CallBase *W, const KnownFn &K);
  Function *siteThunk(Function &Callee, FunctionCallee Wrapper, Constant *Site,
                      bool NoThrow);
  void markCallsite(CallBase *CB);
  std::pair<Value *, Value *> entryCallsite(Function &F, GlobalVariable *TLS);
  GlobalVariable *siteRecord(const Instruction &I, unsigned Kind,
                             StringRef Callee);
  void instrumentProbe(const ProbeInfo &P);
  void createModuleCtor();

  SiteLoc locate(const Instruction &I);
  std::string displayPath(StringRef Dir, StringRef File);
  std::string sourceLine(StringRef Dir, StringRef File, unsigned Line);
  Constant *stringConstant(StringRef S);
  GlobalVariable *addRecord(Constant *Init, StringRef Name, StringRef Section);

  Module &M;
  LLVMContext &C;
  PointerType *PtrTy;
  Type *I16Ty, *I32Ty;
  StringMap<unsigned> KindOf;
  GlobalVariable *runtimeVariable(const std::string &Name, Type *Ty,
                                  GlobalValue::ThreadLocalMode TLS);
  StringMap<Constant *> Strings;
  /// A source file read once, with where each of its lines starts.
  struct SourceFile {
    std::unique_ptr<MemoryBuffer> Buf; // null: unreadable
    std::vector<size_t> LineStart;     // LineStart[N - 1]: line N
  };
  StringMap<SourceFile> Sources;
  // The compilation directory, and the main file as given to the compiler
  // (its spelling) and made absolute.
  std::string CompDir, MainName, MainAbs;
  SmallVector<GlobalValue *, 64> Used;
  DenseMap<Function *, std::pair<Value *, Value *>> EntryCallsite;
  /// Functions defined in this module that may allocate, directly or
  /// through what they call (see findMayAllocate).
  DenseSet<const Function *> MayAllocate;
  /// The calls of each function defined in the module, gathered by
  /// findMayAllocate's walk over every instruction and handed to
  /// collectCalls, so the module is walked once (each is taken once, before
  /// the IR changes).
  DenseMap<const Function *, SmallVector<CallBase *, 8>> CallsIn;
  bool HaveSites = false, HaveProbes = false;
  bool Unoptimized; // at -O0 (RazorPass::Unoptimized)
};

/// \p Mangled demangled, with the standard library's spelled-out types
/// shortened the way users write them: `Registry::add(std::string const&)`.
std::string readableName(StringRef Mangled) {
  std::string Name = compat::demangle(Mangled);
  static const std::pair<StringRef, StringRef> Short[] = {
      {"std::__cxx11::basic_string<char, std::char_traits<char>, "
       "std::allocator<char>>",
       "std::string"},
      {"std::basic_string<char, std::char_traits<char>, std::allocator<char>>",
       "std::string"},
      {"std::__cxx11::", "std::"},
  };
  for (const auto &[Long, ShortName] : Short)
    for (size_t Pos; (Pos = Name.find(Long.str())) != std::string::npos;)
      Name.replace(Pos, Long.size(), ShortName.str());
  return Name;
}

/// The readable name of \p F: the frontend's for an instantiation of a
/// template probe (one name for all of them), else its demangled name.
std::string functionName(const Function &F) {
  std::string Recorded = probeName(F.getName());
  if (!Recorded.empty())
    return Recorded;
  if (const DISubprogram *SP = compat::subprogram(F))
    if (!SP->getLinkageName().empty())
      return readableName(SP->getLinkageName());
  return readableName(F.getName());
}

/// \p File as a path from here: joined to \p Dir when relative.
SmallString<256> joinPath(StringRef Dir, StringRef File) {
  SmallString<256> Path(File);
  if (!sys::path::is_absolute(Path) && !Dir.empty()) {
    Path = Dir;
    sys::path::append(Path, File);
  }
  return Path;
}

/// \p File made absolute against \p Dir, without "." and "..".
std::string absolutePath(StringRef Dir, StringRef File) {
  SmallString<256> Abs = joinPath(Dir, File);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

/// Where code goes at the start of \p F: after the entry block's allocas,
/// so later passes still see them together.
BasicBlock::iterator afterAllocas(Function &F) {
  BasicBlock &Entry = F.getEntryBlock();
  BasicBlock::iterator IP = Entry.getFirstInsertionPt();
  while (IP != Entry.end() && isa<AllocaInst>(*IP))
    ++IP;
  return IP;
}

bool RazorInstrumenter::run() {
  for (const KnownFn &K : KnownFns)
    KindOf[K.Name] = K.Kind;
  // llvm.dbg.cu directly: debug_compile_units() passes over the
  // location-only units the frontend asks for without -g.
  if (NamedMDNode *CUs = compat::compileUnits(M))
    if (CUs->getNumOperands())
      if (auto *CU = dyn_cast<DICompileUnit>(CUs->getOperand(0))) {
        CompDir = CU->getDirectory().str();
        MainName = CU->getFilename().str();
        MainAbs = absolutePath(CompDir, MainName);
      }

  SmallVector<ProbeInfo, 8> Probes;
  collectProbes(Probes);
  findMayAllocate();

  bool FramePointers = false;
  SmallVector<std::pair<CallBase *, unsigned>, 64> Calls;
  SmallVector<CallBase *, 64> Foreign;
  for (Function &F : M) {
    if (F.isDeclaration() || F.hasAvailableExternallyLinkage() ||
        F.hasFnAttribute(Attribute::Naked) ||
        compat::startsWith(F.getName(), RAZOR_RUNTIME_PREFIX))
      continue;
    // `traceback` walks frame pointers: keep them in every function we own.
    if (F.getFnAttribute("frame-pointer").getValueAsString() != "all") {
      F.addFnAttr("frame-pointer", "all");
      FramePointers = true;
    }
    SmallVector<CallBase *, 16> FnCalls;
    // Only the user's own functions name the line that allocations made in
    // foreign code are charged to.
    collectCalls(F, FnCalls, Foreign);
    for (CallBase *CB : FnCalls) {
      auto *Callee = cast<Function>(CB->getCalledOperand()->stripPointerCasts());
      Calls.push_back({CB, KindOf[Callee->getName()]});
    }
  }

  for (CallBase *CB : Foreign)
    markCallsite(CB);
  for (auto &[CB, Kind] : Calls)
    rewriteCall(CB, Kind);
  for (const ProbeInfo &P : Probes)
    instrumentProbe(P);
  if (HaveSites || HaveProbes)
    createModuleCtor();
  if (!Used.empty())
    appendToCompilerUsed(M, Used);
  return HaveSites || HaveProbes || FramePointers;
}

void RazorInstrumenter::collectProbes(SmallVectorImpl<ProbeInfo> &Probes) {
  // F is a probe if Annotation is a well-formed razor_probe annotation.
  // InOrder: insert it among the probes of its file by line (the probes
  // register, and are reported, in this order).
  auto Add = [&](Function *F, StringRef Annotation, StringRef File,
                 unsigned Line, bool InOrder) {
    if (!isProbeAnnotation(Annotation))
      return;
    ProbeSpec Spec;
    std::string Error;
    if (!parseProbeAnnotation(Annotation, Spec, Error)) {
      // The frontend reports this at the attribute; IR that reaches us by
      // another road gets a warning and no probe.
      errs() << "razortrace: warning: " << F->getName() << ": " << Error
             << "; not a probe\n";
      return;
    }
    if (F->isDeclaration() || F->hasFnAttribute(ProbeDoneAttr) ||
        compat::startsWith(F->getName(), RAZOR_RUNTIME_PREFIX))
      return;
    for (const ProbeInfo &P : Probes)
      if (P.F == F)
        return;
    ProbeInfo P{F, Spec.canonical(), File, Line};
    auto Pos = Probes.end();
    if (InOrder)
      Pos = llvm::find_if(Probes, [&](const ProbeInfo &Q) {
        return Q.AnnotFile == File && Q.AnnotLine > Line;
      });
    Probes.insert(Pos, P);
  };

  GlobalVariable *GA = M.getNamedGlobal("llvm.global.annotations");
  auto *Arr = GA && GA->hasInitializer()
                  ? dyn_cast<ConstantArray>(GA->getInitializer())
                  : nullptr;
  for (unsigned I = 0, N = Arr ? Arr->getNumOperands() : 0; I < N; ++I) {
    auto *Entry = dyn_cast<ConstantStruct>(Arr->getOperand(I));
    if (!Entry || Entry->getNumOperands() < 4)
      continue;
    auto *F = dyn_cast<Function>(Entry->getOperand(0)->stripPointerCasts());
    auto *StrGV =
        dyn_cast<GlobalVariable>(Entry->getOperand(1)->stripPointerCasts());
    auto *FileGV =
        dyn_cast<GlobalVariable>(Entry->getOperand(2)->stripPointerCasts());
    if (!F || !StrGV || !StrGV->hasInitializer())
      continue;
    auto *Data = dyn_cast<ConstantDataSequential>(StrGV->getInitializer());
    if (!Data || !Data->isCString())
      continue;
    StringRef File;
    unsigned Line = 0;
    if (FileGV && FileGV->hasInitializer())
      if (auto *FD = dyn_cast<ConstantDataSequential>(FileGV->getInitializer()))
        if (FD->isCString())
          File = FD->getAsCString();
    if (auto *LineC = dyn_cast<ConstantInt>(Entry->getOperand(3)))
      Line = LineC->getZExtValue();
    Add(F, Data->getAsCString(), File, Line, /*InOrder=*/false);
  }

  // Annotated functions clang gave no entry: constructors and destructors
  // up to clang 16, recorded by the plugin (RazorNames.h).  Empty in opt.
  for (const FrontendAnnotation &A : frontendAnnotations())
    if (Function *F = M.getFunction(A.Function))
      Add(F, A.Annotation, A.File, A.Line, /*InOrder=*/true);
}

/// True when \p F is a library's function: declared here, or an
/// available_externally copy of its body (a gnu_inline header definition).
bool isLibraryFunction(const Function &F) {
  return F.isDeclaration() || F.hasAvailableExternallyLinkage();
}

/// True when a call from \p Caller of \p Callee, which has a recognised
/// name (\p Known), reaches the allocation function of that name: a
/// library's, or the program's own replacement defined in this very file
/// (external linkage), as a call from another file of the program does.
/// The replacements' own calls of each other (a realloc that calls malloc
/// and free) are the allocator's inside, and are left as they are.
bool isAllocationCall(const Function &Callee, const Function &Caller,
                      const StringMap<unsigned> &Known) {
  if (isLibraryFunction(Callee))
    return true;
  return !Callee.hasLocalLinkage() && !Known.count(Caller.getName());
}

/// True when \p F comes from a system header (libc's, the C++ standard
/// library's): its allocations are charged to the user's call into it.
bool isSystemFunction(const Function &F) {
  const DISubprogram *SP = compat::subprogram(F);
  if (!SP)
    return false;
  return isSystemPath(joinPath(SP->getDirectory(), SP->getFilename()));
}

/// A call from the user's code into code that is not the user's: a function
/// of a system header, an external declaration, or a call through a pointer.
/// Calls that cannot allocate (intrinsics, read-only functions) and the
/// recognised allocation functions (tagged themselves) are not.
/// Which functions defined in the module may allocate: those that call a
/// recognised allocation function, an external function that may write
/// memory, or through a pointer, or a function that may allocate.  A call
/// into a system-header function that cannot (`operator[]`, `size()`, an
/// iterator) needs no callsite: nothing would ever be charged to it.
void RazorInstrumenter::findMayAllocate() {
  DenseMap<const Function *, SmallVector<const Function *, 4>> CalledBy;
  SmallVector<const Function *, 64> Work;
  // Functions the plugin generated without locations (TheQuietPlan) call
  // only the user's own functions and ones that only read memory: nothing
  // here is charged to them, and only system functions are asked whether
  // they may allocate (which, in C, cannot call the user's).
  QuietPlan Plan;
  if (TheQuietPlan.MainFile == M.getSourceFileName())
    std::swap(Plan, TheQuietPlan);
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    if (!Plan.Functions.empty() && !compat::subprogram(F) &&
        Plan.Functions.count(F.getName())) {
      CallsIn[&F]; // gathered: no calls to look at
      continue;
    }
    SmallVector<CallBase *, 8> &FnCalls = CallsIn[&F];
    for (BasicBlock &BB : F)
      for (Instruction &I : BB)
        if (auto *CB = dyn_cast<CallBase>(&I))
          FnCalls.push_back(CB);
    bool Direct = false;
    for (const CallBase *CB : FnCalls) {
      if (CB->onlyReadsMemory())
        continue;
      const auto *Callee =
          dyn_cast<Function>(CB->getCalledOperand()->stripPointerCasts());
      if (!Callee) {
        Direct |= !CB->isInlineAsm();
      } else if (Callee->isIntrinsic() || Callee->onlyReadsMemory()) {
        continue;
      } else if (Callee->isDeclaration()) {
        Direct = true; // recognised or not, it may allocate
      } else {
        CalledBy[Callee].push_back(&F);
      }
    }
    if (Direct && MayAllocate.insert(&F).second)
      Work.push_back(&F);
  }
  while (!Work.empty()) {
    const Function *F = Work.pop_back_val();
    for (const Function *Caller : CalledBy.lookup(F))
      if (MayAllocate.insert(Caller).second)
        Work.push_back(Caller);
  }
}

bool RazorInstrumenter::isForeignCall(const CallBase &CB) {
  if (CB.isInlineAsm() || CB.onlyReadsMemory())
    return false;
  if (auto *CI = dyn_cast<CallInst>(&CB))
    if (CI->isMustTailCall())
      return false; // nothing may follow a musttail call
  auto *Callee = dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
  if (!Callee)
    return true;
  if (Callee->isIntrinsic() || Callee->onlyReadsMemory() ||
      compat::startsWith(Callee->getName(), RAZOR_RUNTIME_PREFIX) ||
      (isLibraryFunction(*Callee) && KindOf.count(Callee->getName())))
    return false;
  if (isLibraryFunction(*Callee))
    return true;
  return isSystemFunction(*Callee) && MayAllocate.count(Callee);
}

/// The calls of \p F that get a site record: allocation calls into
/// \p Calls, calls into foreign code into \p Foreign.  Only these are ever
/// located: without -g the plugin generates functions that can have none of
/// them without locations (LocationPlan in RazorPlugin.cpp mirrors this and
/// isForeignCall; keep the two in step).
void RazorInstrumenter::collectCalls(Function &F,
                                     SmallVectorImpl<CallBase *> &Calls,
                                     SmallVectorImpl<CallBase *> &Foreign) {
  bool User = !isSystemFunction(F);
  // The calls findMayAllocate gathered, else a walk of its own.
  SmallVector<CallBase *, 8> FnCalls;
  auto Gathered = CallsIn.find(&F);
  if (Gathered != CallsIn.end()) {
    FnCalls = std::move(Gathered->second);
    CallsIn.erase(Gathered);
  } else {
    for (BasicBlock &BB : F)
      for (Instruction &I : BB)
        if (auto *CB = dyn_cast<CallBase>(&I))
          FnCalls.push_back(CB);
  }
  for (CallBase *CB : FnCalls) {
    if (CB->isInlineAsm() || CB->getMetadata(TestedMD))
      continue;
    auto *Callee =
        dyn_cast<Function>(CB->getCalledOperand()->stripPointerCasts());
    // Calls of the allocation functions, the library's or the program's
    // own (isAllocationCall).  An available_externally body (glibc's inline
    // getline, fortified wrappers) is the library's function.
    if (!Callee || Callee->isIntrinsic() || !KindOf.count(Callee->getName()) ||
        !isAllocationCall(*Callee, F, KindOf)) {
      if (User && isForeignCall(*CB))
        Foreign.push_back(CB);
      continue;
    }
    FunctionType *FTy = Callee->getFunctionType();
    if (CB->getFunctionType() != FTy ||
        (FTy->isVarArg() ? CB->arg_size() < FTy->getNumParams()
                         : CB->arg_size() != FTy->getNumParams()))
      continue; // called through a mismatched prototype: leave it alone
    Calls.push_back(CB);
  }
}

/// The path reports show for \p File in \p Dir: as the compiler saw it.
/// Debug info splits paths on whatever prefix they share with the
/// compilation directory; this undoes that: the main file is spelled as on
/// the command line, a file under the compilation directory relative to
/// it, any other absolute.
std::string RazorInstrumenter::displayPath(StringRef Dir, StringRef File) {
  if (File.empty())
    return "";
  std::string Abs = absolutePath(Dir, File);
  if (!MainAbs.empty() && Abs == MainAbs)
    return MainName;
  if (!CompDir.empty() && Abs.size() > CompDir.size() + 1 &&
      compat::startsWith(Abs, CompDir) && Abs[CompDir.size()] == '/')
    return Abs.substr(CompDir.size() + 1);
  return Abs;
}

SiteLoc RazorInstrumenter::locate(const Instruction &I) {
  SiteLoc L;
  const DILocation *DL = compat::debugLocation(I);
  if (DL) {
    L.Line = DL->getLine();
    L.Column = DL->getColumn();
    L.File = displayPath(DL->getDirectory(), DL->getFilename());
    L.Dir = CompDir;
    // Code inlined from another function names that function; otherwise
    // the enclosing function's own (demangled) name, which needs no -g.
    const DISubprogram *SP = DL->getScope()->getSubprogram();
    if (DL->getInlinedAt() && SP)
      L.Function = SP->getLinkageName().empty()
                       ? SP->getName().str()
                       : readableName(SP->getLinkageName());
  }
  if (L.Function.empty())
    L.Function = functionName(*I.getFunction());
  if (L.File.empty()) {
    L.File = M.getSourceFileName();
    L.Dir = "";
  }
  L.SystemHeader = isSystemPath(joinPath(L.Dir, L.File));
  return L;
}

std::string RazorInstrumenter::sourceLine(StringRef Dir, StringRef File,
                                          unsigned Line) {
  if (Line == 0 || File.empty())
    return "";
  SmallString<256> Path = joinPath(Dir, File);
  auto It = Sources.find(Path);
  if (It == Sources.end()) {
    SourceFile SF;
    if (auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false)) {
      SF.Buf = std::move(*Buf);
      StringRef All = SF.Buf->getBuffer();
      SF.LineStart.push_back(0);
      for (size_t NL = All.find('\n'); NL != StringRef::npos;
           NL = All.find('\n', NL + 1))
        SF.LineStart.push_back(NL + 1);
    }
    It = Sources.try_emplace(Path, std::move(SF)).first;
  }
  const SourceFile &SF = It->second;
  if (!SF.Buf || Line > SF.LineStart.size())
    return "";
  StringRef Text = SF.Buf->getBuffer().drop_front(SF.LineStart[Line - 1]);
  Text = Text.take_until([](char Ch) { return Ch == '\n'; }).trim();
  if (Text.size() <= MaxSourceText)
    return Text.str();
  return Text.take_front(MaxSourceText).str() + "...";
}

Constant *RazorInstrumenter::stringConstant(StringRef S) {
  auto It = Strings.find(S);
  if (It != Strings.end())
    return It->second;
  Constant *Init = ConstantDataArray::getString(C, S, /*AddNull=*/true);
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                GlobalValue::PrivateLinkage, Init,
                                "razor.str");
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(Align(1));
  Constant *P = ConstantExpr::getPointerCast(GV, PtrTy);
  Strings[S] = P;
  return P;
}

/// A record in \p Section.  Never in a comdat group: code inlined from the
/// group's function into other functions still points at the record after
/// the linker drops a duplicate group, so the record must stay.  Duplicates
/// from several translation units are merged by the runtime (sites by
/// file:line:column, probes by name, file and line).
GlobalVariable *RazorInstrumenter::addRecord(Constant *Init, StringRef Name,
                                             StringRef Section) {
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/false,
                                GlobalValue::PrivateLinkage, Init, Name);
  GV->setSection(Section);
  GV->setAlignment(Align(8));
  Used.push_back(GV);
  return GV;
}

GlobalVariable *RazorInstrumenter::siteRecord(const Instruction &I,
                                              unsigned Kind,
                                              StringRef Callee) {
  SiteLoc L = locate(I);
  std::string Source = sourceLine(L.Dir, L.File, L.Line);
  StructType *SiteTy = StructType::get(
      C, {I32Ty, I16Ty, I16Ty, I32Ty, I32Ty, PtrTy, PtrTy, PtrTy, PtrTy, PtrTy});
  Constant *Init = ConstantStruct::get(
      SiteTy,
      {ConstantInt::get(I32Ty, 0), ConstantInt::get(I16Ty, Kind),
       ConstantInt::get(I16Ty, L.SystemHeader ? RAZOR_SITE_SYSTEM_HEADER : 0),
       ConstantInt::get(I32Ty, L.Line), ConstantInt::get(I32Ty, L.Column),
       stringConstant(L.File), stringConstant(L.Dir),
       stringConstant(L.Function), stringConstant(Source),
       stringConstant(Callee)});
  HaveSites = true;
  return addRecord(Init, Kind == RAZOR_KIND_CALL ? "razor.call" : "razor.site",
                   RAZOR_SITES_SECTION);
}

void RazorInstrumenter::markCallsite(CallBase *CB) {
  auto *Callee = dyn_cast<Function>(CB->getCalledOperand()->stripPointerCasts());
  bool Stream = Callee && Callee->isDeclaration() &&
                is_contained(StreamIO, Callee->getName());
  Constant *Site =
      Stream ? ConstantPointerNull::get(PtrTy)
             : ConstantExpr::getPointerCast(
                   siteRecord(*CB, RAZOR_KIND_CALL,
                              Callee ? readableName(Callee->getName()) : ""),
                   PtrTy);
  GlobalVariable *TLS = runtimeVariable(RAZOR_CALLSITE_NAME, PtrTy,
                                        GlobalValue::InitialExecTLSModel);
  // Set, call, restore the value the function was entered with: a callback
  // from the foreign code into the user's code sets its own and gives the
  // outer one back.
  auto [Entry, Slot] = entryCallsite(*CB->getFunction(), TLS);
  IRBuilder<>(CB).CreateStore(Site, Slot);
  Instruction *After = CB->getNextNode();
  if (auto *II = dyn_cast<InvokeInst>(CB)) {
    BasicBlock *Dest = II->getNormalDest();
    if (!Dest->getSinglePredecessor())
      Dest = SplitEdge(II->getParent(), Dest);
    After = &*Dest->getFirstInsertionPt();
  }
  IRBuilder<>(After).CreateStore(Entry, Slot);
}

/// The callsite \p F was entered with, loaded once at its entry.  Outside
/// its own foreign calls that is always the right value, so it is also
/// stored back at every landing pad: a call that ended by an exception
/// does not leave its callsite behind.
///
/// The variable's address is taken once there too (%razor.slot): a no-op
/// cast the optimizer folds away, or at -O0 a call of the runtime's
/// RAZOR_CALLSITE_ADDRESS_NAME, because any use of a thread-local variable
/// sends its block from FastISel to the slower SelectionDAG.
std::pair<Value *, Value *>
RazorInstrumenter::entryCallsite(Function &F, GlobalVariable *TLS) {
  auto &Entry = EntryCallsite[&F];
  if (Entry.first)
    return Entry;
  IRBuilder<> B(&F.getEntryBlock(), afterAllocas(F));
  Value *Slot;
  if (Unoptimized) {
    FunctionCallee Address = M.getOrInsertFunction(
        RAZOR_CALLSITE_ADDRESS_NAME, FunctionType::get(TLS->getType(), false));
    if (auto *AF = dyn_cast<Function>(Address.getCallee())) {
      AF->setDoesNotThrow();
      AF->setWillReturn();
    }
    Slot = B.CreateCall(Address, {}, "razor.slot");
  } else {
    Slot = B.Insert(CastInst::Create(Instruction::BitCast, TLS, TLS->getType()),
                    "razor.slot");
  }
  Value *Saved = B.CreateLoad(PtrTy, Slot, "razor.entry");
  for (BasicBlock &BB : F)
    if (auto *LP = dyn_cast<LandingPadInst>(BB.getFirstNonPHI()))
      IRBuilder<>(LP->getNextNode()).CreateStore(Saved, Slot);
  Entry = {Saved, Slot};
  return Entry;
}

void RazorInstrumenter::rewriteCall(CallBase *CB, unsigned Kind) {
  GlobalVariable *Site = siteRecord(*CB, Kind, "");

  auto *Callee = cast<Function>(CB->getCalledOperand()->stripPointerCasts());
  // The site goes last, or first for a variadic function (open, asprintf),
  // whose wrapper is variadic too.
  FunctionType *OldTy = Callee->getFunctionType();
  bool VarArg = OldTy->isVarArg();
  SmallVector<Type *, 6> Params;
  if (VarArg)
    Params.push_back(PtrTy);
  Params.append(OldTy->param_begin(), OldTy->param_end());
  if (!VarArg)
    Params.push_back(PtrTy);
  FunctionType *WrapTy =
      FunctionType::get(OldTy->getReturnType(), Params, VarArg);
  FunctionCallee Wrapper = M.getOrInsertFunction(
      (Twine(RAZOR_WRAPPER_PREFIX) + Callee->getName()).str(), WrapTy);
  // The wrapper throws exactly when the function it wraps does (operator
  // new may; malloc may not).
  if (auto *WF = dyn_cast<Function>(Wrapper.getCallee()))
    if (Callee->doesNotThrow())
      WF->setDoesNotThrow();

  Constant *SitePtr = ConstantExpr::getPointerCast(Site, PtrTy);
  // Until the optimizer is done the call goes to a thunk of the site, with
  // the function's own arguments: what the inliner weighs is the call the
  // program makes.  expand() inlines the thunk: wrapper(args, site).  (A
  // thunk cannot pass on variadic arguments: those call the wrapper.)
  Function *Target = VarArg ? nullptr : siteThunk(*Callee, Wrapper, SitePtr,
                                                  Callee->doesNotThrow());
  SmallVector<Value *, 6> Args;
  if (VarArg)
    Args.push_back(SitePtr);
  Args.append(CB->arg_begin(), CB->arg_end());
  FunctionCallee Fn = Target ? FunctionCallee(Target) : Wrapper;
  CallBase *New;
  if (auto *II = dyn_cast<InvokeInst>(CB))
    New = InvokeInst::Create(Fn, II->getNormalDest(), II->getUnwindDest(),
                             Args, "", CB);
  else
    New = CallInst::Create(Fn, Args, "", CB);
  if (Target)
    New->setAttributes(CB->getAttributes());
  New->setDebugLoc(CB->getDebugLoc());
  New->takeName(CB);
  CB->replaceAllUsesWith(New);
  CB->eraseFromParent();
}

/// A function of \p Callee's type (not variadic) that calls \p Wrapper
/// with its arguments and \p Site: internal, never inlined before
/// expand().  Optimising, it has the library function's attributes, so the
/// optimizer treats its calls as it treats the function's (an unused
/// malloc, or a malloc/free pair, is removed as without the plugin).
Function *RazorInstrumenter::siteThunk(Function &Callee,
                                       FunctionCallee Wrapper, Constant *Site,
                                       bool NoThrow) {
  Function *Thunk = Function::Create(Callee.getFunctionType(),
                                     GlobalValue::InternalLinkage,
                                     "razor.thunk", M);
  if (!Unoptimized && Callee.isDeclaration()) {
    compat::inferLibraryAttributes(Callee);
    Thunk->setAttributes(Callee.getAttributes());
  }
  Thunk->addFnAttr(Attribute::NoInline);
  Thunk->setMetadata(ThunkMD, MDNode::get(C, {}));
  if (NoThrow)
    Thunk->setDoesNotThrow();
  IRBuilder<> B(BasicBlock::Create(C, "", Thunk));
  SmallVector<Value *, 6> Args;
  for (Argument &A : Thunk->args())
    Args.push_back(&A);
  Args.push_back(Site);
  CallInst *Call = B.CreateCall(Wrapper, Args);
  if (Call->getType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Call);
  return Thunk;
}

bool RazorInstrumenter::expand() {
  // The sites' thunks first (the optimizer may have cloned or specialised
  // some): each call becomes the thunk's body, the wrapper's call.
  SmallVector<Function *, 16> Thunks;
  for (Function &F : M)
    if (F.getMetadata(ThunkMD) && !F.isDeclaration())
      Thunks.push_back(&F);
  for (Function *T : Thunks) {
    SmallVector<CallBase *, 4> Calls;
    for (User *U : T->users())
      if (auto *CB = dyn_cast<CallBase>(U))
        if (CB->getCalledOperand() == T)
          Calls.push_back(CB);
    for (CallBase *CB : Calls) {
      std::string Name = CB->getName().str();
      InlineFunctionInfo IFI;
      if (!InlineFunction(*CB, IFI).isSuccess())
        continue;
      for (CallBase *W : IFI.InlinedCallSites)
        if (!W->getType()->isVoidTy())
          W->setName(Name);
    }
    if (T->use_empty())
      T->eraseFromParent();
  }
  StringMap<const KnownFn *> Wrapped;
  for (const KnownFn &K : KnownFns)
    Wrapped[(Twine(RAZOR_WRAPPER_PREFIX) + K.Name).str()] = &K;
  SmallVector<std::pair<CallBase *, const KnownFn *>, 64> Calls;
  for (Function &F : M) {
    auto It = Wrapped.find(F.getName());
    if (!F.isDeclaration() || It == Wrapped.end())
      continue;
    for (User *U : F.users())
      if (auto *CB = dyn_cast<CallBase>(U))
        if (CB->getCalledOperand() == &F && !CB->getMetadata(TestedMD))
          Calls.push_back({CB, It->second});
  }
  for (auto &[CB, K] : Calls)
    expandCall(CB, *K);
  return !Calls.empty();
}

void RazorInstrumenter::expandCall(CallBase *W, const KnownFn &K) {
  if (hasCallPointer(K))
    return callThroughPointer(W, K);
  auto *Invoke = dyn_cast<InvokeInst>(W);
  auto *Call = dyn_cast<CallInst>(W);
  if (!Invoke && (!Call || Call->isMustTailCall()))
    return;
  // The function itself: the wrapper's parameters and arguments without the
  // site (last, or first when variadic).
  FunctionType *WrapTy = W->getFunctionType();
  bool VarArg = WrapTy->isVarArg();
  unsigned From = VarArg ? 1 : 0;
  unsigned To = VarArg ? W->arg_size() : W->arg_size() - 1;
  if (WrapTy->getNumParams() < 1 || To < From)
    return;
  SmallVector<Value *, 6> Args(W->arg_begin() + From, W->arg_begin() + To);
  ArrayRef<Type *> Params = WrapTy->params();
  FunctionType *OrigTy = FunctionType::get(
      WrapTy->getReturnType(),
      VarArg ? Params.drop_front() : Params.drop_back(), VarArg);

  //   if (__razor_sampling) wrapper(args, site) else F(args)
  // (releases test __razor_tracking).  F is called through the runtime's
  // pointer to the process's definition where there is one.
  BasicBlock *Head = W->getParent();
  IRBuilder<> B(W);
  B.SetCurrentDebugLocation(W->getDebugLoc());
  // The runtime's word to test: the thread's sampling count, or for
  // releases the process's tracking flag.
  bool Release = isReleaseRole(K.Role);
  GlobalVariable *FlagVar = runtimeVariable(
      Release ? RAZOR_TRACKING_NAME : RAZOR_SAMPLING_NAME, I32Ty,
      Release ? GlobalValue::NotThreadLocal : GlobalValue::InitialExecTLSModel);
  Value *Flag = B.CreateLoad(I32Ty, FlagVar, "razor.flag");
  Value *Busy = B.CreateICmpNE(Flag, B.getInt32(0), "razor.busy");
  // (createUnlikelyBranchWeights is LLVM 15+; these are its weights.)
  MDNode *Unlikely = MDBuilder(C).createBranchWeights(1, (1U << 20) - 1);
  // Laid out in order: Head, Slow, Fast, Join.
  BasicBlock *Join;
  if (Call) {
    Join = SplitBlock(Head, W);
    Join->setName("razor.join");
    Head->getTerminator()->eraseFromParent();
  } else {
    Join = BasicBlock::Create(C, "razor.join", Head->getParent(),
                              Head->getNextNode());
  }
  BasicBlock *Slow =
      BasicBlock::Create(C, "razor.slow", Head->getParent(), Join);
  BasicBlock *Fast =
      BasicBlock::Create(C, "razor.fast", Head->getParent(), Join);
  BranchInst *Br = BranchInst::Create(Slow, Fast, Busy, Head);
  Br->setMetadata(LLVMContext::MD_prof, Unlikely);
  Br->setDebugLoc(W->getDebugLoc());

  IRBuilder<> FB(Fast);
  FB.SetCurrentDebugLocation(W->getDebugLoc());
  FunctionCallee Plain = M.getOrInsertFunction(K.Name, OrigTy);
  CallBase *Direct;
  W->removeFromParent();
  compat::append(W, Slow);
  if (Invoke) {
    BasicBlock *Normal = Invoke->getNormalDest();
    Invoke->setNormalDest(Join);
    Direct = FB.CreateInvoke(Plain, Join, Invoke->getUnwindDest(), Args);
    // The unwind destination is now reached from both calls instead of
    // Head, the normal one from Join.
    for (PHINode &Phi : Invoke->getUnwindDest()->phis()) {
      Value *V = Phi.getIncomingValueForBlock(Head);
      Phi.setIncomingBlock(Phi.getBasicBlockIndex(Head), Slow);
      Phi.addIncoming(V, Fast);
    }
    BranchInst::Create(Normal, Join)->setDebugLoc(W->getDebugLoc());
    for (PHINode &Phi : Normal->phis())
      Phi.setIncomingBlock(Phi.getBasicBlockIndex(Head), Join);
  } else {
    // A tail call stays one: nothing follows it but the join.
    Direct = FB.CreateCall(Plain, Args);
    cast<CallInst>(Direct)->setTailCallKind(Call->getTailCallKind());
    BranchInst::Create(Join, Slow)->setDebugLoc(W->getDebugLoc());
    FB.CreateBr(Join);
  }
  Direct->setMetadata(TestedMD, MDNode::get(C, {}));
  W->setMetadata(TestedMD, MDNode::get(C, {}));
  if (!W->getType()->isVoidTy()) {
    PHINode *Phi = PHINode::Create(W->getType(), 2, "", &*Join->begin());
    W->replaceAllUsesWith(Phi);
    Phi->addIncoming(W, Slow);
    Phi->addIncoming(Direct, Fast);
    Phi->takeName(W);
  }
}

/// Calls \p W's wrapper through the runtime's pointer for it:
///   %razor.fn = load atomic unordered ptr @__razor_call_NAME
///   call %razor.fn(args, site)
void RazorInstrumenter::callThroughPointer(CallBase *W, const KnownFn &K) {
  GlobalVariable *Var =
      runtimeVariable((Twine(RAZOR_CALL_PREFIX) + K.Name).str(), PtrTy,
                      GlobalValue::NotThreadLocal);
  IRBuilder<> B(W);
  B.SetCurrentDebugLocation(W->getDebugLoc());
  // Unordered: the runtime moves the pointer while other threads call.
  LoadInst *Fn = B.CreateAlignedLoad(
      PtrTy, Var, M.getDataLayout().getPointerABIAlignment(0), "razor.fn");
  Fn->setAtomic(AtomicOrdering::Unordered);
  W->setCalledOperand(
      B.CreatePointerCast(Fn, compat::pointerTo(W->getFunctionType())));
  W->setMetadata(TestedMD, MDNode::get(C, {}));
}

/// The runtime's variable \p Name (razor_abi.h), declared in the module
/// the first time it is used.
GlobalVariable *
RazorInstrumenter::runtimeVariable(const std::string &Name, Type *Ty,
                                   GlobalValue::ThreadLocalMode TLS) {
  if (GlobalVariable *GV = M.getNamedGlobal(Name))
    return GV;
  return new GlobalVariable(M, Ty, /*isConstant=*/false,
                            GlobalValue::ExternalLinkage, nullptr, Name,
                            nullptr, TLS);
}

void RazorInstrumenter::instrumentProbe(const ProbeInfo &P) {
  Function &F = *P.F;
  std::string File = P.AnnotFile.str(), Dir;
  unsigned Line = P.AnnotLine;
  if (const DISubprogram *SP = compat::subprogram(F)) {
    File = displayPath(SP->getDirectory(), SP->getFilename());
    Dir = CompDir;
    Line = SP->getLine();
  }
  StructType *DescTy = StructType::get(
      C, {I32Ty, I32Ty, PtrTy, PtrTy, PtrTy, PtrTy, PtrTy, PtrTy});
  Constant *Init = ConstantStruct::get(
      DescTy, {ConstantInt::get(I32Ty, RAZOR_ABI_VERSION),
               ConstantInt::get(I32Ty, Line), stringConstant(functionName(F)),
               stringConstant(File), stringConstant(P.Spec),
               stringConstant(Dir), ConstantExpr::getPointerCast(&F, PtrTy),
               ConstantPointerNull::get(PtrTy)});
  GlobalVariable *Desc =
      addRecord(Init, "razor.probe", RAZOR_PROBES_SECTION);
  Constant *DescPtr = ConstantExpr::getPointerCast(Desc, PtrTy);
  HaveProbes = true;

  FunctionCallee Enter = M.getOrInsertFunction(
      RAZOR_PROBE_ENTER_NAME,
      FunctionType::get(I32Ty, {PtrTy, PtrTy}, /*isVarArg=*/false));
  FunctionCallee Exit = M.getOrInsertFunction(
      RAZOR_PROBE_EXIT_NAME,
      FunctionType::get(Type::getVoidTy(C), {PtrTy, I32Ty}, false));
  // The hooks never throw: the escape enumerator below must not turn them
  // into invokes (the token would no longer dominate the cleanup).
  for (FunctionCallee Hook : {Enter, Exit})
    if (auto *HF = dyn_cast<Function>(Hook.getCallee()))
      HF->setDoesNotThrow();

  IRBuilder<> B(&F.getEntryBlock(), afterAllocas(F));
  if (DISubprogram *SP = F.getSubprogram())
    B.SetCurrentDebugLocation(DILocation::get(C, SP->getScopeLine(), 0, SP));
  Function *FrameAddr =
      compat::getIntrinsic(M, Intrinsic::frameaddress, {PtrTy});
  Value *Frame = B.CreateCall(FrameAddr, {B.getInt32(0)});
  Value *Token = B.CreateCall(Enter, {DescPtr, Frame}, "razor.token");

  // Exit: on every return and, for code that may throw, from a cleanup
  // landing pad as the exception unwinds through.
  EscapeEnumerator EE(F, "razor.cleanup", /*HandleExceptions=*/true);
  while (IRBuilder<> *EB = EE.Next())
    EB->CreateCall(Exit, {DescPtr, Token});
  F.addFnAttr(ProbeDoneAttr);
  // Never inlined: each activation keeps a frame of its own, strictly
  // nested, which is how the runtime tells activations a longjmp left from
  // live ones.  (A probe is called per request, not per instruction.)
  F.removeFnAttr(Attribute::AlwaysInline);
  F.addFnAttr(Attribute::NoInline);
}

void RazorInstrumenter::createModuleCtor() {
  // One constructor per linked module: the comdat keeps a single copy, and
  // it registers the whole module's sections through the linker-defined
  // bounds (weak and hidden, so a module without a section still links).
  auto Bound = [&](const char *Name) -> Constant * {
    GlobalVariable *GV = M.getNamedGlobal(Name);
    if (!GV) {
      GV = new GlobalVariable(M, Type::getInt8Ty(C), /*isConstant=*/false,
                              GlobalValue::ExternalWeakLinkage, nullptr, Name);
      GV->setVisibility(GlobalValue::HiddenVisibility);
    }
    return ConstantExpr::getPointerCast(GV, PtrTy);
  };
  Constant *SB = Bound("__start_" RAZOR_SITES_SECTION);
  Constant *SE = Bound("__stop_" RAZOR_SITES_SECTION);
  Constant *PB = Bound("__start_" RAZOR_PROBES_SECTION);
  Constant *PE = Bound("__stop_" RAZOR_PROBES_SECTION);
  if (M.getFunction(RAZOR_MODULE_CTOR_NAME))
    return;
  // The constructor registers the records; the destructor, at dlclose, lets
  // the runtime copy what its reports still need from them.
  auto Hook = [&](const char *Name, const char *Callee) {
    FunctionCallee Fn = M.getOrInsertFunction(
        Callee, FunctionType::get(Type::getVoidTy(C),
                                  {PtrTy, PtrTy, PtrTy, PtrTy}, false));
    Function *F = Function::createWithDefaultAttr(
        FunctionType::get(Type::getVoidTy(C), false),
        GlobalValue::LinkOnceODRLinkage, 0, Name, &M);
    F->setVisibility(GlobalValue::HiddenVisibility);
    F->addFnAttr(Attribute::NoUnwind);
    F->setComdat(M.getOrInsertComdat(Name));
    IRBuilder<> B(BasicBlock::Create(C, "", F));
    B.CreateCall(Fn, {SB, SE, PB, PE});
    B.CreateRetVoid();
    return F;
  };
  // Priority 2, as sanitizers use: before the program's own constructors,
  // and after its own destructors.
  Function *Ctor = Hook(RAZOR_MODULE_CTOR_NAME, RAZOR_MODULE_INIT_NAME);
  appendToGlobalCtors(M, Ctor, 2, Ctor);
  Function *Dtor = Hook(RAZOR_MODULE_DTOR_NAME, RAZOR_MODULE_FINI_NAME);
  appendToGlobalDtors(M, Dtor, 2, Dtor);
}

} // namespace

PreservedAnalyses RazorPass::run(Module &M, ModuleAnalysisManager &) {
  bool Changed = false;
  if (Phases & Instrument)
    Changed |= RazorInstrumenter(M, Phases & Unoptimized).run();
  if (Phases & Expand)
    Changed |= RazorInstrumenter(M).expand();
  if (Phases & Place)
    Changed |= placeCallsites(M);
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

void registerRazorPass(PassBuilder &PB) {
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        MPM.addPass(RazorPass(Level == OptimizationLevel::O0
                                  ? RazorPass::Instrument |
                                        RazorPass::Unoptimized
                                  : RazorPass::Instrument));
      });
  // Last, so inlining and the other decisions saw one call per allocation.
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level, auto...) {
        MPM.addPass(RazorPass(Level == OptimizationLevel::O0
                                  ? RazorPass::Expand
                                  : RazorPass::Expand | RazorPass::Place));
      });
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        if (Name != "razortrace")
          return false;
        MPM.addPass(RazorPass(RazorPass::Instrument | RazorPass::Expand));
        return true;
      });
}

} // namespace razor

/// For `opt -load-pass-plugin=razortrace-pass.so -passes=razortrace`.
extern "C" LLVM_ATTRIBUTE_WEAK ::llvm::PassPluginLibraryInfo
llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "razortrace", LLVM_VERSION_STRING,
          razor::registerRazorPass};
}
