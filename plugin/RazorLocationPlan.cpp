//===- RazorLocationPlan.cpp - which C functions need no locations --------===//
//
// The statement-by-statement test LocationPlan (RazorLocationPlan.h)
// describes, and the implicit `nodebug` it gives the functions that pass it.
//
//===----------------------------------------------------------------------===//
#include "RazorLocationPlan.h"
#include "RazorABI.h"
#include "RazorAnnotation.h"
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
  Planner(ASTContext &Ctx, llvm::StringMap<unsigned> &QuietNames,
          std::function<bool(const FunctionDecl *)> IsWrapper,
          bool ShapeWrappers)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), QuietNames(QuietNames),
        IsWrapper(std::move(IsWrapper)), ShapeWrappers(ShapeWrappers) {
    for (const abi::KnownFn &K : abi::KnownFns)
      Known.insert(K.Name);
    SourceLocation Start = SM.getLocForStartOfFile(SM.getMainFileID());
    MainName = SM.getBufferName(Start).str();
    llvm::SmallString<256> Abs(MainName);
    llvm::sys::fs::make_absolute(Abs);
    Enabled = !MainName.empty() && !SM.isInSystemHeader(Start) &&
              !isSystemPath(Abs);
    bool Invalid = false;
    const SrcMgr::SLocEntry &Main =
        SM.getSLocEntry(SM.getMainFileID(), &Invalid);
    MainHasLineDirectives = SM.hasLineTable() &&
                            (Invalid || !Main.isFile() ||
                             Main.getFile().hasLineDirectives());
  }

  void handle(FunctionDecl *FD) override {
    if (!Enabled || !FD->doesThisDeclarationHaveABody() || !isUserCode(FD) ||
        isProbe(FD) || FD->isMultiVersion() || mayBeWrapper(FD))
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

  /// Every function that will ever be defined is.
  void finish() override {
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
    // function's own, unless renamed by asm() or overloadable), and learns
    // the line of its definition here (in the main file: isUserCode).
    if (FD->getIdentifier() && !FD->hasAttr<AsmLabelAttr>() &&
        !FD->hasAttr<OverloadableAttr>())
      QuietNames[FD->getName()] =
          SM.getPresumedLineNumber(SM.getExpansionLoc(FD->getLocation()));
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
  llvm::StringMap<unsigned> &QuietNames;
  std::function<bool(const FunctionDecl *)> IsWrapper;
  bool ShapeWrappers;
  /// mayBeWrapper's answers, by definition.
  llvm::DenseMap<const FunctionDecl *, bool> WrapperMemo;
  bool Enabled = false, MainHasLineDirectives = true;
  std::string MainName;
  llvm::StringSet<> Known;
  llvm::DenseMap<const FunctionDecl *, Verdict> Callees;
  /// Functions decided at the end of the unit, with the callees that
  /// decide them.
  std::vector<std::pair<FunctionDecl *, SmallVector<const FunctionDecl *, 4>>>
      Pending;
};

} // namespace

std::unique_ptr<LocationPlan>
LocationPlan::create(ASTContext &Ctx, llvm::StringMap<unsigned> &QuietNames,
                     std::function<bool(const FunctionDecl *)> IsWrapper,
                     bool ShapeWrappers) {
  return std::make_unique<Planner>(Ctx, QuietNames, std::move(IsWrapper),
                                   ShapeWrappers);
}

} // namespace razor
