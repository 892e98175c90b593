// razortrace.h may come first (-include, as a probe header given on the command line does), before the file's own `#define _GNU_SOURCE`: the file still gets the GNU declarations (exp10, strchrnul), as without the header; it still declares razor_report(FILE *) for C and C++.
// RUN: %clang_razor -include razortrace.h -Werror=implicit-function-declaration %s -o %t -lm
// RUN: %run %t | FileCheck %s
// RUN: %clang -I%include -fsyntax-only -Werror -Wno-macro-redefined -x c++ -include razortrace.h %s
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <string.h>
int main(void) {
  printf("%g %s\n", exp10(2.0), strchrnul("abc", 'z'));
  return razor_report(NULL) < -1;
}
// CHECK: 100 {{$}}
