// The functions of located-calls.c whose calls the frontend locates are generated without clang's locations (no subprogram, !dbg), the others with them; with debug paths remapped (-ffile-prefix-map), which the frontend's locations would not be, every function that needs locations keeps clang's.  Up to LLVM 16 the output carries no locations at all (LocationShadow), so there is nothing to see.
// UNSUPPORTED: llvm-14, llvm-15, llvm-16
// RUN: %clang -O0 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -S -emit-llvm -o - %S/located-calls.c -mllvm -razortrace-drop-locations=false | grep "^define" | sort | FileCheck --check-prefix=DEFS %s
// RUN: %clang -O0 -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc -ffile-prefix-map=%S=/src -S -emit-llvm -o - %S/located-calls.c -mllvm -razortrace-drop-locations=false | grep "^define" | sort | FileCheck --check-prefix=MAPPED %s

// DEFS:      define dso_local i32 @through(
// DEFS-SAME: ) #{{[0-9]+}} {
// DEFS-NEXT: define dso_local ptr @nested(
// DEFS-SAME: ) #{{[0-9]+}} {
// DEFS-NEXT: define dso_local ptr @ordered(
// DEFS-SAME: ) #{{[0-9]+}} {
// DEFS-NEXT: define dso_local void @both_sides({{.*}} !dbg
// DEFS-NEXT: define dso_local void @folded({{.*}} !dbg
// DEFS-NEXT: define dso_local void @in_macro(
// DEFS-SAME: ) #{{[0-9]+}} {
// DEFS-NEXT: define dso_local void @redeclared(
// DEFS-SAME: ) #{{[0-9]+}} {
// DEFS-NEXT: define dso_local void @renamed({{.*}} !dbg
// DEFS-NEXT: define dso_local void @two_places(
// DEFS-SAME: ) #{{[0-9]+}} {

// MAPPED:      define dso_local i32 @through({{.*}} !dbg
// MAPPED-NEXT: define dso_local ptr @nested({{.*}} !dbg
// MAPPED-NEXT: define dso_local ptr @ordered({{.*}} !dbg
// MAPPED:      define dso_local void @in_macro({{.*}} !dbg
// MAPPED:      define dso_local void @two_places({{.*}} !dbg
