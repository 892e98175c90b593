//===- RazorPlugin.cpp - the clang side of razortrace ---------------------===//
//
// Loaded with `clang -fplugin=razortrace.so`.  A PluginASTAction that runs
// before the main action:
//   - checks every razor_probe annotation against the grammar and reports
//     mistakes as errors at the attribute;
//   - turns on location tracking when there is no -g, so sites get exact
//     lines and columns without .debug_* sections in the object;
//   - schedules RazorPass (compat::schedulePass: PassBuilderCallbacks from
//     LLVM 18, the plugin's own file as a pass plugin before);
//   - refuses, with one clear line, to run in a clang of another major.
//
//===----------------------------------------------------------------------===//
#include "clang/Basic/CodeGenOptions.h"
#define RAZOR_COMPAT_CLANG 1
#include "RazorAnnotation.h"
#include "RazorCompat.h"
#include "RazorNames.h"
#include "RazorPass.h"
#include "razor_abi.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/CodeGenOptions.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"

#ifdef RAZOR_FRONTEND_COPIES_CGO
#include "clang/AST/DeclGroup.h"
#include "clang/CodeGen/ModuleBuilder.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/LLVMContext.h"
#endif

#include <cstdio>
#include <unistd.h>

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
  // A lambda's call operator is implicit code: its annotation is checked
  // like any other.
  bool shouldVisitImplicitCode() const { return true; }

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

/// The C functions that need no source locations.  Without -g the plugin
/// turns on location tracking so that the pass gets exact lines and
/// columns, but clang then gives every expression of every function a
/// location, which costs more than a third of an -O0 build.  The pass
/// locates only the calls it records sites for (collectCalls and
/// isForeignCall in RazorPass.cpp): calls of the recognised allocation
/// functions, and the user's calls into code that is not the user's — a
/// function not defined in this unit, one defined in a system header, a
/// call through a pointer.  A function whose body cannot give rise to such a
/// call gets an implicit `nodebug`, and clang generates it without any.
///
/// The test errs towards locations: a statement or expression of a kind not
/// listed in quiet(), a callee that is neither a function defined in the
/// main file nor a pure or const declaration nor a builtin that becomes an
/// intrinsic, complex or _Atomic operands (runtime library calls), variably
/// modified types, cleanup variables, atomic operations that are not
/// lock-free, a probe.  C only (C++ adds implicit calls everywhere), and
/// only where the plugin itself asked for location tracking (with -g or
/// -Rpass every location is wanted).
class LocationPlan {
public:
  explicit LocationPlan(ASTContext &Ctx)
      : Ctx(Ctx), SM(Ctx.getSourceManager()) {
#define RAZOR_FN(NAME, ROLE, DISPLAY) Known.insert(#NAME);
#include "razor_fns.def"
#undef RAZOR_FN
    SourceLocation Start = SM.getLocForStartOfFile(SM.getMainFileID());
    MainName = SM.getBufferName(Start).str();
    llvm::SmallString<256> Abs(MainName);
    llvm::sys::fs::make_absolute(Abs);
    Enabled = !MainName.empty() && !SM.isInSystemHeader(Start) &&
              !isSystemPath(Abs);
    if (Enabled)
      TheQuietPlan.MainFile = MainName;
    bool Invalid = false;
    const SrcMgr::SLocEntry &Main =
        SM.getSLocEntry(SM.getMainFileID(), &Invalid);
    MainHasLineDirectives = SM.hasLineTable() &&
                            (Invalid || !Main.isFile() ||
                             Main.getFile().hasLineDirectives());
  }

  /// A function definition, before code is generated for it.
  void handle(FunctionDecl *FD) {
    if (!Enabled || !FD->doesThisDeclarationHaveABody() || !isUserCode(FD) ||
        isProbe(FD) || FD->isMultiVersion())
      return;
    SmallVector<const FunctionDecl *, 4> Waiting;
    switch (body(FD, Waiting)) {
    case Quiet:
      markQuiet(FD);
      break;
    case Later:
      // Calls a function not defined yet: decided at the end of the unit,
      // in time for the functions clang generates then (static and inline
      // ones, most of a C file), by those callees alone.
      if (!Ctx.DeclMustBeEmitted(FD))
        Pending.push_back({FD, std::move(Waiting)});
      break;
    case Loud:
      break;
    }
  }

