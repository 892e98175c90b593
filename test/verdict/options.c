// razor-report's command line: --help and usage errors (exit 2; merge, diff and sarif without their files), and verdict's --nostrict (the "finding" key), --min-calls, --warmup, --min-growth (bytes or KiB) and --details, in both option spellings.
// RUN: %razor_report --help | FileCheck "%s" --check-prefix=HELP
// HELP: usage: razor-report COMMAND [OPTIONS] FILE...
// HELP: verdict judge series of samples
// HELP: merge {{.*}}one report from many
// RUN: %razor_report verdict --help | FileCheck "%s" --check-prefix=VHELP
// VHELP: usage: razor-report verdict [--nostrict] [--min-calls N] [--warmup N] [--min-growth SIZE] [--details] FILE...
// RUN: %razor_report --version | FileCheck "%s" --check-prefix=VERSION
// VERSION: razor-report (razortrace) {{[0-9]+\.[0-9]+}}

// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report 2>&1 | FileCheck "%s" --check-prefix=NOARGS
// NOARGS: usage: razor-report COMMAND
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report frob 2>&1 | FileCheck "%s" --check-prefix=UNKNOWN
// UNKNOWN: razor-report: unknown command 'frob'
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report merge 2>&1 | FileCheck "%s" --check-prefix=MERGE
// MERGE: razor-report: merge: no FILE (- reads stdin)
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report diff a 2>&1 | FileCheck "%s" --check-prefix=DIFF
// DIFF: razor-report: diff: needs BASE and NEW
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report sarif --bogus a 2>&1 | FileCheck "%s" --check-prefix=SARIF
// SARIF: razor-report: sarif: unknown option '--bogus'
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report verdict 2>&1 | FileCheck "%s" --check-prefix=NOFILE
// NOFILE: razor-report: verdict: no FILE (- reads stdin)
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report verdict --bogus x 2>&1 | FileCheck "%s" --check-prefix=BOGUS
// BOGUS: razor-report: verdict: unknown option '--bogus'
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report verdict --min-calls 0 x 2>&1 | FileCheck "%s" --check-prefix=ZERO
// ZERO: razor-report: verdict: --min-calls needs a count of at least 1
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report verdict --min-growth 3kb x 2>&1 | FileCheck "%s" --check-prefix=SIZE
// SIZE: razor-report: verdict: --min-growth needs a size (bytes, or with KiB, MiB, GiB)
// RUN: %python "%S/Inputs/exit_status.py" 2 %razor_report verdict x --warmup 2>&1 | FileCheck "%s" --check-prefix=NOVALUE
// NOVALUE: razor-report: verdict: --warmup needs a count

// A flush (strict: clean; nostrict: growing) and a steady leak of 1 KiB a call over 8 calls.
// RUN: echo '{"id": "flush", "samples": [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000, 2100, 2200, 2300, 2400, 2500, 2600, 2700]}' > "%t.in"
// RUN: echo '{"id": "leak", "samples": [1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192]}' >> "%t.in"
// RUN: %razor_report verdict "%t.in" | FileCheck "%s" --check-prefix=STRICT
// STRICT: {"id": "flush", "strict": false, "nostrict": true, "finding": false}
// STRICT-NEXT: {"id": "leak", "strict": true, "nostrict": true, "finding": true}
// RUN: %razor_report verdict --nostrict "%t.in" | FileCheck "%s" --check-prefix=NOSTRICT
// NOSTRICT: {"id": "flush", "strict": false, "nostrict": true, "finding": true}
// NOSTRICT-NEXT: {"id": "leak", "strict": true, "nostrict": true, "finding": true}
// RUN: %razor_report verdict --min-calls 9 "%t.in" | FileCheck "%s" --check-prefix=MINCALLS
// RUN: %razor_report verdict --warmup=1 "%t.in" | FileCheck "%s" --check-prefix=MINCALLS
// MINCALLS: {"id": "flush", "strict": false, "nostrict": true, "finding": false}
// MINCALLS-NEXT: {"id": "leak", "strict": null, "nostrict": null, "finding": null}
// The leak's kept memory grows by 3 KiB from the middle (call 4) to the end (call 7, the last left out).
// RUN: %razor_report verdict --min-growth 3KiB "%t.in" | FileCheck "%s" --check-prefix=GROW3
// RUN: %razor_report verdict --min-growth=3072 "%t.in" | FileCheck "%s" --check-prefix=GROW3
// GROW3: {"id": "leak", "strict": true, "nostrict": true, "finding": true}
// RUN: %razor_report verdict --min-growth 3073 "%t.in" | FileCheck "%s" --check-prefix=GROW4
// RUN: %razor_report verdict --min-growth 1MiB "%t.in" | FileCheck "%s" --check-prefix=GROW4
// GROW4: {"id": "flush", "strict": false, "nostrict": false, "finding": false}
// GROW4-NEXT: {"id": "leak", "strict": false, "nostrict": false, "finding": false}
// RUN: %razor_report verdict --details "%t.in" | FileCheck "%s" --check-prefix=DETAILS
// DETAILS: {"id": "flush", "strict": false, "nostrict": true, "finding": false, "details": {"calls": 40, "middle_call": 20, "kept_middle": 700, "end_samples": 2, "kept_end": 2600, "growth": 1900, "keep_calls": 5, "temp_calls": 0, "gave_back_call": 13, "gave_back_max": 800, "trend": "inf"}}
// DETAILS-NEXT: {"id": "leak", "strict": true, "nostrict": true, "finding": true, "details": {"calls": 8, "middle_call": 4, "kept_middle": 4096, "end_samples": 2, "kept_end": 7168, "growth": 3072, "keep_calls": 2, "temp_calls": 0, "gave_back_call": 0, "gave_back_max": 0, "trend": "inf"}}
// RUN: echo '{"id": 3, "samples": [1, 2]}' | %razor_report verdict --details - | FileCheck "%s" --check-prefix=FEW
// FEW: {"id": 3, "strict": null, "nostrict": null, "finding": null, "details": {"calls": 2}}
