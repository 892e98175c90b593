//===- RazorRecords.h - the site and probe records a module carries -------===//
//
// Each instrumented call gets a record in razor_sites (struct razor_site:
// where the call is, as reports show it) and each probe one in razor_probes
// (struct razor_probe_desc).  The records are private globals: a site's
// lives as long as code uses it (a call the optimizer removes takes its
// record along), probe descriptors and the records made at the optimizer's
// end are kept through llvm.compiler.used; the strings and records they
// name (by their distance from the record: no relocation) are made once
// per module: the strings in mergeable string sections, and a scope record
// (file and function) per function that has sites.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_RECORDS_H
#define RAZOR_RECORDS_H

#include "RazorFacts.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <string>
#include <vector>

namespace llvm {
class Constant;
class StructType;
class Function;
class Instruction;
class Module;
} // namespace llvm

namespace razor {

/// The record an allocation call whose record is \p Inner passes once the
/// optimizer inlined the allocation wrapper it sits in into the wrapper's
/// call, whose record is \p Call: \p Call's fields (location, function,
/// source, callee) with RAZOR_SITE_INLINED, and `inner` naming \p Inner
/// (razor_abi.h).  In \p M's sites section and llvm.compiler.used (made at
/// the optimizer's end, no pass after it would drop it); null when \p
/// Call's initializer is not a record's.
llvm::GlobalVariable *inlinedWrapperSite(llvm::Module &M,
                                         llvm::GlobalVariable *Call,
                                         llvm::GlobalVariable *Inner);

/// The function records of \p M (razor_abi.h's struct razor_func), one
/// for each function defined in it that carries a definition fact
/// (setDefinitionFact, RazorFacts.h), which it removes: at the end of the
/// optimizer, so a function inlined everywhere and dropped has none and
/// none keeps a function alive.  Returns whether it made any.
bool functionRecords(llvm::Module &M);

/// \p Mangled demangled, with the standard library's spelled-out types
/// shortened the way users write them: `Registry::add(std::string const&)`,
/// `f(std::vector<int>&)` (default template arguments left out).
std::string readableName(llvm::StringRef Mangled);

class RecordBuilder {
public:
  /// \p SourceLines: copy each site's source line (at most \p MaxSourceLine
  /// characters) into its record.
  RecordBuilder(llvm::Module &M, const ModuleFacts &Facts, bool SourceLines,
                unsigned MaxSourceLine);

  /// The record of the call \p I: an allocation of kind \p Kind, or
  /// RAZOR_KIND_CALL (a call into foreign code, \p Callee its readable
  /// name), with RAZOR_SITE_* \p Flags besides those of its location;
  /// with its source line unless \p CopySource is false (the runtime
  /// reads the line from the file when a report needs it).
  llvm::GlobalVariable *site(const llvm::Instruction &I, unsigned Kind,
                             llvm::StringRef Callee, unsigned Flags = 0,
                             bool CopySource = true);
  /// The descriptor of the probe \p F, annotated \p Spec at \p File:\p Line
  /// (where its definition is, when the IR does not say).
  llvm::GlobalVariable *probe(llvm::Function &F, llvm::StringRef Spec,
                              llvm::StringRef File, unsigned Line);
  /// The records made so far.
  llvm::ArrayRef<llvm::GlobalValue *> records() const { return Records; }

  /// The readable name of \p F: the frontend's for an instantiation of a
  /// template probe (one name for all of them), else its demangled name.
  std::string functionName(const llvm::Function &F) const;
  /// readableName(\p Mangled), demangled once per name in the module: a
  /// C++ file's records name the same functions and callees thousands of
  /// times.
  llvm::StringRef readable(llvm::StringRef Mangled) const;
  /// True when \p F comes from a system header (libc's, the C++ standard
  /// library's): its allocations are charged to the user's call into it.
  bool isSystemFunction(const llvm::Function &F) const;
  /// Where \p F is defined, as reports show it: \p File (spelled as site
  /// records spell it), \p Dir (the compilation directory) and the
  /// \p Line of its name; false when the IR does not say.
  bool definition(const llvm::Function &F, std::string &File,
                  std::string &Dir, unsigned &Line) const;

private:
  /// Where a call is, as the runtime will report it.
  struct SiteLoc {
    std::string File, Dir, Function;
    unsigned Line = 0, Column = 0;
    bool SystemHeader = false;
  };
  SiteLoc locate(const llvm::Instruction &I) const;
  /// A file as records spell it (displayPath) and whether it is a system
  /// header's, by the directory and file the IR gives: once per file.
  struct Place {
    std::string File;
    bool System = false;
  };
  const Place &place(llvm::StringRef Dir, llvm::StringRef File) const;
  std::string displayPath(llvm::StringRef Dir, llvm::StringRef File) const;
  std::string sourceLine(llvm::StringRef Dir, llvm::StringRef File,
                         unsigned Line);
  llvm::GlobalVariable *string(llvm::StringRef S, bool AtStart = false);
  llvm::GlobalVariable *fileRecord(llvm::StringRef File, llvm::StringRef Dir);
  llvm::GlobalVariable *scopeRecord(llvm::GlobalVariable *Where,
                                    llvm::GlobalVariable *Fn);
  llvm::GlobalVariable *add(llvm::StructType *Ty, llvm::StringRef Name,
                            llvm::StringRef Section, unsigned Alignment,
                            bool Constant);

  llvm::Module &M;
  const ModuleFacts &Facts;
  bool SourceLines;
  unsigned MaxSourceLine;
  /// The compilation directory, and the main file as given to the compiler
  /// (its spelling) and made absolute.
  std::string CompDir, MainName, MainAbs;
  bool systemFile(llvm::StringRef Dir, llvm::StringRef File) const;
  llvm::StringMap<llvm::GlobalVariable *> Strings, StartStrings;
  llvm::StringMap<llvm::GlobalVariable *> Files; // by dir, '\0', file
  llvm::DenseMap<std::pair<llvm::GlobalVariable *, llvm::GlobalVariable *>,
                 llvm::GlobalVariable *>
      Scopes; // by file record and function name
  mutable llvm::StringMap<std::string> Readable;
  mutable llvm::StringMap<Place> Places; // by dir, '\0', file
  /// A source file read once, with where each of its lines starts.
  struct SourceFile {
    std::unique_ptr<llvm::MemoryBuffer> Buf; // null: unreadable
    std::vector<size_t> LineStart;           // LineStart[N - 1]: line N
  };
  llvm::StringMap<SourceFile> Sources;
  llvm::SmallVector<llvm::GlobalValue *, 64> Records;
};

} // namespace razor

#endif // RAZOR_RECORDS_H
