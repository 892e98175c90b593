//===- RazorRecords.cpp - the site and probe records a module carries -----===//
//
// Locating a call (file, line, column, enclosing function, the source line
// itself) and building its record in the layout razor_abi.h defines.
//
//===----------------------------------------------------------------------===//
#include "RazorRecords.h"
#include "RazorABI.h"
#include "RazorCompat.h"
#include "RazorPaths.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

namespace razor {

namespace {
/// The IR names of what this file adds to a module (private: only the
/// output's reader sees them).
constexpr StringLiteral SiteName = "razor.site";
constexpr StringLiteral CallName = "razor.call";
constexpr StringLiteral ProbeName = "razor.probe";
constexpr StringLiteral StringName = "razor.str";
constexpr StringLiteral InlinedName = "razor.inlined";
constexpr StringLiteral FuncName = "razor.func";
constexpr StringLiteral FileName = "razor.file";
constexpr StringLiteral ScopeName = "razor.scope";
constexpr StringLiteral FuncAliasName = "razor.fn";

/// The index of the bracket that closes the one at \p Open in \p S (angle
/// brackets and parentheses nest), or npos.
size_t closing(StringRef S, size_t Open) {
  int Depth = 0;
  for (size_t I = Open; I < S.size(); ++I) {
    if (S[I] == '<' || S[I] == '(')
      ++Depth;
    else if ((S[I] == '>' || S[I] == ')') && --Depth == 0)
      return I;
  }
  return StringRef::npos;
}

/// The arguments of a template argument list, split at its top-level
/// commas.
SmallVector<std::string, 4> templateArguments(StringRef List) {
  SmallVector<std::string, 4> Args;
  int Depth = 0;
  size_t Start = 0;
  for (size_t I = 0; I < List.size(); ++I) {
    if (List[I] == '<' || List[I] == '(')
      ++Depth;
    else if (List[I] == '>' || List[I] == ')')
      --Depth;
    else if (List[I] == ',' && Depth == 0) {
      Args.push_back(List.slice(Start, I).trim().str());
      Start = I + 1;
    }
  }
  Args.push_back(List.substr(Start).trim().str());
  return Args;
}

/// The standard library's templates whose trailing arguments have
/// defaults (razor_names.def).
struct TemplateDefaults {
  StringLiteral Name;
  unsigned First;
  SmallVector<StringLiteral, 3> Defaults;
};
const TemplateDefaults StdDefaults[] = {
#define RAZOR_NAME_DEFAULTS(TEMPLATE, FIRST, ...)                              \
  {TEMPLATE, FIRST, {__VA_ARGS__}},
#include "razor_names.def"
};

const TemplateDefaults *stdDefaults(StringRef Name) {
  for (const TemplateDefaults &T : StdDefaults)
    if (T.Name == Name)
      return &T;
  return nullptr;
}

/// The default of argument \p Index of \p T given the arguments \p Args
/// before it, or "".
std::string defaultArgument(const TemplateDefaults &T, size_t Index,
                            ArrayRef<std::string> Args) {
  if (Index < T.First || Index - T.First >= T.Defaults.size())
    return "";
  std::string Out;
  StringRef Pattern = T.Defaults[Index - T.First];
  for (size_t I = 0; I < Pattern.size(); ++I)
    if (Pattern[I] == '$' && I + 1 < Pattern.size() &&
        (Pattern[I + 1] == '0' || Pattern[I + 1] == '1'))
      Out += Args[Pattern[++I] - '0'];
    else
      Out += Pattern[I];
  return Out;
}
} // namespace

/// \p Name with the standard containers' and smart pointers' trailing
/// template arguments that are their defaults left out, as they are
/// written: std::vector<int> for std::vector<int, std::allocator<int>>,
/// std::map<K, V> for std::map<K, V, std::less<K>, std::allocator<...>>.
/// Only an argument equal to its default goes (a custom allocator stays).
static std::string elideDefaultArguments(StringRef Name) {
  std::string Out;
  for (size_t I = 0; I < Name.size();) {
    bool Boundary = I == 0 || !(isAlnum(Name[I - 1]) || Name[I - 1] == '_' ||
                                Name[I - 1] == ':');
    if (Boundary && compat::startsWith(Name.substr(I), "std::")) {
      size_t End = I + 5;
      while (End < Name.size() && (isAlnum(Name[End]) || Name[End] == '_'))
        ++End;
      StringRef Template = Name.slice(I + 5, End);
      size_t Close = End < Name.size() && Name[End] == '<'
                         ? closing(Name, End)
                         : StringRef::npos;
      const TemplateDefaults *T = stdDefaults(Template);
      if (Close != StringRef::npos && T) {
        SmallVector<std::string, 4> Args;
        for (const std::string &Arg :
             templateArguments(Name.slice(End + 1, Close)))
          Args.push_back(elideDefaultArguments(Arg));
        while (Args.size() > 1 &&
               defaultArgument(*T, Args.size() - 1, Args) == Args.back())
          Args.pop_back();
        Out += ("std::" + Template + "<").str();
        for (size_t A = 0; A < Args.size(); ++A)
          Out += (A ? ", " : "") + Args[A];
        Out += '>';
        I = Close + 1;
        continue;
      }
    }
    Out += Name[I++];
  }
  return Out;
}

std::string readableName(StringRef Mangled) {
  std::string Name = compat::demangle(Mangled);
  static const std::pair<StringRef, StringRef> Short[] = {
      {"std::__cxx11::basic_string<char, std::char_traits<char>, "
       "std::allocator<char>>",
       "std::string"},
      {"std::basic_string<char, std::char_traits<char>, std::allocator<char>>",
       "std::string"},
      {"std::__cxx11::", "std::"},
  // The streams, by the names users write (razor_names.def).
#define RAZOR_NAME_SHORT(LONG, SHORT) {LONG, SHORT},
#include "razor_names.def"
  };
  for (const auto &[Long, ShortName] : Short)
    for (size_t Pos; (Pos = Name.find(Long.str())) != std::string::npos;)
      Name.replace(Pos, Long.size(), ShortName.str());
  return elideDefaultArguments(Name);
}

RecordBuilder::RecordBuilder(Module &M, const ModuleFacts &Facts,
                             bool SourceLines, unsigned MaxSourceLine)
    : M(M), Facts(Facts), SourceLines(SourceLines),
      MaxSourceLine(MaxSourceLine) {
  StringRef Dir, File;
  if (Facts.compileUnit(Dir, File)) {
    CompDir = Dir.str();
    MainName = File.str();
    MainAbs = absolutePath(CompDir, MainName);
  }
}

/// Whether \p File (in \p Dir) is a system header's, as clang judges:
/// never the main file, whatever -isystem names (its directory may be one).
bool RecordBuilder::systemFile(StringRef Dir, StringRef File) const {
  if (isSystemPath(joinPath(Dir, File)))
    return true;
  std::string Abs = absolutePath(Dir, File);
  return Abs != MainAbs && Facts.namedSystemFile(Abs);
}

std::string RecordBuilder::functionName(const Function &F) const {
  StringRef Recorded = Facts.probeName(F);
  if (!Recorded.empty())
    return Recorded.str();
  FunctionSource Src;
  if (Facts.functionSource(F, Src) && !Src.LinkageName.empty())
    return readable(Src.LinkageName).str();
  return readable(F.getName()).str();
}

StringRef RecordBuilder::readable(StringRef Mangled) const {
  auto [It, New] = Readable.try_emplace(Mangled);
  if (New)
    It->second = readableName(Mangled);
  return It->second;
}

const RecordBuilder::Place &RecordBuilder::place(StringRef Dir,
                                                 StringRef File) const {
  auto [It, New] = Places.try_emplace((Dir + Twine('\0') + File).str());
  if (New) {
    It->second.File = displayPath(Dir, File);
    It->second.System = systemFile(CompDir, It->second.File);
  }
  return It->second;
}

bool RecordBuilder::isSystemFunction(const Function &F) const {
  FunctionSource Src;
  return Facts.functionSource(F, Src) &&
         systemFile(Src.Dir, Src.File);
}

bool RecordBuilder::definition(const Function &F, std::string &File,
                               std::string &Dir, unsigned &Line) const {
  FunctionSource Src;
  if (Facts.functionSource(F, Src) && Src.Line) {
    File = displayPath(Src.Dir, Src.File);
    Line = Src.Line;
  } else if (unsigned QuietLine = Facts.quietLine(F)) {
    // Generated without locations, but known to be in the main file.
    File = MainName;
    Line = QuietLine;
  } else {
    return false;
  }
  Dir = CompDir;
  return !File.empty();
}

/// The path reports show for \p File in \p Dir: as the compiler saw it.
/// Debug info splits paths on whatever prefix they share with the
/// compilation directory; this undoes that: the main file is spelled as on
/// the command line, a file under the compilation directory relative to
/// it, any other absolute.
std::string RecordBuilder::displayPath(StringRef Dir, StringRef File) const {
  if (File.empty())
    return "";
  std::string Abs = absolutePath(Dir, File);
  if (!MainAbs.empty() && Abs == MainAbs)
    return MainName;
  if (!CompDir.empty() && Abs.size() > CompDir.size() + 1 &&
      compat::startsWith(Abs, CompDir) && Abs[CompDir.size()] == '/')
    return Abs.substr(CompDir.size() + 1);
  return Abs;
}

RecordBuilder::SiteLoc RecordBuilder::locate(const Instruction &I) const {
  SiteLoc L;
  CallSource Src;
  if (Facts.callSource(I, Src)) {
    L.Line = Src.Line;
    L.Column = Src.Column;
    const Place &P = place(Src.Dir, Src.File);
    L.File = P.File;
    L.Dir = CompDir;
    L.SystemHeader = P.System;
    // Code inlined from another function names that function; otherwise
    // the enclosing function's own (demangled) name, which needs no -g.
    if (const DISubprogram *SP = Src.InlinedFrom)
      L.Function = SP->getLinkageName().empty()
                       ? SP->getName().str()
                       : readable(SP->getLinkageName()).str();
  }
  if (L.Function.empty())
    L.Function = functionName(*I.getFunction());
  if (L.File.empty()) {
    L.File = M.getSourceFileName();
    L.Dir = "";
    L.SystemHeader = systemFile(L.Dir, L.File);
  }
  return L;
}

std::string RecordBuilder::sourceLine(StringRef Dir, StringRef File,
                                      unsigned Line) {
  if (!SourceLines || Line == 0 || File.empty())
    return "";
  SmallString<256> Path = joinPath(Dir, File);
  auto It = Sources.find(Path);
  if (It == Sources.end()) {
    SourceFile SF;
    if (auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false)) {
      SF.Buf = std::move(*Buf);
      StringRef All = SF.Buf->getBuffer();
      SF.LineStart.push_back(0);
      for (size_t NL = All.find('\n'); NL != StringRef::npos;
           NL = All.find('\n', NL + 1))
        SF.LineStart.push_back(NL + 1);
    }
    It = Sources.try_emplace(Path, std::move(SF)).first;
  }
  const SourceFile &SF = It->second;
  if (!SF.Buf || Line > SF.LineStart.size())
    return "";
  StringRef Text = SF.Buf->getBuffer().drop_front(SF.LineStart[Line - 1]);
  Text = Text.take_until([](char Ch) { return Ch == '\n'; }).trim();
  if (Text.size() <= MaxSourceLine)
    return Text.str();
  return Text.take_front(MaxSourceLine).str() + "...";
}

