//===- RazorLocationPlan.cpp - which C functions need no locations --------===//
//
// The statement-by-statement test LocationPlan (RazorLocationPlan.h)
// describes, and the implicit `nodebug` it gives the functions that pass it.
//
//===----------------------------------------------------------------------===//
#include "RazorLocationPlan.h"
#include "RazorABI.h"
#include "RazorAnnotation.h"
#include "RazorFacts.h"
#include "RazorLibrary.h"
#include "RazorPaths.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"

#include <vector>

using namespace clang;

namespace razor {
namespace {

class Planner final : public LocationPlan {
public:
  Planner(ASTContext &Ctx, FrontendFacts &Facts,
          std::function<bool(const FunctionDecl *)> IsWrapper,
          bool ShapeWrappers, bool Locate, bool Columns)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Facts(Facts),
        IsWrapper(std::move(IsWrapper)), ShapeWrappers(ShapeWrappers),
        Locate(Locate), Columns(Columns) {
    for (const abi::KnownFn &K : abi::KnownFns)
      Known.insert(K.Name);
    SourceLocation Start = SM.getLocForStartOfFile(SM.getMainFileID());
    MainName = SM.getBufferName(Start).str();
    llvm::SmallString<256> Abs(MainName);
    llvm::sys::fs::make_absolute(Abs);
    Enabled = !MainName.empty() && !SM.isInSystemHeader(Start) &&
              !isSystemPath(Abs);
  }

  void handle(FunctionDecl *FD) override {
    if (!Enabled || !FD->doesThisDeclarationHaveABody() || !isUserCode(FD) ||
        isProbe(FD) || FD->isMultiVersion())
      return;
    SmallVector<Call, 8> Calls;
    switch (body(FD, Calls)) {
    case Quiet:
      decide(FD, Calls, /*Final=*/false);
      break;
    case Later:
      // Calls a function not defined yet: decided at the end of the unit,
      // in time for the functions clang generates then (static and inline
      // ones, most of a C file), by those callees alone.  One clang
      // generates now gets them located, as if they stayed undefined.
      if (!Ctx.DeclMustBeEmitted(FD))
        Pending.push_back({FD, std::move(Calls)});
      else
        decide(FD, Calls, /*Final=*/true);
      break;
    case Loud:
      break;
    }
  }

  /// Every function that will ever be defined is.
  void finish() override {
    for (auto &[FD, Calls] : Pending)
      decide(FD, Calls, /*Final=*/true);
    Pending.clear();
  }

private:
  /// Quiet: no call that needs a location; Later: none unless a callee not
  /// defined yet stays undefined; Loud: needs locations.
  enum Verdict { Quiet, Later, Loud };

  /// A call of a body that may need a location: its callee (null: through
  /// a pointer) and where clang's location tracking puts it.
  struct Call {
    const CallExpr *E;
    const FunctionDecl *Callee;
    SourceLocation Loc;
  };

  /// The plan for \p FD, whose body holds no statement that needs
  /// locations and whose \p Calls are those that may: none of them needs a
  /// location (quiet), or the frontend gives them their locations itself
  /// (located), each callee's calls being at one place or in an order
  /// certain from the source (inOrder); otherwise clang's locations.
  void decide(FunctionDecl *FD, ArrayRef<Call> Calls, bool Final) {
    bool NoBuiltins = FD->hasAttr<NoBuiltinAttr>();
    SmallVector<const Call *, 8> Located;
    llvm::DenseMap<const FunctionDecl *, SourceLocation> At;
    bool OnePlace = true;
    for (const Call &C : Calls) {
      if (C.Callee && callee(C.Callee, NoBuiltins, Final) != Loud)
        continue;
      if (C.Callee && !irNamed(C.Callee))
        return;
      // By the function, not the declaration a call names (a call after a
      // redeclaration names that one): the IR knows one name.
      auto [It, New] = At.try_emplace(
          C.Callee ? C.Callee->getCanonicalDecl() : nullptr, C.Loc);
      OnePlace &= New || It->second == C.Loc;
      Located.push_back(&C);
    }
    // A possible allocation wrapper is never quiet: the pass looks into
    // it, and its calls are located (clang's locations or the frontend's).
    if (Located.empty())
      return mayBeWrapper(FD) ? void() : markQuiet(FD);
    if (!Locate)
      return;
    // A callee called at several places: its calls in the order clang
    // generates them, if that order is certain.
    if (!OnePlace && !inOrder(FD, Located))
      return;
    markLocated(FD, Located);
  }

