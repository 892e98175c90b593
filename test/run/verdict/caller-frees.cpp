// What the caller disposes of right after a call is not kept: a parser
// whose last call throws an exception the caller catches (YAML::Load-style),
// and a function whose result the caller frees after each call, report
// nothing at -O0 and -O2 (the sample is taken when the next call begins,
// and growth at the last call alone is not growth).  The same programs that
// keep what they get are reported (-DKEEP).
// RUN: %clangxx_razor -O0 %s -o %t0 && env TRACE_PARSE=1 TRACE_RENDER=1 %run %t0 2>&1 | FileCheck --check-prefix=CLEAN %s
// RUN: %clangxx_razor -O2 %s -o %t2 && env TRACE_PARSE=1 TRACE_RENDER=1 %run %t2 2>&1 | FileCheck --check-prefix=CLEAN %s
// RUN: %clangxx_razor -O2 -DKEEP %s -o %tk && env TRACE_PARSE=1 TRACE_RENDER=1 %run %tk 2>&1 | FileCheck --check-prefix=KEEP %s
// CLEAN: razortrace: no growing allocation sites (2 probe(s), 20 call(s) sampled)
// CLEAN-NEXT: caught 1, rendered 10
// KEEP-DAG: caller-frees.cpp line: {{[0-9]+}} column: {{[0-9]+}} function: render(int) command: char *s = static_cast<char *>(malloc(64));
// KEEP-DAG: caller-frees.cpp line: {{[0-9]+}} column: {{[0-9]+}} function: parse(int) command: throw std::runtime_error("bad document");
// KEEP: razortrace: SUMMARY: 2 growing site(s) in 2 probe(s)
#include <razortrace.h>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

RAZOR_PROBE("TRACE_PARSE") int parse(int i);
RAZOR_PROBE("TRACE_RENDER") char *render(int i);

#ifdef KEEP
static std::vector<std::runtime_error> kept_errors;
static std::vector<char *> kept_results;
#endif

int parse(int i) {
  std::vector<int> nodes(100, i); /* freed on every way out */
#ifdef KEEP
  if (i % 2)
    throw std::runtime_error("bad document");
#else
  if (i == 9) /* only the last document is bad */
    throw std::runtime_error("bad document");
#endif
  return nodes[0];
}

char *render(int i) {
  char *s = static_cast<char *>(malloc(64));
  snprintf(s, 64, "item %d", i);
  return s;
}

int main() {
  int caught = 0, rendered = 0;
  for (int i = 0; i < 10; i++) {
    try {
      parse(i);
    } catch (const std::runtime_error &e) {
#ifdef KEEP
      kept_errors.push_back(e);
#endif
      caught++;
    }
    char *s = render(i);
    rendered += s[0] == 'i';
#ifdef KEEP
    kept_results.push_back(s);
#else
    free(s);
#endif
  }
#ifndef KEEP
  printf("caught %d, rendered %d\n", caught, rendered);
#endif
  return 0;
}
