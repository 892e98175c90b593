// razor-report verdict gives each of the 450 labelled series of SPEC 1's families (Inputs/series.jsonl, a copy of shared/verdict/series.jsonl) its strict and its nostrict label; a mismatch prints the series' id, family and mode.
// RUN: %razor_report verdict "%S/Inputs/series.jsonl" > "%t.out"
// RUN: %python "%S/Inputs/check_labels.py" "%S/Inputs/series.jsonl" "%t.out" | FileCheck "%s"
// CHECK: strict: 450 of 450 right
// CHECK-NEXT: nostrict: 450 of 450 right
