//===- RazorAnnotation.h - the razor_probe annotation grammar -------------===//
//
//   razor_probe: TRIGGER { , OPTION }
//   TRIGGER  [A-Za-z_][A-Za-z0-9_]* or empty (always on)
//   OPTION   traceback | clear | strict | nostrict | debug
//
// The frontend checks annotations with it and reports mistakes at the
// attribute; the pass reads the already-checked text again.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_ANNOTATION_H
#define RAZOR_ANNOTATION_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace razor {

/// A parsed probe annotation.
struct ProbeSpec {
  std::string Trigger; ///< empty: always on
  bool Traceback = false;
  bool Clear = false;
  bool Strict = true;
  bool Debug = false;

  /// The canonical spelling ("TRIGGER,opt,..."), used to tell whether two
  /// annotations of one function agree.
  std::string canonical() const;
};

/// True when \p Annotation is addressed to razortrace's probe grammar
/// ("razor_probe" or "razor_probe:..."), whether well formed or not.
bool isProbeAnnotation(llvm::StringRef Annotation);

/// Parses a whole annotation string ("razor_probe:SPEC") into \p Out.
/// Returns true on success; otherwise false with a one-line message in
/// \p Error naming the offending part.
bool parseProbeAnnotation(llvm::StringRef Annotation, ProbeSpec &Out,
                          std::string &Error);

} // namespace razor

#endif // RAZOR_ANNOTATION_H
