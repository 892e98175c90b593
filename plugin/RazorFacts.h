//===- RazorFacts.h - what the frontend tells the pass, as metadata -------===//
//
// The frontend sees what the IR does not say, and writes it into the module
// as metadata at the start of the pipeline (with -disable-llvm-passes,
// before the printer); the instrumentation reads it back and removes it.  The
// IR carries everything the pass uses, so
//   clang -fplugin=razortrace.so -Xclang -disable-llvm-passes -S -emit-llvm
// followed by `opt -load-pass-plugin=razortrace-pass.so` instruments the
// same way clang with the plugin does.
//
//   !razortrace.quiet = !{!{ptr @f, i32 line}, ...}
//       C functions the frontend generated without source locations because
//       their code holds no call the pass locates (LocationPlan): the pass
//       does not walk them.  LINE: their definition's, in the main file.
//   !razortrace.probe_names = !{!{ptr @_ZN3BoxIiE3addERKi,
//                                 !"Box<T>::add(const T &)"}, ...}
//       the readable name of each instantiation of a template probe, the
//       same for all of them, so the runtime counts them as one probe.
//   !razortrace.probes = !{!{ptr @f, !"razor_probe:SPEC", !"file", i32 line}}
//       annotated functions llvm.global.annotations lacks (constructors and
//       destructors up to clang 16), in the order the frontend saw them.
//   !razortrace.wrappers = !{!{ptr @f, i32 reason}, ...}
//       allocation wrappers the frontend knows of (SPEC section 7): reason
//       is a WrapperReason (annotation, malloc/alloc_size attribute,
//       alloc-fn name, a function of a file declared foreign).
//   !razortrace.no_auto_alloc = !{}
//       -fplugin-arg-razortrace-no-auto-alloc: the pass does not recognise
//       wrappers by their shape.
//   !razortrace.object = !{}
//       the unit becomes an object file in this very compile (not bitcode
//       for a link-time optimizer, which joins the units' module assembly
//       into one; not textual assembly, whose syntax -masm may change): the
//       pass may write its entry thunks as module assembly.
// Up to LLVM 16, where a plugin cannot turn on location tracking, the
// locations of a second code generator (RazorLocationShadow.cpp), and on
// every version those of the C functions the frontend generated without
// locations but whose calls it located itself (LocationPlan):
//   !razortrace.cu = !{!{!"compilation dir", !"main file"}}
//   a call's     !razortrace.loc !{i32 line, i32 column, !"file", !"dir"}
//   a function's !razortrace.subprogram !{!"linkage name", !"file", !"dir",
//                                         i32 line}
// And those the instrumentation writes for the end of the optimizer (the
// function records, made of the functions left then: RazorRecords.h; the
// callsite placement, which may write the outer halves of the functions it
// splits as module assembly):
//   a function's !razortrace.definition !{!"file", !"dir", i32 line}
//   !razortrace.object_at_end = !{}   (!razortrace.object was there)
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_FACTS_H
#define RAZOR_FACTS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <string>
#include <vector>

namespace llvm {
class DISubprogram;
class Function;
class Instruction;
class Module;
} // namespace llvm

