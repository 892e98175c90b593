//===- RazorPass.h - razortrace's instrumentation pass --------------------===//
//
// Rewrites every allocation and release call of a module into a call to the
// runtime carrying a static site record, and wraps every function annotated
// razor_probe in entry/exit hooks that run on every way out.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_PASS_H
#define RAZOR_PASS_H

#include "llvm/IR/PassManager.h"

namespace llvm {
class PassBuilder;
}

namespace razor {

class RazorPass : public llvm::PassInfoMixin<RazorPass> {
public:
  /// Instrument: at the start of the pipeline.  Expand: after the optimizer,
  /// each wrapper call goes behind an inline "anything traced?" test.
  enum Phase : unsigned { Instrument = 1, Expand = 2 };
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

} // namespace razor

#endif // RAZOR_PASS_H