  /// Puts \p Located, \p FD's calls that need locations, in the order
  /// clang generates them (CodeGenFunction::EmitStmt and the expression
  /// emitters), leaving out those in code clang does not generate; false
  /// where that order is not certain: a callee of several of them called
  /// in both operands of an assignment or a subscript, in an initialiser
  /// list, where clang folds a constant condition (of an if, a switch, a
  /// conditional or logical operator: a loop's body is always generated),
  /// in an unevaluated operand, or in a statement expression.
  bool inOrder(const FunctionDecl *FD, SmallVectorImpl<const Call *> &Located) {
    llvm::DenseMap<const CallExpr *, const Call *> ByExpr;
    for (const Call *C : Located)
      ByExpr[C->E] = C;
    CallOrder O(Ctx, ByExpr, Known);
    if (!O.stmt(FD->getBody()) || O.Out.size() > Located.size())
      return false;
    Located.assign(O.Out.begin(), O.Out.end());
    return true;
  }

  /// The walk inOrder makes.  Reachable: whether clang has an insertion
  /// point, which it lacks after a jump until a label; a statement it
  /// reaches without one is not generated unless it holds a label.
  class CallOrder {
  public:
    CallOrder(ASTContext &Ctx,
              const llvm::DenseMap<const CallExpr *, const Call *> &ByExpr,
              const llvm::StringSet<> &Known)
        : Ctx(Ctx), ByExpr(ByExpr), Known(Known) {}

    SmallVector<const Call *, 8> Out;

    bool stmt(const Stmt *S) {
      if (!S)
        return true;
      switch (S->getStmtClass()) {
      // Simple statements: generated even where unreachable.
      case Stmt::CompoundStmtClass:
        for (const Stmt *Child : S->children())
          if (!stmt(Child))
            return false;
        return true;
      case Stmt::NullStmtClass:
        return true;
      case Stmt::DeclStmtClass:
        return Reachable ? children(S) : !hasCall(S);
      case Stmt::LabelStmtClass:
        Reachable = true;
        return stmt(cast<LabelStmt>(S)->getSubStmt());
      case Stmt::CaseStmtClass:
      case Stmt::DefaultStmtClass:
        Reachable = true;
        return stmt(cast<SwitchCase>(S)->getSubStmt());
      case Stmt::AttributedStmtClass:
        return stmt(cast<AttributedStmt>(S)->getSubStmt());
      case Stmt::BreakStmtClass:
      case Stmt::ContinueStmtClass:
      case Stmt::GotoStmtClass:
        Reachable = false;
        return true;
      default:
        break;
      }
      if (!Reachable) {
        if (!containsLabel(S, false))
          return true; // not generated
        Reachable = true;
      }
      switch (S->getStmtClass()) {
      case Stmt::ReturnStmtClass:
      case Stmt::IndirectGotoStmtClass: {
        bool OK = children(S);
        Reachable = false;
        return OK;
      }
      case Stmt::IfStmtClass: {
        const auto *If = cast<IfStmt>(S);
        if (constant(If->getCond())) // one arm only, or both: not followed
          return !hasCall(S) && !jumps(S);
        if (!stmt(If->getInit()) || !stmt(If->getConditionVariableDeclStmt()) ||
            !expr(If->getCond()) || !stmt(If->getThen()))
          return false;
        bool AfterThen = Reachable;
        Reachable = true;
        if (!stmt(If->getElse()))
          return false;
        Reachable = AfterThen || Reachable;
        return true;
      }
      case Stmt::WhileStmtClass: {
        const auto *W = cast<WhileStmt>(S);
        if (!stmt(W->getConditionVariableDeclStmt()) || !expr(W->getCond()) ||
            !stmt(W->getBody()))
          return false;
        Reachable = exits(W->getCond(), W->getBody());
        return true;
      }
      case Stmt::DoStmtClass: {
        const auto *D = cast<DoStmt>(S);
        return stmt(D->getBody()) &&
               loopEnd(D->getCond(), D->getCond(), D->getBody());
      }
      case Stmt::ForStmtClass: {
        const auto *F = cast<ForStmt>(S);
        return stmt(F->getInit()) &&
               stmt(F->getConditionVariableDeclStmt()) &&
               expr(F->getCond()) && stmt(F->getBody()) &&
               loopEnd(F->getInc(), F->getCond(), F->getBody());
      }
      case Stmt::SwitchStmtClass: {
        const auto *Sw = cast<SwitchStmt>(S);
        if (constant(Sw->getCond()))
          return !hasCall(S) && !jumps(S);
        if (!stmt(Sw->getInit()) || !stmt(Sw->getConditionVariableDeclStmt()) ||
            !expr(Sw->getCond()))
          return false;
        Reachable = false; // until its first case
        if (!stmt(Sw->getBody()))
          return false;
        bool Default = false;
        for (const SwitchCase *C = Sw->getSwitchCaseList(); C;
             C = C->getNextSwitchCase())
          Default |= isa<DefaultStmt>(C);
        Reachable = Reachable || !Default || breaks(Sw->getBody());
        return true;
      }
      case Stmt::GCCAsmStmtClass:
        return children(S);
      default:
        if (const auto *E = dyn_cast<Expr>(S))
          return expr(E);
        return !hasCall(S);
      }
    }

