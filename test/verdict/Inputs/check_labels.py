#!/usr/bin/env python3
"""check_labels.py LABELS OUTPUT: compares `razor-report verdict` OUTPUT with
the "strict"/"nostrict" labels of the series in LABELS (JSON Lines with
"id", "family", "strict", "nostrict").  Prints one line per mismatch (id,
family, mode, label, verdict) and a summary per mode; exits 1 on any
mismatch or a missing or extra output line."""
import json
import sys


def main():
    labels = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    output = [json.loads(line) for line in open(sys.argv[2]) if line.strip()]
    bad = 0
    if len(labels) != len(output):
        print("check_labels: %d series, %d verdicts" % (len(labels), len(output)))
        bad += 1
    wrong = {"strict": 0, "nostrict": 0}
    for want, got in zip(labels, output):
        if want["id"] != got.get("id"):
            print("check_labels: id %r where %r was expected" % (got.get("id"), want["id"]))
            bad += 1
            continue
        for mode in ("strict", "nostrict"):
            if want[mode] != got.get(mode):
                print("MISMATCH %s (%s) %s: label %s, verdict %s" % (
                    want["id"], want.get("family", "?"), mode,
                    json.dumps(want[mode]), json.dumps(got.get(mode))))
                wrong[mode] += 1
    for mode in ("strict", "nostrict"):
        print("%s: %d of %d right" % (mode, len(labels) - wrong[mode], len(labels)))
    return 1 if bad or wrong["strict"] or wrong["nostrict"] else 0


if __name__ == "__main__":
    sys.exit(main())
