"""Runs runtime-out-of-memory.c's program (argv[1]) with the runtime's
mappings refused after N, for N from 0 to 40: every run must exit 0 with the
untraced run's stdout; a run whose report shows less than the full 3125 kb
retained must say that records were dropped."""
import os
import re
import subprocess
import sys

prog = sys.argv[1]
env = {k: v for k, v in os.environ.items() if k != "TRACE_OOM"}
plain = subprocess.run([prog], env=env, capture_output=True, text=True).stdout
limits = list(range(0, 21)) + [25, 30, 40]
ok = said = True
dropped_any = False
for n in limits:
    r = subprocess.run([prog], capture_output=True, text=True,
                       env=dict(env, TRACE_OOM="1", RAZOR_TEST_MAP_LIMIT=str(n)))
    if r.returncode != 0 or r.stdout != plain:
        ok = False
        print("limit %d: status %d, stdout %r" % (n, r.returncode, r.stdout))
    m = re.search(r"SUMMARY: .*?, ([0-9.]+) kb retained", r.stderr)
    dropped = "record(s) dropped" in r.stderr
    dropped_any |= dropped
    if m and float(m.group(1)) < 3125.0 and not dropped:
        said = False
        print("limit %d: low figures without a word\n%s" % (n, r.stderr))
print("%d runs: every one exited 0 with the plain output; low figures said: %s; "
      "some dropped: %s" % (len(limits), "yes" if ok and said else "NO",
                            "yes" if dropped_any else "no"))
