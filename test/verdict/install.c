// razor-report is installed next to razor-cc (<prefix>/bin) and runs from there, needing nothing from the build tree.
// RUN: rm -rf "%t" && mkdir -p "%t"
// RUN: %cmake --install "%razor_build" --prefix "%t/prefix" > "%t/install.log"
// RUN: ls "%t/prefix/bin" | FileCheck "%s" --check-prefix=BIN
// BIN-DAG: razor-cc
// BIN-DAG: razor-report
// RUN: echo '{"id": "a", "samples": [1, 2, 3, 4, 5, 6, 7, 8]}' | "%t/prefix/bin/razor-report" verdict - | FileCheck "%s"
// CHECK: {"id": "a", "strict": true, "nostrict": true, "finding": true}