/// A record's string \p S, made once per module (\p Made holds them):
/// a private unnamed_addr constant of alignment 1, which the backend puts
/// in a mergeable string section, so the linker keeps one copy of each
/// string across translation units.  In RAZOR_STRINGS_SECTION
/// (razor_abi.h), unless \p AtStart (the runtime reads it when the module
/// registers: .rodata.str1.1).  Null for "": a record's 0 means the empty
/// string.
static GlobalVariable *recordString(Module &M,
                                    StringMap<GlobalVariable *> &Made,
                                    StringRef S, bool AtStart) {
  if (S.empty())
    return nullptr;
  GlobalVariable *&GV = Made[S];
  if (GV)
    return GV;
  Constant *Init =
      ConstantDataArray::getString(M.getContext(), S, /*AddNull=*/true);
  GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                          GlobalValue::PrivateLinkage, Init, StringName);
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(Align(1));
  if (!AtStart)
    GV->setSection(abi::StringsSection);
  return GV;
}

GlobalVariable *RecordBuilder::string(StringRef S, bool AtStart) {
  return recordString(M, AtStart ? StartStrings : Strings, S, AtStart);
}

/// A record of type \p Ty in \p Section, its initializer set later (its
/// string fields are distances from the record itself); \p Constant unless
/// the runtime writes to it.  Never in a comdat
/// group: code inlined from the group's function into other functions
/// still points at the record after the linker drops a duplicate group, so
/// the record must stay.  Duplicates from several translation units are
/// merged by the runtime (sites by file:line:column, probes by name, file
/// and line).
GlobalVariable *RecordBuilder::add(StructType *Ty, StringRef Name,
                                   StringRef Section, unsigned Alignment,
                                   bool Constant) {
  auto *GV = new GlobalVariable(M, Ty, Constant,
                                GlobalValue::PrivateLinkage, nullptr, Name);
  GV->setSection(Section);
  GV->setAlignment(Align(Alignment));
  Records.push_back(GV);
  return GV;
}

