#!/usr/bin/env bash
# bench/realcode.sh - razortrace on real code bases, each built plain and
# with the plugin (razor-cc / razor-c++) in the same run, unchanged: a probe
# is put on one of their functions through a forced include (-include), not
# an edit.  Prints one table: compile CPU, instructions with no probe
# sampling (callgrind), instructions and wall time with a probe traced, max
# RSS, binary size, dynamic relocations, start-up.
#
#   bash bench/realcode.sh [hello] [lua] [sqlite] [yaml] [tinyxml2] [pugixml]
#                              (default: hello, lua, sqlite and yaml)
#
# What it downloads: Debian's source packages lua5.4, sqlite3 and yaml-cpp
# (and tinyxml2 and pugixml when asked for)
# (`apt-get source`, from the deb-src twin of the archive in
# /etc/apt/sources.list.d/debian.sources), with a private apt configuration
# under $REALCODE_DIR/apt: the system's apt setup is never changed.  Nothing
# fetched is committed; everything lives in $REALCODE_DIR (default
# bench/out/realcode).  yaml-cpp's tests need libgtest-dev (installed with
# apt when missing, as root).
#
# Figures: compile CPU is user+sys of the whole build (median of
# REALCODE_ROUNDS builds, default 1); instruction counts are callgrind's
# (deterministic, the figure to trust on a busy machine; Lua's, which move
# with its clock-seeded string hashes, are medians of REALCODE_IR_RUNS runs,
# default 5); wall times and start-up are medians of alternating runs
# (REALCODE_RUNS, default 7).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BUILD=${RAZOR_BUILD:-$ROOT/build}
DIR=${REALCODE_DIR:-$HERE/out/realcode}
RUNS=${REALCODE_RUNS:-7}
IR_RUNS=${REALCODE_IR_RUNS:-5}
ROUNDS=${REALCODE_ROUNDS:-1}
CC=${CC:-clang-19}
CXX=${CXX:-clang++-19}
RCC=$BUILD/bin/razor-cc
RCXX=$BUILD/bin/razor-c++
want=("$@")
[ ${#want[@]} -gt 0 ] || want=(hello lua sqlite yaml)
mkdir -p "$DIR"
[ -x "$RCC" ] || { echo "realcode.sh: build razortrace first ($BUILD)" >&2; exit 1; }

# ---- sources, through a private apt configuration
APT=(-o Dir::Etc::SourceParts="$DIR/apt/sources" -o Dir::Etc::SourceList=/dev/null
     -o Dir::State::Lists="$DIR/apt/lists" -o Dir::Cache="$DIR/apt/cache")
fetch() { # fetch PACKAGE DIRNAME: unpacks Debian's source of PACKAGE into $DIR/DIRNAME
  [ -d "$DIR/$2" ] && return 0
  if [ ! -f "$DIR/apt/lists/.updated" ]; then
    mkdir -p "$DIR/apt/sources" "$DIR/apt/lists/partial" "$DIR/apt/cache"
    sed -n 's/^Types: deb$/Types: deb-src/p; /^URIs:/p; /^Suites:/p; /^Components:/p; /^Signed-By:/p; /^$/p' \
      /etc/apt/sources.list.d/debian.sources > "$DIR/apt/sources/deb-src.sources"
    echo "realcode.sh: fetching the deb-src lists into $DIR/apt"
    apt-get "${APT[@]}" update -qq >/dev/null 2>&1 && touch "$DIR/apt/lists/.updated"
  fi
  echo "realcode.sh: downloading Debian's source of $1 into $DIR"
  (cd "$DIR" && apt-get "${APT[@]}" source -qq --download-only "$1" >/dev/null 2>&1 &&
   dpkg-source -x --no-check "$(ls -t "$1"_*.dsc | head -n1)" "$2" >/dev/null 2>&1) ||
    { echo "realcode.sh: could not fetch $1" >&2; return 1; }
}

# ---- measuring
cpu() { # cpu CMD...: runs CMD, prints its user+sys seconds (children included)
  local t; t=$(mktemp)
  /usr/bin/time -f "%U %S" -o "$t" "$@" >/dev/null 2>&1
  awk '{printf "%.2f", $1 + $2}' "$t"; rm -f "$t"
}
median() { sort -g | awk '{a[NR] = $1} END {printf "%s", NR ? a[int((NR + 1) / 2)] : "-"}'; }
ir() { # ir CMD...: callgrind instructions of CMD (environment as given)
  local o; o=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$o" "$@" >/dev/null 2>&1
  awk '/^summary:/ {print $2}' "$o"; rm -f "$o"
}
irs() { # irs CMD...: median of IR_RUNS callgrind counts (Lua seeds its string
  # hashes from the clock and an address: its counts move by about 1% a run)
  for _ in $(seq "$IR_RUNS"); do ir "$@"; done | median
}
wall() { # wall CMD...: median wall seconds of RUNS runs
  for _ in $(seq "$RUNS"); do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    echo "$e - $s" | bc -l
  done | median
}
maxrss() { # maxrss CMD...: median max RSS (KB) of 2 * RUNS + 1 runs (one
  # run moves by 100-300 KB: where the kernel maps the files decides which
  # of their pages the fault-around brings in)
  local t; t=$(mktemp)
  for _ in $(seq $((2 * RUNS + 1))); do
    /usr/bin/time -f "%M" -o "$t" "$@" >/dev/null 2>&1; cat "$t"
  done | median
  rm -f "$t"
}
relocs() { readelf -rW "$1" 2>/dev/null | grep -c ' R_' ; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b != "") printf "%.3fx", b / a; else printf "-" }'; }
row() { # row NAME WHAT PLAIN RAZOR
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$(ratio "$3" "$4")" >> "$DIR/table.md"
}

: > "$DIR/table.md"

# ---- The fixed cost: a C program that allocates once and traces nothing
# (nothing downloaded).  What the runtime adds to any process's memory
# whatever its size (README, Known limits).
bench_hello() {
  local src=$DIR/hello.c
  printf '%s\n' '#include <stdio.h>' '#include <stdlib.h>' '#include <string.h>' \
    'int main(void) {' '  char *p = malloc(100);' '  strcpy(p, "hello");' \
    '  puts(p);' '  free(p);' '  return 0;' '}' > "$src"
  $CC -O2 "$src" -o "$DIR/hello-plain" && $RCC -O2 "$src" -o "$DIR/hello-razor" ||
    { echo "realcode.sh: hello.c did not build" >&2; return; }
  row hello "max RSS KB, a C program with one malloc" "$(maxrss "$DIR/hello-plain")" "$(maxrss "$DIR/hello-razor")"
}

# ---- Lua 5.4: the interpreter, a probe on lua.c's docall
bench_lua() {
  fetch lua5.4 lua || return
  local src=$DIR/lua/src
  printf '#define DEB_HOST_MULTIARCH "x86_64-linux-gnu"\n' > "$src/lua5.4-deb-multiarch.h"
  cat > "$DIR/probe-lua.h" <<'EOF'
#include "lua.h"
static int docall(lua_State *L, int narg, int nres)
    __attribute__((annotate("razor_probe:TRACE_LUA")));
EOF
  build_lua() { # build_lua CC OUT [PROBE]
    local o=$DIR/lua-obj-$2; rm -rf "$o"; mkdir -p "$o"
    for f in "$src"/*.c; do
      case $(basename "$f") in luac.c) continue ;; esac
      local inc=()
      [ "$(basename "$f")" = lua.c ] && [ -n "${3:-}" ] && inc=(-include "$DIR/probe-lua.h")
      $1 -O2 -I"$src" -DLUA_USE_LINUX "${inc[@]}" -c "$f" -o "$o/$(basename "$f").o" || return 1
    done
    $1 "$o"/*.o -lm -ldl -o "$DIR/$2"
  }
  export -f build_lua; export src DIR
  local cp cr
  cp=$(cpu bash -c "build_lua $CC lua-plain") ; cr=$(cpu bash -c "build_lua $RCC lua-razor 1")
  cat > "$DIR/work.lua" <<'EOF'
-- allocation-heavy: strings, tables, closures, a collector at work
local t = {}
for i = 1, 50000 do
  t[i % 5000 + 1] = { name = "k" .. i, v = string.rep("x", i % 64), f = function() return i end }
end
local s = {}
for i = 1, 20000 do s[#s + 1] = tostring(i) .. ":" .. i * 2 end
print(#table.concat(s, ","))
EOF
  cat > "$DIR/call.lua" <<'EOF'
-- one request: split a line into a table, keep a summary (a slow leak)
kept = kept or {}
local fields = {}
for w in string.gmatch(string.rep("alpha beta gamma delta ", 200), "%a+") do fields[#fields + 1] = w end
kept[#kept + 1] = #fields
EOF
  local calls=(); for _ in $(seq 40); do calls+=(-e 'dofile("'"$DIR"'/call.lua")'); done
  row lua "compile CPU s, -O2, $(ls "$src"/*.c | grep -vc luac.c) files" "$cp" "$cr"
  row lua "Ir, script, no probe sampling (median of $IR_RUNS)" "$(irs "$DIR/lua-plain" "$DIR/work.lua")" "$(irs "$DIR/lua-razor" "$DIR/work.lua")"
  row lua "Ir, start-up (lua -e '')" "$(ir "$DIR/lua-plain" -e '')" "$(ir "$DIR/lua-razor" -e '')"
  row lua "Ir, probe on docall traced (40 calls, median of $IR_RUNS)" "$(irs "$DIR/lua-plain" "${calls[@]}")" "$(TRACE_LUA=1 RAZOR_OPTIONS=report=none irs "$DIR/lua-razor" "${calls[@]}")"
  row lua "wall s, probe traced" "$(wall "$DIR/lua-plain" "${calls[@]}")" "$(TRACE_LUA=1 RAZOR_OPTIONS=report=none wall "$DIR/lua-razor" "${calls[@]}")"
  row lua "max RSS KB, script" "$(maxrss "$DIR/lua-plain" "$DIR/work.lua")" "$(maxrss "$DIR/lua-razor" "$DIR/work.lua")"
  row lua "binary bytes" "$(stat -c %s "$DIR/lua-plain")" "$(stat -c %s "$DIR/lua-razor")"
  row lua "dynamic relocations" "$(relocs "$DIR/lua-plain")" "$(relocs "$DIR/lua-razor")"
  row lua "start-up wall s" "$(wall "$DIR/lua-plain" -e '')" "$(wall "$DIR/lua-razor" -e '')"
}

# ---- SQLite: the amalgamation in a small driver's tree, a probe on sqlite3_exec
bench_sqlite() {
  fetch sqlite3 sqlite || return
  local s=$DIR/sqlite
  [ -f "$s/sqlite3.c" ] || (cd "$s" && ./configure -q >/dev/null 2>&1 && make -s sqlite3.c >/dev/null 2>&1)
  [ -f "$s/sqlite3.c" ] || { echo "realcode.sh: no sqlite3.c" >&2; return; }
  cat > "$DIR/probe-sqlite.h" <<'EOF'
/* Not sqlite3.h: included ahead of the amalgamation it would hide its
 * definition of sqlite3_version (an undefined reference at link time). */
typedef struct sqlite3 sqlite3;
int sqlite3_exec(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **)
    __attribute__((annotate("razor_probe:TRACE_SQL")));
EOF
  cat > "$DIR/sqldrive.c" <<'EOF'
/* A SQL workload: inserts, an index, queries, updates, one exec a request. */
#include <stdio.h>
#include <stdlib.h>
#include "sqlite3.h"
int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 2000;
  sqlite3 *db;
  sqlite3_open(":memory:", &db);
  sqlite3_exec(db, "create table t(a integer primary key, b text, c real)", 0, 0, 0);
  sqlite3_exec(db, "create index tb on t(b)", 0, 0, 0);
  char sql[256];
  for (int i = 0; i < n; i++) {
    snprintf(sql, sizeof sql,
             "insert into t(b, c) values('name %d', %d.5); select count(*), max(c) "
             "from t where b > 'name %d'; update t set c = c + 1 where a = %d",
             i, i, i / 2, i / 3 + 1);
    sqlite3_exec(db, sql, 0, 0, 0);
  }
  sqlite3_close(db);
  return 0;
}
EOF
  local cp cr
  cp=$(cpu $CC -O2 -I"$s" -c "$s/sqlite3.c" -o "$DIR/sqlite-plain.o")
  cr=$(cpu $RCC -O2 -I"$s" -include "$DIR/probe-sqlite.h" -c "$s/sqlite3.c" -o "$DIR/sqlite-razor.o")
  local cp0 cr0
  cp0=$(cpu $CC -O0 -I"$s" -c "$s/sqlite3.c" -o /dev/null)
  cr0=$(cpu $RCC -O0 -I"$s" -c "$s/sqlite3.c" -o /dev/null)
  $CC -O2 -I"$s" "$DIR/sqldrive.c" "$DIR/sqlite-plain.o" -lm -ldl -lpthread -o "$DIR/sql-plain"
  $RCC -O2 -I"$s" "$DIR/sqldrive.c" "$DIR/sqlite-razor.o" -lm -ldl -lpthread -o "$DIR/sql-razor"
  row sqlite "compile CPU s, sqlite3.c -O2" "$cp" "$cr"
  row sqlite "compile CPU s, sqlite3.c -O0" "$cp0" "$cr0"
  row sqlite "Ir, 2000 requests, no probe sampling" "$(ir "$DIR/sql-plain" 2000)" "$(ir "$DIR/sql-razor" 2000)"
  row sqlite "Ir, probe on sqlite3_exec traced" "$(ir "$DIR/sql-plain" 2000)" "$(TRACE_SQL=1 RAZOR_OPTIONS=report=none ir "$DIR/sql-razor" 2000)"
  row sqlite "wall s, probe traced (20000 requests)" "$(wall "$DIR/sql-plain" 20000)" "$(TRACE_SQL=1 RAZOR_OPTIONS=report=none wall "$DIR/sql-razor" 20000)"
  row sqlite "max RSS KB" "$(maxrss "$DIR/sql-plain" 2000)" "$(maxrss "$DIR/sql-razor" 2000)"
  row sqlite "binary bytes" "$(stat -c %s "$DIR/sql-plain")" "$(stat -c %s "$DIR/sql-razor")"
  row sqlite "dynamic relocations" "$(relocs "$DIR/sql-plain")" "$(relocs "$DIR/sql-razor")"
  row sqlite "start-up wall s (0 requests)" "$(wall "$DIR/sql-plain" 0)" "$(wall "$DIR/sql-razor" 0)"
}

# ---- yaml-cpp: its own gtest suite and a parse workload, a probe on YAML::Load
bench_yaml() {
  if [ "$(id -u)" = 0 ] && ! dpkg -s libgtest-dev >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgtest-dev libgmock-dev >/dev/null 2>&1
  fi
  fetch yaml-cpp yaml || return
  cat > "$DIR/probe-yaml.h" <<'EOF'
#ifdef __cplusplus
#include <string>
namespace YAML { class Node; Node Load(const std::string &input) __attribute__((annotate("razor_probe:TRACE_YAML"))); }
#endif
EOF
  build_yaml() { # build_yaml CXX DIRNAME FLAGS
    rm -rf "$DIR/$2"
    cmake -S "$DIR/yaml" -B "$DIR/$2" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_COMPILER="$1" -DCMAKE_CXX_FLAGS="$3" -DYAML_CPP_BUILD_TESTS=ON \
      -DYAML_USE_SYSTEM_GTEST=ON -DYAML_CPP_BUILD_TOOLS=OFF >/dev/null 2>&1 &&
      cmake --build "$DIR/$2" -j2 >/dev/null 2>&1
  }
  export -f build_yaml; export DIR
  local cp cr
  cp=$(cpu bash -c "build_yaml $CXX yaml-plain ''")
  cr=$(cpu bash -c "build_yaml $RCXX yaml-razor '-include $DIR/probe-yaml.h'")
  local tp tr; tp=$(find "$DIR/yaml-plain" -name yaml-cpp-tests -type f | head -n1)
  tr=$(find "$DIR/yaml-razor" -name yaml-cpp-tests -type f | head -n1)
  row yaml-cpp "compile CPU s, library and tests, Release" "$cp" "$cr"
  [ -x "$tp" ] && [ -x "$tr" ] || { echo "realcode.sh: yaml-cpp tests did not build" >&2; return; }
  row yaml-cpp "Ir, its test suite, no probe sampling" "$(ir "$tp")" "$(ir "$tr")"
  row yaml-cpp "Ir, its test suite, probe on YAML::Load traced" "$(ir "$tp")" "$(TRACE_YAML=1 RAZOR_OPTIONS=report=none ir "$tr")"
  row yaml-cpp "max RSS KB, test suite" "$(maxrss "$tp")" "$(maxrss "$tr")"
  row yaml-cpp "test binary bytes" "$(stat -c %s "$tp")" "$(stat -c %s "$tr")"
  row yaml-cpp "test binary dynamic relocations" "$(relocs "$tp")" "$(relocs "$tr")"
  row yaml-cpp "start-up wall s (--gtest_list_tests)" "$(wall "$tp" --gtest_list_tests)" "$(wall "$tr" --gtest_list_tests)"
  # A parse workload: one YAML::Load a request of a 50-entry document,
  # linked against each build's library.
  cat > "$DIR/yamldrive.cpp" <<'EOF'
#include <cstdlib>
#include <string>
#include <yaml-cpp/yaml.h>
int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 200;
  std::string doc;
  for (int i = 0; i < 50; i++)
    doc += "item" + std::to_string(i) + ":\n  name: widget number " + std::to_string(i) +
           "\n  tags: [red, green, blue]\n  size: " + std::to_string(i * 3) + "\n";
  long total = 0;
  for (int r = 0; r < n; r++)
    total += YAML::Load(doc).size();
  return total == 50L * n ? 0 : 1;
}
EOF
  local lp lr; lp=$(find "$DIR/yaml-plain" -name 'libyaml-cpp.a' | head -n1)
  lr=$(find "$DIR/yaml-razor" -name 'libyaml-cpp.a' | head -n1)
  $CXX -O2 -I"$DIR/yaml/include" "$DIR/yamldrive.cpp" "$lp" -o "$DIR/yaml-drive-plain" &&
    $RCXX -O2 -I"$DIR/yaml/include" -include "$DIR/probe-yaml.h" "$DIR/yamldrive.cpp" "$lr" \
      -o "$DIR/yaml-drive-razor" ||
    { echo "realcode.sh: the yaml-cpp parse workload did not build" >&2; return; }
  row yaml-cpp "Ir, parse workload (200 loads), no probe sampling" "$(ir "$DIR/yaml-drive-plain" 200)" "$(ir "$DIR/yaml-drive-razor" 200)"
  row yaml-cpp "Ir, parse workload, probe on YAML::Load traced" "$(ir "$DIR/yaml-drive-plain" 200)" "$(TRACE_YAML=1 RAZOR_OPTIONS=report=none ir "$DIR/yaml-drive-razor" 200)"
  row yaml-cpp "wall s, parse workload traced (2000 loads)" "$(wall "$DIR/yaml-drive-plain" 2000)" "$(TRACE_YAML=1 RAZOR_OPTIONS=report=none wall "$DIR/yaml-drive-razor" 2000)"
  row yaml-cpp "parse workload binary bytes" "$(stat -c %s "$DIR/yaml-drive-plain")" "$(stat -c %s "$DIR/yaml-drive-razor")"
}

