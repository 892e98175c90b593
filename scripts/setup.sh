#!/usr/bin/env bash
# Installs what is missing (Debian/Ubuntu, apt) and builds razortrace into
# ${RAZOR_BUILD:-build}.  LLVM_VERSION picks the clang to build against
# (default 19).  Safe to run again: it only installs and rebuilds what is
# missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
LLVM_VERSION=${LLVM_VERSION:-19}
BUILD=${RAZOR_BUILD:-build}

packages=(clang-$LLVM_VERSION llvm-$LLVM_VERSION-dev libclang-$LLVM_VERSION-dev
          llvm-$LLVM_VERSION-tools cmake ninja-build python3 pkg-config
          libjemalloc-dev libtcmalloc-minimal4)
# The tools the report tests check with (scripts/test.sh asks for them):
# headless Chromium for the HTML report, jsonschema for SARIF, GoogleTest
# and cmocka for razor_check.
if [ "${RAZOR_TEST_PACKAGES:-0}" = 1 ]; then
  packages+=(chromium python3-jsonschema libgtest-dev libcmocka-dev)
fi
# compiler-rt has its own package except for LLVM 15, where
# libclang-common-15-dev (pulled in by clang-15) carries it.
[ "$LLVM_VERSION" = 15 ] || packages+=(libclang-rt-$LLVM_VERSION-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "razortrace: installing ${missing[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

LLVM_DIR=/usr/lib/llvm-$LLVM_VERSION/lib/cmake/llvm
if [ ! -f "$BUILD/build.ninja" ] || ! grep -q "llvm-$LLVM_VERSION/" "$BUILD/CMakeCache.txt" 2>/dev/null; then
  cmake -S . -B "$BUILD" -G Ninja -DLLVM_DIR="$LLVM_DIR" \
    -DCMAKE_C_COMPILER=/usr/lib/llvm-$LLVM_VERSION/bin/clang \
    -DCMAKE_CXX_COMPILER=/usr/lib/llvm-$LLVM_VERSION/bin/clang++ >/dev/null
fi
cmake --build "$BUILD" >/dev/null
echo "razortrace: built in $BUILD (LLVM $LLVM_VERSION)"
