// The verdict on fresh series drawn from the same families as the labelled file (gen_series.py, fixed seeds): every one gets its label in both modes, so the rule fits the model rather than the file.
// RUN: %python "%S/gen_series.py" --seed 101 --per-family 150 > "%t.jsonl"
// RUN: %razor_report verdict "%t.jsonl" > "%t.out"
// RUN: %python "%S/Inputs/check_labels.py" "%t.jsonl" "%t.out" | FileCheck "%s"
// CHECK: strict: 2250 of 2250 right
// CHECK-NEXT: nostrict: 2250 of 2250 right
