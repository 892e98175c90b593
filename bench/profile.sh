#!/usr/bin/env bash
# bench/profile.sh [WORKLOAD [ARGS...]] - callgrind profile of razortrace's
# own code, trigger off and trigger on (default: handler 3000).  Valgrind
# 3.19 cannot read clang's DWARF 5, so the runtime is rebuilt from
# runtime/*.c with -gdwarf-4 into bench/out/rtdw4 (same flags as CMake's
# RelWithDebInfo) and preloaded through LD_LIBRARY_PATH.  Needs run.sh's
# binaries (bench/out/bin) or builds WORKLOAD.rt itself.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
CC=${CC:-clang-19}
OUT=${BENCH_OUT:-$HERE/out}
LIB=${RAZOR_BUILD:-$ROOT/build}/lib
W=${1:-handler}; shift || true
ARGS=${*:-3000}
mkdir -p "$OUT/rtdw4" "$OUT/prof" "$OUT/bin"
for f in "$ROOT"/runtime/*.c; do
  x=; case $f in *cxx.c) x=-fexceptions ;;
    *interpose.c) x="-fomit-frame-pointer -fno-semantic-interposition" ;; esac
  $CC -O2 -gdwarf-4 -DNDEBUG -fPIC -fno-builtin -fvisibility=hidden \
    -fno-omit-frame-pointer -std=c11 -D_GNU_SOURCE $x -I"$ROOT/include" \
    -I"$ROOT/runtime" -c "$f" -o "$OUT/rtdw4/$(basename "$f" .c).o"
done
$CC -shared -o "$OUT/rtdw4/librazortrace.so" "$OUT"/rtdw4/*.o -ldl -lpthread
src=$HERE/$W.c cc=$CC
[ -f "$src" ] || { src=$HERE/$W.cpp; cc=${CXX:-clang++-19}; }
[ -x "$OUT/bin/$W.rt" ] || $cc -O2 -pthread "$src" -fplugin="$LIB/razortrace.so" \
  -I"$ROOT/include" -L"$LIB" -Wl,-rpath,"$LIB" -lrazortrace -o "$OUT/bin/$W.rt"
for mode in off on; do
  f=$OUT/prof/$W.$mode.dw4
  env -u TRACE_BENCH LD_LIBRARY_PATH="$OUT/rtdw4" $([ $mode = on ] && echo TRACE_BENCH=1) \
    valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$f" \
    "$OUT/bin/$W.rt" $ARGS >/dev/null 2>"$f.log"
  echo "== $W trigger $mode: $(sed -n 's/.*Collected : *//p' "$f.log") Ir; razortrace's functions (self):"
  { callgrind_annotate "$f" 2>/dev/null | grep -E 'librazortrace' || true; } |
    head -15 | sed 's#\[.*##; s#[^ ]*runtime/##'
done
echo "line level: callgrind_annotate --auto=yes $OUT/prof/$W.on.dw4"
