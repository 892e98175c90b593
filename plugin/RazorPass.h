//===- RazorPass.h - razortrace's instrumentation pass --------------------===//
//
// Rewrites every allocation and release call of a module into a call to the
// runtime carrying a static site record, and wraps every function annotated
// razor_probe in entry/exit hooks that run on every way out.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_PASS_H
#define RAZOR_PASS_H

#include "llvm/ADT/StringSet.h"
#include "llvm/IR/PassManager.h"

#include <string>

namespace llvm {
class PassBuilder;
}

namespace razor {

class RazorPass : public llvm::PassInfoMixin<RazorPass> {
public:
  /// Instrument: at the start of the pipeline.  Expand: after the optimizer,
  /// each wrapper call goes behind an inline "anything traced?" test.
  /// Place (optimized builds): the callsite is written only where it can be
  /// read (placeCallsites).  Unoptimized (with Instrument, at -O0): the
  /// callsite's address comes from a call (RAZOR_CALLSITE_ADDRESS_NAME).
  enum Phase : unsigned {
    Instrument = 1,
    Expand = 2,
    Place = 4,
    Unoptimized = 8
  };
  explicit RazorPass(unsigned Phases) : Phases(Phases) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }

private:
  unsigned Phases;
};

/// Schedules RazorPass at the pipeline-start extension point (every -O
/// level, before inlining) and its expansion at the optimizer-last one, and
/// makes `-passes=razortrace` (both at once) parse.
void registerRazorPass(llvm::PassBuilder &PB);

/// The functions of the unit being compiled that the plugin's LocationPlan
/// generated without locations (C without -g): their code holds no site
/// and no call into foreign code, so the pass does not walk them.  The
/// plugin fills it for the main file MainFile; the pass uses it only for a
/// module of that source file, and empties it.
struct QuietPlan {
  std::string MainFile;
  llvm::StringSet<> Functions;
};
inline QuietPlan TheQuietPlan;

/// Rewrites the stores to the thread's callsite variable of each function so
/// that it is written only before the calls that may read it and at the
/// function's ways out, with the value the instrumentation gave it there.
bool placeCallsites(llvm::Module &M);

} // namespace razor

#endif // RAZOR_PASS_H
