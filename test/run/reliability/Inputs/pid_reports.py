"""Reads every razortrace JSON Lines file in DIR (named PREFIX.PID.json) and
prints one line per distinct summary, with how many files had it:

    2 x pid-matches-name=yes reports=1 step:calls=8,blocks=8,bytes=800

so a lit test can check reports written by processes whose pids it cannot
know.  Files are grouped by their summary text, sorted by it."""
import collections
import json
import os
import sys


def summary(path, name):
    pid_in_name = name.split(".")[-2]
    lines = [l for l in open(path, encoding="utf-8", errors="strict")
             if l.startswith("{")]
    objs = [json.loads(l) for l in lines]
    ok = all(str(o["pid"]) == pid_in_name for o in objs)
    parts = ["pid-matches-name=%s" % ("yes" if ok else "no"),
             "reports=%d" % len(objs)]
    if objs:
        for p in objs[-1]["probes"]:
            s = p["sites"][0] if p["sites"] else {}
            parts.append("%s:calls=%d,blocks=%s,bytes=%s" % (
                p["function"], p["calls"], s.get("blocks", 0),
                s.get("total_bytes", 0)))
    return " ".join(parts)


def main():
    d = sys.argv[1]
    names = sorted(n for n in os.listdir(d) if n.endswith(".json"))
    counts = collections.Counter(summary(os.path.join(d, n), n) for n in names)
    for text in sorted(counts):
        print("%d x %s" % (counts[text], text))
    print("%d file(s)" % len(names))


if __name__ == "__main__":
    main()
