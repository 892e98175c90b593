#!/usr/bin/env python3
"""exit_status.py STATUS COMMAND...: runs COMMAND (its output passes
through) and succeeds only when it exits with STATUS, so a test can tell
"bad input" (1) from "bad usage" (2)."""
import subprocess
import sys

status = subprocess.call(sys.argv[2:])
if status != int(sys.argv[1]):
    sys.stderr.write("exit_status: %s exited %d, not %s\n" % (sys.argv[2], status, sys.argv[1]))
    sys.exit(1)
