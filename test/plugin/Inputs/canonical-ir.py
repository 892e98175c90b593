# Prints the IR on stdin without what a module printed and read again does
# not keep: the ModuleID, the uniquing suffixes of the plugin's own globals
# (razor.str.N, razor.site.N, ...: renumbered in order of first appearance,
# since a re-read module starts its suffixes afresh), and the target CPU and
# features clang gives every function, which opt does not know for the
# functions the pass creates (the module constructor and destructor).
# Local value names are left to `opt -passes=strip`.
import re
import sys

text = sys.stdin.read()
text = re.sub(r'^; ModuleID = .*\n', '', text, flags=re.M)
text = re.sub(r' "target-(?:cpu|features)"="[^"]*"', '', text)
seen, count = {}, {}


def renumber(m):
    name, base = m.group(0), m.group(1)
    if name not in seen:
        n = count.get(base, 0)
        count[base] = n + 1
        seen[name] = base if n == 0 else "%s.%d" % (base, n)
    return seen[name]


sys.stdout.write(re.sub(r'(razor\.[a-z_]+)(?:\.\d+)?\b', renumber, text))
