//===- RazorPass.cpp - razortrace's passes, their switches and schedule ---===//
//
// The passes' run() methods (each hands the module to its worker), the
// hidden command-line switches, where the passes go in a pipeline, and
// `-stats` for LLVM builds that compile statistics out.
//
//===----------------------------------------------------------------------===//
#include "RazorPass.h"
#include "RazorFacts.h"
#include "RazorRecords.h"

#include "llvm/ADT/Statistic.h"
#include "llvm/Config/abi-breaking.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ManagedStatic.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static cl::opt<cl::boolOrDefault> ClCallsiteAddress(
    "razortrace-callsite-address", cl::Hidden,
    cl::desc("Take the address of the thread's callsite variable with a call "
             "of the runtime's __razor_callsite_address (default: at -O0)"));
static cl::opt<cl::boolOrDefault> ClPlaceCallsites(
    "razortrace-place-callsites", cl::Hidden,
    cl::desc("Write the thread's callsite only before the calls that can "
             "read it (default: when optimizing)"));
static cl::opt<bool> ClLeaveCallsite(
    "razortrace-leave-callsite", cl::Hidden, cl::init(true),
    cl::desc("Let a function only its own module can call return with its "
             "last call's record in the thread's callsite (its callers "
             "write the value back where they need it)"));
static cl::opt<bool> ClSplitEntries(
    "razortrace-split-entries", cl::Hidden, cl::init(true),
    cl::desc("Split a function with an entry name that may leave the "
             "thread's callsite changed into a body the entry name calls "
             "(which need not give it back) and a function under its name "
             "that does (with -razortrace-leave-callsite)"));
static cl::opt<bool> ClDropLocations(
    "razortrace-drop-locations", cl::Hidden, cl::init(true),
    cl::desc("Without -g, drop the line locations the plugin asked for once "
             "the optimizer is done"));
static cl::opt<bool> ClFramePointers(
    "razortrace-frame-pointers", cl::Hidden, cl::init(false),
    cl::desc("Keep frame pointers in every instrumented function (as "
             "-fplugin-arg-razortrace-frame-pointers; a module with a "
             "traceback probe keeps them anyway)"));
static cl::opt<bool> ClEntries(
    "razortrace-entries", cl::Hidden, cl::init(true),
    cl::desc("Call functions defined in other files through entry names the "
             "link resolves (else bracket every such call with callsite "
             "stores)"));
static cl::opt<bool> ClFunctionRecords(
    "razortrace-function-records", cl::Hidden, cl::init(true),
    cl::desc("Give each function of a file that keeps frame pointers a record "
             "of its definition's file and line (tracebacks without -g)"));
static cl::opt<bool>
    ClSourceLines("razortrace-source-lines", cl::Hidden, cl::init(true),
                  cl::desc("Copy each site's source line into its record"));
static cl::opt<unsigned> ClMaxSourceLine(
    "razortrace-max-source-line", cl::Hidden, cl::init(1024),
    cl::desc("Cut a site's source line after this many characters"));