  private:
    bool children(const Stmt *S) {
      for (const Stmt *Child : S->children())
        if (!(isa_and_nonnull<Expr>(Child) ? expr(cast<Expr>(Child))
                                           : stmt(Child)))
          return false;
      return true;
    }

    /// Operands first, then the call itself; calls' arguments from left to
    /// right (the Itanium ABI's order).
    bool expr(const Expr *E) {
      if (!E)
        return true;
      switch (E->getStmtClass()) {
      case Stmt::CallExprClass: {
        const auto *CE = cast<CallExpr>(E);
        auto It = ByExpr.find(CE);
        switch (CE->getBuiltinCallee()) {
        case 0:
          break;
        case Builtin::BI__builtin_constant_p:
        case Builtin::BI__builtin_object_size:
        case Builtin::BI__builtin_dynamic_object_size:
        case Builtin::BI__builtin_classify_type:
          return !hasCall(E); // unevaluated operands
        default:
          // A library function clang may generate otherwise than as a
          // call; not the allocation functions.
          if (It != ByExpr.end() &&
              !Known.count(CE->getDirectCallee()->getName()))
            return false;
        }
        if (!children(E))
          return false;
        if (It != ByExpr.end())
          Out.push_back(It->second);
        return true;
      }
      case Stmt::ConditionalOperatorClass:
      case Stmt::BinaryConditionalOperatorClass:
        if (constant(cast<AbstractConditionalOperator>(E)->getCond()))
          return !hasCall(E);
        return children(E);
      case Stmt::BinaryOperatorClass:
      case Stmt::CompoundAssignOperatorClass: {
        const auto *BO = cast<BinaryOperator>(E);
        if (BO->isLogicalOp() && constant(BO->getLHS()) &&
            hasCall(BO->getRHS()))
          return false;
        if (BO->isAssignmentOp() && hasCall(BO->getLHS()) &&
            hasCall(BO->getRHS()))
          return false;
        return children(E);
      }
      case Stmt::ArraySubscriptExprClass: {
        const auto *AS = cast<ArraySubscriptExpr>(E);
        if (hasCall(AS->getLHS()) && hasCall(AS->getRHS()))
          return false;
        return children(E);
      }
      case Stmt::InitListExprClass:
      case Stmt::DesignatedInitExprClass: {
        unsigned With = 0;
        for (const Stmt *Child : E->children())
          With += hasCall(Child);
        return With <= 1 && children(E);
      }
      case Stmt::UnaryExprOrTypeTraitExprClass:
      case Stmt::GenericSelectionExprClass:
      case Stmt::ChooseExprClass:
      case Stmt::StmtExprClass:
        return !hasCall(E);
      default:
        return children(E);
      }
    }

    /// The end of a loop after its body: \p Last, the expression whose
    /// block clang always generates there (a do's condition, a for's
    /// increment), then whether the code after the loop is reached.
    bool loopEnd(const Expr *Last, const Expr *Cond, const Stmt *Body) {
      Reachable = true;
      if (!expr(Last))
        return false;
      Reachable = exits(Cond, Body);
      return true;
    }

    /// Clang folds the condition (ConstantFoldsToSimpleInteger) and may
    /// leave an operand out.
    bool constant(const Expr *Cond) const {
      return Cond && !Cond->isValueDependent() && Cond->isEvaluatable(Ctx);
    }

