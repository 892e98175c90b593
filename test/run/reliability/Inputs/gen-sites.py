"""Writes a C program with N allocation sites (N/100 per function) called
from one probe three times; every block is freed between calls except the
one from site LEAK, which is kept each call: exactly one growing site.
min_calls=3: the three calls are judged (the scale is the point).  The last
call's blocks are freed after the last sample: every other site holds
memory then, growth seen only at the last call, which is not a finding."""
import sys

n, leak = int(sys.argv[1]), int(sys.argv[2])
funcs = 100
per = n // funcs
out = ["#include <stdlib.h>", "static void *keep[%d];" % n,
       "static void *kept[3];", "static int nkept;"]
for f in range(funcs):
    out.append("static void f%d(void) {" % f)
    for i in range(per):
        k = f * per + i
        out.append("  keep[%d] = malloc(%d); /* site %d */" % (k, 1 + k % 7, k))
    out.append("}")
out.append('__attribute__((annotate("razor_probe:TRACE_SITES,min_calls=3"))) void all(void) {')
out += ["  f%d();" % f for f in range(funcs)]
out.append("}")
out.append("int main(void) {")
out.append("  for (int r = 0; r < 3; r++) {")
out.append("    all();")
out.append("    kept[nkept++] = keep[%d];" % leak)
out.append("    keep[%d] = 0;" % leak)
out.append("    for (int i = 0; i < %d; i++) free(keep[i]);" % n)
out.append("  }")
out.append("  return 0;")
out.append("}")
sys.stdout.write("\n".join(out) + "\n")
