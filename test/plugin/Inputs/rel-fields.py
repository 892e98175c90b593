# Prints the IR on stdin with each string field of a razortrace record
# (a razor_rel: `trunc (sub (ptrtoint @str, ptrtoint @record))`, the
# distance from the record's start) written `rel @str` (a site's `scope`,
# a scope's `where` or a site's `inner`, the distance to another record:
# `rel @scope`, `rel @file`, `rel @site`), after checking that the distance
# is counted from the record being defined (its own global: a scope
# record's fields from the scope record, a site's from the site); a field
# that is not gets `rel-BAD(...)`, which no test expects.  A distance
# from one of its fields (`gep @record, 0, N`: ABI 6 and before) is
# `rel-BAD` too.  Reads opaque (`ptr`) and typed (`[N x i8]*`, LLVM 14)
# pointers alike.
import re
import sys

REL = re.compile(
    r'i32 trunc \(i64 sub \(i64 ptrtoint \((?:ptr|\[\d+ x i8\]\*|\{[^}]*\}\*) (@[\w.$]+) to i64\), '
    r'i64 ptrtoint \((?:ptr|i32\*) getelementptr inbounds (?:nuw )?\((\{[^}]*\}), '
    r'(?:ptr|\{[^}]*\}\*) (@[\w.$]+), i(?:32|64) 0, i32 (\d+)\) to i64\)\) to i32\)')
# The distance from a record's own address.
REL0 = re.compile(
    r'i32 trunc \(i64 sub \(i64 ptrtoint \((?:ptr|\[\d+ x i8\]\*|\{[^}]*\}\*) (@[\w.$]+) to i64\), '
    r'i64 ptrtoint \((?:ptr|\{[^}]*\}\*) (@[\w.$]+) to i64\)\) to i32\)')
DEF = re.compile(r'^(@[\w.$]+) = ')


def fix(line):
    m = DEF.match(line)
    if not m or 'trunc (' not in line:
        return line
    name = m.group(1)
    marks = []

    def mark(r):  # from a field: not this ABI's
        marks.append((r.group(1), r.group(3), int(r.group(4))))
        return '\x00%d\x00' % (len(marks) - 1)

    line = REL.sub(mark, line)

    def mark0(r):
        marks.append((r.group(1), r.group(2), None))
        return '\x00%d\x00' % (len(marks) - 1)

    line = REL0.sub(mark0, line)
    # The record's initializer: the last top-level `{ ... }` of the line
    # holding the marks; its elements, in order.
    start = line.find('{', line.find('{', line.find(' = ')) + 1)
    end = line.find('}', start)
    elems = line[start + 1:end].split(',')
    for pos, e in enumerate(elems):
        k = re.search('\x00(\\d+)\x00', e)
        if not k:
            continue
        target, rec, idx = marks[int(k.group(1))]
        ok = rec == name and idx is None
        elems[pos] = e.replace(k.group(0), ('rel ' + target) if ok else
                               'rel-BAD(%s, %s, %s)' % (target, rec, idx))
        elems[pos] = elems[pos].replace('i32 rel', 'rel')
    line = line[:start + 1] + ','.join(elems) + line[end:]
    return re.sub('\x00(\\d+)\x00', lambda k: 'rel-BAD(%s, %s, %s)' % marks[int(k.group(1))], line)


sys.stdout.write(''.join(fix(l) for l in sys.stdin.read().splitlines(True)))
