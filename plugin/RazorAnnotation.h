//===- RazorAnnotation.h - the razor_probe annotation ---------------------===//
//
//   razor_probe: SPEC
//
// SPEC (TRIGGER { , OPTION }) is parsed by razor_spec_parse
// (runtime/razor_spec.h), the parser the runtime's razor_probe_create uses
// too: the grammar, the blanks it ignores and its messages live there.
// This file adds the "razor_probe:" prefix.
//
// The frontend checks annotations with it and reports mistakes at the
// attribute; the pass reads the already-checked text again.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_ANNOTATION_H
#define RAZOR_ANNOTATION_H

#include "razor_spec.h"

#include "llvm/ADT/StringRef.h"
#include <string>

namespace razor {

/// A parsed probe annotation.
struct ProbeSpec {
  std::string Trigger; ///< blanks trimmed; empty: always on
  /// Options and values as razor_spec_parse left them (RAZOR_OPT_* in
  /// opts, RAZOR_SPEC_* in given); its trigger field is null (see Trigger).
  razor_spec Options = {};

  /// The canonical spelling (razor_spec_format: "TRIGGER,opt,...", fixed
  /// order, defaults left out): equal exactly when two annotations mean the
  /// same probe.  It is the spec the pass writes into the probe descriptor.
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