/// A constant private record of type \p Ty named \p Name, aligned to
/// \p Alignment, whose fields are all razor_rel: the distances to
/// \p Targets, in the order of its fields (null: 0).
static GlobalVariable *relRecord(Module &M, StructType *Ty, StringRef Name,
                                 unsigned Alignment,
                                 ArrayRef<GlobalVariable *> Targets) {
  assert(Targets.size() == Ty->getNumElements() && "a target per field");
  auto *GV = new GlobalVariable(M, Ty, /*isConstant=*/true,
                                GlobalValue::PrivateLinkage, nullptr, Name);
  GV->setAlignment(Align(Alignment));
  abi::RecordInit Init(Ty);
  for (unsigned I = 0, E = Targets.size(); I != E; ++I)
    Init.setRel(I, GV, Targets[I]);
  GV->setInitializer(Init.get());
  return GV;
}

/// The file record (struct razor_file) of \p File in \p Dir: one per
/// module and file, constant.
GlobalVariable *RecordBuilder::fileRecord(StringRef File, StringRef Dir) {
  if (File.empty() && Dir.empty())
    return nullptr;
  GlobalVariable *&Where = Files[(Dir + Twine('\0') + File).str()];
  if (!Where) {
    GlobalVariable *FileStr = string(File), *DirStr = string(Dir);
    Where = relRecord(M, abi::fileType(M.getContext()), FileName,
                      abi::FileAlign, {FileStr, DirStr});
  }
  return Where;
}

