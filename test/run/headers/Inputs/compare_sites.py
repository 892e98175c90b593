"""Compares what a program expects each allocation site to hold with the
razortrace JSON report.  argv[1]: the program's output, lines
"expect FUNCTION line L bytes B blocks N" (a site expected to hold nothing
must not be reported); argv[2]: the report (JSON Lines, the last object
counts).  Prints per probe "FUNCTION: C calls, E sites expected, R reported,
D differ", and a "differs" line for each difference."""
import collections
import json
import sys


def main():
    want = collections.defaultdict(dict)
    for line in open(sys.argv[1], encoding="utf-8"):
        f = line.split()
        if f and f[0] == "expect":
            want[f[1]][int(f[3])] = (int(f[5]), int(f[7]))
    objs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")
            if l.startswith("{")]
    report = objs[-1]
    for probe in sorted(want):
        p = [x for x in report["probes"] if x["function"] == probe]
        if not p:
            print("%s: not reported: differs" % probe)
            continue
        p = p[0]
        got = {}
        for s in p["sites"]:
            if s["function"] == probe:
                got[s["line"]] = (s["total_bytes"], s["blocks"])
            else:
                print("%s: unexpected site %s:%d: differs" % (probe, s["function"], s["line"]))
        expected = {l: v for l, v in want[probe].items() if v != (0, 0)}
        bad = 0
        for l in sorted(set(expected) | set(got)):
            if expected.get(l) != got.get(l):
                bad += 1
                print("%s line %d: expected %s, reported %s: differs" % (
                    probe, l, expected.get(l), got.get(l)))
        print("%s: %d calls, %d sites expected, %d reported, %d differ" % (
            probe, p["calls"], len(expected), len(got), bad))


if __name__ == "__main__":
    main()
