//===- RazorAnnotation.cpp - the razor_probe annotation grammar -----------===//
#include "RazorAnnotation.h"
#include "RazorCompat.h"
#include "razor_abi.h"

#include "llvm/ADT/SmallVector.h"

using namespace llvm;

namespace razor {

std::string ProbeSpec::canonical() const {
  std::string S = Trigger;
  if (Traceback)
    S += ",traceback";
  if (Clear)
    S += ",clear";
  if (!Strict)
    S += ",nostrict";
  if (Debug)
    S += ",debug";
  return S;
}

bool isProbeAnnotation(StringRef Annotation) {
  StringRef Name = StringRef(RAZOR_ANNOTATION_PREFIX).drop_back(); // no ':'
  if (!compat::startsWith(Annotation, Name))
    return false;
  StringRef Rest = Annotation.drop_front(Name.size());
  // "razor_probe", "razor_probe:..." or a near miss such as "razor_probe=X";
  // "razor_probes" or "razor_prober" belong to someone else.
  return Rest.empty() || !(isalnum((unsigned char)Rest[0]) || Rest[0] == '_');
}

static bool isTriggerName(StringRef S) {
  if (S.empty())
    return true;
  if (!(isalpha((unsigned char)S[0]) || S[0] == '_'))
    return false;
  for (char C : S)
    if (!(isalnum((unsigned char)C) || C == '_'))
      return false;
  return true;
}

/// Quotes \p S for a message, showing control bytes as escapes.
static std::string quote(StringRef S) {
  std::string Q = "'";
  for (unsigned char C : S) {
    if (C < 0x20 || C == 0x7f) {
      static const char Hex[] = "0123456789abcdef";
      Q += "\\x";
      Q += Hex[C >> 4];
      Q += Hex[C & 15];
    } else {
      Q += (char)C;
    }
  }
  return Q + "'";
}

bool parseProbeAnnotation(StringRef Annotation, ProbeSpec &Out,
                          std::string &Error) {
  Out = ProbeSpec();
  StringRef Prefix(RAZOR_ANNOTATION_PREFIX);
  if (!compat::startsWith(Annotation, Prefix)) {
    Error = "razor_probe annotation must have the form "
            "'razor_probe:TRIGGER[,OPTION...]'";
    return false;
  }
  SmallVector<StringRef, 8> Parts;
  Annotation.drop_front(Prefix.size()).split(Parts, ',');
  StringRef Trigger = Parts[0].trim();
  if (!isTriggerName(Trigger)) {
    Error = "razor_probe trigger " + quote(Trigger) +
            " is not an environment variable name "
            "([A-Za-z_][A-Za-z0-9_]*, or empty for always on)";
    return false;
  }
  Out.Trigger = Trigger.str();
  bool Seen[5] = {false, false, false, false, false};
  static const char *const Names[5] = {"traceback", "clear", "strict",
                                       "nostrict", "debug"};
  for (size_t I = 1; I < Parts.size(); ++I) {
    StringRef Opt = Parts[I].trim();
    if (Opt.empty()) {
      Error = "empty razor_probe option (a stray ',')";
      return false;
    }
    int Which = -1;
    for (int N = 0; N < 5; ++N)
      if (Opt == Names[N])
        Which = N;
    if (Which < 0) {
      Error = "unknown razor_probe option " + quote(Opt) +
              "; expected traceback, clear, strict, nostrict or debug";
      return false;
    }
    if (Seen[Which]) {
      Error = "razor_probe option " + quote(Opt) + " is repeated";
      return false;
    }
    Seen[Which] = true;
  }
  if (Seen[2] && Seen[3]) {
    Error = "razor_probe options 'strict' and 'nostrict' contradict each other";
    return false;
  }
  Out.Traceback = Seen[0];
  Out.Clear = Seen[1];
  Out.Strict = !Seen[3];
  Out.Debug = Seen[4];
  return true;
}

} // namespace razor