/// The scope record (struct razor_scope) of the function named \p Fn in
/// the file of record \p Where: one per module, file and function,
/// constant; null when both are.
GlobalVariable *RecordBuilder::scopeRecord(GlobalVariable *Where,
                                           GlobalVariable *Fn) {
  if (!Where && !Fn)
    return nullptr;
  GlobalVariable *&Scope = Scopes[{Where, Fn}];
  if (!Scope)
    Scope = relRecord(M, abi::scopeType(M.getContext()), ScopeName,
                      abi::ScopeAlign, {Where, Fn});
  return Scope;
}

/// A site record: \p Line, \p Column (at most 65535), \p Kind,
/// \p Flags, \p Scope, and the fields after the struct for
/// those of \p Callee, \p Source and \p Inner that are set (their flags
/// added to \p Flags).  \p Make makes the global of the record's type,
/// which the tail decides.
static GlobalVariable *
siteRecord(Module &M, uint64_t Line, uint64_t Column, uint64_t Kind,
           uint64_t Flags, Constant *Scope, Constant *Callee,
           Constant *Source, Constant *Inner,
           function_ref<GlobalVariable *(StructType *)> Make) {
  Flags &= ~uint64_t(RAZOR_SITE_TAIL);
  SmallVector<std::pair<unsigned, Constant *>, 3> Tail;
  if (Callee)
    Tail.push_back({RAZOR_SITE_CALLEE, Callee});
  if (Source)
    Tail.push_back({RAZOR_SITE_SOURCE, Source});
  if (Inner)
    Tail.push_back({RAZOR_SITE_INLINED, Inner});
  for (auto &[Flag, Target] : Tail)
    Flags |= Flag;
  StructType *Ty = abi::siteType(M.getContext(), Tail.size());
  GlobalVariable *GV = Make(Ty);
  abi::SiteInit Init(Ty);
  Init.setInt(abi::site::line, Line)
      .setInt(abi::site::column, std::min<uint64_t>(Column, UINT16_MAX))
      .setInt(abi::site::kind, Kind)
      .setInt(abi::site::flags, Flags)
      .setRel(abi::site::scope, GV, Scope);
  for (unsigned I = 0; I != Tail.size(); ++I)
    Init.setRel(abi::site::NumFields + I, GV, Tail[I].second);
  GV->setInitializer(Init.get());
  return GV;
}