  /// The end of the unit: every function that will ever be defined is.
  void finish() {
    for (auto &[FD, Waiting] : Pending) {
      bool NoBuiltins = FD->hasAttr<NoBuiltinAttr>();
      if (llvm::all_of(Waiting, [&](const FunctionDecl *Callee) {
            return callee(Callee, NoBuiltins, /*Final=*/true) == Quiet;
          }))
        markQuiet(FD);
    }
    Pending.clear();
  }

private:
  /// Quiet: no call that needs a location; Later: none unless a callee not
  /// defined yet stays undefined; Loud: needs locations.
  enum Verdict { Quiet, Later, Loud };

  void markQuiet(FunctionDecl *FD) {
    for (FunctionDecl *R : FD->redecls())
      if (!R->hasAttr<NoDebugAttr>())
        R->addAttr(NoDebugAttr::CreateImplicit(Ctx));
    // The pass need not look into it either (by its IR name: a C
    // function's own, unless renamed by asm() or overloadable).
    if (FD->getIdentifier() && !FD->hasAttr<AsmLabelAttr>() &&
        !FD->hasAttr<OverloadableAttr>())
      TheQuietPlan.Functions.insert(FD->getName());
  }

  static bool isProbe(const FunctionDecl *FD) {
    for (const FunctionDecl *R : FD->redecls())
      for (const AnnotateAttr *A : R->specific_attrs<AnnotateAttr>())
        if (isProbeAnnotation(A->getAnnotation()))
          return true;
    return false;
  }

  /// Defined in the main file, and debug info names it so: not renamed by
  /// a #line directive (or a line marker of preprocessed output).
  bool isUserCode(const FunctionDecl *FD) {
    SourceLocation L = SM.getExpansionLoc(FD->getLocation());
    if (SM.getFileID(L) != SM.getMainFileID())
      return false;
    // Without a #line in the main file the name is its own (and the
    // presumed location, which computes the line, is not needed).
    if (!MainHasLineDirectives)
      return true;
    PresumedLoc P = SM.getPresumedLoc(L);
    return P.isValid() && MainName == P.getFilename();
  }

  /// Builtins that clang always turns into an intrinsic or inline code,
  /// never into a call of a function.
  static bool isQuietBuiltin(unsigned ID) {
    switch (ID) {
    case Builtin::BImemcpy:
    case Builtin::BImemmove:
    case Builtin::BImemset:
    case Builtin::BI__builtin_memcpy:
    case Builtin::BI__builtin_memmove:
    case Builtin::BI__builtin_memset:
    case Builtin::BI__builtin_expect:
    case Builtin::BI__builtin_unreachable:
    case Builtin::BI__builtin_assume:
    case Builtin::BI__builtin_constant_p:
    case Builtin::BI__builtin_va_start:
    case Builtin::BI__builtin_va_end:
    case Builtin::BI__builtin_va_copy:
    case Builtin::BI__builtin_bswap16:
    case Builtin::BI__builtin_bswap32:
    case Builtin::BI__builtin_bswap64:
    case Builtin::BI__builtin_clz:
    case Builtin::BI__builtin_clzl:
    case Builtin::BI__builtin_clzll:
    case Builtin::BI__builtin_ctz:
    case Builtin::BI__builtin_ctzl:
    case Builtin::BI__builtin_ctzll:
    case Builtin::BI__builtin_popcount:
    case Builtin::BI__builtin_popcountl:
    case Builtin::BI__builtin_popcountll:
    case Builtin::BI__builtin_add_overflow:
    case Builtin::BI__builtin_sub_overflow:
    case Builtin::BI__builtin_mul_overflow:
    case Builtin::BI__sync_synchronize:
      return true;
    default:
      return false;
    }
  }

