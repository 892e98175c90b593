#!/usr/bin/env bash
# bench/run.sh - razortrace against a plain -O2 build and the tools a user
# would pick instead, on the workloads of this folder.  Prints one table of
# ratios against plain (medians of interleaved runs), callgrind instruction
# ratios, peak RSS, whether each tool reported the slow leak; then the
# growing-heap, thread-scaling and compile-time figures.
#
#   bash bench/run.sh            full run (about 10 minutes)
#   bash bench/run.sh --quick    small sizes, 3 rounds (under 2 minutes)
#
# Environment: RAZOR_BUILD (default build/), CC (clang-19), CXX (clang++-19),
# BENCH_OUT (default bench/out), BENCH_INSTALL=0 to never apt-get install.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
QUICK=0
for a in "$@"; do
  case $a in
  --quick) QUICK=1 ;;
  -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
  *) echo "run.sh: unknown argument $a" >&2; exit 2 ;;
  esac
done
CC=${CC:-clang-19}
CXX=${CXX:-clang++-19}
BUILD=${RAZOR_BUILD:-$ROOT/build}
LIB=$BUILD/lib
OUT=${BENCH_OUT:-$HERE/out}
BIN=$OUT/bin
mkdir -p "$BIN" "$OUT/runs" "$OUT/prof"
rm -f "$OUT"/runs/*

[ -f "$LIB/razortrace.so" ] && [ -f "$LIB/librazortrace.so" ] || {
  echo "run.sh: build razortrace first (cmake --build $BUILD)" >&2; exit 1; }

# ---- tools: install what is missing (as root, with apt), skip what is not there
have() { command -v "$1" >/dev/null 2>&1; }
if [ "${BENCH_INSTALL:-1}" = 1 ] && [ "$(id -u)" = 0 ] && have apt-get; then
  want=()
  have valgrind || want+=(valgrind)
  have heaptrack || want+=(heaptrack)
  have /usr/bin/time || want+=(time)
  ls /usr/lib/*/libtcmalloc.so >/dev/null 2>&1 || want+=(libgoogle-perftools-dev)
  if [ ${#want[@]} -gt 0 ]; then
    echo "run.sh: installing ${want[*]}" >&2
    apt-get install -y -qq "${want[@]}" >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${want[@]}" >/dev/null 2>&1; } ||
      echo "run.sh: could not install ${want[*]}; those columns are skipped" >&2
  fi
fi
HAVE_VG=0; have valgrind && HAVE_VG=1
HAVE_HT=0; have heaptrack && have heaptrack_print && HAVE_HT=1
HAVE_GCC=0; have gcc && have g++ && HAVE_GCC=1
HAVE_TCM=0; ls /usr/lib/*/libtcmalloc.so >/dev/null 2>&1 && HAVE_TCM=1
TIME=/usr/bin/time; [ -x $TIME ] || { echo "run.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

# ---- sizes: NAME SOURCE ARGS SLOW_ARGS (slow tools and callgrind use SLOW_ARGS)
if [ $QUICK = 1 ]; then
  ROUNDS=3
  CASES=(
    "handler handler.c 60000 3000"
    "threads threads.c 60000_4 3000_4"
    "growheap growheap.c 100000_2000000 10000_100000"
    "stl stl.cpp 15000 800"
  )
  SCALE=("threads.c 60000" 1 2)
else
  ROUNDS=5
  CASES=(
    "handler handler.c 300000 20000"
    "threads threads.c 300000_4 20000_4"
    "growheap growheap.c 1000000_10000000 10000_200000"
    "stl stl.cpp 80000 5000"
  )
  SCALE=("threads.c 300000" 1 2)
fi

# ---- builds
echo "run.sh: building into $BIN" >&2
RT="-fplugin=$LIB/razortrace.so -I$ROOT/include -L$LIB -Wl,-rpath,$LIB -lrazortrace"
build() { # NAME SRC
  local name=$1 src=$HERE/$2 cc=$CC
  case $2 in *.cpp) cc=$CXX ;; esac
  $cc -O2 -pthread "$src" -o "$BIN/$name.plain" &&
    $cc -O2 -pthread "$src" $RT -o "$BIN/$name.rt" &&
    $cc -O2 -pthread -fsanitize=leak "$src" -o "$BIN/$name.lsan" &&
    $cc -O2 -pthread -fsanitize=address "$src" -o "$BIN/$name.asan" &&
    $cc -O2 -pthread -gdwarf-4 "$src" -o "$BIN/$name.g4" || return 1
  if [ $HAVE_TCM = 1 ]; then
    $cc -O2 -pthread "$src" -o "$BIN/$name.tcm" -ltcmalloc || return 1
  fi
  if [ $HAVE_GCC = 1 ]; then
    local gcc=gcc
    case $2 in *.cpp) gcc=g++ ;; esac
    $gcc -O2 -pthread -fsanitize=leak -Wno-attributes "$src" -o "$BIN/$name.gcclsan" || return 1
  fi
}
pids=()
for c in "${CASES[@]}"; do
  set -- $c
  build "$1" "$2" & pids+=($!)
done
for p in "${pids[@]}"; do wait $p || { echo "run.sh: a build failed" >&2; exit 1; }; done
# callgrind (Valgrind 3.19) cannot read the DWARF 5 of a clang -g runtime: it
# runs the same runtime with its debug sections stripped (symbols kept).
mkdir -p "$BIN/cglib"
objcopy --strip-debug "$LIB/librazortrace.so" "$BIN/cglib/librazortrace.so"

# ---- one timed run: prints "WALL_SECONDS PEAK_RSS_KB", keeps stdout/stderr
timed() { # TAG ENV... -- CMD...
  local tag=$1; shift
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  local t0=$EPOCHREALTIME
  env -u TRACE_BENCH "${envs[@]}" $TIME -f %M -o "$OUT/runs/$tag.rss" "$@" \
    >"$OUT/runs/$tag.out" 2>"$OUT/runs/$tag.err"
  local t1=$EPOCHREALTIME
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }') $(tail -n1 "$OUT/runs/$tag.rss")"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2fx", a / b }'; }

# Variants timed against plain in interleaved rounds, with their environment.
VARIANTS=(plain off on lsan)
[ $QUICK = 1 ] || VARIANTS+=(asan) # --quick leaves ASan and gperftools out
[ $HAVE_GCC = 1 ] && VARIANTS+=(gcclsan)
venv() {
  case $1 in
  on) echo "TRACE_BENCH=1" ;;
  lsan | gcclsan) echo "LSAN_OPTIONS=exitcode=0" ;;
  asan) echo "ASAN_OPTIONS=detect_leaks=1:exitcode=0" ;;
  *) echo "RAZOR_BENCH_PLAIN=1" ;;
  esac
}
vbin() { case $1 in plain) echo plain ;; off | on) echo rt ;; *) echo "$1" ;; esac; }

yesno() { if "$@"; then echo yes; else echo no; fi; }
lost_bytes() { # valgrind log -> definitely+indirectly+possibly lost bytes
  awk '/(definitely|indirectly|possibly) lost:/ { gsub(",", "", $4); s += $4 } END { print s + 0 }' "$1"
}

ROWS=()
for c in "${CASES[@]}"; do
  set -- $c
  name=$1 args=${3//_/ } sargs=${4//_/ }
  echo "run.sh: $name: $ROUNDS interleaved rounds of ${VARIANTS[*]}" >&2
  for r in $(seq 1 $ROUNDS); do
    for v in "${VARIANTS[@]}"; do
      timed "$name.$v.$r" $(venv $v) -- "$BIN/$name.$(vbin $v)" $args >>"$OUT/runs/$name.$v.times"
    done
  done
  declare -A W R
  for v in "${VARIANTS[@]}"; do
    W[$v]=$(cut -d' ' -f1 "$OUT/runs/$name.$v.times" | median)
    R[$v]=$(cut -d' ' -f2 "$OUT/runs/$name.$v.times" | median)
  done
  rt_found=$(yesno grep -Eq 'SUMMARY: [1-9][0-9]* growing' "$OUT/runs/$name.on.1.err")
  lsan_found=$(yesno grep -q 'LeakSanitizer' "$OUT/runs/$name.lsan.1.err")
  asan_found=$([ $QUICK = 1 ] && echo n/a || yesno grep -q 'LeakSanitizer' "$OUT/runs/$name.asan.1.err")
  gl="n/a"
  [ $HAVE_GCC = 1 ] && gl="$(ratio "${W[gcclsan]}" "${W[plain]}") $(yesno grep -q 'LeakSanitizer' "$OUT/runs/$name.gcclsan.1.err")"

  # Slow tools and callgrind at the small size, against plain at that size.
  echo "run.sh: $name: slow tools and callgrind at size '$sargs'" >&2
  for r in 1 2 3; do timed "$name.small.$r" -- "$BIN/$name.plain" $sargs; done >"$OUT/runs/$name.small.times"
  WS=$(cut -d' ' -f1 "$OUT/runs/$name.small.times" | median)
  ht="n/a" mc="n/a" gp="n/a" cg_off="n/a" cg_on="n/a"
  if [ $HAVE_HT = 1 ]; then
    rm -f "$OUT/runs/$name.heaptrack".{zst,gz}
    t=$(timed "$name.heaptrack" -- heaptrack -o "$OUT/runs/$name.heaptrack" "$BIN/$name.plain" $sargs | cut -d' ' -f1)
    f=$(ls "$OUT/runs/$name.heaptrack".{zst,gz} 2>/dev/null | head -n1)
    leaked=$(heaptrack_print -f "$f" 2>/dev/null | sed -n 's/^total memory leaked: *//p' | head -n1)
    # heaptrack lists every block not freed at exit as "leaked", reachable or
    # not, with no growth verdict: "exit" = the kept nodes are in that list.
    ht="$(ratio "$t" "$WS") exit:${leaked:-?}"
  fi
  if [ $HAVE_VG = 1 ]; then
    t=$(timed "$name.memcheck" -- valgrind --leak-check=full --log-file="$OUT/runs/$name.memcheck.log" "$BIN/$name.g4" $sargs | cut -d' ' -f1)
    lb=$(lost_bytes "$OUT/runs/$name.memcheck.log")
    mc="$(ratio "$t" "$WS") $([ "$lb" -gt 0 ] && echo yes || echo no)"
    for v in plain off on; do
      e=$(venv $v)
      env -u TRACE_BENCH LD_LIBRARY_PATH="$BIN/cglib" $e valgrind --tool=callgrind --dump-instr=no \
        --callgrind-out-file="$OUT/prof/$name.$v.callgrind" "$BIN/$name.$(vbin $v)" $sargs \
        >/dev/null 2>"$OUT/runs/$name.cg.$v.err"
    done
    ir() { sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$OUT/runs/$name.cg.$1.err" | head -n1; }
    cg_off=$(awk -v a="$(ir off)" -v b="$(ir plain)" 'BEGIN { printf "%.4fx", a / b }')
    cg_on=$(awk -v a="$(ir on)" -v b="$(ir plain)" 'BEGIN { printf "%.2fx", a / b }')
  fi
  if [ $HAVE_TCM = 1 ] && [ $QUICK = 0 ]; then
    t=$(timed "$name.gperf" HEAPCHECK=normal -- "$BIN/$name.tcm" $sargs | cut -d' ' -f1)
    gp="$(ratio "$t" "$WS") $(yesno grep -q 'detected leaks' "$OUT/runs/$name.gperf.err")"
  fi
  ROWS+=("$name|${W[plain]}s|$(ratio "${W[off]}" "${W[plain]}")|$(ratio "${W[on]}" "${W[plain]}") $rt_found|$cg_off|$cg_on|${R[plain]}/${R[on]}|$(ratio "${W[lsan]}" "${W[plain]}") $lsan_found|$gl|$(ratio "${W[asan]:-}" "${W[plain]}") $asan_found|$ht|$mc|$gp")
  if [ "$name" = growheap ]; then
    GROW_LIVE=$(echo $args | cut -d' ' -f1)
    GROW_RSS_PLAIN=${R[plain]} GROW_RSS_ON=${R[on]}
    # The runtime's fixed memory (code, TLS, first tables), measured at 1000
    # live blocks with the same churn, is not per block.
    churn=$(echo $args | cut -d' ' -f2)
    GROW_BASE_PLAIN=$(timed growheap.base.plain -- "$BIN/growheap.plain" 1000 $churn | cut -d' ' -f2)
    GROW_BASE_ON=$(timed growheap.base.on TRACE_BENCH=1 -- "$BIN/growheap.rt" 1000 $churn | cut -d' ' -f2)
  fi
  unset W R
done

# ---- the table
echo
echo "razortrace bench ($([ $QUICK = 1 ] && echo quick || echo full); $ROUNDS interleaved rounds, medians; $(nproc) CPUs; $($CC --version | head -n1))"
echo
echo "| workload | plain | rt off | rt on (leak?) | callgrind Ir off | callgrind Ir on | peak RSS KB plain/on | LSan (leak?) | gcc LSan (leak?) | ASan (leak?) | heaptrack | memcheck (leak?) | gperftools HEAPCHECK (leak?) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for row in "${ROWS[@]}"; do echo "| ${row//|/ | } |"; done
echo
echo "Ratios are wall time against plain -O2 in the same run; heaptrack, memcheck, gperftools and callgrind ran at the small size against plain at that size. heaptrack's \"exit:\" is what it lists as not freed at exit (reachable or not, no growth verdict)."

# ---- growing heap: ns per malloc+free pair at each decade of live blocks
echo
echo "growheap: ns per malloc+free pair inside the probe, by live tracked blocks (medians):"
levels=$(grep -h '^live=' "$OUT"/runs/growheap.plain.1.out | sed 's/live=\([0-9]*\).*/\1/')
printf '  %-10s' live; for v in plain off on; do printf '%10s' $v; done; printf '%10s\n' "on/plain"
for L in $levels; do
  printf '  %-10s' "$L"
  declare -A NS
  for v in plain off on; do
    NS[$v]=$(grep -h "^live=$L " "$OUT"/runs/growheap.$v.*.out | sed 's/.*ns_per_op=//' | median)
    printf '%10s' "${NS[$v]}"
  done
  printf '%10s\n' "$(ratio "${NS[on]}" "${NS[plain]}")"
  unset NS
done
if [ -n "${GROW_LIVE:-}" ]; then
  echo "  runtime memory per live tracked block: (peak RSS on - plain) / live = ($GROW_RSS_ON - $GROW_RSS_PLAIN) KB / $GROW_LIVE = $(awk -v a="$GROW_RSS_ON" -v b="$GROW_RSS_PLAIN" -v n="$GROW_LIVE" 'BEGIN { printf "%.1f", (a - b) * 1024 / n }') bytes;"
  echo "  without the runtime's fixed memory (on - plain at 1000 live: $((GROW_BASE_ON - GROW_BASE_PLAIN)) KB): $(awk -v a="$GROW_RSS_ON" -v b="$GROW_RSS_PLAIN" -v c="$GROW_BASE_ON" -v d="$GROW_BASE_PLAIN" -v n="$GROW_LIVE" 'BEGIN { printf "%.1f", ((a - b) - (c - d)) * 1024 / (n - 1000) }') bytes"
fi

# ---- threads: the same total work on 1, 2 (and 4 above) threads
set -- ${SCALE[0]}
src=$1 n=$2
echo
echo "threads: $n requests in all on T threads, wall time on/plain (medians of $ROUNDS):"
for T in "${SCALE[@]:1}" 4; do
  for r in $(seq 1 $ROUNDS); do
    for v in plain on; do
      timed "scale$T.$v.$r" $(venv $v) -- "$BIN/threads.$(vbin $v)" $n $T | cut -d' ' -f1 >>"$OUT/runs/scale$T.$v.times"
    done
  done
  p=$(median <"$OUT/runs/scale$T.plain.times") o=$(median <"$OUT/runs/scale$T.on.times")
  echo "  T=$T: plain ${p}s, on ${o}s, $(ratio "$o" "$p")"
done

# ---- compile time with the plugin on a large real C file
echo
SQL=$HERE/.cache/sqlite3.c
if [ ! -f "$SQL" ] && have npm; then
  # The SQLite amalgamation, from the better-sqlite3 package tarball.
  mkdir -p "$HERE/.cache" && (cd "$HERE/.cache" && npm pack better-sqlite3 >/dev/null 2>&1 &&
    tar xzf better-sqlite3-*.tgz --strip-components=3 package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h &&
    rm -f better-sqlite3-*.tgz) || rm -f "$SQL"
fi
if [ -f "$SQL" ]; then
  if [ $QUICK = 1 ]; then OPT=-O0 CR=1; else OPT=-O2 CR=2; fi
  : >"$OUT/runs/cc.plain.times"; : >"$OUT/runs/cc.rt.times"
  for r in $(seq 1 $CR); do
    timed "cc.plain.$r" -- $CC $OPT -c "$SQL" -o "$OUT/bin/sqlite3.plain.o" | cut -d' ' -f1 >>"$OUT/runs/cc.plain.times"
    timed "cc.rt.$r" -- $CC $OPT -fplugin="$LIB/razortrace.so" -c "$SQL" -o "$OUT/bin/sqlite3.rt.o" | cut -d' ' -f1 >>"$OUT/runs/cc.rt.times"
  done
  p=$(median <"$OUT/runs/cc.plain.times") o=$(median <"$OUT/runs/cc.rt.times")
  echo "compile time, sqlite3.c ($(wc -l <"$SQL") lines) $OPT -c, median of $CR: plain ${p}s, with the plugin ${o}s, $(ratio "$o" "$p")"
else
  echo "compile time: no sqlite3.c in $HERE/.cache (needs npm once); skipped"
fi
echo
echo "Runs, reports and callgrind profiles: $OUT"

# ---- scaling by live blocks and threads (bench/scale.sh), full runs only
if [ $QUICK = 0 ]; then
  echo
  BENCH_OUT=$OUT RAZOR_BUILD=$BUILD CC=$CC bash "$HERE/scale.sh"
fi
