//===- RazorLocationShadow.cpp - locations from a second code generator ---===//
//
// LLVM 16 and before only; empty elsewhere (RazorLocationShadow.h).
//
//===----------------------------------------------------------------------===//
#include "RazorLocationShadow.h"

#ifdef RAZOR_FRONTEND_COPIES_CGO
#include "RazorFacts.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/DeclGroup.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/CodeGen/ModuleBuilder.h"
#include "clang/Frontend/CompilerInstance.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

using namespace clang;

namespace razor {
namespace {

/// Up to LLVM 16 the code generator copied the CodeGenOptions before this
/// plugin runs, so without -g the IR has no locations.  A second code
/// generator, with location tracking on and its diagnostics discarded, is
/// fed the same declarations (it runs just before clang's own) and builds
/// the same IR with locations.  Before the passes run, each call of
/// the real module gets the location of the matching call there (same
/// function name, same position among the function's calls, same callee)
/// as a location fact, each function its subprogram's (RazorFacts.h).
class LocationShadow : public ASTConsumer {
public:
  LocationShadow(CompilerInstance &CI, StringRef InFile) : CI(CI) {
    CodeGenOptions CGO = CI.getCodeGenOpts();
    CGO.setDebugInfo(compat::LocTrackingOnly);
    Diags = std::make_unique<DiagnosticsEngine>(
        new DiagnosticIDs(), new DiagnosticOptions(),
        new IgnoringDiagConsumer(), /*ShouldOwnClient=*/true);
    Gen.reset(compat::createCodeGenerator(*Diags, InFile, CI, CGO, Ctx));
  }

  // Everything clang's own code generator is told (CodeGenAction.cpp), as
  // long as the real compilation has no errors.
  void Initialize(ASTContext &C) override { Gen->Initialize(C); }
  bool HandleTopLevelDecl(DeclGroupRef D) override {
    return ok() ? Gen->HandleTopLevelDecl(D) : true;
  }
  void HandleInlineFunctionDefinition(FunctionDecl *D) override {
    if (ok())
      Gen->HandleInlineFunctionDefinition(D);
  }
  void HandleInterestingDecl(DeclGroupRef D) override {
    if (ok() && !Done)
      Gen->HandleTopLevelDecl(D);
  }
  void HandleTagDeclDefinition(TagDecl *D) override {
    if (ok())
      Gen->HandleTagDeclDefinition(D);
  }
  void HandleTagDeclRequiredDefinition(const TagDecl *D) override {
    if (ok())
      Gen->HandleTagDeclRequiredDefinition(D);
  }
  void HandleCXXStaticMemberVarInstantiation(VarDecl *D) override {
    if (ok())
      Gen->HandleCXXStaticMemberVarInstantiation(D);
  }
  void CompleteTentativeDefinition(VarDecl *D) override {
    if (ok())
      Gen->CompleteTentativeDefinition(D);
  }
  void CompleteExternalDeclaration(VarDecl *D) override {
    if (ok())
      Gen->CompleteExternalDeclaration(D);
  }
  void AssignInheritanceModel(CXXRecordDecl *RD) override {
    if (ok())
      Gen->AssignInheritanceModel(RD);
  }
  void HandleVTable(CXXRecordDecl *RD) override {
    if (ok())
      Gen->HandleVTable(RD);
  }
  void HandleTranslationUnit(ASTContext &C) override {
    Done = true;
    if (!ok())
      return;
    Gen->HandleTranslationUnit(C);
    M = Gen->GetModule();
  }

  /// Writes the locations of the shadow's calls and functions into
  /// \p Main, the real module, before the instrumentation changes it.
  void attach(llvm::Module &Main) const;

private:
  bool ok() const { return !CI.getDiagnostics().hasErrorOccurred(); }

  static StringRef calleeName(const llvm::CallBase &CB) {
    return CB.getCalledOperand()->stripPointerCasts()->getName();
  }
  static void calls(const llvm::Function &F,
                    SmallVectorImpl<const llvm::CallBase *> &Out);

