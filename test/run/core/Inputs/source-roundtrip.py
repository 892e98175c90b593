"""Reads razortrace JSON Lines from stdin and, for every site in FILE (argv[1]),
prints whether its decoded "source" equals that line of FILE, trimmed."""
import json
import sys

path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    text = f.read().split("\n")
for raw in sys.stdin:
    if not raw.startswith("{"):
        continue
    for probe in json.loads(raw)["probes"]:
        for site in probe["sites"]:
            want = text[site["line"] - 1].strip(" \t\r")
            print("line %d: %s" % (site["line"], "same" if site["source"] == want else
                                    "differs: %r != %r" % (site["source"], want)))
