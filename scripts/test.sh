#!/usr/bin/env bash
# Sets up what is missing, builds, and runs the whole lit suite.  Ends with
# lit's own summary and one line "lit: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
RAZOR_TEST_PACKAGES=1 bash scripts/setup.sh || exit 1
BUILD=${RAZOR_BUILD:-build}
log=$(mktemp)
cmake --build "$BUILD" --target check 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count() { # lit summary rows look like "  Passed           : 60 (96.77%)"
  local n=0 row
  for row in "$@"; do
    n=$((n + $(sed -n "s/^ *$row *: *\([0-9]*\).*/\1/p" "$log" | head -n1 | grep . || echo 0)))
  done
  echo $n
}
passed=$(count Passed "Expectedly Failed")
failed=$(count Failed "Unexpectedly Passed" Unresolved "Timed Out")
skipped=$(count Unsupported Skipped Excluded)
rm -f "$log"
echo "lit: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
