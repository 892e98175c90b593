#!/usr/bin/env bash
# bench/scale.sh - issue 7's scaling target: cost per allocation flat from
# 10^3 to 10^7 live tracked blocks and from 1 to 2 threads, the pointer table
# growing without long pauses.  Runs bench/scale.c built plain (-O2) and with
# the plugin (trigger off and on, TRACE_SCALE=1), medians of interleaved
# rounds, and prints two markdown tables: by live blocks (1 thread) and by
# threads (1, 2, 4 at a few live sizes).  About a minute.
#
#   bash bench/scale.sh
#
# Environment: RAZOR_BUILD (default build/), CC (clang-19), BENCH_OUT
# (default bench/out; outputs go to BENCH_OUT/scale), SCALE_ROUNDS (3),
# SCALE_PAIRS (malloc+free pairs per thread, 2000000), SCALE_LIVE (the live
# sizes, "1000 10000 100000 1000000 10000000"), SCALE_THREADS_LIVE (live
# sizes of the thread table, "1000 1000000").
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
case ${1:-} in
-h | --help) sed -n '2,16p' "$0"; exit 0 ;;
"") ;;
*) echo "scale.sh: unknown argument $1" >&2; exit 2 ;;
esac
CC=${CC:-clang-19}
BUILD=${RAZOR_BUILD:-$ROOT/build}
LIB=$BUILD/lib
OUT=${BENCH_OUT:-$HERE/out}
BIN=$OUT/bin
RUNS=$OUT/scale
ROUNDS=${SCALE_ROUNDS:-3}
PAIRS=${SCALE_PAIRS:-2000000}
LIVES=(${SCALE_LIVE:-1000 10000 100000 1000000 10000000})
TLIVES=(${SCALE_THREADS_LIVE:-1000 1000000})
THREADS=(1 2 4)
VARIANTS=(plain off on)
mkdir -p "$BIN" "$RUNS"
rm -f "$RUNS"/*

[ -f "$LIB/razortrace.so" ] && [ -f "$LIB/librazortrace.so" ] || {
  echo "scale.sh: build razortrace first (cmake --build $BUILD)" >&2; exit 1; }

echo "scale.sh: building into $BIN" >&2
$CC -O2 -pthread "$HERE/scale.c" -o "$BIN/scale.plain" &&
  $CC -O2 -pthread "$HERE/scale.c" -fplugin="$LIB/razortrace.so" -I"$ROOT/include" \
    -L"$LIB" -Wl,-rpath,"$LIB" -lrazortrace -o "$BIN/scale.rt" ||
  { echo "scale.sh: build failed" >&2; exit 1; }

START=$EPOCHSECONDS
LOAD0=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
RETRIES=()
# One run: appends scale's key=value line to $RUNS/TAG.out.  The runtime may
# be rebuilt under a running benchmark: a run that fails is run once more.
one() { # TAG VARIANT LIVE THREADS
  local tag=$1 v=$2 live=$3 t=$4 envs=() bin=rt try line
  case $v in plain) bin=plain ;; on) envs=(TRACE_SCALE=1) ;; esac
  for try in 1 2; do
    line=$(env -u TRACE_SCALE "${envs[@]}" "$BIN/scale.$bin" "$live" "$PAIRS" "$t" \
      2>>"$RUNS/$tag.err" | grep '^live=')
    if [ $? = 0 ] && [ -n "$line" ]; then
      echo "$line" >>"$RUNS/$tag.out"
      return 0
    fi
    RETRIES+=("$tag (try $try)")
    echo "scale.sh: $tag live=$live threads=$t failed (try $try); see $RUNS/$tag.err" >&2
  done
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
get() { # TAG KEY -> median of KEY over the runs of TAG
  [ -f "$RUNS/$1.out" ] || { echo ""; return; }
  awk -v k="$2" '{ for (i = 1; i <= NF; i++) { split($i, a, "="); if (a[1] == k) print a[2] } }' \
    "$RUNS/$1.out" | median
}
calc() { # EXPR with a, b -> formatted, "-" when a value is missing
  awk -v a="$2" -v b="$3" "BEGIN { if (a == \"\" || b == \"\" || (\"${4:-}\" == \"div\" && b == 0)) print \"-\"; else printf $1 }"
}
ratio() { calc '"%.2fx", a / b' "$1" "$2" div; }
minus() { calc '"%.1f", a - b' "$1" "$2"; }
ms() { calc '"%.2f", a / 1e6' "$1" 0; }

echo "scale.sh: $ROUNDS interleaved rounds; live ${LIVES[*]} on 1 thread; threads ${THREADS[*]} at live ${TLIVES[*]}; $PAIRS pairs per thread" >&2
for r in $(seq 1 "$ROUNDS"); do
  echo "scale.sh: round $r" >&2
  for L in "${LIVES[@]}"; do
    for v in "${VARIANTS[@]}"; do one "live$L.$v" $v $L 1; done
  done
  for L in "${TLIVES[@]}"; do
    for T in "${THREADS[@]}"; do
      for v in "${VARIANTS[@]}"; do one "t$T.live$L.$v" $v $L $T; done
    done
  done
done

echo
echo "razortrace scale bench ($ROUNDS interleaved rounds, medians; $PAIRS malloc+free pairs per thread, 64 per probe call; $(nproc) CPUs, load average ${LOAD0:-?} before and $(cut -d' ' -f1 /proc/loadavg 2>/dev/null) after: with other jobs running, read the CPU columns; $($CC --version | head -n1))"
echo
echo "By live tracked blocks, 1 thread. ns/pair: wall of the timed loop / pairs. traced cost: on - plain. max malloc: the longest single malloc while the live blocks were made (unpreempted: none of the thread's involuntary context switches in its window); >=100us: unpreempted mallocs of 100 us or more."
echo
echo "| live blocks | ns/pair plain | ns/pair off | ns/pair on | on/plain | traced cost ns | traced cost vs first row | CPU ns/pair on | ns/kept block plain / on | max malloc ms plain / on | unpreempted max ms plain / on | >=100us on |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
base=
for L in "${LIVES[@]}"; do
  p=$(get "live$L.plain" ns_pair) o=$(get "live$L.off" ns_pair) n=$(get "live$L.on" ns_pair)
  c=$(minus "$n" "$p")
  [ -n "$base" ] || base=$c
  echo "| $L | $p | $o | $n | $(ratio "$n" "$p") | $c | $(ratio "$c" "$base") | $(get "live$L.on" cpu_ns_pair) |" \
    "$(get "live$L.plain" keep_ns) / $(get "live$L.on" keep_ns) |" \
    "$(ms "$(get "live$L.plain" max_pause_ns)") / $(ms "$(get "live$L.on" max_pause_ns)") |" \
    "$(ms "$(get "live$L.plain" max_clean_ns)") / $(ms "$(get "live$L.on" max_clean_ns)") |" \
    "$(get "live$L.on" pauses_100us) |"
done

echo
echo "By threads: each of T threads makes the live blocks' 1/T share at the same time, then its own $PAIRS pairs. ns/pair per thread: a thread's wall / its pairs (mean of the threads); with more threads than CPUs ($(nproc)) the wall grows by oversubscription, the CPU column does not. vs T=1: against the same variant on 1 thread. CPUs busy: the threads' CPU time / wall (on runs), min(T, $(nproc)) when nothing else runs; well under that, other jobs kept the threads from running at once and contention between them is not measured."
echo
echo "| live blocks | threads | ns/pair plain | ns/pair off | ns/pair on | on/plain | plain vs T=1 | on vs T=1 | CPU ns/pair plain / on | CPU on vs T=1 | CPUs busy on | max malloc ms on | unpreempted max ms on |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for L in "${TLIVES[@]}"; do
  for T in "${THREADS[@]}"; do
    g() { get "t$T.live$L.$1" "$2"; }
    g1() { get "t1.live$L.$1" "$2"; }
    p=$(g plain ns_pair) o=$(g off ns_pair) n=$(g on ns_pair)
    echo "| $L | $T | $p | $o | $n | $(ratio "$n" "$p") | $(ratio "$p" "$(g1 plain ns_pair)") | $(ratio "$n" "$(g1 on ns_pair)") |" \
      "$(g plain cpu_ns_pair) / $(g on cpu_ns_pair) | $(ratio "$(g on cpu_ns_pair)" "$(g1 on cpu_ns_pair)") | $(g on overlap) |" \
      "$(ms "$(g on max_pause_ns)") | $(ms "$(g on max_clean_ns)") |"
  done
done
echo
if [ ${#RETRIES[@]} -gt 0 ]; then
  echo "Failed runs (each run once more): ${RETRIES[*]}"
fi
echo "scale.sh: $((EPOCHSECONDS - START)) s of runs; outputs and the runtime's reports: $RUNS"
