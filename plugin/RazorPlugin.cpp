//===- RazorPlugin.cpp - the clang side of razortrace ---------------------===//
//
// Loaded with `clang -fplugin=razortrace.so`.  A PluginASTAction that runs
// before the main action:
//   - checks every razor_probe annotation against the grammar and reports
//     mistakes as errors at the attribute, and every razor_alloc one;
//   - reads the plugin's arguments (-fplugin-arg-razortrace-alloc-fn=,
//     -foreign=, -no-auto-alloc) and finds the allocation wrappers they,
//     the razor_alloc annotation and the malloc and alloc_size attributes
//     declare (SPEC section 7; the pass adds those it recognises by shape);
//   - turns on location tracking when there is no -g, so sites get exact
//     lines and columns without .debug_* sections in the object, and leaves
//     it off again for the C functions that need none (RazorLocationPlan.h;
//     up to LLVM 16 the locations come from a second code generator,
//     RazorLocationShadow.h);
//   - gathers what the pass cannot see in the IR (FrontendFacts: the
//     functions without locations, templates' names as written, constructors'
//     and destructors' annotations up to clang 16) and writes it into the
//     module as metadata before the passes run (RazorFacts.h);
//   - schedules the passes (compat::schedulePass: PassBuilderCallbacks from
//     LLVM 18, the plugin's own file as a pass plugin before);
//   - refuses, with one clear line, to run in a clang of another major.
//
//===----------------------------------------------------------------------===//
#define RAZOR_COMPAT_CLANG 1
#include "RazorABI.h"
#include "RazorAnnotation.h"
#include "RazorCompat.h"
#include "RazorFacts.h"
#include "RazorLocationPlan.h"
#include "RazorLocationShadow.h"
#include "RazorPass.h"
#include "RazorPaths.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/CodeGenOptions.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/IR/PassInstrumentation.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/GlobPattern.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace clang;

static llvm::cl::opt<bool> ClCheckLocated(
    "razortrace-check-located", llvm::cl::Hidden, llvm::cl::init(false),
    llvm::cl::desc("Keep clang's locations in the C functions the frontend "
                   "locates the calls of itself, and compare the two"));

static llvm::cl::opt<bool> ClLocationPlan(
    "razortrace-location-plan", llvm::cl::Hidden, llvm::cl::init(true),
    llvm::cl::desc("Without -g, generate the C functions whose code holds no "
                   "call the pass locates without source locations"));

#define DEBUG_TYPE "razortrace"

ALWAYS_ENABLED_STATISTIC(NumFunctionDeclsWalked,
                         "Function declarations the frontend walked");