  /// Whether a direct call of \p FD may need a location.  \p Final: the
  /// unit is complete, an undefined function stays undefined.
  Verdict callee(const FunctionDecl *FD, bool NoBuiltins, bool Final) {
    auto It = Callees.find(FD);
    if (It != Callees.end())
      return It->second;
    Verdict V;
    const FunctionDecl *Def = nullptr;
    if (FD->hasAttr<AsmLabelAttr>() || FD->isMultiVersion() ||
        !FD->getIdentifier() || Known.count(FD->getName()))
      V = Loud; // may be a recognised function under another name
    else if (FD->hasBody(Def))
      V = isUserCode(Def) &&
                  Ctx.GetGVALinkageForFunction(Def) != GVA_AvailableExternally
              ? Quiet
              : Loud;
    else if (FD->hasAttr<ConstAttr>() || FD->hasAttr<PureAttr>())
      V = Quiet; // only reads memory: neither foreign nor an allocation
    else if (unsigned ID = FD->getBuiltinID())
      V = !NoBuiltins && isQuietBuiltin(ID) ? Quiet : Loud;
    else
      return Final ? Loud : Later; // may yet be defined, not remembered
    if (!NoBuiltins)
      Callees[FD] = V;
    return V;
  }

  /// Whether \p FD's body may need locations: a walk over every statement
  /// and expression clang generates code for (children() includes variable
  /// initialisers and the sizes of variable-length arrays).  Later: the
  /// callees not defined yet, which decide it at the end of the unit, are
  /// added to \p Waiting.
  Verdict body(const FunctionDecl *FD,
               SmallVectorImpl<const FunctionDecl *> &Waiting) {
    bool NoBuiltins = FD->hasAttr<NoBuiltinAttr>();
    Verdict V = Quiet;
    SmallVector<const Stmt *, 64> Work;
    Work.push_back(FD->getBody());
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S)
        continue;
      if (!quiet(S))
        return Loud;
      if (const auto *CE = dyn_cast<CallExpr>(S)) {
        const FunctionDecl *Callee = CE->getDirectCallee();
        Verdict C =
            Callee ? callee(Callee, NoBuiltins, /*Final=*/false) : Loud;
        if (C == Loud)
          return Loud;
        if (C == Later) {
          V = Later;
          if (!llvm::is_contained(Waiting, Callee))
            Waiting.push_back(Callee);
        }
      } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
        for (const Decl *D : DS->decls())
          if (D->hasAttr<CleanupAttr>())
            return Loud;
      }
      for (const Stmt *Child : S->children())
        Work.push_back(Child);
    }
    return V;
  }

  /// Whether \p S, apart from its children and its callee, generates no
  /// call.
  bool quiet(const Stmt *S) {
    switch (S->getStmtClass()) {
    // __atomic and __c11_atomic builtins: inline instructions when the
    // value is lock-free (a naturally aligned power of two the target
    // handles inline), a libatomic call otherwise.
    case Stmt::AtomicExprClass: {
      const auto *AE = cast<AtomicExpr>(S);
      QualType T = AE->getValueType();
      if (T.isNull() || T->isIncompleteType() || T->isAnyComplexType())
        return false;
      uint64_t Bits = Ctx.getTypeSize(T);
      QualType Pointee = AE->getPtr()->getType()->getPointeeType();
      return llvm::isPowerOf2_64(Bits) &&
             Bits <= Ctx.getTargetInfo().getMaxAtomicInlineWidth() &&
             !Pointee.isNull() && !Pointee->isIncompleteType() &&
             Ctx.getTypeAlign(Pointee) >= Bits;
    }
    // Statements.
    case Stmt::CompoundStmtClass:
    case Stmt::DeclStmtClass:
    case Stmt::NullStmtClass:
    case Stmt::IfStmtClass:
    case Stmt::WhileStmtClass:
    case Stmt::DoStmtClass:
    case Stmt::ForStmtClass:
    case Stmt::SwitchStmtClass:
    case Stmt::CaseStmtClass:
    case Stmt::DefaultStmtClass:
    case Stmt::BreakStmtClass:
    case Stmt::ContinueStmtClass:
    case Stmt::ReturnStmtClass:
    case Stmt::GotoStmtClass:
    case Stmt::IndirectGotoStmtClass:
    case Stmt::LabelStmtClass:
    case Stmt::AttributedStmtClass:
    case Stmt::GCCAsmStmtClass:
      return true;
    // Expressions.
    case Stmt::CallExprClass:
    case Stmt::DeclRefExprClass:
    case Stmt::MemberExprClass:
    case Stmt::ArraySubscriptExprClass:
    case Stmt::UnaryOperatorClass:
    case Stmt::BinaryOperatorClass:
    case Stmt::CompoundAssignOperatorClass:
    case Stmt::ConditionalOperatorClass:
    case Stmt::BinaryConditionalOperatorClass:
    case Stmt::OpaqueValueExprClass:
    case Stmt::ImplicitCastExprClass:
    case Stmt::ParenExprClass:
    case Stmt::ConstantExprClass:
    case Stmt::IntegerLiteralClass:
    case Stmt::CharacterLiteralClass:
    case Stmt::FloatingLiteralClass:
    case Stmt::StringLiteralClass:
    case Stmt::PredefinedExprClass:
    case Stmt::InitListExprClass:
    case Stmt::ImplicitValueInitExprClass:
    case Stmt::DesignatedInitExprClass:
    case Stmt::StmtExprClass:
    case Stmt::ChooseExprClass:
    case Stmt::GenericSelectionExprClass:
    case Stmt::VAArgExprClass:
    case Stmt::AddrLabelExprClass:
    case Stmt::GNUNullExprClass:
      return !cast<Expr>(S)->getType()->isAnyComplexType() &&
             !cast<Expr>(S)->getType()->isAtomicType();
    // Their type may be variably modified, with sizes to evaluate.
    case Stmt::CStyleCastExprClass:
    case Stmt::CompoundLiteralExprClass:
    case Stmt::UnaryExprOrTypeTraitExprClass:
    case Stmt::OffsetOfExprClass: {
      QualType T = cast<Expr>(S)->getType();
      if (const auto *C = dyn_cast<ExplicitCastExpr>(S))
        T = C->getTypeAsWritten();
      else if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(S))
        T = U->getTypeOfArgument();
      return !T->isVariablyModifiedType() && !T->isAnyComplexType() &&
             !T->isAtomicType();
    }
    default:
      return false;
    }
  }

  ASTContext &Ctx;
  SourceManager &SM;
  bool Enabled = false, MainHasLineDirectives = true;
  std::string MainName;
  llvm::StringSet<> Known;
  llvm::DenseMap<const FunctionDecl *, Verdict> Callees;
  /// Functions decided at the end of the unit, with the callees that
  /// decide them.
  std::vector<std::pair<FunctionDecl *, SmallVector<const FunctionDecl *, 4>>>
      Pending;
};

