#!/usr/bin/env python3
"""sarif_check.py SCHEMA LOG [LOG2]

Validates the SARIF log LOG against the SARIF 2.1.0 JSON schema SCHEMA
(Inputs/sarif-schema-2.1.0.json: the OASIS 2.1.0 schema, rtm.5, as the npm
package @microsoft/jest-sarif 1.0.0-beta.0 ships it under the MIT license)
with python3-jsonschema, then prints each result flattened for FileCheck:

    result 0: rule = razortrace/growing-site
    result 0: uri = test/report/Inputs/leaky.c (SRCROOT)
    result 0: line = 36 column = 19
    result 0: fingerprint = 0123456789abcdef:0
    result 0: message = Memory allocated here ...

With LOG2 (the same program with lines inserted above its sites), also
checks that every result keeps its fingerprint while its line moves, and
prints "fingerprints: N kept, lines moved". Exits 1 when invalid."""
import json
import sys

import jsonschema


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def results(log):
    return [r for run in log["runs"] for r in run.get("results", [])]


def validate(schema, path):
    log = load(path)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log),
                    key=lambda e: list(e.path))
    for e in errors[:10]:
        print("sarif_check: %s: invalid at %s: %s" % (
            path, "/".join(str(p) for p in e.path), e.message))
    if errors:
        sys.exit(1)
    print("sarif_check: %s: valid SARIF %s" % (path, log["version"]))
    return log


def main():
    schema = load(sys.argv[1])
    log = validate(schema, sys.argv[2])
    for run in log["runs"]:
        base = run.get("originalUriBaseIds", {}).get("SRCROOT", {}).get("uri")
        if base:
            print("srcroot = %s" % base)
    for i, r in enumerate(results(log)):
        loc = r["locations"][0]["physicalLocation"]
        art = loc["artifactLocation"]
        region = loc.get("region", {})
        print("result %d: rule = %s" % (i, r["ruleId"]))
        print("result %d: uri = %s%s" % (i, art["uri"],
                                         " (%s)" % art["uriBaseId"] if "uriBaseId" in art else ""))
        print("result %d: line = %s column = %s" % (i, region.get("startLine"),
                                                    region.get("startColumn")))
        print("result %d: snippet = %s" % (i, region.get("snippet", {}).get("text")))
        print("result %d: fingerprint = %s" % (i, r["partialFingerprints"]["razortraceSite/v1"]))
        print("result %d: message = %s" % (i, r["message"]["text"]))
        print("result %d: frames = %d" % (i, sum(len(s["frames"]) for s in r.get("stacks", []))))
    if len(sys.argv) > 3:
        other = validate(schema, sys.argv[3])
        a, b = results(log), results(other)
        fa = sorted(r["partialFingerprints"]["razortraceSite/v1"] for r in a)
        fb = sorted(r["partialFingerprints"]["razortraceSite/v1"] for r in b)
        if fa != fb or not fa:
            print("sarif_check: fingerprints differ: %s vs %s" % (fa, fb))
            sys.exit(1)
        line = {r["partialFingerprints"]["razortraceSite/v1"]:
                r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in a}
        moved = all(line[r["partialFingerprints"]["razortraceSite/v1"]] !=
                    r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in b)
        print("fingerprints: %d kept, lines %s" % (len(fa), "moved" if moved else "NOT moved"))
        if not moved:
            sys.exit(1)


if __name__ == "__main__":
    main()
