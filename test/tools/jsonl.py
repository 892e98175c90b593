#!/usr/bin/env python3
"""Reads razortrace JSON Lines from stdin (other lines are passed over),
checks that each object parses, and prints it flattened, one
`path = value` a line, so lit tests can FileCheck single keys:

    report 0: pid = 1234
    report 0: probes[0].function = "text"
    report 0: probes[0].sites[0].line = 17

Exits 1 on a line that starts like JSON but does not parse."""
import json
import sys


def flatten(prefix, value, out):
    if isinstance(value, dict):
        for key, item in value.items():
            flatten("%s.%s" % (prefix, key) if prefix else key, item, out)
    elif isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        for index, item in enumerate(value):
            flatten("%s[%d]" % (prefix, index), item, out)
    else:
        out.append("%s = %s" % (prefix, json.dumps(value, ensure_ascii=False)))


def main():
    count = 0
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            obj = json.loads(line)
        except ValueError as err:
            print("jsonl: report %d does not parse: %s" % (count, err))
            return 1
        out = []
        flatten("", obj, out)
        for item in out:
            print("report %d: %s" % (count, item))
        count += 1
    print("jsonl: %d report(s)" % count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