    /// Whether the code after a loop is reached: its condition may be false
    /// (absent or a constant true: never), or its body breaks out of it.
    bool exits(const Expr *Cond, const Stmt *Body) {
      bool True = false;
      if (Cond && (!constant(Cond) ||
                   !Cond->EvaluateAsBooleanCondition(True, Ctx) || !True))
        return true;
      return breaks(Body);
    }

    /// Whether \p S holds a jump.
    static bool jumps(const Stmt *S) {
      if (!S)
        return false;
      if (isa<ReturnStmt>(S) || isa<BreakStmt>(S) || isa<ContinueStmt>(S) ||
          isa<GotoStmt>(S) || isa<IndirectGotoStmt>(S))
        return true;
      for (const Stmt *Child : S->children())
        if (jumps(Child))
          return true;
      return false;
    }

    /// Whether \p S holds a break of the loop or switch it is the body of.
    static bool breaks(const Stmt *S) {
      if (!S)
        return false;
      if (isa<BreakStmt>(S))
        return true;
      if (isa<WhileStmt>(S) || isa<DoStmt>(S) || isa<ForStmt>(S) ||
          isa<SwitchStmt>(S))
        return false;
      for (const Stmt *Child : S->children())
        if (breaks(Child))
          return true;
      return false;
    }

    /// CodeGenFunction::ContainsLabel.
    static bool containsLabel(const Stmt *S, bool IgnoreCaseStmts) {
      if (!S)
        return false;
      if (isa<LabelStmt>(S))
        return true;
      if (isa<SwitchCase>(S) && !IgnoreCaseStmts)
        return true;
      if (isa<SwitchStmt>(S))
        IgnoreCaseStmts = true;
      for (const Stmt *Child : S->children())
        if (containsLabel(Child, IgnoreCaseStmts))
          return true;
      return false;
    }

    /// Whether \p S holds one of the calls being ordered.
    bool hasCall(const Stmt *S) {
      if (!S)
        return false;
      auto [It, New] = HasCall.try_emplace(S, false);
      if (!New)
        return It->second;
      bool R = false;
      if (const auto *CE = dyn_cast<CallExpr>(S))
        R = ByExpr.count(CE);
      for (const Stmt *Child : S->children())
        R = hasCall(Child) || R;
      HasCall[S] = R;
      return R;
    }

    ASTContext &Ctx;
    const llvm::DenseMap<const CallExpr *, const Call *> &ByExpr;
    const llvm::StringSet<> &Known;
    llvm::DenseMap<const Stmt *, bool> HasCall;
    bool Reachable = true;
  };

  /// Whether the IR calls \p FD by its name as written.
  static bool irNamed(const FunctionDecl *FD) {
    return FD->getIdentifier() && !FD->hasAttr<AsmLabelAttr>() &&
           !FD->hasAttr<OverloadableAttr>() && !FD->isMultiVersion() &&
           !compat::startsWith(FD->getName(), "__builtin_");
  }

  void noLocations(FunctionDecl *FD) {
    for (FunctionDecl *R : FD->redecls())
      if (!R->hasAttr<NoDebugAttr>())
        R->addAttr(NoDebugAttr::CreateImplicit(Ctx));
  }

  /// The line of \p FD's definition, as its subprogram would say.
  unsigned definitionLine(const FunctionDecl *FD) const {
    return SM.getPresumedLineNumber(SM.getExpansionLoc(FD->getLocation()));
  }

  void markQuiet(FunctionDecl *FD) {
    noLocations(FD);
    // The pass need not look into it either (by its IR name: a C
    // function's own, unless renamed by asm() or overloadable), and learns
    // the line of its definition here (in the main file: isUserCode).
    if (irNamed(FD))
      Facts.Quiet[FD->getName()] = definitionLine(FD);
  }

  /// Generated without locations, \p FD's \p Calls get the frontend's
  /// (unless -razortrace-check-located: then clang's stay, to compare).
  void markLocated(FunctionDecl *FD, ArrayRef<const Call *> Calls) {
    if (!irNamed(FD))
      return;
    if (!Facts.CheckLocated)
      noLocations(FD);
    // Clang's locations in the main file name it by its presumed name,
    // which is its own (isUserCode).
    Facts.LocatedFile = MainName;
    LocatedFunction &LF = Facts.Located[FD->getName()];
    LF.Line = definitionLine(FD);
    for (const Call *C : Calls) {
      PresumedLoc P = SM.getPresumedLoc(C->Loc);
      LF.Calls.push_back({C->Callee ? C->Callee->getName().str() : "",
                          P.isValid() ? P.getLine() : 0,
                          P.isValid() && Columns ? P.getColumn() : 0});
    }
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
    // presumed location, which computes the line, is not needed).  Asked
    // each time: a #line makes the line table as the parser reaches it.
    bool Invalid = false;
    const SrcMgr::SLocEntry &Main =
        SM.getSLocEntry(SM.getMainFileID(), &Invalid);
    if (!SM.hasLineTable() ||
        (!Invalid && Main.isFile() && !Main.getFile().hasLineDirectives()))
      return true;
    PresumedLoc P = SM.getPresumedLoc(L);
    return P.isValid() && MainName == P.getFilename();
  }

