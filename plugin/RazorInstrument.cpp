//===- RazorInstrument.cpp - instrumenting a module at pipeline start -----===//
//
// The worker behind RazorInstrumentPass, in SanitizerCoverage's manner: it
// first collects (the probes, the allocation calls, the calls into foreign
// code), then rewrites in separate steps:
//   - each allocation or release call goes to a thunk of its site (inlined
//     by RazorExpandPass once the optimizer is done), which calls the
//     runtime's wrapper with the site's record (a variadic one calls the
//     wrapper itself);
//   - each call from the user's code into foreign code is bracketed by
//     stores of its record to the thread's callsite variable
//     (RazorCallsite.cpp later keeps only the stores something can read);
//     or, for a function declared here and defined in another file, goes
//     to the function's entry name with its record as one more argument:
//     the link makes that the function itself when its file was built with
//     the plugin (defineEntries), and a bracketing thunk of the caller's
//     otherwise (entryThunk; written as module assembly when the unit
//     becomes an object file here: writeAsAssembly), so calls between the
//     program's own files cost nothing;
//   - each call of an allocation wrapper (SPEC section 7) from code that
//     is not a wrapper is bracketed the same way with stores to the
//     thread's wrapper-call variable, unless the thread is inside a
//     wrapper call already (the outermost wins); inside a wrapper nothing
//     is bracketed and its allocation calls' records are marked
//     RAZOR_SITE_WRAPPED, so they are charged to that call;
//   - each probe gets its entry and exit hooks on every way out;
//   - the module gets the constructor that registers its records.
//
//===----------------------------------------------------------------------===//
#include "RazorABI.h"
#include "RazorAnnotation.h"
#include "RazorCompat.h"
#include "RazorFacts.h"
#include "RazorLibrary.h"
#include "RazorPass.h"
#include "RazorRecords.h"
#include "RazorWrappers.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/EscapeEnumerator.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

#include <iterator>
#include <optional>

using namespace llvm;

#define DEBUG_TYPE "razortrace"

ALWAYS_ENABLED_STATISTIC(NumProbes, "Probe functions instrumented");
ALWAYS_ENABLED_STATISTIC(NumSites, "Allocation calls given a site record");
ALWAYS_ENABLED_STATISTIC(NumLateSites,
                         "Allocation calls the optimizer made, given a site");
ALWAYS_ENABLED_STATISTIC(NumForeignCalls,
                         "Calls into foreign code given a callsite record");
ALWAYS_ENABLED_STATISTIC(NumCallsiteStores,
                         "Stores of the thread's callsite added");
ALWAYS_ENABLED_STATISTIC(NumThunks, "Site thunks created");
ALWAYS_ENABLED_STATISTIC(NumWrappers,
                         "Functions taken as allocation wrappers");
ALWAYS_ENABLED_STATISTIC(NumShapeWrappers,
                         "Allocation wrappers recognised by their shape");
ALWAYS_ENABLED_STATISTIC(NumEntryCalls,
                         "Calls of functions of other files made by entry name");
ALWAYS_ENABLED_STATISTIC(NumEntries,
                         "Functions given an entry name for other files");
ALWAYS_ENABLED_STATISTIC(NumAssemblyThunks,
                         "Entry thunks written as module assembly");
ALWAYS_ENABLED_STATISTIC(NumWrapperCalls,
                         "Calls of allocation wrappers given a callsite record");

