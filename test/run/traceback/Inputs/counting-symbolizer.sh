#!/bin/sh
# llvm-symbolizer (from PATH), with one line added to $SYM_LOG per start.
echo start >> "$SYM_LOG"
exec llvm-symbolizer "$@"
