#!/usr/bin/env bash
# Builds razortrace against LLVM N into build-N and runs the whole lit suite
# there: `bash scripts/test-llvm.sh 22`.  Installs what is missing for that
# version (apt), like scripts/test.sh, which it runs.  Any major with Debian
# packages works (14, 15, 16, 19, 22 are tested).
set -uo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/test-llvm.sh LLVM_MAJOR   (e.g. 14, 19, 22)" >&2
  exit 2
fi
LLVM_VERSION=$1 RAZOR_BUILD=${RAZOR_BUILD:-build-$1} exec bash scripts/test.sh
