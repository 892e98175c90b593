//===- RazorPass.h - razortrace's passes ----------------------------------===//
//
// Three module passes, each a thin run() over a worker of its own file:
//   RazorInstrumentPass      (pipeline start; RazorInstrument.cpp) rewrites
//       every allocation and release call into a call to the runtime
//       carrying a static site record, brackets calls into foreign code
//       with the thread's callsite, and wraps every function annotated
//       razor_probe in entry/exit hooks that run on every way out;
//   RazorExpandPass          (optimizer last; RazorExpand.cpp) puts each
//       wrapper call behind an inline "anything traced?" test;
//   RazorPlaceCallsitesPass  (optimizer last, when optimizing;
//       RazorCallsite.cpp) writes the thread's callsite only where it can
//       be read;
//   RazorFunctionRecordsPass (optimizer last, after the others;
//       RazorRecords.cpp) gives each function left that the instrumentation
//       marked its function record (file and line of its definition, for
//       tracebacks of code built without -g).
// The pass reads what the frontend learned from the module's metadata
// (RazorFacts.h): `opt -load-pass-plugin=razortrace-pass.so` runs it the
// way clang with the plugin does.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_PASS_H
#define RAZOR_PASS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/PassManager.h"

namespace llvm {
class PassBuilder;
}

namespace razor {

/// What the instrumentation does.  Every field is also a hidden switch
/// (`-mllvm -razortrace-...`, RazorPass.cpp), which overrides the default
/// the pipeline picks.
struct InstrumentOptions {
  /// Take the address of the thread's callsite variable with a call of the
  /// runtime's RAZOR_CALLSITE_ADDRESS_NAME, once per function (at -O0:
  /// FastISel selects a call, while a thread-local address sends its block
  /// to the slower SelectionDAG).
  bool CallsiteAddress = false;
  /// Keep frame pointers in every function of the module, as
  /// -fplugin-arg-razortrace-frame-pointers does; a module with a
  /// `traceback` probe keeps them anyway (the runtime walks them when
  /// every instrumented module has them, the unwind tables otherwise).
  bool FramePointers = false;
  /// Copy each site's source line into its record...
  bool SourceLines = true;
  /// ... cut after this many characters (and ending in "...").
  unsigned MaxSourceLine = 1024;
  /// Give each site's thunk the library function's attributes (allockind,
  /// alloc-family, allocsize: LLVM's own inference), so the optimizer
  /// removes an unused allocation, or a malloc/free pair, as it does
  /// without the plugin (when optimizing).
  bool LibraryAttributes = false;
  /// Give each function of a module that keeps frame pointers a function
  /// record (the file and line of its definition, for tracebacks of code
  /// built without -g).
  bool FunctionRecords = true;
  /// Call the functions defined in other files through their entry names
  /// (RAZOR_ENTRY_PREFIX), which the link resolves: a call of a function
  /// built with the plugin needs no callsite stores round it.
  bool Entries = true;
  /// RazorPlaceCallsitesPass runs later in the pipeline: it knows a call by
  /// entry name may leave the thread's callsite changed.  Without it (-O0),
  /// each such call writes back the value its function was entered with.
  bool PlaceCallsites = false;

  /// The options for a pipeline at -O0 (\p Unoptimized) or above, with the
  /// switches given on the command line applied.
  static InstrumentOptions forPipeline(bool Unoptimized);
};

class RazorInstrumentPass : public llvm::PassInfoMixin<RazorInstrumentPass> {
public:
  explicit RazorInstrumentPass(InstrumentOptions Opts) : Opts(Opts) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }

private:
  InstrumentOptions Opts;
};

class RazorExpandPass : public llvm::PassInfoMixin<RazorExpandPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

class RazorPlaceCallsitesPass
    : public llvm::PassInfoMixin<RazorPlaceCallsitesPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

class RazorFunctionRecordsPass
    : public llvm::PassInfoMixin<RazorFunctionRecordsPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

/// Drops the module's debug locations when they are locations only (every
/// compile unit NoDebug: the plugin asked for them without -g, see
/// RazorPlugin.cpp) and no optimization remark can want them: the records
/// are written by then, and code generation need not carry them.
class RazorDropLocationsPass
    : public llvm::PassInfoMixin<RazorDropLocationsPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

/// Schedules the passes (RazorInstrumentPass at the pipeline-start
/// extension point, every -O level, before inlining; RazorExpandPass and,
/// when optimizing, RazorPlaceCallsitesPass at the optimizer-last one, then
/// RazorFunctionRecordsPass and RazorDropLocationsPass) and makes them
/// parse in -passes=: `razortrace` (instrument, expand and function
/// records, as one), `razortrace-instrument`, `razortrace-expand`,
/// `razortrace-place-callsites`, `razortrace-functions`.
void registerRazorPass(llvm::PassBuilder &PB);

/// The workers; each returns whether it changed \p M.
bool instrumentModule(llvm::Module &M, const InstrumentOptions &Opts);
bool expandModule(llvm::Module &M);
/// After the optimizer: each call of an allocation function it made
/// (a pointer it found constant, `static void *(*p)(size_t) = malloc`; a
/// malloc and memset it joined into calloc) gets its site and goes to the
/// runtime's wrapper, as the instrumentation gives the program's calls;
/// expandModule then expands it.
bool instrumentLateCalls(llvm::Module &M, const InstrumentOptions &Opts);
/// In a module that can only be part of an executable, weak definitions of
/// the runtime's variables its code uses, checked by its constructor
/// (razor_abi.h, RAZOR_VARIABLES_CHECK_NAME).  After expandModule, whose
/// inline tests are the last new uses.
bool ownRuntimeVariables(llvm::Module &M);
/// \p Object: the module becomes an object file right after the pipeline
/// (facts::Object): the outer halves of the functions split for their
/// entry names may be written as module assembly.
bool placeCallsites(llvm::Module &M, bool LeaveCallsite = true,
                     bool SplitEntries = true, bool Object = false);
/// On x86-64, in a function with many (an interpreter's loop), the records
/// passed to calls by entry name and written to the thread's callsite
/// become inline `lea`s right before their use, which the code generator
/// does not hoist out of loops (RazorCallsite.cpp).  Optimizing only, after
/// the optimizer.
bool pinRecords(llvm::Module &M);
bool dropLocations(llvm::Module &M);

/// The marks the passes leave in the IR for one another and for a second
/// run, which leaves what it finds marked alone.
namespace marks {
/// Metadata on both calls behind an inline test (the wrapper's and the
/// function's own).
constexpr llvm::StringLiteral Tested = "razor.tested";
/// A site's thunk: its name, and metadata on it.
constexpr llvm::StringLiteral Thunk = "razor.thunk";
/// Metadata on the runtime wrapper's call of an allocation made in an
/// allocation wrapper's body or in a function a wrapper calls (in the
/// site's thunk, which the inliner copies with it): once inlined into a
/// wrapper's caller, the call still says it came with a wrapper's body
/// where no location can say so (RazorCallsite.cpp, inlinedThrough).
constexpr llvm::StringLiteral Wrapped = "razor.wrapped";
/// Attribute of a function whose calls need no particular value in the
/// thread's callsite: one of the user's, whose own calls into foreign code
/// each write theirs, or a library function that never allocates.
constexpr llvm::StringLiteral NoCallsite = "razor-no-callsite";
/// Attribute a probe function carries once its hooks are in.
constexpr llvm::StringLiteral ProbeDone = "razor-probe-instrumented";
} // namespace marks

} // namespace razor

#endif // RAZOR_PASS_H