  /// Whether the pass may take \p FD for an allocation wrapper: by its
  /// attributes or name, or by its shape, which needs a body that returns a
  /// pointer (RazorWrappers.h) and, to hand back a block, a call of a
  /// recognised function, of a function that may be a wrapper itself, or of
  /// one that returns a pointer and may yet be defined in the unit.  Never
  /// for a declaration: the pass tests the shape of bodies it has.
  bool mayBeWrapper(const FunctionDecl *FD) {
    if (IsWrapper(FD))
      return true;
    const FunctionDecl *Def = nullptr;
    if (!ShapeWrappers || !FD->getReturnType()->isPointerType() ||
        !FD->hasBody(Def))
      return false;
    auto [It, New] = WrapperMemo.try_emplace(Def, true); // a cycle: may be
    if (!New)
      return It->second;
    bool R = false;
    SmallVector<const Stmt *, 64> Work{Def->getBody()};
    while (!R && !Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S)
        continue;
      if (const auto *CE = dyn_cast<CallExpr>(S))
        if (const FunctionDecl *C = CE->getDirectCallee())
          R = !C->getIdentifier() || Known.count(C->getName()) ||
              mayBeWrapper(C) ||
              (!C->hasBody() && C->getReturnType()->isPointerType() &&
               !SM.isInSystemHeader(C->getLocation()));
      for (const Stmt *Child : S->children())
        Work.push_back(Child);
    }
    WrapperMemo[Def] = R;
    return R;
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
    else if (mayBeWrapper(FD))
      V = Loud; // an allocation wrapper's call has a record
    else if (FD->hasBody(Def))
      V = isUserCode(Def) &&
                  Ctx.GetGVALinkageForFunction(Def) != GVA_AvailableExternally
              ? Quiet
              : Loud;
    else if (FD->hasAttr<ConstAttr>() || FD->hasAttr<PureAttr>())
      V = Quiet; // only reads memory: neither foreign nor an allocation
    else if (neverAllocates(FD->getName()))
      V = Quiet; // the C library's, not bracketed (isForeignCall)
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
  /// initialisers and the sizes of variable-length arrays).  Loud: a
  /// statement that needs them; Later: a callee not defined yet, which
  /// decides at the end of the unit.  The calls that may need a location
  /// (callees Loud or Later) are added to \p Calls.
  Verdict body(const FunctionDecl *FD, SmallVectorImpl<Call> &Calls) {
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
        if (C == Later)
          V = Later;
        // Where clang's location tracking puts the call (ApplyDebugLocation
        // and CGDebugInfo::setLocation).
        if (C != Quiet)
          Calls.push_back(
              {CE, Callee, SM.getExpansionLoc(CE->getExprLoc())});
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
  FrontendFacts &Facts;
  std::function<bool(const FunctionDecl *)> IsWrapper;
  bool ShapeWrappers, Locate, Columns;
  /// mayBeWrapper's answers, by definition.
  llvm::DenseMap<const FunctionDecl *, bool> WrapperMemo;
  bool Enabled = false;
  std::string MainName;
  llvm::StringSet<> Known;
  llvm::DenseMap<const FunctionDecl *, Verdict> Callees;
  /// Functions decided at the end of the unit, with the calls that decide
  /// them.
  std::vector<std::pair<FunctionDecl *, SmallVector<Call, 8>>> Pending;
};

} // namespace

std::unique_ptr<LocationPlan>
LocationPlan::create(ASTContext &Ctx, FrontendFacts &Facts,
                     std::function<bool(const FunctionDecl *)> IsWrapper,
                     bool ShapeWrappers, bool Locate, bool Columns) {
  return std::make_unique<Planner>(Ctx, Facts, std::move(IsWrapper),
                                   ShapeWrappers, Locate, Columns);
}

} // namespace razor