  CompilerInstance &CI;
  llvm::LLVMContext Ctx;
  std::unique_ptr<DiagnosticsEngine> Diags;
  std::unique_ptr<CodeGenerator> Gen;
  llvm::Module *M = nullptr;
  bool Done = false;
};

/// The calls of \p F the source made: not debug intrinsics.
void LocationShadow::calls(const llvm::Function &F,
                           SmallVectorImpl<const llvm::CallBase *> &Out) {
  for (const llvm::Instruction &I : llvm::instructions(F))
    if (auto *CB = dyn_cast<llvm::CallBase>(&I))
      if (!isa<llvm::DbgInfoIntrinsic>(CB))
        Out.push_back(CB);
}

void LocationShadow::attach(llvm::Module &Main) const {
  if (!M)
    return;
  if (llvm::NamedMDNode *CUs = M->getNamedMetadata("llvm.dbg.cu"))
    if (CUs->getNumOperands())
      if (auto *CU = dyn_cast<llvm::DICompileUnit>(CUs->getOperand(0)))
        setCompileUnitFact(Main, CU->getDirectory(), CU->getFilename());
  for (llvm::Function &F : Main) {
    const llvm::Function *G = M->getFunction(F.getName());
    if (!G)
      continue;
    if (const llvm::DISubprogram *SP = G->getSubprogram())
      setSubprogramFact(F, SP->getLinkageName(), SP->getFilename(),
                        SP->getDirectory(), SP->getLine());
    if (F.isDeclaration() || G->isDeclaration())
      continue;
    SmallVector<const llvm::CallBase *, 32> A, B;
    calls(F, A);
    calls(*G, B);
    if (A.size() != B.size())
      continue;
    bool Same = true;
    for (size_t K = 0; K < A.size() && Same; ++K)
      Same = calleeName(*A[K]) == calleeName(*B[K]);
    if (!Same)
      continue;
    for (size_t K = 0; K < A.size(); ++K)
      if (const llvm::DILocation *DL = B[K]->getDebugLoc().get())
        setLocationFact(*const_cast<llvm::CallBase *>(A[K]), DL->getLine(),
                        DL->getColumn(), DL->getFilename(),
                        DL->getDirectory());
  }
}

/// The annotation checks first, then the shadow code generator.
class PairConsumer : public ASTConsumer {
public:
  PairConsumer(std::unique_ptr<ASTConsumer> A,
               std::shared_ptr<LocationShadow> B)
      : A(std::move(A)), B(std::move(B)) {}
  void Initialize(ASTContext &C) override { A->Initialize(C); B->Initialize(C); }
  bool HandleTopLevelDecl(DeclGroupRef D) override {
    A->HandleTopLevelDecl(D);
    return B->HandleTopLevelDecl(D);
  }
  void HandleInlineFunctionDefinition(FunctionDecl *D) override {
    B->HandleInlineFunctionDefinition(D);
  }
  void HandleInterestingDecl(DeclGroupRef D) override {
    B->HandleInterestingDecl(D);
  }
  void HandleTagDeclDefinition(TagDecl *D) override {
    B->HandleTagDeclDefinition(D);
  }
  void HandleTagDeclRequiredDefinition(const TagDecl *D) override {
    B->HandleTagDeclRequiredDefinition(D);
  }
  void HandleCXXStaticMemberVarInstantiation(VarDecl *D) override {
    B->HandleCXXStaticMemberVarInstantiation(D);
  }
  void CompleteTentativeDefinition(VarDecl *D) override {
    B->CompleteTentativeDefinition(D);
  }
  void CompleteExternalDeclaration(VarDecl *D) override {
    B->CompleteExternalDeclaration(D);
  }
  void AssignInheritanceModel(CXXRecordDecl *RD) override {
    B->AssignInheritanceModel(RD);
  }
  void HandleVTable(CXXRecordDecl *RD) override { B->HandleVTable(RD); }
  void HandleTranslationUnit(ASTContext &C) override {
    A->HandleTranslationUnit(C);
    B->HandleTranslationUnit(C);
  }

private:
  std::unique_ptr<ASTConsumer> A;
  std::shared_ptr<LocationShadow> B; // and the facts, until they are written
};

} // namespace

std::unique_ptr<ASTConsumer>
withLocationShadow(std::unique_ptr<ASTConsumer> Checker, CompilerInstance &CI,
                   StringRef InFile, FrontendFacts &Facts) {
  auto Shadow = std::make_shared<LocationShadow>(CI, InFile);
  Facts.AttachLocations = [Shadow](llvm::Module &M) { Shadow->attach(M); };
  return std::make_unique<PairConsumer>(std::move(Checker), std::move(Shadow));
}

} // namespace razor
#endif // RAZOR_FRONTEND_COPIES_CGO