namespace razor {

namespace {
/// \p Default, unless the switch \p Cl was given.
bool choose(const cl::opt<cl::boolOrDefault> &Cl, bool Default) {
  return Cl == cl::BOU_UNSET ? Default : Cl == cl::BOU_TRUE;
}

/// LLVM built without assertions (Debian's) compiles STATISTIC out, and its
/// -stats only says so.  The passes' counters are always-enabled ones,
/// registered with LLVM's list either way (clang's -Xclang -print-stats
/// shows them); for -stats on such an LLVM the plugin prints them itself,
/// in LLVM's format, when llvm_shutdown tears the list down: a ManagedStatic
/// made after the list is destroyed before it.
#if !LLVM_ENABLE_ABI_BREAKING_CHECKS && !LLVM_FORCE_ENABLE_STATS
struct StatisticsPrinter {
  ~StatisticsPrinter() { PrintStatistics(errs()); }
};
ManagedStatic<StatisticsPrinter> ThePrinter;

/// Whether -stats was given (LLVM's switch; clang's -print-stats prints
/// the list itself).  Looked up through the subcommands: naming the
/// top-level one would make the plugin of an older LLVM unloadable in a
/// newer clang before it can say it was built for another.
bool statsRequested() {
  for (cl::SubCommand *Sub : cl::getRegisteredSubcommands()) {
    const auto &Options = cl::getRegisteredOptions(*Sub);
    auto It = Options.find("stats");
    if (It != Options.end() && It->second->getNumOccurrences())
      return true;
  }
  return false;
}

void noteStatistics() {
  if (!statsRequested())
    return;
  (void)GetStatistics(); // LLVM's list first, the printer after it
  (void)*ThePrinter;
}
#else
void noteStatistics() {}
#endif

PreservedAnalyses result(bool Changed) {
  noteStatistics();
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}
} // namespace

InstrumentOptions InstrumentOptions::forPipeline(bool Unoptimized) {
  InstrumentOptions Opts;
  Opts.CallsiteAddress = choose(ClCallsiteAddress, Unoptimized);
  Opts.PlaceCallsites = choose(ClPlaceCallsites, !Unoptimized);
  Opts.FramePointers = ClFramePointers;
  Opts.SourceLines = ClSourceLines;
  Opts.MaxSourceLine = ClMaxSourceLine;
  Opts.LibraryAttributes = !Unoptimized;
  Opts.Entries = ClEntries;
  Opts.FunctionRecords = ClFunctionRecords;
  return Opts;
}

PreservedAnalyses RazorInstrumentPass::run(Module &M,
                                           ModuleAnalysisManager &) {
  // Under a sanitizer no entry names either: its reports name each
  // function by its own name (a symbolizer may pick the entry name's
  // alias at the same address).  The fact stays for the placement.
  InstrumentOptions O = Opts;
  if (NamedMDNode *N = M.getNamedMetadata(facts::Sanitized)) {
    O.Entries = false;
    if (!O.PlaceCallsites)
      M.eraseNamedMetadata(N);
  }
  return result(instrumentModule(M, O));
}

PreservedAnalyses RazorExpandPass::run(Module &M, ModuleAnalysisManager &) {
  bool Late = instrumentLateCalls(M, InstrumentOptions::forPipeline(false));
  bool Changed = expandModule(M) || Late;
  return result(ownRuntimeVariables(M) || Changed);
}

PreservedAnalyses RazorPlaceCallsitesPass::run(Module &M,
                                               ModuleAnalysisManager &) {
  // Under a sanitizer no function is split: its reports (and debuggers)
  // show the program's frames and names, as without the plugin, not a
  // body named by its entry name under an outer half.
  bool Sanitized = takeFlagFact(M, facts::Sanitized);
  bool Object = takeFlagFact(M, facts::ObjectAtEnd);
  bool Changed = placeCallsites(M, ClLeaveCallsite,
                                ClSplitEntries && !Sanitized, Object);
  return result(pinRecords(M) || Changed);
}

PreservedAnalyses RazorFunctionRecordsPass::run(Module &M,
                                                ModuleAnalysisManager &) {
  return result(functionRecords(M));
}

PreservedAnalyses RazorDropLocationsPass::run(Module &M,
                                              ModuleAnalysisManager &) {
  return result(dropLocations(M));
}

bool dropLocations(Module &M) {
  // Locations only (LocTrackingOnly) make NoDebug units, which are not
  // listed in llvm.dbg.cu: ask each function's.  (The unit is there even
  // when every function was generated without locations.)
  bool Any = M.getNamedMetadata("llvm.dbg.cu") != nullptr;
  for (const DICompileUnit *CU : M.debug_compile_units())
    if (CU->getEmissionKind() != DICompileUnit::NoDebug)
      return false; // -g, -gline-tables-only: the user's
  for (const Function &F : M)
    if (const DISubprogram *SP = F.getSubprogram()) {
      if (SP->getUnit()->getEmissionKind() != DICompileUnit::NoDebug)
        return false;
      Any = true;
    }
  // -Rpass (which asks for locations only itself) and saved remarks
  // (-fsave-optimization-record) name code generation's lines too.
  LLVMContext &C = M.getContext();
  if (!Any || C.getDiagHandlerPtr()->isAnyRemarkEnabled() ||
      C.getLLVMRemarkStreamer())
    return false;
  return StripDebugInfo(M);
}

void registerRazorPass(PassBuilder &PB) {
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        MPM.addPass(RazorInstrumentPass(
            InstrumentOptions::forPipeline(Level == OptimizationLevel::O0)));
      });
  // Last, so inlining and the other decisions saw one call per allocation.
  // (From LLVM 20 the callback also gets the LTO phase.)
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level, auto...) {
        MPM.addPass(RazorExpandPass());
        // As the instrumentation was told (InstrumentOptions).
        if (InstrumentOptions::forPipeline(Level == OptimizationLevel::O0)
                .PlaceCallsites)
          MPM.addPass(RazorPlaceCallsitesPass());
        // After the split of RazorPlaceCallsitesPass: a record names the
        // body, which frames run in.
        MPM.addPass(RazorFunctionRecordsPass());
        // Last: the passes above read the locations (inlined wrappers).
        if (ClDropLocations)
          MPM.addPass(RazorDropLocationsPass());
      });
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        bool All = Name == "razortrace";
        // The whole pipeline places only when asked for
        // (-razortrace-place-callsites), and its instrumentation knows it.
        bool Place = All && choose(ClPlaceCallsites, false);
        if (All || Name == "razortrace-instrument") {
          auto Opts = InstrumentOptions::forPipeline(/*Unoptimized=*/false);
          Opts.PlaceCallsites = Place;
          MPM.addPass(RazorInstrumentPass(Opts));
        }
        if (All || Name == "razortrace-expand")
          MPM.addPass(RazorExpandPass());
        if (Place || Name == "razortrace-place-callsites")
          MPM.addPass(RazorPlaceCallsitesPass());
        if (All || Name == "razortrace-functions")
          MPM.addPass(RazorFunctionRecordsPass());
        return All || Name == "razortrace-instrument" ||
               Name == "razortrace-expand" ||
               Name == "razortrace-place-callsites" ||
               Name == "razortrace-functions";
      });
}

} // namespace razor
