#!/usr/bin/env python3
"""Draws fresh labelled retained-bytes series from the families of SPEC 1
("The verdict"), shaped like Inputs/series.jsonl: the same steps, noise levels
and lengths, other random draws.  Writes JSON Lines in the file's format
({"id", "family", "samples", "strict", "nostrict"}) to stdout.

  gen_series.py [--seed N] [--per-family N] [--wide]

--wide widens the parameters past the file's ranges (shorter runs, fewer
collector cycles, heavier noise, flushes anywhere in the first half, irregular
collections) to show where the rule's edges are; its labels follow the model
the same way, but it is a stress test, not the accuracy target."""
import argparse, json, random, sys


def monotone(r, w):
    n = r.randint(8 if w else 25, 400)
    c = r.randint(50, 8000)
    s, v = [], 0
    for _ in range(n):
        v += c * (2 if r.random() < 0.25 else 1)
        s.append(v)
    return s, True, True


def doubling(r, w):
    n = r.randint(8 if w else 26, 400)
    c = r.choice([8, 16, 24, 32, 40] if w else [8, 16, 24])
    s, cap = [], 1
    for k in range(n):
        while cap < k + 1:
            cap *= 2
        s.append(c * cap)
    return s, True, True


def every_nth(r, w):
    N = r.randint(2, 10)
    n = r.randint(max(36, 6 * N) if not w else 3 * N + 2, 400)
    c = r.randint(50, 2000)
    return [c * ((k + 1) // N) for k in range(n)], True, True


def _gc(r, w, leak, cap=None, per_call_leak=0):
    P = r.randint(2, 12 if not w else 20)
    lo = max(64, 18 * P) if not w else max(16, 6 * P)
    n = r.randint(lo, max(lo, 400))
    g = r.randint(100, 21000)
    s, floor, temp, cyc, k = [], 0, 0, 0, 0
    nextgc = P
    for k in range(n):
        floor += per_call_leak
        if k + 1 == nextgc:
            cyc += 1
            temp = 0
            nextgc += P if not w else max(2, P + r.randint(-P // 2, P // 2))
            floor += leak
            if cap is not None:
                floor = min(floor, int(leak * cap(n / P)))
        else:
            temp += int(g * r.uniform(0.7, 1.3))
        s.append(floor + temp)
    return s


def gc_leak(r, w):
    if r.random() < 0.1:   # a leak every call, a small collected part
        return _gc(r, w, 0, per_call_leak=r.randint(100, 2000)), True, True
    return _gc(r, w, r.randint(100, 12000)), True, True


def gc_clean(r, w):
    return _gc(r, w, 0), False, False


def gc_plateau(r, w):
    # the floor stops rising in the first third of the run (a cache filled up)
    u = r.random()
    return _gc(r, w, r.randint(90, 6000),
               cap=lambda cycles: 1.8 + u * (min(16, cycles / 3) - 1.8)), False, False


def plateau(r, w):
    n = r.randint(8 if w else 37, 400)
    c = r.randint(90, 3200)
    k = r.randint(2, max(2, n // 3))
    return [c * min(i + 1, k) for i in range(n)], False, False


def lazy_init(r, w):
    n = r.randint(8 if w else 35, 400)
    z = r.randint(0, 2 if not w else 4)
    c = r.randint(2000, 65000)
    return [0 if i < z else c for i in range(n)], False, False


def deferred_free(r, w):
    # each call frees the previous call's block: the same amount stays live
    n = r.randint(8 if w else 22, 400)
    c = r.randint(100, 4000)
    return [c] * n, False, False


def noise(r, w):
    n = r.randint(8 if w else 25, 400)
    A = r.randint(60, 8000)
    return [r.randint(0, A) for _ in range(n)], False, False


def noisy_leak(r, w):
    n = r.randint(16 if w else 64, 400)
    slope = r.randint(100, 7500)
    h = r.uniform(0.1, 1.0 if not w else 2.0) * slope
    return [max(0, int(slope * (k + 1) + r.uniform(-h, h))) for k in range(n)], True, True


def flush(r, w):
    n = r.randint(12 if w else 22, 400)
    c = r.randint(100, 1100)
    at = int(n * (r.uniform(0.25, 0.36) if not w else r.uniform(0.15, 0.45)))
    s, v = [], 0
    for k in range(n):
        v = 0 if k == at else v + c
        s.append(v)
    return s, False, True


def late_leak(r, w):
    n = r.randint(8 if w else 32, 400)
    k = max(4, n // 10) if not w else max(3, n // r.randint(10, 20))
    c = r.randint(40, 1100)
    return [0 if i < n - k else c * (i - (n - k) + 1) for i in range(n)], True, True


def last_spike(r, w):
    n = r.randint(8 if w else 37, 400)
    c = r.randint(10, 4000)
    return [c] * (n - 1) + [c + r.randint(1000, 65000)], False, False


def too_few(r, w):
    n = r.randint(1 if w else 2, 7)
    c = r.randint(20, 500)
    return [c * (k + 1) for k in range(n)], None, None


FAMILIES = [monotone, doubling, every_nth, gc_leak, gc_clean, gc_plateau, plateau,
            lazy_init, deferred_free, noise, noisy_leak, flush, late_leak,
            last_spike, too_few]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-family", type=int, default=100)
    ap.add_argument("--wide", action="store_true")
    a = ap.parse_args()
    r = random.Random(a.seed)
    for f in FAMILIES:
        for i in range(a.per_family):
            s, st, ns = f(r, a.wide)
            print(json.dumps({"id": "%s-g%d-%d" % (f.__name__, a.seed, i),
                              "family": f.__name__, "samples": s,
                              "strict": st, "nostrict": ns}, separators=(",", ":")))


if __name__ == "__main__":
    main()