#ifdef RAZOR_FRONTEND_COPIES_CGO
/// Up to LLVM 16 the code generator copied the CodeGenOptions before this
/// plugin runs, so without -g the IR has no locations.  A second code
/// generator, with location tracking on and its diagnostics discarded, is
/// fed the same declarations (it runs just before clang's own) and builds
/// the same IR with locations; the pass reads a call's location from the
/// matching call there: same function name, same position among the
/// function's calls, same callee (compat::LocationFallback).
class LocationShadow : public ASTConsumer {
public:
  LocationShadow(CompilerInstance &CI, StringRef InFile) : CI(CI) {
    CodeGenOptions CGO = CI.getCodeGenOpts();
    CGO.setDebugInfo(compat::LocTrackingOnly);
    Diags = std::make_unique<DiagnosticsEngine>(
        new DiagnosticIDs(), new DiagnosticOptions(),
        new IgnoringDiagConsumer(), /*ShouldOwnClient=*/true);
    Gen.reset(CreateLLVMCodeGen(*Diags, InFile,
#if LLVM_VERSION_MAJOR >= 15
                                &CI.getVirtualFileSystem(),
#endif
                                CI.getHeaderSearchOpts(),
                                CI.getPreprocessorOpts(), CGO, Ctx));
  }

  /// The shadow of the translation unit being compiled, if any.
  static LocationShadow *Current;

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

  static const llvm::DILocation *location(const llvm::Instruction &I) {
    if (!Current || !Current->M)
      return nullptr;
    Current->index(*I.getModule());
    return Current->Locs.lookup(&I);
  }
  static const llvm::DISubprogram *subprogram(const llvm::Function &F) {
    if (!Current || !Current->M)
      return nullptr;
    const llvm::Function *G = Current->M->getFunction(F.getName());
    return G ? G->getSubprogram() : nullptr;
  }
  static llvm::NamedMDNode *compileUnits(const llvm::Module &) {
    if (!Current || !Current->M)
      return nullptr;
    return Current->M->getNamedMetadata("llvm.dbg.cu");
  }

private:
  bool ok() const { return !CI.getDiagnostics().hasErrorOccurred(); }