GlobalVariable *RecordBuilder::site(const Instruction &I, unsigned Kind,
                                    StringRef Callee, unsigned Flags,
                                    bool CopySource) {
  SiteLoc L = locate(I);
  std::string Source = CopySource ? sourceLine(L.Dir, L.File, L.Line) : "";
  // The strings are made in the order of the fields, before the record.
  GlobalVariable *Where = fileRecord(L.File, L.Dir), *Fn = string(L.Function),
                 *Src = string(Source), *CalleeStr = string(Callee);
  return siteRecord(
      M, L.Line, L.Column, Kind,
      Flags | (L.SystemHeader ? RAZOR_SITE_SYSTEM_HEADER : 0),
      scopeRecord(Where, Fn), CalleeStr, Src, nullptr, [&](StructType *Ty) {
        return add(Ty, Kind == RAZOR_KIND_CALL ? CallName : SiteName,
                   abi::SitesSection, abi::SiteAlign, /*Constant=*/true);
      });
}

GlobalVariable *inlinedWrapperSite(Module &M, GlobalVariable *Call,
                                   GlobalVariable *Inner) {
  auto *From = Call->hasInitializer()
                   ? dyn_cast<ConstantStruct>(Call->getInitializer())
                   : nullptr;
  if (!From || !abi::isSiteType(From->getType()))
    return nullptr;
  auto Int = [&](unsigned I) {
    return cast<ConstantInt>(From->getOperand(I))->getZExtValue();
  };
  uint64_t Flags = Int(abi::site::flags);
  // What each string or record field names (null: none), in the order of
  // the record's fields.
  SmallVector<Constant *, 5> Targets;
  for (unsigned I = abi::site::scope, E = From->getNumOperands(); I != E;
       ++I) {
    Constant *Field = From->getOperand(I);
    Constant *Target = abi::relTarget(Field);
    if (!Target && !Field->isNullValue())
      return nullptr;
    Targets.push_back(Target);
  }
  unsigned Next = 1; // after scope
  auto TailTarget = [&](unsigned Flag) -> Constant * {
    return (Flags & Flag) ? Targets[Next++] : nullptr;
  };
  Constant *Callee = TailTarget(RAZOR_SITE_CALLEE);
  Constant *Source = TailTarget(RAZOR_SITE_SOURCE);
  GlobalVariable *GV = siteRecord(
      M, Int(abi::site::line), Int(abi::site::column), Int(abi::site::kind),
      Flags | RAZOR_SITE_INLINED, Targets[0], Callee, Source, Inner,
      [&](StructType *Ty) {
        auto *GV = new GlobalVariable(M, Ty, /*isConstant=*/true,
                                      GlobalValue::PrivateLinkage, nullptr,
                                      InlinedName);
        GV->setSection(Call->getSection());
        GV->setAlignment(Align(abi::SiteAlign));
        return GV;
      });
  appendToCompilerUsed(M, {GV});
  return GV;
}

