# resident-code.py CALLGRIND_OUT LIBRARY RUNTIME_SRC_DIR
# The runtime's functions a run executed (callgrind's fn= entries under
# librazortrace.so) against the runtime's RAZOR_RESIDENT code: the stretch
# of the library from the first such function to the end of the last.
# Prints "executed outside the resident code: NAME..." for any executed
# function outside that stretch, and how large the stretch is against the
# library's whole .text.
import glob
import os
import re
import subprocess
import sys

cg, lib, src = sys.argv[1:4]

executed, obs, fns, ob = set(), {}, {}, None
for line in open(cg, errors='replace'):
    line = line.rstrip('\n')
    m = re.match(r'^(c?ob)=\((\d+)\)(?: (.*))?$', line)
    if m:
        if m.group(3):
            obs[m.group(2)] = m.group(3)
        if m.group(1) == 'ob':
            ob = obs.get(m.group(2), '')
        continue
    m = re.match(r'^(c?fn)=\((\d+)\)(?: (.*))?$', line)
    if m:
        if m.group(3):
            fns[m.group(2)] = m.group(3)
        if m.group(1) == 'fn' and ob and os.path.basename(ob) == os.path.basename(lib):
            executed.add(fns[m.group(2)])

resident = set()
for path in glob.glob(os.path.join(src, '*.c')):
    text = open(path).read()
    for m in re.finditer(r'^RAZOR_RESIDENT\b([^{;]*)', text, re.M):
        sig = re.sub(r'__attribute__\(\(.*?\)\)', '', m.group(1), flags=re.S)
        name = re.search(r'(\w+)\s*\(', sig)
        if name:
            resident.add(name.group(1))

syms = {}
out = subprocess.run(['nm', '-S', lib], capture_output=True, text=True).stdout
for l in out.splitlines():
    p = l.split()
    if len(p) == 4 and p[2] in 'tTwWiI':
        syms.setdefault(p[3], []).append((int(p[0], 16), int(p[1], 16)))
spans = [s for n in resident for s in syms.get(n, [])]
if not spans:
    sys.exit('no RAZOR_RESIDENT function found in ' + lib)
lo = min(a for a, _ in spans)
hi = max(a + s for a, s in spans)
outside = sorted(n for n in executed
                 if n in syms and not any(lo <= a < hi for a, _ in syms[n]))
text = 0
for l in subprocess.run(['readelf', '-SW', lib], capture_output=True,
                        text=True).stdout.splitlines():
    p = l.replace('[ ', '[').split()
    if len(p) > 6 and p[1] == '.text':
        text = int(p[5], 16)
print('executed: %d functions of the runtime' % len(executed))
print('executed outside the resident code: ' + (' '.join(outside) or 'none'))
# A thread block (razor_tls_make: 4 kB of the arena and a thread-exit
# key) is made when a thread first needs one: never, in a run that traces
# nothing, not even for the exit report.
print('thread blocks made: ' +
      ('yes' if 'razor_tls_make' in executed else 'none'))
print('resident code: %s of .text' %
      ('under a third' if 3 * (hi - lo) < text else '%d of %d bytes' % (hi - lo, text)))