  static StringRef calleeName(const llvm::CallBase &CB) {
    return CB.getCalledOperand()->stripPointerCasts()->getName();
  }

  /// The calls of \p F the source made: not debug intrinsics, and not the
  /// callsite-address calls the pass may have added to the main module at
  /// -O0 before the first question (RazorPass::Unoptimized).
  static void calls(const llvm::Function &F,
                    SmallVectorImpl<const llvm::CallBase *> &Out) {
    for (const llvm::Instruction &I : llvm::instructions(F))
      if (auto *CB = dyn_cast<llvm::CallBase>(&I))
        if (!isa<llvm::DbgInfoIntrinsic>(CB) &&
            calleeName(*CB) != RAZOR_CALLSITE_ADDRESS_NAME)
          Out.push_back(CB);
  }

  /// Pairs every call of \p Main with the shadow's, once, before the pass
  /// changes anything (the pass asks first, then rewrites).
  void index(const llvm::Module &Main) {
    if (Indexed == &Main)
      return;
    Indexed = &Main;
    Locs.clear();
    for (const llvm::Function &F : Main) {
      if (F.isDeclaration())
        continue;
      const llvm::Function *G = M->getFunction(F.getName());
      if (!G || G->isDeclaration())
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
          Locs[A[K]] = DL;
    }
  }

  CompilerInstance &CI;
  llvm::LLVMContext Ctx;
  std::unique_ptr<DiagnosticsEngine> Diags;
  std::unique_ptr<CodeGenerator> Gen;
  llvm::Module *M = nullptr;
  bool Done = false;
  const llvm::Module *Indexed = nullptr;
  llvm::DenseMap<const llvm::Instruction *, const llvm::DILocation *> Locs;
};
LocationShadow *LocationShadow::Current = nullptr;

const compat::LocationSource ShadowSource = {LocationShadow::location,
                                             LocationShadow::subprogram,
                                             LocationShadow::compileUnits};
#endif

/// Names the instantiations of templates marked razor_probe after their
/// template, so that all of them are one probe: `Box<T>::add(const T &)`,
/// `keep<T>(const T &)`.
class TemplateProbeNamer : public RecursiveASTVisitor<TemplateProbeNamer> {
public:
  explicit TemplateProbeNamer(ASTContext &Ctx)
      : Gen(Ctx), Policy(Ctx.getLangOpts()) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
    if (!Pattern || !isProbe(FD))
      return true;
    std::string Name = templateName(Pattern);
    for (const std::string &Mangled : Gen.getAllManglings(FD))
      setProbeName(Mangled, Name);
    if (!isa<CXXConstructorDecl>(FD) && !isa<CXXDestructorDecl>(FD))
      setProbeName(Gen.getName(FD), Name);
    return true;
  }

private:
  static bool isProbe(const FunctionDecl *FD) {
    for (const AnnotateAttr *A : FD->specific_attrs<AnnotateAttr>())
      if (isProbeAnnotation(A->getAnnotation()))
        return true;
    return false;
  }

  void templateParams(llvm::raw_ostream &OS, const TemplateParameterList *L) {
    OS << '<';
    for (unsigned I = 0; I < L->size(); ++I) {
      const NamedDecl *P = L->getParam(I);
      OS << (I ? ", " : "") << (P->getName().empty() ? "auto" : P->getName());
      if (P->isParameterPack())
        OS << "...";
    }
    OS << '>';
  }

  /// The pattern's qualified name with its (and its classes') template
  /// parameters, and its parameter types as written.
  std::string templateName(const FunctionDecl *P) {
    std::string S;
    llvm::raw_string_ostream OS(S);
    SmallVector<const DeclContext *, 4> Chain;
    for (const DeclContext *DC = P->getDeclContext();
         DC && !DC->isTranslationUnit(); DC = DC->getParent())
      Chain.push_back(DC);
    for (const DeclContext *DC : llvm::reverse(Chain)) {
      if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
        if (NS->isAnonymousNamespace())
          OS << "(anonymous namespace)::";
        else if (!NS->isInline())
          OS << NS->getName() << "::";
      } else if (const auto *RD = dyn_cast<CXXRecordDecl>(DC)) {
        OS << (RD->getName().empty() ? "(anonymous)" : RD->getName());
        if (const ClassTemplateDecl *CT = RD->getDescribedClassTemplate())
          templateParams(OS, CT->getTemplateParameters());
        OS << "::";
      }
    }
    OS << P->getNameAsString();
    if (const FunctionTemplateDecl *FT = P->getDescribedFunctionTemplate())
      templateParams(OS, FT->getTemplateParameters());
    OS << '(';
    for (unsigned I = 0; I < P->getNumParams(); ++I)
      OS << (I ? ", " : "") << P->getParamDecl(I)->getType().getAsString(Policy);
    OS << ')';
    if (const auto *MD = dyn_cast<CXXMethodDecl>(P))
      if (MD->isConst())
        OS << " const";
    return OS.str();
  }

  ASTNameGenerator Gen;
  PrintingPolicy Policy;
};

