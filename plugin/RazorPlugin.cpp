//===- RazorPlugin.cpp - the clang side of razortrace ---------------------===//
//
// Loaded with `clang -fplugin=razortrace.so`.  A PluginASTAction that runs
// before the main action:
//   - checks every razor_probe annotation against the grammar and reports
//     mistakes as errors at the attribute;
//   - turns on location tracking when there is no -g, so sites get exact
//     lines and columns without .debug_* sections in the object;
//   - schedules RazorPass through CodeGenOpts.PassBuilderCallbacks.
//
//===----------------------------------------------------------------------===//
#include "clang/Basic/CodeGenOptions.h"
#define RAZOR_COMPAT_CLANG 1
#include "RazorAnnotation.h"
#include "RazorCompat.h"
#include "RazorPass.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/CodeGenOptions.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Passes/PassBuilder.h"

using namespace clang;

namespace razor {
namespace {

/// Walks the translation unit and checks every razor_probe annotation.
class AnnotationChecker : public RecursiveASTVisitor<AnnotationChecker> {
public:
  explicit AnnotationChecker(DiagnosticsEngine &DE) : DE(DE) {
    BadSpec = DE.getCustomDiagID(DiagnosticsEngine::Error, "%0");
    NotFunction = DE.getCustomDiagID(
        DiagnosticsEngine::Error,
        "razor_probe can only mark a function; %0 is not a function");
    Conflict = DE.getCustomDiagID(
        DiagnosticsEngine::Error,
        "conflicting razor_probe annotations on '%0': '%1' and '%2'");
    Previous = DE.getCustomDiagID(DiagnosticsEngine::Note,
                                  "previous razor_probe annotation is here");
  }

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool VisitDecl(Decl *D) {
    for (const AnnotateAttr *A : D->specific_attrs<AnnotateAttr>()) {
      // An annotation copied from an earlier declaration was checked there.
      if (A->isInherited() || !isProbeAnnotation(A->getAnnotation()))
        continue;
      check(D, A);
    }
    return true;
  }

private:
  void check(Decl *D, const AnnotateAttr *A) {
    ProbeSpec Spec;
    std::string Error;
    if (!parseProbeAnnotation(A->getAnnotation(), Spec, Error)) {
      DE.Report(A->getLocation(), BadSpec) << Error;
      return;
    }
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD) {
      if (auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
        FD = FTD->getTemplatedDecl();
    }
    if (!FD) {
      std::string What = "this declaration";
      if (auto *ND = dyn_cast<NamedDecl>(D))
        What = "'" + ND->getNameAsString() + "'";
      DE.Report(A->getLocation(), NotFunction) << What;
      return;
    }
    const Decl *Key = FD->getCanonicalDecl();
    auto It = Seen.find(Key);
    std::string Canon = Spec.canonical();
    if (It == Seen.end()) {
      Seen[Key] = {Canon, A->getLocation()};
      return;
    }
    if (It->second.first != Canon) {
      DE.Report(A->getLocation(), Conflict)
          << FD->getQualifiedNameAsString() << It->second.first << Canon;
      DE.Report(It->second.second, Previous);
    }
  }

  DiagnosticsEngine &DE;
  unsigned BadSpec, NotFunction, Conflict, Previous;
  llvm::DenseMap<const Decl *, std::pair<std::string, SourceLocation>> Seen;
};

class RazorConsumer : public ASTConsumer {
public:
  explicit RazorConsumer(CompilerInstance &CI) : CI(CI) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    AnnotationChecker(CI.getDiagnostics()).TraverseAST(Ctx);
  }

private:
  CompilerInstance &CI;
};

class RazorAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    CodeGenOptions &CGO = CI.getCodeGenOpts();
    // Without -g, ask codegen for locations only: the pass gets DILocations
    // and the object gets no .debug_* sections.
    if (CGO.getDebugInfo() == compat::NoDebugInfo)
      CGO.setDebugInfo(compat::LocTrackingOnly);
    CGO.PassBuilderCallbacks.push_back(
        [](llvm::PassBuilder &PB) { registerRazorPass(PB); });
    return std::make_unique<RazorConsumer>(CI);
  }

  bool ParseArgs(const CompilerInstance &,
                 const std::vector<std::string> &) override {
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

} // namespace
} // namespace razor

static clang::FrontendPluginRegistry::Add<razor::RazorAction>
    X("razortrace", "razortrace: leak probes and allocation-site tagging");
