//===- RazorAnnotation.cpp - the razor_probe annotation -------------------===//
#include "RazorAnnotation.h"
#include "RazorCompat.h"
#include "razor_abi.h"

#include <vector>

using namespace llvm;

namespace razor {

std::string ProbeSpec::canonical() const {
  razor_spec S = Options;
  S.trigger = Trigger.data();
  S.trigger_len = Trigger.size();
  std::string Text(razor_spec_format(&S, nullptr, 0), '\0');
  razor_spec_format(&S, &Text[0], Text.size() + 1);
  return Text;
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

bool parseProbeAnnotation(StringRef Annotation, ProbeSpec &Out,
                          std::string &Error) {
  Out = ProbeSpec();
  StringRef Prefix(RAZOR_ANNOTATION_PREFIX);
  if (!compat::startsWith(Annotation, Prefix)) {
    Error = "razor_probe annotation must have the form "
            "'razor_probe:TRIGGER[,OPTION...]'";
    return false;
  }
  StringRef Spec = Annotation.drop_front(Prefix.size());
  // Room for the whole message: a quoted part of the spec (at most four
  // bytes per byte, \xNN) and the fixed words around it.
  std::vector<char> Message(4 * Spec.size() + 256);
  if (razor_spec_parse(Spec.data(), Spec.size(), &Out.Options, Message.data(),
                       Message.size())) {
    Error = Message.data();
    return false;
  }
  Out.Trigger = std::string(Out.Options.trigger, Out.Options.trigger_len);
  Out.Options.trigger = nullptr;
  Out.Options.trigger_len = 0;
  return true;
}

} // namespace razor