namespace razor {
namespace facts {
constexpr llvm::StringLiteral Quiet = "razortrace.quiet";
constexpr llvm::StringLiteral ProbeNames = "razortrace.probe_names";
constexpr llvm::StringLiteral Probes = "razortrace.probes";
constexpr llvm::StringLiteral Wrappers = "razortrace.wrappers";
constexpr llvm::StringLiteral NoAutoAlloc = "razortrace.no_auto_alloc";
constexpr llvm::StringLiteral Object = "razortrace.object";
constexpr llvm::StringLiteral FramePointers = "razortrace.frame_pointers";
constexpr llvm::StringLiteral SystemDirs = "razortrace.system_dirs";
constexpr llvm::StringLiteral SystemFiles = "razortrace.system_files";
/// The unit becomes an object file (Object), for RazorPlaceCallsitesPass,
/// which reads and removes it.
constexpr llvm::StringLiteral ObjectAtEnd = "razortrace.object_at_end";
/// A sanitizer is on: functions stay whole (RazorPlaceCallsitesPass reads
/// and removes it).
constexpr llvm::StringLiteral Sanitized = "razortrace.sanitized";
constexpr llvm::StringLiteral CompileUnit = "razortrace.cu";
constexpr llvm::StringLiteral Loc = "razortrace.loc";
constexpr llvm::StringLiteral Subprogram = "razortrace.subprogram";
constexpr llvm::StringLiteral Definition = "razortrace.definition";
} // namespace facts

/// Why a function is an allocation wrapper (SPEC section 7), in the
/// order a function with several reasons is reported by.
enum class WrapperReason : unsigned {
  None = 0,
  Annotation = 1, ///< annotate("razor_alloc")
  Attribute = 2,  ///< __attribute__((malloc)) or alloc_size, not a system header's
  Named = 3,      ///< -fplugin-arg-razortrace-alloc-fn=
  Foreign = 4,    ///< defined in a file matching -fplugin-arg-razortrace-foreign=
  Shape = 5,      ///< recognised by the pass: it only obtains memory and hands it back
};

/// How remarks and messages name \p R.
const char *wrapperReasonText(WrapperReason R);

/// An annotated function the frontend saw: the fields of an
/// llvm.global.annotations entry.
struct FrontendAnnotation {
  std::string Function;   ///< mangled name (one per C1/C2/D0/D1/D2)
  std::string Annotation; ///< "razor_probe:..."
  std::string File;       ///< the definition's file, as clang spells it
  unsigned Line = 0;      ///< the definition's line
};

/// A call the frontend located in a function it generated without
/// locations (LocationPlan): the IR name of its callee ("": through a
/// pointer) and where clang's location tracking would have put it.
struct LocatedCall {
  std::string Callee;
  unsigned Line = 0, Column = 0;
};

/// Such a function: the line of its definition in the main file, and its
/// calls that have records, in the order clang generates them.
struct LocatedFunction {
  unsigned Line = 0;
  std::vector<LocatedCall> Calls;
};

/// What the frontend learned about one translation unit, until it is
/// written into the unit's module.
struct FrontendFacts {
  /// C functions generated without locations, by IR name, with the line
  /// of their definition.
  llvm::StringMap<unsigned> Quiet;
  /// Template instantiations' names as written (probes' and those of
  /// templates outside system headers), by mangled name.
  llvm::StringMap<std::string> ProbeNames;
  /// Annotations llvm.global.annotations lacks, in the frontend's order.
  std::vector<FrontendAnnotation> Annotations;
  /// Allocation wrappers, by IR name.
  llvm::StringMap<WrapperReason> Wrappers;
  /// -fplugin-arg-razortrace-no-auto-alloc.
  bool NoAutoAlloc = false;
  /// -fplugin-arg-razortrace-frame-pointers.
  bool FramePointers = false;
  /// The unit becomes an object file in this compile (facts::Object).
  bool Object = false;
  /// The directories of system headers the command line names (-isystem,
  /// -idirafter, ...), absolute.
  std::vector<std::string> SystemDirs;
  /// The files that said `#pragma GCC system_header`, absolute.
  std::vector<std::string> SystemFiles;
  /// A sanitizer is on (-fsanitize=): its reports name the functions and
  /// frames as without the plugin (facts::Sanitized).
  bool Sanitized = false;
  /// Up to LLVM 16: writes the second code generator's locations.
  std::function<void(llvm::Module &)> AttachLocations;
  /// C functions generated without locations whose calls the frontend
  /// located, by IR name: their calls get location facts.
  llvm::StringMap<LocatedFunction> Located;
  /// The main file as their locations name it (its presumed name).
  std::string LocatedFile;
  /// -mllvm -razortrace-check-located: those functions kept their
  /// locations, and each located call is compared with clang's instead.
  bool CheckLocated = false;