GlobalVariable *RecordBuilder::probe(Function &F, StringRef Spec,
                                     StringRef File, unsigned Line) {
  std::string DisplayFile = File.str(), Dir;
  FunctionSource Src;
  if (Facts.functionSource(F, Src)) {
    DisplayFile = displayPath(Src.Dir, Src.File);
    Dir = CompDir;
    Line = Src.Line;
  }
  LLVMContext &C = M.getContext();
  PointerType *PtrTy = compat::getPtrTy(C);
  // The runtime reads them all when the module registers.
  GlobalVariable *Name = string(functionName(F), /*AtStart=*/true),
                 *FileStr = string(DisplayFile, /*AtStart=*/true),
                 *SpecStr = string(Spec, /*AtStart=*/true),
                 *DirStr = string(Dir, /*AtStart=*/true);
  StructType *Ty = abi::probeDescType(C);
  GlobalVariable *GV =
      add(Ty, ProbeName, abi::ProbesSection, abi::ProbeDescAlign,
          /*Constant=*/false);
  abi::ProbeDescInit Init(Ty);
  Init.setInt(abi::probe::abi_version, abi::Version)
      .setInt(abi::probe::line, Line)
      .setRel(abi::probe::function, GV, Name)
      .setRel(abi::probe::file, GV, FileStr)
      .setRel(abi::probe::spec, GV, SpecStr)
      .setRel(abi::probe::dir, GV, DirStr)
      .set(abi::probe::fn, ConstantExpr::getPointerCast(&F, PtrTy))
      .set(abi::probe::state, ConstantPointerNull::get(PtrTy));
  GV->setInitializer(Init.get());
  return GV;
}

bool functionRecords(Module &M) {
  LLVMContext &C = M.getContext();
  StructType *FuncTy = abi::funcType(C), *FileTy = abi::fileType(C);
  // Strings and file records, once per module (strings merge with the
  // site records' in the link, being of the same kind).
  StringMap<GlobalVariable *> Strings;
  StringMap<GlobalVariable *> Files; // by dir, '\0', file
  // The site records' file records (RecordBuilder::fileRecord) serve.
  auto Text = [](Constant *Field) -> StringRef {
    auto *Str = dyn_cast_or_null<GlobalVariable>(abi::relTarget(Field));
    auto *Data = Str && Str->hasInitializer()
                     ? dyn_cast<ConstantDataArray>(Str->getInitializer())
                     : nullptr;
    return Data && Data->isCString() ? Data->getAsCString() : "";
  };
  for (GlobalVariable &GV : M.globals())
    if (compat::startsWith(GV.getName(), FileName) &&
        GV.getValueType() == FileTy &&
        GV.hasInitializer())
      if (auto *CS = dyn_cast<ConstantStruct>(GV.getInitializer()))
        Files.try_emplace((Text(CS->getOperand(abi::file::dir)) + Twine('\0') +
                           Text(CS->getOperand(abi::file::file)))
                              .str(),
                          &GV);
  SmallVector<GlobalValue *, 64> Made;
  for (Function &Fn : M) {
    Function *F = &Fn;
    std::string File, Dir;
    unsigned Line = 0;
    if (!takeDefinitionFact(*F, File, Dir, Line) || F->isDeclaration() ||
        F->hasAvailableExternallyLinkage())
      continue;
    GlobalVariable *&Where = Files[Dir + '\0' + File];
    if (!Where) {
      GlobalVariable *FileStr =
                         recordString(M, Strings, File, /*AtStart=*/false),
                     *DirStr =
                         recordString(M, Strings, Dir, /*AtStart=*/false);
      Where = relRecord(M, FileTy, FileName, abi::FileAlign,
                        {FileStr, DirStr});
    }
    // A function others may interpose (a shared library's) is reached
    // through a private alias: a distance to its own code, fixed at link
    // time, never to whichever definition wins at load time.
    Constant *Target = F;
    if (!F->hasLocalLinkage())
      Target = GlobalAlias::create(GlobalValue::PrivateLinkage, FuncAliasName,
                                   F);
    auto *GV = new GlobalVariable(M, FuncTy, /*isConstant=*/true,
                                  GlobalValue::PrivateLinkage, nullptr,
                                  FuncName);
    GV->setSection(abi::FuncsSection);
    GV->setAlignment(Align(abi::FuncAlign));
    // Kept and dropped with the function: in its comdat, and linked to
    // its section (SHF_LINK_ORDER), so that --gc-sections may drop both.
    GV->setComdat(F->getComdat());
    GV->setMetadata(LLVMContext::MD_associated,
                    MDNode::get(C, ValueAsMetadata::get(F)));
    abi::FuncInit Init(FuncTy);
    Init.setRel(abi::func::fn, GV, Target)
        .setRel(abi::func::where, GV, Where)
        .setInt(abi::func::line, Line);
    GV->setInitializer(Init.get());
    Made.push_back(GV);
  }
  if (!Made.empty())
    appendToCompilerUsed(M, Made);
  return !Made.empty();
}

} // namespace razor
