"""Writes a small traced C program with a hostile shape to the path given.

    gen_source.py KIND PATH

KIND: nonutf8   the allocation line has raw non-UTF-8 bytes in a string
      longline  the allocation line ends with a comment of 3 MB
      nonewline the file ends right after the last '}' (no newline)
      plain     an ordinary program (for unusual paths)
Every program: probe `step` (trigger TRACE_H), 8 calls (enough for a
verdict), each keeping one
block allocated on line 5."""
import os
import sys

HEAD = b'#include <razortrace.h>\n#include <stdlib.h>\n#include <string.h>\nstatic char *kept[8];\nRAZOR_PROBE("TRACE_H") void step(int i) {\n'
TAIL = b'int main(void) {\n  for (int i = 0; i < 8; i++)\n    step(i);\n  return 0;\n}'


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "nonutf8":
        line = b'  kept[i] = strdup("caf\xe9 \xff\xfe \xc3\x28 ok \xe2\x82\xac");\n'
    elif kind == "longline":
        line = b"  kept[i] = malloc(16); /* " + b"x" * (3 << 20) + b" */\n"
    else:
        line = b"  kept[i] = malloc(16);\n"
    body = HEAD + line + b"}\n" + TAIL
    if kind != "nonewline":
        body += b"\n"
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(path, "wb") as f:
        f.write(body)


if __name__ == "__main__":
    main()
