// Without -g the plugin asks clang for line locations only (no .debug_* sections); once the records are written, at the end of the optimizer, it drops them, so code generation does no debug-location work (about 3% of compiling Lua's lvm.c).  The records keep their lines.  With -g the debug information is the user's and stays; with -Rpass (locations only too) remarks of code generation need them, and they stay.
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=DROP %s
// RUN: %clang -O0 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=DROP %s
// RUN: %clang -O2 -g -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=KEEP %s
// RUN: %clang -O2 -Rpass=nothing-matches -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=KEEP %s
// RUN: %clang -O2 -fplugin=%plugin -c -o %t.o %s && llvm-readelf -S %t.o | FileCheck --check-prefix=OBJ %s
#include <stdlib.h>

void *keep;

void grow(size_t n) {
  keep = realloc(keep, n);
}

// DROP: @razor.site = private constant {{.*}} { i32 [[# @LINE - 3]], i16 10, i8 {{[0-9]+}}, i8 {{(0|32|64|96)}},
// DROP-NOT: !dbg
// DROP-NOT: DICompileUnit
// DROP-NOT: DISubprogram
// KEEP: define {{.*}}void @grow({{.*}} !dbg
// KEEP: DICompileUnit
// OBJ-NOT: .debug_
