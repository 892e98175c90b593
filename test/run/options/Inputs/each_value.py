"""each_value.py KEY VALUE... -- CMD...: runs CMD once per VALUE with
KEY=VALUE appended to RAZOR_OPTIONS, and prints for each run `== VALUE`,
the program's stdout, `exit status N` and its stderr lines, each prefixed
`stderr: `, so one FileCheck sees every run."""
import os
import subprocess
import sys

sep = sys.argv.index("--")
key, values, cmd = sys.argv[1], sys.argv[2:sep], sys.argv[sep + 1:]
for v in values:
    env = dict(os.environ)
    opts = env.get("RAZOR_OPTIONS", "")
    env["RAZOR_OPTIONS"] = (opts + ":" if opts else "") + "%s=%s" % (key, v)
    r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    print("== %s" % v)
    out = r.stdout.decode("utf-8", "replace")
    sys.stdout.write(out if not out or out.endswith("\n") else out + "\n")
    print("exit status %d" % r.returncode)
    for line in r.stderr.decode("utf-8", "replace").splitlines():
        print("stderr: " + line)
