// runtime/razor_spec.c builds as strict C11 with the runtime's flags (-fno-builtin, hidden visibility) and as C++ through its header, needs nothing from libc but <string.h> functions (no allocation, no stdio), and defines only its two hidden entry points.
// RUN: %clang -std=c11 -pedantic -Wall -Wextra -Werror -fno-builtin -fvisibility=hidden -fPIC -O2 -c "%S/../../runtime/razor_spec.c" -o "%t.o"
// RUN: llvm-nm -u -j "%t.o" | FileCheck --check-prefix=UNDEF --match-full-lines "%s"
// RUN: llvm-nm --extern-only --defined-only -j "%t.o" | sort | FileCheck --check-prefix=DEFINED --match-full-lines "%s"
// RUN: llvm-readelf -s "%t.o" | FileCheck --check-prefix=HIDDEN "%s"
// RUN: %clangxx -std=c++11 -Wall -Wextra -Werror -fsyntax-only -x c++ "%s"
#include "../../runtime/razor_spec.h"

// UNDEF: memchr
// UNDEF-NEXT: memcmp
// UNDEF-NEXT: memset
// UNDEF-NEXT: strlen
// UNDEF-NOT: {{.}}

// DEFINED: razor_spec_format
// DEFINED-NEXT: razor_spec_parse
// DEFINED-NOT: {{.}}

// HIDDEN-DAG: GLOBAL HIDDEN {{.*}} razor_spec_parse
// HIDDEN-DAG: GLOBAL HIDDEN {{.*}} razor_spec_format

// As C++: the declarations have C linkage.
#ifdef __cplusplus
static_assert(sizeof(razor_spec_parse("", 0, nullptr, nullptr, 0)) == sizeof(int), "");
extern "C" int razor_spec_parse(const char *, size_t, struct razor_spec *, char *, size_t);
#endif
