"""fifo.py FIFO reader|noreader CMD...: makes FIFO (a named pipe), then runs
CMD with nobody reading it (noreader) or with a reader thread that opened
it first and reads it to the end (reader).  Prints the program's stdout,
`exit status N` (-N: killed by signal N; 124: still running after 20 s),
its stderr lines prefixed `stderr: `, and what the reader got prefixed
`fifo: `."""
import os
import subprocess
import sys
import threading

fifo, mode, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
if os.path.exists(fifo):
    os.unlink(fifo)
os.mkfifo(fifo)
got = []
fd = None
if mode == "reader":
    # Opened first, without waiting for a writer; read once one came.
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(fd, True)

    def read_all():
        import select
        while True:
            select.select([fd], [], [])
            chunk = os.read(fd, 65536)
            if not chunk:
                # No writer (yet, or any more): wait for the next one
                # unless the program has ended.
                if done.is_set():
                    return
                done.wait(0.05)
                continue
            got.append(chunk)

    done = threading.Event()
    t = threading.Thread(target=read_all)
    t.start()
try:
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=20)
    status, out, err = r.returncode, r.stdout, r.stderr
except subprocess.TimeoutExpired as e:
    status, out, err = 124, e.stdout or b"", e.stderr or b""
if fd is not None:
    done.set()
    t.join()
out = out.decode("utf-8", "replace")
sys.stdout.write(out if not out or out.endswith("\n") else out + "\n")
print("exit status %d" % status)
for line in err.decode("utf-8", "replace").splitlines():
    print("stderr: " + line)
for line in b"".join(got).decode("utf-8", "replace").splitlines():
    print("fifo: " + line)
