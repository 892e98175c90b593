#!/usr/bin/env bash
# bench/traceback.sh - what `traceback` costs over the same probe without
# it, in instructions (callgrind: exact on a busy machine): the request
# handler (bench/handler.c, whose growing sites are its hottest) and 65
# sites of which one grows (bench/sites.c).
#
#   bash bench/traceback.sh [HANDLER_REQUESTS [SITES_REQUESTS]]   (3000 5000)
#
# Environment: RAZOR_BUILD (default build/), CC (clang-19).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BUILD=${RAZOR_BUILD:-$ROOT/build}
LIB=$BUILD/lib
CC=${CC:-clang-19}
OUT=${BENCH_OUT:-$HERE/out}/traceback
mkdir -p "$OUT"
command -v valgrind >/dev/null || { echo "traceback.sh: needs valgrind" >&2; exit 1; }
# callgrind (Valgrind 3.19) cannot read the runtime's DWARF 5: it runs a
# copy without debug sections.
objcopy --strip-debug "$LIB/librazortrace.so" "$OUT/librazortrace.so"
for w in handler sites; do
  $CC -O2 -g -fplugin="$LIB/razortrace.so" -I"$ROOT/include" -L"$LIB" \
    "$HERE/$w.c" -lrazortrace -o "$OUT/$w"
done
ir() { # BIN ARGS... with traceback=$TB
  env LD_LIBRARY_PATH="$OUT" TRACE_BENCH=1 RAZOR_OPTIONS=traceback=$TB \
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
for c in "handler ${1:-3000}" "sites ${2:-5000}"; do
  set -- $c
  off=$(TB=0 ir "$OUT/$1" "$2")
  on=$(TB=1 ir "$OUT/$1" "$2")
  awk -v w="$1 $2" -v a="$off" -v b="$on" \
    'BEGIN { printf "%-14s traceback off %.0f Ir, on %.0f Ir: %.3fx\n", w, a, b, b / a }'
done
