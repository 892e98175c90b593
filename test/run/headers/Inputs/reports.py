"""Reads every razortrace JSON Lines file in DIR (named PREFIX.PID.json) and
prints, per file, one line per report and site, the files' lines sorted, so
a lit test can check the reports of processes whose pids it cannot know:

    pid-ok step calls=6 "kept[i] = malloc(100);" bytes=600 blocks=6 samples=[...]

pid-ok says the report's "pid" is the one in the file's name."""
import json
import os
import sys


def main():
    d = sys.argv[1]
    names = sorted(n for n in os.listdir(d) if n.endswith(".json"))
    out = []
    for name in names:
        pid = name.split(".")[-2]
        lines = []
        with open(os.path.join(d, name), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("{"):
                    continue
                obj = json.loads(line)
                ok = "pid-ok" if str(obj["pid"]) == pid else "pid-WRONG"
                for p in obj["probes"]:
                    if not p["sites"]:
                        lines.append("%s %s calls=%d no sites" % (ok, p["function"], p["calls"]))
                    for s in p["sites"]:
                        lines.append("%s %s calls=%d %s bytes=%d blocks=%d samples=%s" % (
                            ok, p["function"], p["calls"], json.dumps(s["source"]),
                            s["total_bytes"], s["blocks"],
                            json.dumps(s["samples"]).replace(" ", "")))
        out.append(" | ".join(lines) if lines else "(no report)")
    for line in sorted(out):
        print(line)
    print("%d file(s)" % len(names))


if __name__ == "__main__":
    main()
