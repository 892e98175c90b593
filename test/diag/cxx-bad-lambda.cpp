// A malformed razor_probe annotation on a lambda (the attribute goes after the parameter list) is a compile error at the attribute, as on any function.
// RUN: not %clangxx -fplugin=%plugin -fsyntax-only -fno-color-diagnostics -fno-diagnostics-show-line-numbers %s 2>&1 | FileCheck --strict-whitespace %s

int main() {
  auto bad = [](int n) __attribute__((annotate("razor_probe:9LIVES"))) { return n; };
  // CHECK: {{^}}{{.*}}cxx-bad-lambda.cpp:[[@LINE-1]]:39: error: razor_probe trigger '9LIVES' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on){{$}}
  // CHECK-NEXT: {{^}}  auto bad = [](int n) __attribute__((annotate("razor_probe:9LIVES"))) { return n; };{{$}}
  // CHECK-NEXT: {{^}}                                      ^{{$}}
  return bad(1);
}
// CHECK: 1 error generated.