# ---- tinyxml2 and pugixml: their own test programs, no probe (code bases
# the issue did not name, asked for by name only)
bench_tinyxml2() {
  fetch tinyxml2 tinyxml2 || return
  local s=$DIR/tinyxml2 cp cr
  cp=$(cpu $CXX -O2 "$s/tinyxml2.cpp" "$s/xmltest.cpp" -o "$DIR/xmltest-plain")
  cr=$(cpu $RCXX -O2 "$s/tinyxml2.cpp" "$s/xmltest.cpp" -o "$DIR/xmltest-razor")
  [ -x "$DIR/xmltest-razor" ] || { echo "realcode.sh: tinyxml2 did not build" >&2; return; }
  # xmltest reads resources/ from the current directory.
  row tinyxml2 "compile CPU s, tinyxml2.cpp + xmltest.cpp -O2" "$cp" "$cr"
  local cp0 cr0
  cp0=$(cpu sh -c "$CXX -O0 -c '$s/tinyxml2.cpp' -o /dev/null && $CXX -O0 -c '$s/xmltest.cpp' -o /dev/null")
  cr0=$(cpu sh -c "$RCXX -O0 -c '$s/tinyxml2.cpp' -o /dev/null && $RCXX -O0 -c '$s/xmltest.cpp' -o /dev/null")
  row tinyxml2 "compile CPU s, tinyxml2.cpp + xmltest.cpp -O0" "$cp0" "$cr0"
  row tinyxml2 "Ir, xmltest, no probe" "$(cd "$s" && ir "$DIR/xmltest-plain")" "$(cd "$s" && ir "$DIR/xmltest-razor")"
  row tinyxml2 "max RSS KB, xmltest" "$(cd "$s" && maxrss "$DIR/xmltest-plain")" "$(cd "$s" && maxrss "$DIR/xmltest-razor")"
  row tinyxml2 "xmltest binary bytes" "$(stat -c %s "$DIR/xmltest-plain")" "$(stat -c %s "$DIR/xmltest-razor")"
}
bench_pugixml() {
  fetch pugixml pugixml || return
  local s=$DIR/pugixml cp cr tests
  tests=$(ls "$s"/tests/*.cpp | grep -v /fuzz_)
  cp=$(cpu $CXX -O2 -I"$s/src" "$s/src/pugixml.cpp" $tests -o "$DIR/pugitest-plain")
  cr=$(cpu $RCXX -O2 -I"$s/src" "$s/src/pugixml.cpp" $tests -o "$DIR/pugitest-razor")
  [ -x "$DIR/pugitest-razor" ] || { echo "realcode.sh: pugixml did not build" >&2; return; }
  # The tests read tests/data from the source directory.
  row pugixml "compile CPU s, library and tests -O2" "$cp" "$cr"
  row pugixml "Ir, its test suite, no probe" "$(cd "$s" && ir "$DIR/pugitest-plain")" "$(cd "$s" && ir "$DIR/pugitest-razor")"
  row pugixml "max RSS KB, its test suite" "$(cd "$s" && maxrss "$DIR/pugitest-plain")" "$(cd "$s" && maxrss "$DIR/pugitest-razor")"
  row pugixml "test binary bytes" "$(stat -c %s "$DIR/pugitest-plain")" "$(stat -c %s "$DIR/pugitest-razor")"
}

for w in "${want[@]}"; do
  case $w in
  hello) bench_hello ;; lua) bench_lua ;; sqlite) bench_sqlite ;;
  yaml) bench_yaml ;; tinyxml2) bench_tinyxml2 ;; pugixml) bench_pugixml ;;
  *) echo "realcode.sh: unknown code base $w (hello, lua, sqlite, yaml, tinyxml2, pugixml)" >&2 ;;
  esac
done
echo
echo "razortrace on real code ($(date -u +%F), $(nproc) CPUs, $($CC --version | head -n1))"
echo
echo "| code base | what | plain | with the plugin | ratio |"
echo "| --- | --- | --- | --- | --- |"
cat "$DIR/table.md"
