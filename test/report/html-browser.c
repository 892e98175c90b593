// format=html is one self-contained page per report that headless Chromium (Debian's chromium) loads from a file URL with the network offline: one SVG chart per finding (axes labelled calls and bytes/open, the samples, the verdict's floor), the source lines, via, collapsed tracebacks, no console error, no request leaving the file; a screenshot is kept as the test's artefact (Output/html-browser.c.tmp.png).  razor-report html renders the JSON of the same run into the same page.
// REQUIRES: chromium
// RUN: %clang_razor -g %S/Inputs/leaky.c -o %t
// RUN: rm -f %t.html && env TRACE_HANDLE=1 LEAK_MORE=1 LEAK_FILES=1 LEAK_VIA=1 %env_razor_opts=format=html:output=%t.html %run %t 24
// RUN: FileCheck %s --check-prefix=PAGE < %t.html
// RUN: %python %S/Inputs/browser_check.py %t.html %t.png --findings 5 --tracebacks 5 --text 'names[nnames++] = strdup(name); /* kept: the leak */' --text 'held[nheld++] = fopen("/dev/null", "r"); /* kept open */' --text 'asprintf(&lines[i % 4096], "%d", i); /* kept when LEAK_MORE is set */' --text 'copies[i % 4096] = copy(name);' | FileCheck %s --check-prefix=BROWSER
// PAGE: <!DOCTYPE html>
// PAGE-NOT: <script
// PAGE-NOT: src=
// PAGE-NOT: http://{{[^w]}}
// PAGE: <h1>razortrace report</h1>
// PAGE: probe <code>handle</code>
// PAGE: names[nnames++] = strdup(name); /* kept: the leak */
// PAGE: <svg class="chart"
// PAGE: class="axis-label"{{.*}}>calls</text>
// PAGE: </svg>
// PAGE: <p class="via">via <code>{{_*}}strdup</code>
// PAGE: <p class="meta">stacks recorded for {{[1-9][0-9]*}} of {{[0-9]+}} retained blocks</p>
// PAGE-NEXT: <details class="traceback"><summary>stack 1 of 1: {{[0-9.]+}} kb in {{[0-9]+}} blocks ({{[0-9]+}} frames)</summary>
// PAGE: </html>
// BROWSER: browser_check: ok: no request leaves the file (1 request(s))
// BROWSER: browser_check: ok: no console errors
// BROWSER: browser_check: ok: 5 finding(s), expected 5
// BROWSER: browser_check: ok: one chart per finding: [1, 1, 1, 1, 1]
// BROWSER: browser_check: ok
//
// The same run's JSON through razor-report html: the same findings, charts
// and source lines (one renderer).
// RUN: rm -f %t.jsonl && env TRACE_HANDLE=1 LEAK_MORE=1 LEAK_FILES=1 LEAK_VIA=1 %env_razor_opts=format=json:output=%t.jsonl %run %t 24
// RUN: %razor_report html %t.jsonl > %t.tool.html
// RUN: %python %S/Inputs/browser_check.py %t.tool.html %t.tool.png --findings 5 --tracebacks 5 --text 'names[nnames++] = strdup(name); /* kept: the leak */' | FileCheck %s --check-prefix=TOOL
// TOOL: browser_check: ok: 5 finding(s), expected 5
// TOOL: browser_check: ok
//
// A report with nothing growing is still a page, saying so.
// RUN: rm -f %t.clean.html && env TRACE_HANDLE=1 %env_razor_opts=format=html:output=%t.clean.html:report=exit %run %t 2
// RUN: FileCheck %s --check-prefix=CLEAN < %t.clean.html
// CLEAN: no verdict