namespace razor {
namespace {

/// The plugin's arguments: `-fplugin-arg-razortrace-NAME[=VALUE]`.
struct PluginArgs {
  /// alloc-fn=NAME[,NAME...], repeatable: C names or C++ qualified names.
  std::vector<std::string> AllocFns;
  /// foreign=GLOB[,GLOB...], repeatable, as given and compiled.
  std::vector<std::string> ForeignText;
  std::vector<llvm::GlobPattern> Foreign;
  /// no-auto-alloc.
  bool NoAutoAlloc = false;
  /// frame-pointers.
  bool FramePointers = false;
};

/// Whether \p D carries annotate("razor_alloc") (or a near miss of it:
/// "razor_alloc:x", which the checker refuses).
bool isAllocAnnotation(llvm::StringRef A) {
  llvm::StringRef Name = RAZOR_ALLOC_ANNOTATION;
  if (!compat::startsWith(A, Name))
    return false;
  llvm::StringRef Rest = A.drop_front(Name.size());
  return Rest.empty() || !(isalnum((unsigned char)Rest[0]) || Rest[0] == '_');
}

bool hasAnnotation(const Decl *D, bool (*Is)(llvm::StringRef)) {
  for (const AnnotateAttr *A : D->specific_attrs<AnnotateAttr>())
    if (Is(A->getAnnotation()))
      return true;
  return false;
}

/// Whether any declaration of \p FD (or of the template it comes from)
/// carries an annotation \p Is accepts.
bool anyAnnotated(const FunctionDecl *FD, bool (*Is)(llvm::StringRef)) {
  for (const FunctionDecl *R : FD->redecls())
    if (hasAnnotation(R, Is))
      return true;
  if (const FunctionDecl *P = FD->getTemplateInstantiationPattern())
    if (P != FD)
      return anyAnnotated(P, Is);
  return false;
}

/// The alloc-fn name of \p Args that a macro of the unit spelled as
/// \p Name, or "": a library whose public names are macros for internal
/// ones (libxml2's `#define xmlMallocLoc xmlMallocLoc__internal_alias`)
/// defines and calls its functions under the macro's replacement.  Any
/// definition the name had so far counts (that header undefines it at the
/// end of the file that defines the function, for an alias of the public
/// name); its replacement is one identifier.
std::string allocFnByMacro(llvm::StringRef Name, const PluginArgs &Args,
                           const Preprocessor &PP) {
  const IdentifierTable &Idents = PP.getIdentifierTable();
  for (const std::string &N : Args.AllocFns) {
    auto It = Idents.find(N);
    if (It == Idents.end() || !It->getValue()->hadMacroDefinition())
      continue;
    for (const MacroDirective *MD =
             PP.getLocalMacroDirectiveHistory(It->getValue());
         MD; MD = MD->getPrevious()) {
      const auto *Def = dyn_cast<DefMacroDirective>(MD);
      const MacroInfo *MI = Def ? Def->getInfo() : nullptr;
      if (MI && !MI->isFunctionLike() && MI->getNumTokens() == 1 &&
          MI->getReplacementToken(0).is(tok::identifier) &&
          MI->getReplacementToken(0).getIdentifierInfo()->getName() == Name)
        return N;
    }
  }
  return "";
}

/// The files of \p SM that said `#pragma GCC system_header` (clang treats
/// them as system headers from there on), absolute: the pass judges them as
/// clang does.  The pragma leaves a line-table entry: a file with one that
/// is a system header at its end.  (A walk of the entries, not a
/// PPCallbacks: its vtable would name clang functions whose signatures
/// change between majors, and a plugin loaded into the wrong clang could no
/// longer say so.)
std::vector<std::string> pragmaSystemFiles(const SourceManager &SM) {
  std::vector<std::string> Files;
  for (unsigned I = 0, N = SM.local_sloc_entry_size(); I != N; ++I) {
    const SrcMgr::SLocEntry &E = SM.getLocalSLocEntry(I);
    if (!E.isFile() || !E.getFile().hasLineDirectives())
      continue;
    unsigned End = I + 1 != N ? SM.getLocalSLocEntry(I + 1).getOffset()
                              : SM.getNextLocalOffset();
    if (End <= E.getOffset())
      continue;
    SourceLocation Last = SourceLocation::getFromRawEncoding(End - 1);
    if (!SM.isInSystemHeader(Last))
      continue;
    std::string Abs = absolutePath(SM.getFilename(Last));
    if (!Abs.empty() && !isSystemPath(Abs) && !llvm::is_contained(Files, Abs))
      Files.push_back(Abs);
  }
  return Files;
}

/// Why \p FD is an allocation wrapper (SPEC section 7, rules 1-3 and
/// foreign files), or None.  \p Named gets the alloc-fn name it matched
/// (directly, or through a macro of \p PP's: allocFnByMacro).
WrapperReason wrapperReason(const FunctionDecl *FD, const PluginArgs &Args,
                            const SourceManager &SM, const Preprocessor &PP,
                            std::string *Named) {
  // The allocation functions themselves (a program's own operator new or
  // malloc) are sites, not wrappers.
  if (FD->isReplaceableGlobalAllocationFunction() ||
      (FD->getIdentifier() && abi::isKnownFunction(FD->getName())))
    return WrapperReason::None;
  if (anyAnnotated(FD, isAllocAnnotation))
    return WrapperReason::Annotation;
  // Written on a declaration of the user's (clang adds some implicitly).
  auto Explicit = [](const Attr *A) { return A && !A->isImplicit(); };
  for (const FunctionDecl *R : FD->redecls())
    if ((Explicit(R->getAttr<RestrictAttr>()) ||
         Explicit(R->getAttr<AllocSizeAttr>())) &&
        !SM.isInSystemHeader(SM.getExpansionLoc(R->getLocation())))
      return WrapperReason::Attribute;
  if (!Args.AllocFns.empty()) {
    std::string Names[2] = {FD->getQualifiedNameAsString(), ""};
    if (const FunctionDecl *P = FD->getTemplateInstantiationPattern())
      Names[1] = P->getQualifiedNameAsString();
    for (const std::string &N : Args.AllocFns)
      if (N == Names[0] || N == Names[1]) {
        if (Named)
          *Named = N;
        return WrapperReason::Named;
      }
    if (FD->getIdentifier() && FD->getDeclContext()->isFileContext()) {
      std::string N = allocFnByMacro(FD->getName(), Args, PP);
      if (!N.empty()) {
        if (Named)
          *Named = N;
        return WrapperReason::Named;
      }
    }
  }
  const FunctionDecl *Def = nullptr;
  if (!Args.Foreign.empty() && FD->hasBody(Def)) {
    PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Def->getLocation()));
    if (P.isValid())
      for (const llvm::GlobPattern &G : Args.Foreign)
        if (G.match(P.getFilename()))
          return WrapperReason::Foreign;
  }
  return WrapperReason::None;
}

