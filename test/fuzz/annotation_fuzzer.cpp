//===- annotation_fuzzer.cpp - libFuzzer target for the probe annotation --===//
//
// Feeds arbitrary bytes to razor::isProbeAnnotation and
// razor::parseProbeAnnotation (plugin/RazorAnnotation.cpp, over the shared
// spec parser in runtime/razor_spec.c, which spec_fuzzer.c covers on its
// own) and checks the parser's own invariants: a success yields a valid
// trigger whose canonical spelling parses again to the same spec; a failure
// yields a one-line message.  Built and run briefly by
// test/run/reliability/fuzz-annotation.c.
//
// A longer run (from the source tree, -lLLVM-19 or $(llvm-config-19 --libs
// support) both work):
//   clang -g -O1 -fsanitize=fuzzer-no-link,address -c runtime/razor_spec.c \
//     -o /tmp/razor_spec.o
//   clang++ -g -O1 -fsanitize=fuzzer,address -I/usr/lib/llvm-19/include \
//     -Iplugin -Iruntime test/fuzz/annotation_fuzzer.cpp \
//     plugin/RazorAnnotation.cpp /tmp/razor_spec.o -L/usr/lib/llvm-19/lib \
//     -lLLVM-19 -Wl,-rpath,/usr/lib/llvm-19/lib -o /tmp/annotation_fuzzer
//   mkdir -p /tmp/ann && /tmp/annotation_fuzzer -max_total_time=600 \
//     /tmp/ann test/fuzz/corpus/annotation
//===----------------------------------------------------------------------===//
#include "RazorAnnotation.h"

#include <cstdint>
#include <cstdlib>
#include <string>

static void check(bool ok) {
  if (!ok)
    abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  (void)razor::isProbeAnnotation(Text);
  razor::ProbeSpec Spec;
  std::string Error;
  if (razor::parseProbeAnnotation(Text, Spec, Error)) {
    for (size_t I = 0; I < Spec.Trigger.size(); ++I) {
      char C = Spec.Trigger[I];
      check(C == '_' || (C >= 'A' && C <= 'Z') || (C >= 'a' && C <= 'z') ||
            (I > 0 && C >= '0' && C <= '9'));
    }
    // The canonical spelling parses again to the same spec.
    razor::ProbeSpec Again;
    std::string Error2;
    check(razor::parseProbeAnnotation("razor_probe:" + Spec.canonical(), Again,
                                      Error2));
    check(Again.canonical() == Spec.canonical());
  } else {
    check(!Error.empty());
    // One line: control bytes in the input are shown as escapes.
    check(Error.find('\n') == std::string::npos);
  }
  return 0;
}