#ifdef RAZOR_NO_STRUCTOR_ANNOTATIONS
/// Records the razor_probe annotation of every constructor and destructor
/// definition under each of its mangled names (C1/C2, D0/D1/D2), with the
/// file and line llvm.global.annotations would give: clang up to 16 emits no
/// entry for them, and the pass reads these instead.
class StructorAnnotations : public RecursiveASTVisitor<StructorAnnotations> {
public:
  explicit StructorAnnotations(ASTContext &Ctx)
      : Gen(Ctx), SM(Ctx.getSourceManager()) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if ((!isa<CXXConstructorDecl>(FD) && !isa<CXXDestructorDecl>(FD)) ||
        FD->isDependentContext() || FD->isDeleted() ||
        !FD->isThisDeclarationADefinition())
      return true;
    for (const AnnotateAttr *A : FD->specific_attrs<AnnotateAttr>()) {
      if (!isProbeAnnotation(A->getAnnotation()))
        continue;
      // As CodeGenModule::EmitAnnotateAttr: the declaration's expansion
      // location, its presumed file name.
      SourceLocation Loc = SM.getExpansionLoc(FD->getLocation());
      PresumedLoc PLoc = SM.getPresumedLoc(Loc);
      FrontendAnnotation Rec;
      Rec.Annotation = A->getAnnotation().str();
      Rec.File = PLoc.isValid() ? PLoc.getFilename()
                                : SM.getBufferName(Loc).str();
      Rec.Line = SM.getExpansionLineNumber(Loc);
      for (const std::string &Mangled : Gen.getAllManglings(FD)) {
        Rec.Function = Mangled;
        addFrontendAnnotation(Rec);
      }
      break; // conflicting ones were reported; the first is the probe
    }
    return true;
  }

private:
  ASTNameGenerator Gen;
  SourceManager &SM;
};
#endif

class RazorConsumer : public ASTConsumer {
public:
  /// \p PlanLocations: the plugin turned location tracking on itself; it
  /// may be turned off again for functions that need none (LocationPlan).
  RazorConsumer(CompilerInstance &CI, bool PlanLocations)
      : CI(CI), PlanLocations(PlanLocations) {}

  void Initialize(ASTContext &Ctx) override {
    TheQuietPlan = QuietPlan(); // a previous unit's, if any
    const LangOptions &LO = Ctx.getLangOpts();
    const CodeGenOptions &CGO = CI.getCodeGenOpts();
    // Only plain C: other languages, sanitizers and function
    // instrumentation generate calls that are not in the source.
    if (PlanLocations && !LO.CPlusPlus && !LO.ObjC && !LO.OpenMP &&
        !LO.CUDA && !LO.OpenCL && LO.Sanitize.empty() &&
        !CGO.InstrumentFunctions && !CGO.InstrumentFunctionsAfterInlining &&
        !CGO.InstrumentFunctionEntryBare)
      Plan = std::make_unique<LocationPlan>(Ctx);
  }