  /// Writes all of it into \p M (names that are not in \p M are left out).
  void attach(llvm::Module &M) const;
};

/// The encoding of the location facts, for their writer.
void setCompileUnitFact(llvm::Module &M, llvm::StringRef Dir,
                        llvm::StringRef File);
void setLocationFact(llvm::Instruction &I, unsigned Line, unsigned Column,
                     llvm::StringRef File, llvm::StringRef Dir);
void setSubprogramFact(llvm::Function &F, llvm::StringRef LinkageName,
                       llvm::StringRef File, llvm::StringRef Dir,
                       unsigned Line);

/// Whether \p M has the fact \p Name that is a flag (an empty named
/// metadata: facts::Object, facts::Sanitized, ...), removed from it.
bool takeFlagFact(llvm::Module &M, llvm::StringRef Name);

/// Where \p F is defined, as its function record will say (\p File as
/// reports show it, relative to \p Dir or absolute), for the end of the
/// optimizer; and that fact read and removed (false: \p F has none).
void setDefinitionFact(llvm::Function &F, llvm::StringRef File,
                       llvm::StringRef Dir, unsigned Line);
bool takeDefinitionFact(llvm::Function &F, std::string &File,
                        std::string &Dir, unsigned &Line);

/// Where a call is in the source.
struct CallSource {
  unsigned Line = 0, Column = 0;
  llvm::StringRef File, Dir;
  /// Code inlined from another function: that function.
  const llvm::DISubprogram *InlinedFrom = nullptr;
};

/// Where a function is defined.
struct FunctionSource {
  llvm::StringRef LinkageName, File, Dir;
  unsigned Line = 0;
};

/// The facts of a module as the pass reads them: the frontend's, and the
/// source locations (the IR's own debug info, else the location facts).
/// Reading takes the module-level facts out of the module; strip() removes
/// the rest once the pass is done, so its output carries none of them.
class ModuleFacts {
public:
  explicit ModuleFacts(llvm::Module &M);

  bool isQuiet(const llvm::Function &F) const { return Quiet.count(&F); }
  /// The line of quiet function \p F's definition in the main file (0:
  /// not known, or \p F is not quiet).
  unsigned quietLine(const llvm::Function &F) const {
    return Quiet.lookup(&F);
  }
  /// The frontend's readable name of \p F, or "".
  llvm::StringRef probeName(const llvm::Function &F) const {
    return ProbeNames.lookup(&F);
  }
  struct Annotation {
    llvm::Function *F;
    llvm::StringRef Text, File;
    unsigned Line;
  };
  llvm::ArrayRef<Annotation> annotations() const { return Annotations; }
  /// The frontend's allocation wrappers.
  const llvm::DenseMap<const llvm::Function *, WrapperReason> &
  wrappers() const {
    return Wrappers;
  }
  /// Whether the pass may recognise wrappers by their shape.
  bool autoAlloc() const { return !NoAutoAlloc; }
  /// Whether every function must keep its frame pointer.
  bool framePointers() const { return FramePointers; }
  /// Whether the module becomes an object file right after the pipeline,
  /// in this compile (facts::Object): module assembly stays its own.
  bool object() const { return Object; }
  /// Whether the file at \p Path (absolute, without dots) is a system
  /// header's by the command line or the file itself: in a directory named
  /// as a system one (-isystem: a library's headers, as CMake passes its
  /// imported targets'), or one that said `#pragma GCC system_header`.
  /// (The system's own directories are isSystemPath's.)
  bool namedSystemFile(llvm::StringRef Path) const;

  /// The main file's compile unit: its directory and file name.
  bool compileUnit(llvm::StringRef &Dir, llvm::StringRef &File) const;
  bool callSource(const llvm::Instruction &I, CallSource &Out) const;
  bool functionSource(const llvm::Function &F, FunctionSource &Out) const;
  /// Whether \p F has source information at all.
  bool hasSource(const llvm::Function &F) const;

  /// Removes the location facts from \p M's functions and instructions;
  /// with \p KeepPointerCalls, not those of calls through pointers, which
  /// the optimizer may make direct calls of allocation functions
  /// (instrumentLateCalls reads and removes them).
  void strip(llvm::Module &M, bool KeepPointerCalls = false);
  /// Whether the module had any facts (reading them changed it).
  bool tookAny() const { return Took; }

private:
  llvm::DenseMap<const llvm::Function *, unsigned> Quiet;
  llvm::DenseMap<const llvm::Function *, llvm::StringRef> ProbeNames;
  std::vector<Annotation> Annotations;
  llvm::DenseMap<const llvm::Function *, WrapperReason> Wrappers;
  bool NoAutoAlloc = false;
  bool FramePointers = false;
  bool Object = false;
  std::vector<std::string> SystemDirs;
  llvm::StringSet<> SystemFiles;
  /// The location facts (LLVM 16 and before): their kinds, if any.
  bool HasLocations = false;
  unsigned LocKind = 0, SubprogramKind = 0;
  llvm::StringRef CUDir, CUFile;
  bool HasCU = false;
  bool Took = false;
};

} // namespace razor

#endif // RAZOR_FACTS_H
