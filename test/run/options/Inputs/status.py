"""Runs the command in argv, copies its stdout (read through a pipe, so the
program's stdout is fully buffered), ends it with a newline if it lacks one,
and prints `exit status N`, so a test can FileCheck an exact exit status."""
import subprocess
import sys

result = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)
out = result.stdout.decode("utf-8", "replace")
if out and not out.endswith("\n"):
    out += "\n"
sys.stdout.write(out)
print("exit status %d" % result.returncode)