/// One walk over the unit's declarations for the handlers that look at
/// every function declaration (WrapperCollector, TemplateNamer): template
/// instantiations and implicit code included, statements not (neither
/// needs them: a function-local class or a lambda is never taken as a
/// wrapper, and function bodies hold no instantiation to name).  With
/// statements the walk was 1.5% of a C++ -O0 compile; two walks of the
/// declarations were 100 M of clang's instructions on pugixml's
/// `test_dom_modify.cpp`, 60 M and 42 M.  With \p SkipSystem, the
/// declarations of system headers are not walked (namespaces, classes and
/// functions there, with what they hold): the caller says nothing there
/// can matter.
class FunctionDeclWalker : public RecursiveASTVisitor<FunctionDeclWalker> {
public:
  FunctionDeclWalker(llvm::function_ref<void(FunctionDecl *)> Visit,
                     const SourceManager *SkipSystem)
      : Visit(Visit), SkipSystem(SkipSystem) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  bool TraverseStmt(Stmt *) { return true; }
  bool TraverseDecl(Decl *D) {
    if (SkipSystem && D && isa<DeclContext>(D) &&
        !isa<TranslationUnitDecl>(D) && D->getLocation().isValid() &&
        SkipSystem->isInSystemHeader(D->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitFunctionDecl(FunctionDecl *FD) {
    ++NumFunctionDeclsWalked;
    Visit(FD);
    return true;
  }

private:
  llvm::function_ref<void(FunctionDecl *)> Visit;
  const SourceManager *SkipSystem;
};

/// Gathers the allocation wrappers of the unit into the facts, by IR name,
/// and warns about alloc-fn names that match no function.
class WrapperCollector {
public:
  WrapperCollector(ASTContext &Ctx, const Preprocessor &PP,
                   const PluginArgs &Args, FrontendFacts &Facts)
      : Gen(Ctx), SM(Ctx.getSourceManager()), PP(PP), Args(Args),
        Facts(Facts) {}

  void visit(FunctionDecl *FD) {
    if (FD->isDependentContext() || FD->isDeleted())
      return;
    std::string Named;
    WrapperReason R = wrapperReason(FD, Args, SM, PP, &Named);
    if (!Named.empty())
      Used.insert(Named);
    // A probe is never a wrapper: the checker reports razor_alloc on one,
    // an attribute or a name gives way.
    if (R == WrapperReason::None || anyAnnotated(FD, isProbeAnnotation))
      return;
    if (isa<CXXConstructorDecl>(FD) || isa<CXXDestructorDecl>(FD)) {
      for (const std::string &Mangled : Gen.getAllManglings(FD))
        Facts.Wrappers[Mangled] = R;
      return;
    }
    Facts.Wrappers[Gen.getName(FD)] = R;
  }

  /// The alloc-fn names nothing matched.
  std::vector<std::string> unused() const {
    std::vector<std::string> Out;
    for (const std::string &N : Args.AllocFns)
      if (!Used.count(N) && !llvm::is_contained(Out, N))
        Out.push_back(N);
    return Out;
  }

private:
  ASTNameGenerator Gen;
  const SourceManager &SM;
  const Preprocessor &PP;
  const PluginArgs &Args;
  FrontendFacts &Facts;
  llvm::StringSet<> Used;
};

/// Walks the translation unit and checks every razor_probe annotation.
class AnnotationChecker : public RecursiveASTVisitor<AnnotationChecker> {
public:
  AnnotationChecker(DiagnosticsEngine &DE, const SourceManager &SM)
      : DE(DE), SM(SM) {
    BadSpec = DE.getCustomDiagID(DiagnosticsEngine::Error, "%0");
    NotFunction = DE.getCustomDiagID(
        DiagnosticsEngine::Error,
        "razor_probe can only mark a function; %0 is not a function");
    Conflict = DE.getCustomDiagID(
        DiagnosticsEngine::Error,
        "conflicting razor_probe annotations on '%0': '%1' and '%2'");
    Previous = DE.getCustomDiagID(DiagnosticsEngine::Note,
                                  "previous razor_probe annotation is here");
    AllocNotFunction = DE.getCustomDiagID(
        DiagnosticsEngine::Error,
        "razor_alloc can only mark a function; %0 is not a function");
    AllocArgs = DE.getCustomDiagID(
        DiagnosticsEngine::Error,
        "razor_alloc takes no arguments: write annotate(\"razor_alloc\")");
    AllocProbe = DE.getCustomDiagID(
        DiagnosticsEngine::Error,
        "a probe cannot be an allocation wrapper: '%0' is annotated "
        "razor_probe");
  }

  bool shouldVisitTemplateInstantiations() const { return false; }
  // A lambda's call operator is implicit code: its annotation is checked
  // like any other.
  bool shouldVisitImplicitCode() const { return true; }

  bool VisitDecl(Decl *D) {
    for (const AnnotateAttr *A : D->specific_attrs<AnnotateAttr>()) {
      bool Probe = isProbeAnnotation(A->getAnnotation());
      if (!Probe && !isAllocAnnotation(A->getAnnotation()))
        continue;
      noteSystem(D);
      // An annotation copied from an earlier declaration was checked there.
      if (A->isInherited())
        continue;
      if (Probe)
        check(D, A);
      else
        checkAlloc(D, A);
    }
    return true;
  }

  /// Whether a declaration with a razor annotation, or another declaration
  /// of its function, lies in a system header: then the walk of the
  /// unit's functions must enter them (FunctionDeclWalker).
  bool inSystemHeaders() const { return InSystem; }

private:
  static const FunctionDecl *function(const Decl *D) {
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      return FTD->getTemplatedDecl();
    return dyn_cast<FunctionDecl>(D);
  }

  static std::string what(const Decl *D) {
    if (const auto *ND = dyn_cast<NamedDecl>(D))
      return "'" + ND->getNameAsString() + "'";
    return "this declaration";
  }

  void checkAlloc(Decl *D, const AnnotateAttr *A) {
    if (A->getAnnotation() != RAZOR_ALLOC_ANNOTATION) {
      DE.Report(A->getLocation(), AllocArgs);
      return;
    }
    const FunctionDecl *FD = function(D);
    if (!FD) {
      DE.Report(A->getLocation(), AllocNotFunction) << what(D);
      return;
    }
    if (anyAnnotated(FD, isProbeAnnotation))
      DE.Report(A->getLocation(), AllocProbe)
          << FD->getQualifiedNameAsString();
  }

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

  void noteSystem(const Decl *D) {
    if (InSystem)
      return;
    for (const Decl *R : D->redecls())
      if (R->getLocation().isValid() && SM.isInSystemHeader(R->getLocation())) {
        InSystem = true;
        return;
      }
  }

  DiagnosticsEngine &DE;
  const SourceManager &SM;
  bool InSystem = false;
  unsigned BadSpec, NotFunction, Conflict, Previous;
  unsigned AllocNotFunction, AllocArgs, AllocProbe;
  llvm::DenseMap<const Decl *, std::pair<std::string, SourceLocation>> Seen;
};

/// Names the instantiations of templates after their template, as written:
/// those marked razor_probe, so that all of them are one probe
/// (`Box<T>::add(const T &)`, `keep<T>(const T &)`), and every other one
/// defined outside system headers, so that a site inside a template is
/// named the same whichever instantiation registers it first (link order
/// decides that), not `DynArray<char, 10>::EnsureCapacity(int)` for a block
/// of `DynArray<Block *, 10>`.
class TemplateNamer {
public:
  TemplateNamer(ASTContext &Ctx, FrontendFacts &Facts)
      : Gen(Ctx), Policy(Ctx.getLangOpts()), SM(Ctx.getSourceManager()),
        Facts(Facts) {}

  void visit(FunctionDecl *FD) {
    if (!FD->isTemplateInstantiation())
      return;
    const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
    if (!Pattern || (!isProbe(FD) && (!FD->doesThisDeclarationHaveABody() ||
                                      SM.isInSystemHeader(Pattern->getLocation()))))
      return;
    std::string Name = templateName(Pattern, isProbe(FD));
    for (const std::string &Mangled : Gen.getAllManglings(FD))
      Facts.ProbeNames[Mangled] = Name;
    if (!isa<CXXConstructorDecl>(FD) && !isa<CXXDestructorDecl>(FD))
      Facts.ProbeNames[Gen.getName(FD)] = Name;
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
  /// parameters, and (\p Params: a probe's name) its parameter types as
  /// written.  A site's function is named without them, as SPEC 1 writes
  /// it (`DynArray<T, N>::EnsureCapacity`): the parameters' types as
  /// written would not read like the demangled names around them.
  std::string templateName(const FunctionDecl *P, bool Params) {
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
    if (!Params)
      return OS.str();
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
  const SourceManager &SM;
  FrontendFacts &Facts;
};

#ifdef RAZOR_NO_STRUCTOR_ANNOTATIONS
/// Records the razor_probe annotation of every constructor and destructor
/// definition under each of its mangled names (C1/C2, D0/D1/D2), with the
/// file and line llvm.global.annotations would give: clang up to 16 emits no
/// entry for them, and the pass reads these instead (!razortrace.probes).
class StructorAnnotations : public RecursiveASTVisitor<StructorAnnotations> {
public:
  StructorAnnotations(ASTContext &Ctx, FrontendFacts &Facts)
      : Gen(Ctx), SM(Ctx.getSourceManager()), Facts(Facts) {}

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
        Facts.Annotations.push_back(Rec);
      }
      break; // conflicting ones were reported; the first is the probe
    }
    return true;
  }

private:
  ASTNameGenerator Gen;
  SourceManager &SM;
  FrontendFacts &Facts;
};
#endif

class RazorConsumer : public ASTConsumer {
public:
  /// \p PlanLocations: the plugin turned location tracking on itself; it
  /// may be turned off again for functions that need none (LocationPlan).
  /// What the unit teaches goes into \p Facts.
  RazorConsumer(CompilerInstance &CI, bool PlanLocations, FrontendFacts &Facts,
                std::shared_ptr<const PluginArgs> Args)
      : CI(CI), PlanLocations(PlanLocations && ClLocationPlan), Facts(Facts),
        Args(std::move(Args)) {}

  void Initialize(ASTContext &Ctx) override {
    const LangOptions &LO = Ctx.getLangOpts();
    const CodeGenOptions &CGO = CI.getCodeGenOpts();
    // Only plain C: other languages, sanitizers and function
    // instrumentation generate calls that are not in the source.
    if (PlanLocations && !LO.CPlusPlus && !LO.ObjC && !LO.OpenMP &&
        !LO.CUDA && !LO.OpenCL && LO.Sanitize.empty() &&
        !CGO.InstrumentFunctions && !CGO.InstrumentFunctionsAfterInlining &&
        !CGO.InstrumentFunctionEntryBare) {
      Facts.CheckLocated = ClCheckLocated;
      Plan = LocationPlan::create(
          Ctx, Facts,
          [this, &Ctx](const FunctionDecl *FD) {
            return wrapperReason(FD, *Args, Ctx.getSourceManager(),
                                 CI.getPreprocessor(),
                                 nullptr) != WrapperReason::None;
          },
          /*ShapeWrappers=*/!Args->NoAutoAlloc,
          /*Locate=*/CGO.DebugPrefixMap.empty(),
          /*Columns=*/CGO.DebugColumnInfo);
    }
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
    // Whether an annotation may lie in a system header: declarations
    // read from a PCH or a module are not all walked, so there it may.
    bool SystemAnnotations = Ctx.getExternalSource();
    if (Annotations) {
      AnnotationChecker Checker(CI.getDiagnostics(), Ctx.getSourceManager());
      Checker.TraverseAST(Ctx);
      SystemAnnotations |= Checker.inSystemHeaders();
    }
    Facts.NoAutoAlloc = Args->NoAutoAlloc;
    Facts.FramePointers = Args->FramePointers;
    Facts.SystemFiles = pragmaSystemFiles(Ctx.getSourceManager());
    WrapperCollector Wrappers(Ctx, CI.getPreprocessor(), *Args, Facts);
    std::optional<TemplateNamer> Namer;
    if (Ctx.getLangOpts().CPlusPlus)
      Namer.emplace(Ctx, Facts);
    // A system header's function is a wrapper only by an annotation, an
    // alloc-fn name or a foreign file, and the template namer passes over
    // its templates' instantiations but for a probe's (an annotation):
    // without any of those there, the walk need not enter system headers,
    // which hold most of a C++ unit's declarations (pugixml's
    // test_dom_modify.cpp: 6,252 M to 6,238 M of clang's instructions, the
    // same object file; yaml-cpp's node_test.cpp at -O3, with a probe
    // declared in every unit by an -include: this function 137.0 M to
    // 65.5 M, of 24,811 M).
    bool SkipSystem = !SystemAnnotations && Args->AllocFns.empty() &&
                      Args->Foreign.empty();
    FunctionDeclWalker(
        [&](FunctionDecl *FD) {
          Wrappers.visit(FD);
          if (Namer)
            Namer->visit(FD);
        },
        SkipSystem ? &Ctx.getSourceManager() : nullptr)
        .TraverseAST(Ctx);
    // A warning -w silences (clang's custom diagnostics ignore it), and
    // never an error: a list given to a whole library's build names
    // functions most of its files do not declare, -Werror or not.
    DiagnosticsEngine &DE = CI.getDiagnostics();
    for (const std::string &Name :
         DE.getIgnoreAllWarnings() ? std::vector<std::string>()
                                   : Wrappers.unused())
      DE.Report(DE.getCustomDiagID(
          DiagnosticsEngine::Warning,
          "razortrace: alloc-fn names '%0', but no function of that name is "
          "declared in this translation unit"))
          << Name;
#ifdef RAZOR_NO_STRUCTOR_ANNOTATIONS
    if (Annotations && Ctx.getLangOpts().CPlusPlus)
      StructorAnnotations(Ctx, Facts).TraverseAST(Ctx);
#endif
  }

private:
  CompilerInstance &CI;
  bool PlanLocations;
  FrontendFacts &Facts;
  std::shared_ptr<const PluginArgs> Args;
  std::unique_ptr<LocationPlan> Plan;
};

/// Writes the frontend's facts into the module, at the start of the
/// pipeline (before RazorInstrumentPass, registered after it).
class AttachFactsPass : public llvm::PassInfoMixin<AttachFactsPass> {
public:
  explicit AttachFactsPass(std::shared_ptr<FrontendFacts> Facts)
      : Facts(std::move(Facts)) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &) {
    Facts->attach(M);
    return llvm::PreservedAnalyses::none();
  }
  static bool isRequired() { return true; }

private:
  std::shared_ptr<FrontendFacts> Facts;
};

/// Has \p Facts written into the module of \p PB's pipeline before the
/// passes read them: at the pipeline's start, or, where there is no
/// pipeline (\p NoPipeline: -disable-llvm-passes), before whichever pass
/// runs first (the printer of -emit-llvm), so the module printed is what
/// `opt -load-pass-plugin=razortrace-pass.so` needs.  (The instrumentation
/// callback runs before every pass of every function: only there.)
void registerFacts(llvm::PassBuilder &PB, std::shared_ptr<FrontendFacts> Facts,
                   bool NoPipeline) {
  llvm::PassInstrumentationCallbacks *PIC = PB.getPassInstrumentationCallbacks();
  if (!NoPipeline || !PIC) {
    PB.registerPipelineStartEPCallback(
        [Facts](llvm::ModulePassManager &MPM, llvm::OptimizationLevel) {
          MPM.addPass(AttachFactsPass(Facts));
        });
    return;
  }
  PIC->registerBeforeNonSkippedPassCallback(
      [Facts](llvm::StringRef, llvm::Any IR) mutable {
        if (!Facts)
          return;
        if (llvm::Module *M = compat::moduleOf(IR)) {
          Facts->attach(*M);
          Facts.reset();
        }
      });
}

/// The directories \p HSO searches for system headers beyond the system's
/// own (-isystem, -idirafter, -cxx-isystem...), absolute and without dots:
/// what clang treats as system headers, the pass does too.
std::vector<std::string> systemDirs(const HeaderSearchOptions &HSO) {
  std::vector<std::string> Dirs;
  for (const HeaderSearchOptions::Entry &E : HSO.UserEntries) {
    if (E.Group == frontend::Quoted || E.Group == frontend::Angled ||
        E.IsFramework || E.Path.empty())
      continue;
    std::string Abs = absolutePath(E.Path);
    if (!Abs.empty() && !isSystemPath(Abs + "/") &&
        !llvm::is_contained(Dirs, Abs))
      Dirs.push_back(Abs);
  }
  return Dirs;
}

/// Any address inside this shared object, for finding its file.
char PluginAnchor;

class RazorAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef InFile) override {
    CodeGenOptions &CGO = CI.getCodeGenOpts();
    auto Facts = std::make_shared<FrontendFacts>();
    if (!Args)
      Args = std::make_shared<PluginArgs>();
    bool NoPipeline = CGO.DisableLLVMPasses;
    // An object file made here, not bitcode a link-time optimizer joins
    // (nor bitcode kept in the object for one), nor assembly text.
    Facts->Object = CI.getFrontendOpts().ProgramAction == frontend::EmitObj &&
                    !CGO.PrepareForLTO && !CGO.PrepareForThinLTO &&
                    CGO.getEmbedBitcode() == CodeGenOptions::Embed_Off;
    Facts->SystemDirs = systemDirs(CI.getHeaderSearchOpts());
    Facts->Sanitized = !CI.getLangOpts().Sanitize.empty();
    auto Register = [Facts, NoPipeline](llvm::PassBuilder &PB) {
      registerFacts(PB, Facts, NoPipeline);
      registerRazorPass(PB);
    };
    if (!compat::schedulePass(CGO, Register, &PluginAnchor)) {
      unsigned ID = CI.getDiagnostics().getCustomDiagID(
          DiagnosticsEngine::Error,
          "razortrace: cannot find the plugin's own file to load its pass");
      CI.getDiagnostics().Report(ID);
    }
    // Without -g, ask codegen for locations only: the pass gets DILocations
    // and the object gets no .debug_* sections.
    if (CGO.getDebugInfo() != compat::NoDebugInfo)
      return std::make_unique<RazorConsumer>(CI, /*PlanLocations=*/false,
                                             *Facts, Args);
#ifdef RAZOR_FRONTEND_COPIES_CGO
    // Too late for clang's own code generator here: generate the locations
    // in a second one.  Only when code is generated at all.
    if (CI.getFrontendOpts().ProgramAction == frontend::ParseSyntaxOnly)
      return std::make_unique<RazorConsumer>(CI, /*PlanLocations=*/false,
                                             *Facts, Args);
    return withLocationShadow(
        std::make_unique<RazorConsumer>(CI, /*PlanLocations=*/true, *Facts,
                                        Args),
        CI, InFile, *Facts);
#else
    CGO.setDebugInfo(compat::LocTrackingOnly);
    return std::make_unique<RazorConsumer>(CI, /*PlanLocations=*/true, *Facts,
                                        Args);
#endif
  }

  /// -fplugin-arg-razortrace-NAME[=VALUE]: alloc-fn=, foreign= (both
  /// repeatable, comma-separated lists), no-auto-alloc and frame-pointers.  Anything else
  /// is an error that lists them.
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Given) override {
    auto Parsed = std::make_shared<PluginArgs>();
    DiagnosticsEngine &DE = CI.getDiagnostics();
    auto Error = [&](unsigned ID, llvm::StringRef Arg) {
      DE.Report(ID) << Arg;
      return false;
    };
    auto ID = [&](auto &Fmt) {
      return DE.getCustomDiagID(DiagnosticsEngine::Error, Fmt);
    };
    auto List = [](llvm::StringRef Value) {
      SmallVector<llvm::StringRef, 4> Parts;
      Value.split(Parts, ',', -1, /*KeepEmpty=*/false);
      return Parts;
    };
    for (const std::string &Arg : Given) {
      auto [Name, Value] = llvm::StringRef(Arg).split('=');
      bool HasValue = llvm::StringRef(Arg).contains('=');
      if (Name == "alloc-fn" && HasValue) {
        for (llvm::StringRef N : List(Value))
          Parsed->AllocFns.push_back(N.trim().str());
        if (List(Value).empty())
          return Error(ID("razortrace: alloc-fn needs a name: "
                          "-fplugin-arg-razortrace-alloc-fn=NAME[,NAME...]%0"),
                       "");
      } else if (Name == "foreign" && HasValue) {
        if (List(Value).empty())
          return Error(ID("razortrace: foreign needs a glob: "
                          "-fplugin-arg-razortrace-foreign=GLOB[,GLOB...]%0"),
                       "");
        for (llvm::StringRef G : List(Value)) {
          auto Pat = llvm::GlobPattern::create(G);
          if (!Pat) {
            llvm::consumeError(Pat.takeError());
            return Error(ID("razortrace: foreign: '%0' is not a valid glob"), G);
          }
          Parsed->ForeignText.push_back(G.str());
          Parsed->Foreign.push_back(std::move(*Pat));
        }
      } else if (Name == "no-auto-alloc" && !HasValue) {
        Parsed->NoAutoAlloc = true;
      } else if (Name == "frame-pointers" && !HasValue) {
        Parsed->FramePointers = true;
      } else {
        return Error(
            ID("razortrace: unknown plugin argument '%0'; the known ones are "
               "-fplugin-arg-razortrace-alloc-fn=NAME[,NAME...], "
               "-fplugin-arg-razortrace-foreign=GLOB[,GLOB...], "
               "-fplugin-arg-razortrace-no-auto-alloc and "
               "-fplugin-arg-razortrace-frame-pointers"),
            Arg);
      }
    }
    Args = std::move(Parsed);
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }

private:
  std::shared_ptr<const PluginArgs> Args;
};

} // namespace
} // namespace razor

namespace {
/// Runs when clang loads the plugin, before the registration below and
/// before anything of clang's is touched that differs between majors (the
/// highest priority: before the command-line switches register too): a
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
} TheVersionCheck __attribute__((init_priority(101)));
} // namespace

/// What clang up to 17 calls when it loads this file as a pass plugin
/// (compat::schedulePass): the unit's registration, facts included.  Loaded
/// by hand (-fpass-plugin=razortrace.so), the passes alone.
extern "C" ::llvm::PassPluginLibraryInfo
llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "razortrace", LLVM_VERSION_STRING,
          [](llvm::PassBuilder &PB) {
            if (!razor::compat::registerScheduled(PB))
              razor::registerRazorPass(PB);
          }};
}

static clang::FrontendPluginRegistry::Add<razor::RazorAction>
    X("razortrace", "razortrace: leak probes and allocation-site tagging");