namespace razor {
namespace {

/// A probe function and its annotation.
struct ProbeInfo {
  Function *F;
  std::string Spec; // text after "razor_probe:"
  StringRef AnnotFile;
  unsigned AnnotLine;
  bool Traceback; // the spec asks for stacks
};

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

/// The kind (enum razor_kind) of each recognised function, by name.
StringMap<unsigned> knownKinds() {
  StringMap<unsigned> KindOf;
  for (const abi::KnownFn &K : abi::KnownFns)
    KindOf[K.Name] = K.Kind;
  return KindOf;
}

/// The allocation function \p CB calls, when the instrumentation gives it a
/// site: a recognised name (\p KindOf: its kind) reached as
/// isAllocationCall says, with its own prototype; else null.
Function *allocationCallee(const CallBase &CB, const Function &Caller,
                           const StringMap<unsigned> &KindOf) {
  if (CB.isInlineAsm() || CB.getMetadata(marks::Tested))
    return nullptr;
  auto *Callee = dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
  if (!Callee || Callee->isIntrinsic() || !KindOf.count(Callee->getName()) ||
      !isAllocationCall(*Callee, Caller, KindOf))
    return nullptr;
  // Called through a mismatched prototype: left alone.
  FunctionType *FTy = Callee->getFunctionType();
  if (CB.getFunctionType() != FTy ||
      (FTy->isVarArg() ? CB.arg_size() < FTy->getNumParams()
                       : CB.arg_size() != FTy->getNumParams()))
    return nullptr;
  return Callee;
}

/// The runtime's wrapper of \p Callee (RAZOR_WRAPPER_PREFIX): its
/// parameters and the site's, last (first for a variadic function: open,
/// asprintf); it throws exactly when \p Callee does (operator new may,
/// malloc may not).
FunctionCallee runtimeWrapper(Module &M, Function &Callee) {
  Type *PtrTy = compat::getPtrTy(M.getContext());
  FunctionType *OldTy = Callee.getFunctionType();
  bool VarArg = OldTy->isVarArg();
  SmallVector<Type *, 6> Params;
  if (VarArg)
    Params.push_back(PtrTy);
  Params.append(OldTy->param_begin(), OldTy->param_end());
  if (!VarArg)
    Params.push_back(PtrTy);
  FunctionCallee Wrapper = M.getOrInsertFunction(
      (Twine(abi::WrapperPrefix) + Callee.getName()).str(),
      FunctionType::get(OldTy->getReturnType(), Params, VarArg));
  if (auto *WF = dyn_cast<Function>(Wrapper.getCallee()))
    if (Callee.doesNotThrow())
      WF->setDoesNotThrow();
  return Wrapper;
}

/// Replaces \p CB by a call of \p Fn with \p Args (an invoke to the same
/// destinations for an invoke), which takes its name, uses and location,
/// and with \p Same its attributes too.
CallBase *replaceCall(CallBase *CB, FunctionCallee Fn, ArrayRef<Value *> Args,
                      bool Same) {
  CallBase *New;
  if (auto *II = dyn_cast<InvokeInst>(CB))
    New = InvokeInst::Create(Fn, II->getNormalDest(), II->getUnwindDest(),
                             Args, "", CB);
  else
    New = CallInst::Create(Fn, Args, "", CB);
  if (Same)
    New->setAttributes(CB->getAttributes());
  New->setDebugLoc(CB->getDebugLoc());
  New->takeName(CB);
  CB->replaceAllUsesWith(New);
  CB->eraseFromParent();
  return New;
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

class Instrumenter {
public:
  Instrumenter(Module &M, const InstrumentOptions &Opts)
      : M(M), C(M.getContext()), PtrTy(compat::getPtrTy(C)),
        I32Ty(Type::getInt32Ty(C)), Opts(Opts), Facts(M),
        Records(M, Facts, Opts.SourceLines, Opts.MaxSourceLine),
        KindOf(knownKinds()) {}
  bool run();

private:
  void collectProbes(SmallVectorImpl<ProbeInfo> &Probes);
  void findMayAllocate();
  void findWrappers(ArrayRef<ProbeInfo> Probes);
  /// Why the direct callee of \p CB is an allocation wrapper (None: it
  /// is not one, or \p CB calls through a pointer).
  WrapperReason wrapperCallee(const CallBase &CB) const;
  void collectCalls(Function &F, SmallVectorImpl<CallBase *> &Calls,
                    SmallVectorImpl<CallBase *> &Foreign);
  bool isForeignCall(const CallBase &CB);
  bool calleeNeverAllocates(const Function &F);
  void markCallsite(CallBase *CB);
  bool goesThroughEntry(const CallBase &CB);
  void callThroughEntry(CallBase *CB, Constant *Site);
  Function *entryThunk(Function &Callee);
  /// The entry thunks made here whose call of their function is a jump.
  SetVector<Function *> Jumps;
  bool writeAsAssembly(Function &Thunk);
  bool hasEntry(const Function &F);
  void defineEntries();
  std::pair<Value *, Value *> entryCallsite(Function &F, GlobalVariable *TLS);
  void rewriteCall(CallBase *CB, unsigned Kind);
  Function *siteThunk(Function &Callee, FunctionCallee Wrapper, Constant *Site,
                      bool NoThrow, bool ReadsCallsite);
  void instrumentProbe(const ProbeInfo &P);
  void createModuleCtor(bool FramePointersEverywhere);

  Module &M;
  LLVMContext &C;
  PointerType *PtrTy;
  Type *I32Ty;
  const InstrumentOptions &Opts;
  ModuleFacts Facts;
  RecordBuilder Records;
  /// The kind (enum razor_kind) of each recognised function, by name.
  StringMap<unsigned> KindOf;
  DenseMap<std::pair<Function *, GlobalVariable *>, std::pair<Value *, Value *>>
      EntryCallsite;
  /// Functions defined in this module that may allocate, directly or
  /// through what they call (see findMayAllocate).
  DenseSet<const Function *> MayAllocate;
  /// Functions whose calls need no value in the thread's callsite: the
  /// user's own (each of their calls into foreign code sets its own), and
  /// the library functions that never allocate (marks::NoCallsite).
  SmallVector<Function *, 32> NoCallsite;
  /// calleeNeverAllocates's answers, by function: asked at every call.
  DenseMap<const Function *, bool> NeverAllocates;
  /// The allocation wrappers of the module, defined here or declared.
  WrapperMap Wrappers;
  /// The calls of each function defined in the module, gathered by
  /// findMayAllocate's walk over every instruction and handed to
  /// collectCalls, so the module is walked once (each is taken once, before
  /// the IR changes).
  DenseMap<const Function *, SmallVector<CallBase *, 8>> CallsIn;
  /// Functions of the module a wrapper of it calls, directly or through
  /// others (a pool's refill, a constructor `new T(...)` runs): once the
  /// optimizer inlines them into the wrapper and it into its caller, their
  /// allocations sit inside the wrapper call's bracket too (siteThunk).
  DenseSet<const Function *> InsideWrapper;
  /// Whether every function of the module keeps its frame pointer.
  bool KeepFramePointers = false;
  /// The C library's functions by name (hasEntry), made on first use.
  std::optional<TargetLibraryInfoImpl> LibraryInfo;
};

bool Instrumenter::run() {
  SmallVector<ProbeInfo, 8> Probes;
  collectProbes(Probes);
  findMayAllocate();
  findWrappers(Probes);

  // A stack is asked for where a probe says `traceback`: the runtime walks
  // frame pointers when every instrumented module kept them, else (or when
  // `traceback` is given at run time) the unwind tables.  Elsewhere a
  // function keeps its frame pointer only if the build asks for it.
  KeepFramePointers =
      Opts.FramePointers || Facts.framePointers() ||
      llvm::any_of(Probes, [](const ProbeInfo &P) { return P.Traceback; });
  bool FramePointers = false, Definitions = false;
  // Whether every function has one (kept here, or by the build's own
  // -fno-omit-frame-pointer): the module descriptor says so.
  bool AllFramePointers = true;
  SmallVector<std::pair<CallBase *, unsigned>, 64> Calls;
  SmallVector<CallBase *, 64> Foreign;
  for (Function &F : M) {
    if (F.isDeclaration() || F.hasAvailableExternallyLinkage() ||
        F.hasFnAttribute(Attribute::Naked) ||
        compat::startsWith(F.getName(), abi::RuntimePrefix))
      continue;
    if (KeepFramePointers &&
        F.getFnAttribute("frame-pointer").getValueAsString() != "all") {
      F.addFnAttr("frame-pointer", "all");
      FramePointers = true;
    }
    AllFramePointers &=
        F.getFnAttribute("frame-pointer").getValueAsString() == "all";
    // Where a stack may be walked, each function gets a function record at
    // the optimizer's end: frames of code built without -g read its file
    // and definition line (a probe's too: in a stripped module nothing
    // else says which function an address is in).
    std::string DefFile, DefDir;
    unsigned DefLine = 0;
    if (KeepFramePointers && Opts.FunctionRecords &&
        Records.definition(F, DefFile, DefDir, DefLine)) {
      setDefinitionFact(F, DefFile, DefDir, DefLine);
      Definitions = true;
    }
    SmallVector<CallBase *, 16> FnCalls;
    // Only the user's own functions name the line that allocations made in
    // foreign code are charged to.
    collectCalls(F, FnCalls, Foreign);
    if (!Records.isSystemFunction(F) && !Wrappers.count(&F))
      NoCallsite.push_back(&F);
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
  // For RazorCallsite.cpp, once the module has calls that set the thread's
  // callsite: the calls that need no value there.
  if (M.getGlobalVariable(abi::Callsite))
    for (Function *F : NoCallsite)
      F->addFnAttr(marks::NoCallsite);
  bool HaveRecords = !Records.records().empty();
  if (Opts.Entries)
    defineEntries();
  // A thunk that no call here may unwind through (C, -fno-exceptions: a
  // call, not an invoke, in a function that cannot throw) cannot throw: no
  // unwind entry.  It never is on the stack while its
  // function runs, so a copy of it from a unit that says so serves the
  // others of the link as well.
  for (Function *Thunk : Jumps)
    if (all_of(Thunk->users(), [&](User *U) {
          auto *CI = dyn_cast<CallInst>(U);
          return CI && CI->getCalledOperand() == Thunk &&
                 (CI->doesNotThrow() || CI->getFunction()->doesNotThrow());
        }))
      Thunk->setDoesNotThrow();
  // Into an object file right away: the jumps as assembly, which the code
  // generator need not compile as functions of their own.
  if (Facts.object()) {
    for (Function *Thunk : Jumps)
      if (writeAsAssembly(*Thunk))
        ++NumAssemblyThunks;
    M.getOrInsertNamedMetadata(facts::ObjectAtEnd);
  }
  // Site and call records are kept by the code that uses them, not by
  // llvm.compiler.used: a call the optimizer removes takes its record with
  // it (GlobalDCE), and GlobalOpt does not sort and rebuild, by name, a
  // list of a thousand of them each time it runs (tinyxml2's xmltest.cpp:
  // clang's instructions 4,357 M -> 4,347 M, and 528 bytes less of records
  // and strings in xmltest).  Probe descriptors stay there: the runtime
  // walks their section (razor_registry.c), finding probes by name.
  if (HaveRecords) {
    createModuleCtor(AllFramePointers);
    SmallVector<GlobalValue *, 4> Probes;
    for (GlobalValue *R : Records.records())
      if (cast<GlobalVariable>(R)->getSection() == abi::ProbesSection)
        Probes.push_back(R);
    appendToCompilerUsed(M, Probes);
  }
  Facts.strip(M, /*KeepPointerCalls=*/true);
  return HaveRecords || FramePointers || Definitions || Facts.tookAny();
}

void Instrumenter::collectProbes(SmallVectorImpl<ProbeInfo> &Probes) {
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
    if (F->isDeclaration() || F->hasFnAttribute(marks::ProbeDone) ||
        compat::startsWith(F->getName(), abi::RuntimePrefix))
      return;
    for (const ProbeInfo &P : Probes)
      if (P.F == F)
        return;
    ProbeInfo P{F, Spec.canonical(), File, Line,
                (Spec.Options.opts & RAZOR_OPT_TRACEBACK) != 0};
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
  // up to clang 16, which the frontend hands over as !razortrace.probes.
  for (const ModuleFacts::Annotation &A : Facts.annotations())
    Add(A.F, A.Text, A.File, A.Line, /*InOrder=*/true);
}

/// Which functions defined in the module may allocate: those that call a
/// recognised allocation function, an external function that may write
/// memory, or through a pointer, or a function that may allocate.  A call
/// into a system-header function that cannot (`operator[]`, `size()`, an
/// iterator) needs no callsite: nothing would ever be charged to it.
void Instrumenter::findMayAllocate() {
  DenseMap<const Function *, SmallVector<const Function *, 4>> CalledBy;
  SmallVector<const Function *, 64> Work;
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    // The frontend generated these without locations: they call only the
    // user's own functions and ones that only read memory, so nothing here
    // is charged to them, and only system functions are asked whether
    // they may allocate (which, in C, cannot call the user's).
    if (Facts.isQuiet(F) && !Facts.hasSource(F)) {
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

/// The module's allocation wrappers: the frontend's (a probe is never one:
/// the frontend reports the annotation; an attribute or a name gives way),
/// and, unless -fplugin-arg-razortrace-no-auto-alloc, those the pass
/// recognises by their shape (RazorWrappers.h).  Each is reported with
/// -Rpass=razortrace and counted in -stats; a function of the user's that
/// allocates but is refused is explained with -Rpass-missed=razortrace.
void Instrumenter::findWrappers(ArrayRef<ProbeInfo> Probes) {
  DenseSet<const Function *> IsProbe;
  for (const ProbeInfo &P : Probes)
    IsProbe.insert(P.F);
  for (const auto &[F, Reason] : Facts.wrappers())
    if (!IsProbe.count(F) && !F->hasFnAttribute(marks::ProbeDone))
      Wrappers[F] = Reason;
  auto Remark = [&](const Function &F, auto R) {
    OptimizationRemarkEmitter ORE(&F);
    ORE.emit([&] { return R; });
  };
  auto Where = [](const Function &F) {
    return DiagnosticLocation(F.getSubprogram());
  };
  if (Facts.autoAlloc())
    findWrapperShapes(
        M, Wrappers, MayAllocate,
        [&](const Function &F) {
          return !IsProbe.count(&F) && !F.hasFnAttribute(marks::ProbeDone) &&
                 !F.hasAvailableExternallyLinkage() &&
                 !compat::startsWith(F.getName(), abi::RuntimePrefix) &&
                 !Records.isSystemFunction(F);
        },
        [&](const Function &F, const std::string &Why) {
          Remark(F, OptimizationRemarkMissed(DEBUG_TYPE, "NotWrapper",
                                             Where(F), &F.getEntryBlock())
                        << "'" << readableName(F.getName())
                        << "' is not an allocation wrapper: " << Why);
        });
  SmallVector<const Function *, 16> Work;
  for (const auto &[F, Reason] : Wrappers)
    if (!F->isDeclaration() && Reason != WrapperReason::Foreign)
      Work.push_back(F);
  while (!Work.empty()) {
    const Function *F = Work.pop_back_val();
    for (const BasicBlock &BB : *F)
      for (const Instruction &I : BB)
        if (const auto *CB = dyn_cast<CallBase>(&I))
          if (const auto *G = dyn_cast<Function>(
                  CB->getCalledOperand()->stripPointerCasts()))
            if (!G->isDeclaration() && !Wrappers.count(G) &&
                InsideWrapper.insert(G).second)
              Work.push_back(G);
  }
  for (Function &F : M) {
    auto It = Wrappers.find(&F);
    if (It == Wrappers.end())
      continue;
    ++NumWrappers;
    if (It->second == WrapperReason::Shape)
      ++NumShapeWrappers;
    if (F.isDeclaration())
      continue; // named here, defined elsewhere: no place to remark on
    Remark(F, OptimizationRemark(DEBUG_TYPE, "Wrapper", Where(F),
                                 &F.getEntryBlock())
                  << "'" << readableName(F.getName())
                  << "' is an allocation wrapper: "
                  << wrapperReasonText(It->second));
  }
}

WrapperReason Instrumenter::wrapperCallee(const CallBase &CB) const {
  const auto *Callee =
      dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
  if (!Callee)
    return WrapperReason::None;
  auto It = Wrappers.find(Callee);
  return It == Wrappers.end() ? WrapperReason::None : It->second;
}

/// A call from the user's code into code that is not the user's: a function
/// of a system header, an external declaration, or a call through a pointer.
/// Calls that cannot allocate (intrinsics, read-only functions) and the
/// recognised allocation functions (tagged themselves) are not.
bool Instrumenter::isForeignCall(const CallBase &CB) {
  if (CB.isInlineAsm() || CB.onlyReadsMemory())
    return false;
  if (auto *CI = dyn_cast<CallInst>(&CB))
    if (CI->isMustTailCall())
      return false; // nothing may follow a musttail call
  auto *Callee = dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
  if (!Callee)
    return true;
  if (Callee->isIntrinsic() || Callee->onlyReadsMemory() ||
      compat::startsWith(Callee->getName(), abi::RuntimePrefix) ||
      (isLibraryFunction(*Callee) && KindOf.count(Callee->getName())))
    return false;
  if (isLibraryFunction(*Callee)) {
    // An available_externally body of the C++ library's (std::string's
    // destructor, optimizing) is the library's function too.
    if (!calleeNeverAllocates(*Callee))
      return true;
    NoCallsite.push_back(Callee);
    return false;
  }
  if (!Records.isSystemFunction(*Callee) || !MayAllocate.count(Callee))
    return false;
  // A system header's inline function (a template's instantiation).
  if (!calleeNeverAllocates(*Callee))
    return true;
  NoCallsite.push_back(Callee);
  return false;
}

/// Whether a call of \p F (a library's, or a system header's inline
/// function) never allocates for its caller (RazorLibrary.h); an
/// available_externally body (std::string's destructor, optimizing) is
/// the C++ library's.  Once per function: the names are matched against
/// lists, and a C++ file makes thousands of such calls.
bool Instrumenter::calleeNeverAllocates(const Function &F) {
  auto [It, New] = NeverAllocates.try_emplace(&F, false);
  if (New)
    It->second = F.hasAvailableExternallyLinkage()
                     ? cxxNeverAllocates(F.getName())
                     : neverAllocates(F.getName());
  return It->second;
}

/// The calls of \p F that get a site record: allocation calls into
/// \p Calls, calls into foreign code into \p Foreign.  Only these are ever
/// located: without -g the plugin generates functions that can have none of
/// them without locations (LocationPlan in RazorLocationPlan.cpp mirrors
/// this and isForeignCall; keep the two in step).
void Instrumenter::collectCalls(Function &F, SmallVectorImpl<CallBase *> &Calls,
                                SmallVectorImpl<CallBase *> &Foreign) {
  // Inside an allocation wrapper nothing is bracketed: what it and its
  // callees allocate is charged to the call of the outermost wrapper.
  bool User = !Records.isSystemFunction(F) && !Wrappers.count(&F);
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
    if (CB->isInlineAsm() || CB->getMetadata(marks::Tested))
      continue;
    auto *Callee =
        dyn_cast<Function>(CB->getCalledOperand()->stripPointerCasts());
    // Calls of the allocation functions, the library's or the program's
    // own (isAllocationCall).  An available_externally body (glibc's inline
    // getline, fortified wrappers) is the library's function.
    if (!Callee || Callee->isIntrinsic() || !KindOf.count(Callee->getName()) ||
        !isAllocationCall(*Callee, F, KindOf)) {
      if (User && (isForeignCall(*CB) ||
                   (wrapperCallee(*CB) != WrapperReason::None &&
                    !CB->isInlineAsm() &&
                    !(isa<CallInst>(CB) && cast<CallInst>(CB)->isMustTailCall()))))
        Foreign.push_back(CB);
      continue;
    }
    if (allocationCallee(*CB, F, KindOf))
      Calls.push_back(CB);
  }
}

/// Where code that runs once \p CB returned goes: after a call, at the
/// start of an invoke's normal destination (split off when other blocks
/// branch there too).
static Instruction *afterCall(CallBase *CB) {
  auto *II = dyn_cast<InvokeInst>(CB);
  if (!II)
    return CB->getNextNode();
  BasicBlock *Dest = II->getNormalDest();
  if (!Dest->getSinglePredecessor())
    Dest = SplitEdge(II->getParent(), Dest);
  return &*Dest->getFirstInsertionPt();
}

void Instrumenter::markCallsite(CallBase *CB) {
  auto *Callee = dyn_cast<Function>(CB->getCalledOperand()->stripPointerCasts());
  bool Stream = Callee && Callee->isDeclaration() &&
                isStreamIO(Callee->getName());
  WrapperReason Wrapper = wrapperCallee(*CB);
  Constant *Site = ConstantPointerNull::get(PtrTy);
  if (Wrapper != WrapperReason::None) {
    // A wrapper instrumented here: its calls into foreign code set the
    // thread's callsite, which names what such code allocated during it.
    unsigned Flags = RAZOR_SITE_WRAPPER_CALL;
    if (!Callee->isDeclaration() && Callee->isDefinitionExact())
      Flags |= RAZOR_SITE_WRAPPER_INSTRUMENTED;
    Site = ConstantExpr::getPointerCast(
        Records.site(*CB, RAZOR_KIND_CALL, Records.readable(Callee->getName()),
                     Flags),
        PtrTy);
    ++NumWrapperCalls;
  } else if (!Stream) {
    // A call by entry name reads its record only when the function was
    // built without the plugin (its thunk runs), and most are not: such a
    // record carries no copy of its source line, which a report of it
    // reads from the file (razor_rep_read_source).  Most of a C program's
    // records are such calls, and their lines most of its records' size.
    bool Entry = goesThroughEntry(*CB);
    Site = ConstantExpr::getPointerCast(
        Records.site(*CB, RAZOR_KIND_CALL,
                     Callee ? Records.readable(Callee->getName()) : "", 0,
                     /*CopySource=*/!Entry),
        PtrTy);
    ++NumForeignCalls;
    if (Entry)
      return callThroughEntry(CB, Site);
  }
  // A call of an allocation wrapper writes the thread's wrapper call, unless
  // one is running already (the outermost wins); every other call, a call
  // into a foreign file's function included (its callbacks into the user's
  // code are the user's), writes the thread's callsite.  Either is set
  // round the call: the value the function was entered with goes back
  // after it (RazorCallsite.cpp later keeps only the writes something can
  // read).
  bool WrapCall =
      Wrapper != WrapperReason::None && Wrapper != WrapperReason::Foreign;
  GlobalVariable *TLS =
      abi::runtimeVariable(M, WrapCall ? abi::Wrapcall : abi::Callsite, PtrTy,
                           GlobalValue::InitialExecTLSModel);
  auto [Entry, Slot] = entryCallsite(*CB->getFunction(), TLS);
  IRBuilder<> B(CB);
  Value *Stored = Site;
  if (WrapCall)
    Stored = abi::outermostWrapcall(B, Entry, Site);
  B.CreateStore(Stored, Slot);
  IRBuilder<>(afterCall(CB)).CreateStore(Entry, Slot);
  NumCallsiteStores += 2;
}

/// Whether calls of \p F may go by its entry name (RAZOR_ENTRY_PREFIX):
/// a function of the program called the plain C way (neither variadic
/// nor returning twice), not the C library's or the C++ standard
/// library's (those stay bracketed where they are called, with no thunk
/// between) and not an allocation wrapper
/// (whose call must set the callsite).  The caller and the defining file
/// decide alike, each from its own declaration.
bool Instrumenter::hasEntry(const Function &F) {
  if (F.isVarArg() || F.getCallingConv() != CallingConv::C ||
      F.isIntrinsic() || F.hasFnAttribute(Attribute::ReturnsTwice) ||
      F.hasFnAttribute(Attribute::Naked) ||
      compat::startsWith(F.getName(), abi::RuntimePrefix) ||
      Wrappers.count(&F))
    return false;
  for (unsigned I = 0, E = F.arg_size(); I != E; ++I)
    if (F.hasParamAttribute(I, Attribute::InAlloca) ||
        F.hasParamAttribute(I, Attribute::Preallocated) ||
        F.hasParamAttribute(I, Attribute::SwiftSelf) ||
        F.hasParamAttribute(I, Attribute::SwiftError))
      return false;
  // The C++ standard library's (std::, __gnu_cxx::, the ABI's): never
  // built with the plugin, and called from every file; no thunk each.
  for (StringRef Std : {"_ZSt", "_ZNSt", "_ZNKSt", "_ZNSo", "_ZNKSo", "_ZNSi",
                        "_ZNKSi", "_ZNSd", "_ZNSs", "_ZNKSs", "_ZN9__gnu_cxx",
                        "_ZNK9__gnu_cxx", "_ZN10__cxxabiv1", "__cxa_",
                        "__gxx_"})
    if (compat::startsWith(F.getName(), Std))
      return false;
  if (!LibraryInfo)
    LibraryInfo.emplace(Triple(M.getTargetTriple()));
  LibFunc LF;
  return !TargetLibraryInfo(*LibraryInfo).getLibFunc(F.getName(), LF);
}

/// A call of a function declared here and defined elsewhere goes to its
/// entry name, with \p Site as one more argument, instead of being
/// bracketed here: free when the function was built with the plugin in
/// the same linked object (its entry name is the function), bracketed by
/// entryThunk when it was not.  The extra argument is the caller's to
/// clean up in every C calling convention of our targets, as for the
/// runtime's RAZOR_CALL_PREFIX pointers, so the function ignores it.
bool Instrumenter::goesThroughEntry(const CallBase &CB) {
  auto *Callee = dyn_cast<Function>(CB.getCalledOperand());
  return Opts.Entries && Callee && Callee->isDeclaration() &&
         hasEntry(*Callee) &&
         CB.getFunctionType() == Callee->getFunctionType() &&
         CB.getCallingConv() == CallingConv::C && !CB.hasOperandBundles() &&
         !CB.isMustTailCall() && !isa<CallBrInst>(&CB);
}

void Instrumenter::callThroughEntry(CallBase *CB, Constant *Site) {
  Function *Thunk = entryThunk(*cast<Function>(CB->getCalledOperand()));
  SmallVector<Value *, 6> Args(CB->arg_begin(), CB->arg_end());
  Args.push_back(Site);
  if (!Opts.PlaceCallsites) {
    // No placement will know the call may leave the variable changed: the
    // value the function was entered with goes back after it, as
    // markCallsite's brackets do.
    GlobalVariable *TLS = abi::runtimeVariable(
        M, abi::Callsite, PtrTy, GlobalValue::InitialExecTLSModel);
    auto [Entry, Slot] = entryCallsite(*CB->getFunction(), TLS);
    IRBuilder<>(afterCall(CB)).CreateStore(Entry, Slot);
    ++NumCallsiteStores;
  }
  replaceCall(CB, Thunk, Args, /*Same=*/true);
  ++NumEntryCalls;
}

/// Whether a thunk of type \p FTy (a function's parameters and the
/// record) calling a function of attributes \p Attrs can jump to it (a
/// sibling call on x86-64 and AArch64): scalar parameters that all go in
/// registers, the record included, and no sret, byval or other
/// parameter the backends copy or keep out of a sibling call.
static bool jumps(FunctionType &FTy, const AttributeList &Attrs) {
  unsigned Ints = 1, Floats = 0; // the record
  for (unsigned I = 0, E = FTy.getNumParams(); I != E; ++I) {
    Type *T = FTy.getParamType(I);
    for (Attribute::AttrKind K :
         {Attribute::ByVal, Attribute::StructRet, Attribute::InAlloca,
          Attribute::Preallocated, Attribute::ByRef, Attribute::Nest,
          Attribute::SwiftSelf, Attribute::SwiftError})
      if (Attrs.hasParamAttr(I, K))
        return false;
    if (T->isPointerTy() || (T->isIntegerTy() && T->getIntegerBitWidth() <= 64))
      ++Ints;
    else if (T->isFloatTy() || T->isDoubleTy())
      ++Floats;
    else
      return false;
  }
  Type *R = FTy.getReturnType();
  bool ScalarReturn = R->isVoidTy() || R->isPointerTy() ||
                      (R->isIntegerTy() && R->getIntegerBitWidth() <= 64) ||
                      R->isFloatTy() || R->isDoubleTy();
  return ScalarReturn && Ints <= 6 && Floats <= 8;
}

/// This module's definition of \p Callee's entry name: weak (a definition
/// of the name built with the plugin wins at link time), hidden, one copy
/// per link (comdat), never inlined.  It writes the site (its last
/// argument) to the thread's callsite and jumps to the function (a tail
/// call): the function returns to the caller with the variable as its own
/// calls left it, as the body of a function built with the plugin may
/// (RazorCallsite.cpp), so the caller treats either alike.  Mostly two
/// instructions and no frame (jumps); no unwind entry when no call of it
/// here can unwind.
Function *Instrumenter::entryThunk(Function &Callee) {
  std::string Name = (Twine(abi::EntryPrefix) + Callee.getName()).str();
  if (Function *F = M.getFunction(Name))
    return F;
  FunctionType *FTy = Callee.getFunctionType();
  SmallVector<Type *, 6> Params(FTy->param_begin(), FTy->param_end());
  Params.push_back(PtrTy);
  Function *Thunk = Function::createWithDefaultAttr(
      FunctionType::get(FTy->getReturnType(), Params, false),
      GlobalValue::WeakAnyLinkage, 0, Name, &M);
  Thunk->setVisibility(GlobalValue::HiddenVisibility);
  Thunk->setComdat(M.getOrInsertComdat(Name));
  // Never inlined, and compiled as at -O0: there is nothing to optimize
  // in it, and it runs only when the function was built without the
  // plugin; a C file calling many of its program's functions has one each
  // (Lua's lvm.c: 41), which the optimizer and the code generator would
  // otherwise each go through as any function.  Where its call is a jump
  // (jumps), it is never on the stack while the function runs: no frame
  // pointer, no unwind table of its own (see run for when it has no
  // unwind entry at all).  Otherwise it is a frame like any other.
  Thunk->addFnAttr(Attribute::NoInline);
  Thunk->addFnAttr(Attribute::OptimizeNone);
  AttributeList CalleeAttrs = Callee.getAttributes();
  if (jumps(*FTy, CalleeAttrs)) {
    Thunk->removeFnAttr(Attribute::UWTable);
    Thunk->removeFnAttr("frame-pointer");
    Jumps.insert(Thunk);
  } else if (KeepFramePointers) {
    Thunk->addFnAttr("frame-pointer", "all");
  }
  if (Callee.doesNotThrow())
    Thunk->setDoesNotThrow();
  // The parameters keep what the declaration says of them (byval, sret).
  for (unsigned I = 0, E = FTy->getNumParams(); I != E; ++I)
    Thunk->addParamAttrs(I, AttrBuilder(C, CalleeAttrs.getParamAttrs(I)));
  IRBuilder<> B(BasicBlock::Create(C, "", Thunk));
  GlobalVariable *TLS = abi::runtimeVariable(
      M, abi::Callsite, PtrTy, GlobalValue::InitialExecTLSModel);
  B.CreateStore(Thunk->getArg(FTy->getNumParams()), TLS);
  ++NumCallsiteStores;
  SmallVector<Value *, 6> Args;
  for (unsigned I = 0, E = FTy->getNumParams(); I != E; ++I)
    Args.push_back(Thunk->getArg(I));
  CallInst *Call = B.CreateCall(&Callee, Args);
  Call->setAttributes(CalleeAttrs);
  Call->setTailCall();
  if (Call->getType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Call);
  return Thunk;
}

/// Writes entry thunk \p Thunk (one that jumps) as the module's assembly
/// and leaves it a declaration, on x86-64 Linux; false elsewhere, where it
/// stays a function of the IR.  The code generator spends as much on a
/// function of three instructions as on any small function: its passes,
/// its section and symbols (about 1 M of clang's instructions each;
/// tinyxml2's xmltest.cpp has 106 thunks), while the assembler parses these
/// lines for a tenth of that.  The same code as the IR thunk compiles to,
/// in the same comdat section: the record (the argument after the
/// function's own, all in registers: jumps) goes to the thread's callsite
/// through the initial-exec TLS model of the IR's variable, and a jump
/// leaves the function to return to the caller.  Unwind information only
/// where the IR thunk has it (one of its calls may unwind).
bool Instrumenter::writeAsAssembly(Function &Thunk) {
  if (!abi::writesLinuxX86Assembly(M))
    return false;
  Function *Callee = nullptr;
  for (Instruction &I : Thunk.getEntryBlock())
    if (auto *Call = dyn_cast<CallInst>(&I))
      Callee = Call->getCalledFunction();
  if (!Callee)
    return false;
  SmallString<128> Name, Target;
  if (!abi::assemblyNames(Thunk, *Callee, Name, Target))
    return false;
  // The record's register: the one after the function's integer arguments.
  static const char *const IntRegs[] = {"rdi", "rsi", "rdx", "rcx", "r8", "r9"};
  unsigned Ints = 0;
  for (Type *P : Callee->getFunctionType()->params())
    Ints += P->isPointerTy() || P->isIntegerTy();
  if (Ints >= std::size(IntRegs))
    return false;
  bool Unwind = !Thunk.doesNotThrow();
  std::string Text;
  raw_string_ostream OS(Text);
  OS << "\t.pushsection .text." << Name << ",\"axG\",@progbits," << Name
     << ",comdat\n"
     << "\t.weak " << Name << "\n\t.hidden " << Name << "\n\t.type " << Name
     << ",@function\n\t.p2align 4\n"
     << Name << ":\n";
  if (Unwind)
    OS << "\t.cfi_startproc\n";
  OS << "\tmovq " << abi::Callsite << "@GOTTPOFF(%rip), %r11\n"
     << "\tmovq %" << IntRegs[Ints] << ", %fs:(%r11)\n"
     << "\tjmp " << Target << "@PLT\n";
  if (Unwind)
    OS << "\t.cfi_endproc\n";
  OS << "\t.size " << Name << ", .-" << Name << "\n\t.popsection\n";
  M.appendModuleInlineAsm(OS.str());
  // Now a declaration the assembly defines (in no comdat: it has no body).
  Comdat *Group = Thunk.getComdat();
  Thunk.setComdat(nullptr);
  Thunk.deleteBody();
  Thunk.setVisibility(GlobalValue::HiddenVisibility);
  Thunk.setDSOLocal(true);
  Thunk.removeFnAttr(Attribute::OptimizeNone);
  Thunk.removeFnAttr(Attribute::NoInline);
  if (Group && Group->getName() == Thunk.getName())
    M.getComdatSymbolTable().erase(std::string(Group->getName()));
  return true;
}

/// Gives each function of the program defined here an entry name for the
/// other files built with the plugin: the function itself (an alias,
/// hidden: a call by that name binds within the linked object).  Not for a
/// function another object may interpose (default visibility in a shared
/// library, unless -fno-semantic-interposition): a call of it must look it
/// up as without the plugin, so the other files keep their thunks.
void Instrumenter::defineEntries() {
  auto Bindable = [](const GlobalValue &GV) {
    return GV.getLinkage() == GlobalValue::ExternalLinkage &&
           (GV.isDSOLocal() || GV.hasHiddenVisibility() ||
            GV.hasProtectedVisibility());
  };
  SmallVector<std::pair<GlobalValue *, Function *>, 32> Defined;
  for (Function &F : M)
    if (!F.isDeclaration() && Bindable(F) && hasEntry(F) &&
        !Records.isSystemFunction(F))
      Defined.push_back({&F, &F});
  // Another name of such a function, too: C++'s complete-object
  // constructors and destructors are aliases of the base-object ones
  // (C1 of C2, D1 of D2), and other files call them by those names.
  for (GlobalAlias &A : M.aliases())
    if (auto *F = dyn_cast<Function>(A.getAliasee()->stripPointerCasts());
        F && !F->isDeclaration() && Bindable(A) &&
        !compat::startsWith(A.getName(), abi::RuntimePrefix) &&
        A.getValueType() == F->getValueType() && hasEntry(*F) &&
        !Records.isSystemFunction(*F))
      Defined.push_back({&A, F});
  for (auto [GV, F] : Defined) {
    std::string Name = (Twine(abi::EntryPrefix) + GV->getName()).str();
    if (M.getNamedValue(Name))
      continue;
    ++NumEntries;
    GlobalAlias *A = GlobalAlias::create(F->getValueType(), 0,
                                         GlobalValue::ExternalLinkage, Name, F,
                                         &M);
    A->setVisibility(GlobalValue::HiddenVisibility);
    A->setDSOLocal(true);
  }
}

/// The value of \p TLS (the thread's callsite or wrapper call) \p F was
/// entered with, loaded once at its entry.  Outside its own calls that set
/// it that is always the right value, so it is also stored back at every
/// landing pad: a call that ended by an exception does not leave its value
/// behind.
///
/// The variable's address is taken once there too (%razor.slot): a no-op
/// cast the optimizer folds away, or (InstrumentOptions::CallsiteAddress,
/// at -O0) a call of the runtime's RAZOR_CALLSITE_ADDRESS_NAME, because any
/// use of a thread-local variable sends its block from FastISel to the
/// slower SelectionDAG.
std::pair<Value *, Value *> Instrumenter::entryCallsite(Function &F,
                                                        GlobalVariable *TLS) {
  auto &Entry = EntryCallsite[{&F, TLS}];
  if (Entry.first)
    return Entry;
  IRBuilder<> B(&F.getEntryBlock(), afterAllocas(F));
  Value *Slot;
  if (Opts.CallsiteAddress) {
    FunctionCallee Address = M.getOrInsertFunction(
        TLS->getName() == abi::Wrapcall ? abi::WrapcallAddress
                                        : abi::CallsiteAddress,
        abi::functionType<decltype(__razor_callsite_address)>(C));
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
    if (auto *LP = dyn_cast<LandingPadInst>(BB.getFirstNonPHI())) {
      IRBuilder<>(LP->getNextNode()).CreateStore(Saved, Slot);
      ++NumCallsiteStores;
    }
  Entry = {Saved, Slot};
  return Entry;
}

/// Gives \p Thunk, the site thunk of a new- or delete-expression's call
/// of the C++ operator \p K (a `builtin` call, which the language lets the
/// optimizer remove: an unused `new`, a new/delete pair, [expr.new]), what
/// LLVM reads for such a call: its allocation kind and family.  LLVM knows
/// the operators by name, through the library info, which the thunk's name
/// is not; it would otherwise keep an allocation the plain build removes.
/// (`malloc`'s thunk has the library's attributes, allockind among them.)
static void markRemovable(Function &Thunk, const abi::KnownFn &K) {
  bool New = K.FnRole == abi::Role::NEW;
  if (!New && K.FnRole != abi::Role::DELETE)
    return;
  StringRef Name = K.Name;
  bool Array = Name.size() > 3 && Name[3] == 'a'; // _Zna..., _Zda...
  bool Aligned = Name.contains("St11align_val_t");
  std::string Family = Array ? "_Znam" : "_Znwm";
  if (Aligned)
    Family += "St11align_val_t";
  compat::setAllocationKind(Thunk, Family, /*Free=*/!New,
                            New && Aligned ? 1 : -1);
}

void Instrumenter::rewriteCall(CallBase *CB, unsigned Kind) {
  GlobalVariable *Site =
      Records.site(*CB, Kind, "",
                   Wrappers.count(CB->getFunction()) ? RAZOR_SITE_WRAPPED : 0);
  ++NumSites;

  auto *Callee = cast<Function>(CB->getCalledOperand()->stripPointerCasts());
  // A variadic function's wrapper (open, asprintf) is variadic too, and
  // takes the site first.
  bool VarArg = Callee->getFunctionType()->isVarArg();
  FunctionCallee Wrapper = runtimeWrapper(M, *Callee);

  Constant *SitePtr = ConstantExpr::getPointerCast(Site, PtrTy);
  // Until the optimizer is done the call goes to a thunk of the site, with
  // the function's own arguments: what the inliner weighs is the call the
  // program makes.  RazorExpandPass inlines the thunk: wrapper(args, site).
  // (A thunk cannot pass on variadic arguments: those call the wrapper.)
  // In a wrapper's body, and in a function a wrapper calls, the thunk may
  // read any memory: the library's attributes say the call touches none of
  // the program's, and the stores of the thread's wrapper call round the
  // wrapper's call, once it is inlined round this one, would go as dead.
  // The wrapper's call is marked so too (marks::Wrapped).
  bool Inside = Wrappers.count(CB->getFunction()) ||
                InsideWrapper.count(CB->getFunction());
  Function *Target =
      VarArg ? nullptr
             : siteThunk(*Callee, Wrapper, SitePtr, Callee->doesNotThrow(),
                         Inside);
  if (Target && Opts.LibraryAttributes && CB->hasFnAttr(Attribute::Builtin))
    markRemovable(*Target, abi::KnownFns[Kind]); // a row of razor_fns.def
  SmallVector<Value *, 6> Args;
  if (VarArg)
    Args.push_back(SitePtr);
  Args.append(CB->arg_begin(), CB->arg_end());
  // The thunk takes the call's own attributes; the variadic wrapper's
  // arguments are shifted by the site.
  if (Target) {
    replaceCall(CB, Target, Args, /*Same=*/true);
  } else {
    CallBase *New = replaceCall(CB, Wrapper, Args, /*Same=*/false);
    if (Inside)
      New->setMetadata(marks::Wrapped, MDNode::get(C, {}));
  }
}

/// A function of \p Callee's type (not variadic) that calls \p Wrapper
/// with its arguments and \p Site: internal, never inlined before
/// RazorExpandPass.  Optimizing, it has the library function's attributes,
/// so the optimizer treats its calls as it treats the function's (an unused
/// malloc, or a malloc/free pair, is removed as without the plugin);
/// \p ReadsCallsite (a site in a wrapper's body, or in a function a wrapper
/// calls) adds that it may read any memory, so the wrapper call's stores
/// round the wrapper's call stay, and marks the wrapper's call
/// (marks::Wrapped).
Function *Instrumenter::siteThunk(Function &Callee, FunctionCallee Wrapper,
                                  Constant *Site, bool NoThrow,
                                  bool ReadsCallsite) {
  Function *Thunk = Function::Create(Callee.getFunctionType(),
                                     GlobalValue::InternalLinkage, marks::Thunk,
                                     M);
  if (Opts.LibraryAttributes && Callee.isDeclaration()) {
    compat::inferLibraryAttributes(Callee);
    Thunk->setAttributes(Callee.getAttributes());
    if (ReadsCallsite)
      compat::letReadAnyMemory(*Thunk);
  }
  Thunk->addFnAttr(Attribute::NoInline);
  Thunk->setMetadata(marks::Thunk, MDNode::get(C, {}));
  if (NoThrow)
    Thunk->setDoesNotThrow();
  IRBuilder<> B(BasicBlock::Create(C, "", Thunk));
  SmallVector<Value *, 6> Args;
  for (Argument &A : Thunk->args())
    Args.push_back(&A);
  Args.push_back(Site);
  CallInst *Call = B.CreateCall(Wrapper, Args);
  if (ReadsCallsite)
    Call->setMetadata(marks::Wrapped, MDNode::get(C, {}));
  if (Call->getType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Call);
  ++NumThunks;
  return Thunk;
}

void Instrumenter::instrumentProbe(const ProbeInfo &P) {
  Function &F = *P.F;
  GlobalVariable *Desc = Records.probe(F, P.Spec, P.AnnotFile, P.AnnotLine);
  Constant *DescPtr = ConstantExpr::getPointerCast(Desc, PtrTy);
  ++NumProbes;

  FunctionCallee Enter = M.getOrInsertFunction(
      abi::ProbeEnter, abi::functionType<decltype(__razor_probe_enter)>(C));
  FunctionCallee Exit = M.getOrInsertFunction(
      abi::ProbeExit, abi::functionType<decltype(__razor_probe_exit)>(C));
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
  F.addFnAttr(marks::ProbeDone);
  // Never inlined: each activation keeps a frame of its own, strictly
  // nested, which is how the runtime tells activations a longjmp left from
  // live ones.  (A probe is called per request, not per instruction.)
  F.removeFnAttr(Attribute::AlwaysInline);
  F.addFnAttr(Attribute::NoInline);
}

void Instrumenter::createModuleCtor(bool FramePointersEverywhere) {
  // One constructor per linked module and flags value: the comdat keeps a
  // single copy, and it registers the whole module's sections through the
  // linker-defined bounds (weak and hidden, so a module without a section
  // still links), in one descriptor (struct razor_module).  Translation
  // units built with other flags get a constructor of another name, so a
  // module mixing them registers once per flags value and the runtime sees
  // each (it keeps "every module has frame pointers" only when all say so).
  auto Bound = [&](StringRef Name) -> Constant * {
    GlobalVariable *GV = M.getNamedGlobal(Name);
    if (!GV) {
      GV = new GlobalVariable(M, Type::getInt8Ty(C), /*isConstant=*/false,
                              GlobalValue::ExternalWeakLinkage, nullptr, Name);
      GV->setVisibility(GlobalValue::HiddenVisibility);
    }
    return ConstantExpr::getPointerCast(GV, PtrTy);
  };
  unsigned Flags = FramePointersEverywhere ? RAZOR_MODULE_FRAME_POINTERS : 0;
  std::string Suffix = Flags ? "" : (".flags" + Twine(Flags)).str();
  std::string CtorName = (abi::ModuleCtor + Suffix).str();
  std::string DtorName = (abi::ModuleDtor + Suffix).str();
  if (M.getFunction(CtorName))
    return;
  StructType *DescTy = abi::moduleType(C);
  abi::ModuleDescInit Init(DescTy);
  Init.setInt(abi::module::abi_version, abi::Version)
      .setInt(abi::module::flags, Flags)
      .set(abi::module::sites_begin, Bound(abi::SitesStart))
      .set(abi::module::sites_end, Bound(abi::SitesStop))
      .set(abi::module::probes_begin, Bound(abi::ProbesStart))
      .set(abi::module::probes_end, Bound(abi::ProbesStop))
      .set(abi::module::funcs_begin, Bound(abi::FuncsStart))
      .set(abi::module::funcs_end, Bound(abi::FuncsStop));
  // In the constructor's comdat: one per linked module, like it.
  auto *Desc = new GlobalVariable(M, DescTy, /*isConstant=*/true,
                                  GlobalValue::LinkOnceODRLinkage, Init.get(),
                                  (abi::ModuleDesc + Suffix).str());
  Desc->setVisibility(GlobalValue::HiddenVisibility);
  Desc->setComdat(M.getOrInsertComdat(CtorName));
  Constant *DescPtr = ConstantExpr::getPointerCast(Desc, PtrTy);
  // The constructor registers the records; the destructor, at dlclose, lets
  // the runtime copy what its reports still need from them.
  auto Hook = [&](StringRef Name, StringRef Callee, FunctionType *CalleeTy,
                  StringRef Group) {
    FunctionCallee Fn = M.getOrInsertFunction(Callee, CalleeTy);
    Function *F = Function::createWithDefaultAttr(
        FunctionType::get(Type::getVoidTy(C), false),
        GlobalValue::LinkOnceODRLinkage, 0, Name, &M);
    F->setVisibility(GlobalValue::HiddenVisibility);
    F->addFnAttr(Attribute::NoUnwind);
    F->setComdat(M.getOrInsertComdat(Group));
    IRBuilder<> B(BasicBlock::Create(C, "", F));
    B.CreateCall(Fn, {DescPtr});
    B.CreateRetVoid();
    return F;
  };
  // Priority 2, as sanitizers use: before the program's own constructors,
  // and after its own destructors.
  Function *Ctor =
      Hook(CtorName, abi::ModuleInit,
           abi::functionType<decltype(__razor_module_init_v8)>(C), CtorName);
  appendToGlobalCtors(M, Ctor, 2, Ctor);
  Function *Dtor =
      Hook(DtorName, abi::ModuleFini,
           abi::functionType<decltype(__razor_module_fini_v8)>(C), DtorName);
  appendToGlobalDtors(M, Dtor, 2, Dtor);
}

} // namespace

bool instrumentModule(Module &M, const InstrumentOptions &Opts) {
  return Instrumenter(M, Opts).run();
}

bool instrumentLateCalls(Module &M, const InstrumentOptions &Opts) {
  StringMap<unsigned> KindOf = knownKinds();
  // The calls the instrumentation would have given a site, as
  // Instrumenter::run and collectCalls choose them: every one made before
  // it ran has one (it calls a thunk or the wrapper now).
  SmallVector<std::pair<CallBase *, unsigned>, 8> Calls;
  for (Function &F : M) {
    if (F.isDeclaration() || F.hasAvailableExternallyLinkage() ||
        F.hasFnAttribute(Attribute::Naked) || F.getMetadata(marks::Thunk) ||
        compat::startsWith(F.getName(), abi::RuntimePrefix))
      continue;
    for (BasicBlock &BB : F)
      for (Instruction &I : BB) {
        auto *CB = dyn_cast<CallBase>(&I);
        Function *Callee = CB ? allocationCallee(*CB, F, KindOf) : nullptr;
        // A variadic function's wrapper takes the site first: none of the
        // optimizer's making.
        if (Callee && !Callee->isVarArg() &&
            !(isa<CallInst>(CB) && cast<CallInst>(CB)->isMustTailCall()))
          Calls.push_back({CB, KindOf.lookup(Callee->getName())});
      }
  }
  // The location facts calls through pointers kept (up to LLVM 16,
  // without -g) name the calls made direct; none stay after this.
  ModuleFacts Facts(M);
  if (Calls.empty()) {
    Facts.strip(M);
    return Facts.tookAny();
  }
  RecordBuilder Records(M, Facts, Opts.SourceLines, Opts.MaxSourceLine);
  Type *PtrTy = compat::getPtrTy(M.getContext());
  for (auto &[CB, Kind] : Calls) {
    auto *Callee = cast<Function>(CB->getCalledOperand()->stripPointerCasts());
    GlobalVariable *Site = Records.site(*CB, Kind, "");
    ++NumSites;
    ++NumLateSites;
    FunctionCallee Wrapper = runtimeWrapper(M, *Callee);
    SmallVector<Value *, 6> Args(CB->arg_begin(), CB->arg_end());
    Args.push_back(ConstantExpr::getPointerCast(Site, PtrTy));
    replaceCall(CB, Wrapper, Args, /*Same=*/false);
  }
  Facts.strip(M);
  return true;
}

} // namespace razor
