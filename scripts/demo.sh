#!/usr/bin/env bash
# Sets up what is missing, builds, then traces examples/text.c: a function
# that reads a text file line by line and keeps every line in a global array.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD=${RAZOR_BUILD:-build}
CLANG=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
out=$(mktemp -d)
set -x
"$CLANG" -g -fplugin="$BUILD/lib/razortrace.so" -Iinclude examples/text.c \
  -L"$BUILD/lib" -Wl,-rpath,"$PWD/$BUILD/lib" -lrazortrace -o "$out/text"
(cd examples && TRACE_TEXT=1 "$out/text")
