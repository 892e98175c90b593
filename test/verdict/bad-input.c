// razor-report verdict on bad input lines (not JSON, truncated, no samples, samples that are not 64-bit integers, a future "razortrace" format, an id that is neither string nor number, a last line cut short): one stderr line each naming file and line, the good lines still judged, exit status 1; blank lines are passed over.
// RUN: %python "%S/Inputs/exit_status.py" 1 %razor_report verdict "%S/Inputs/bad.jsonl" > "%t.out" 2> "%t.err"
// RUN: FileCheck "%s" --check-prefix=OUT < "%t.out"
// RUN: FileCheck "%s" --check-prefix=ERR -DFILE="%S/Inputs/bad.jsonl" < "%t.err"
// OUT: {"id": "good-1", "strict": true, "nostrict": true, "finding": true}
// OUT-NEXT: {"id": 7, "strict": false, "nostrict": false, "finding": false}
// OUT-NEXT: {"id": null, "strict": null, "nostrict": null, "finding": null}
// OUT-NEXT: {"id": "good-2", "strict": false, "nostrict": false, "finding": false}
// OUT-NOT: {
// ERR: razor-report: [[FILE]]:2: not JSON: expected null (column 2)
// ERR-NEXT: razor-report: [[FILE]]:3: no "samples"
// ERR-NEXT: razor-report: [[FILE]]:4: written in razortrace format 2; this razor-report reads format 1
// ERR-NEXT: razor-report: [[FILE]]:5: not a JSON object
// ERR-NEXT: razor-report: [[FILE]]:6: "samples"[1] is not an integer in the 64-bit range (column 35)
// ERR-NEXT: razor-report: [[FILE]]:7: "id" is neither a string nor a number
// ERR-NEXT: razor-report: [[FILE]]:11: "samples"[1] is not an integer in the 64-bit range (column 34)
// ERR-NEXT: razor-report: [[FILE]]:12: truncated JSON: the text ends inside the value
// ERR-NEXT: razor-report: [[FILE]]:13: not JSON: expected a value (column 43)
// ERR-NEXT: razor-report: [[FILE]]:14: "samples" is not an array
// ERR-NEXT: razor-report: [[FILE]]:15: "razortrace" is not a format version (a positive integer)
// ERR-NEXT: razor-report: [[FILE]]:17: truncated: the file ends inside this line's JSON
// ERR-NOT: razor-report

// A bad file does not stop the next one; an unreadable one is bad input too.
// RUN: %python "%S/Inputs/exit_status.py" 1 %razor_report verdict "%t.missing" "%S/Inputs/bad.jsonl" "%S/Inputs/series.jsonl" > "%t.out2" 2> "%t.err2"
// RUN: FileCheck "%s" --check-prefix=MISSING < "%t.err2"
// RUN: FileCheck "%s" --check-prefix=NEXT < "%t.out2"
// MISSING: razor-report: {{.*}}.missing: No such file or directory
// NEXT: "id": "good-2"
// NEXT: {"id": "too_few-1-0", "strict": null, "nostrict": null, "finding": null}

// Good input only: exit status 0, nothing on stderr; - reads stdin.
// RUN: head -n 1 "%S/Inputs/bad.jsonl" | %razor_report verdict - 2> "%t.err3" | FileCheck "%s" --check-prefix=STDIN
// RUN: count 0 < "%t.err3"
// STDIN: {"id": "good-1", "strict": true, "nostrict": true, "finding": true}