  bool HandleTopLevelDecl(DeclGroupRef D) override {
    if (Plan)
      for (Decl *Member : D)
        if (auto *FD = dyn_cast<FunctionDecl>(Member))
          Plan->handle(FD);
    return true;
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Plan)
      Plan->finish();
    // Only an annotate attribute can make a probe, and its name is an
    // identifier the lexer saw (unless declarations come from a PCH or a
    // module): without it there is nothing to check or name.
    IdentifierTable &Idents = CI.getPreprocessor().getIdentifierTable();
    bool Annotations = Ctx.getExternalSource() ||
                       Idents.find("annotate") != Idents.end();
    if (Annotations)
      AnnotationChecker(CI.getDiagnostics()).TraverseAST(Ctx);
    if (Annotations && Ctx.getLangOpts().CPlusPlus)
      TemplateProbeNamer(Ctx).TraverseAST(Ctx);
#ifdef RAZOR_NO_STRUCTOR_ANNOTATIONS
    clearFrontendAnnotations();
    if (Annotations && Ctx.getLangOpts().CPlusPlus)
      StructorAnnotations(Ctx).TraverseAST(Ctx);
#endif
  }

private:
  CompilerInstance &CI;
  bool PlanLocations;
  std::unique_ptr<LocationPlan> Plan;
};

#ifdef RAZOR_FRONTEND_COPIES_CGO
/// The annotation checks first, then the shadow code generator.
class PairConsumer : public ASTConsumer {
public:
  PairConsumer(std::unique_ptr<ASTConsumer> A, LocationShadow *B)
      : A(std::move(A)), B(B) {}
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
  LocationShadow *B; // lives on after the consumers, until the next unit
};
#endif

/// Any address inside this shared object, for finding its file.
char PluginAnchor;

class RazorAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef InFile) override {
    CodeGenOptions &CGO = CI.getCodeGenOpts();
    if (!compat::schedulePass(CGO, registerRazorPass, &PluginAnchor)) {
      unsigned ID = CI.getDiagnostics().getCustomDiagID(
          DiagnosticsEngine::Error,
          "razortrace: cannot find the plugin's own file to load its pass");
      CI.getDiagnostics().Report(ID);
    }
    // Without -g, ask codegen for locations only: the pass gets DILocations
    // and the object gets no .debug_* sections.
    if (CGO.getDebugInfo() != compat::NoDebugInfo)
      return std::make_unique<RazorConsumer>(CI, /*PlanLocations=*/false);
#ifdef RAZOR_FRONTEND_COPIES_CGO
    // Too late for clang's own code generator here: generate the locations
    // in a second one.  Only when code is generated at all.
    if (CI.getFrontendOpts().ProgramAction == frontend::ParseSyntaxOnly)
      return std::make_unique<RazorConsumer>(CI, /*PlanLocations=*/false);
    auto Checker = std::make_unique<RazorConsumer>(CI, /*PlanLocations=*/true);
    delete LocationShadow::Current; // the previous unit's, if any
    LocationShadow::Current = new LocationShadow(CI, InFile);
    compat::LocationFallback = &ShadowSource;
    return std::make_unique<PairConsumer>(std::move(Checker),
                                          LocationShadow::Current);
#else
    CGO.setDebugInfo(compat::LocTrackingOnly);
    return std::make_unique<RazorConsumer>(CI, /*PlanLocations=*/true);
#endif
  }

  bool ParseArgs(const CompilerInstance &,
                 const std::vector<std::string> &) override {
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

} // namespace
} // namespace razor

namespace {
/// Runs when clang loads the plugin, before the registration below and
/// before anything of clang's is touched that differs between majors: a
/// plugin built for another clang major would crash later, so it stops the
/// compilation here with one line saying which razortrace to use.  (If the
/// other clang lacks a symbol the plugin needs, loading already failed with
/// clang's own "unable to load plugin" error.)
struct VersionCheck {
  VersionCheck() {
    std::string Full;
    int Running = razor::compat::runningClangMajor(&Full);
    if (Running == 0 || Running == CLANG_VERSION_MAJOR)
      return;
    std::fprintf(stderr,
                 "razortrace: error: this razortrace.so was built for clang "
                 "%d but is loaded into clang %d (%s); use the razortrace "
                 "built with LLVM %d (cmake -DLLVM_DIR=/usr/lib/llvm-%d/lib/"
                 "cmake/llvm)\n",
                 CLANG_VERSION_MAJOR, Running, Full.c_str(), Running, Running);
    std::fflush(stderr);
    _exit(1);
  }
} TheVersionCheck;
} // namespace

static clang::FrontendPluginRegistry::Add<razor::RazorAction>
    X("razortrace", "razortrace: leak probes and allocation-site tagging");
