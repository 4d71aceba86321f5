#!/usr/bin/env python3
"""The dynamic contract of docs/model.md (delayed DIIM with buffers) in NumPy, for the benchmark.

Usage: cascade_numpy.py EDGES.csv NODES.csv --horizon MIN [--step MIN] [--every N]
                        [--shock NODE=C@FROM..TO]... [-o OUT.csv]
Writes the same CSV as `crossdrill analyze dynamic` (t_min,<ids>) and prints on stderr the time of
the simulation alone (parsing excluded): "numpy_sim_ms TOTAL steps N ms_per_step X".
"""
import argparse
import sys
import time

import numpy as np


def read_csv(path):
    with open(path) as f:
        header = f.readline().strip().split(",")
        rows = [line.rstrip("\n").split(",") for line in f if line.strip()]
    return header, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("edges")
    ap.add_argument("nodes")
    ap.add_argument("--horizon", type=int, required=True)
    ap.add_argument("--step", type=int, default=1)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--shock", action="append", default=[])
    ap.add_argument("-o", "--output")
    a = ap.parse_args()

    _, nrows = read_csv(a.nodes)
    ids = [r[0] for r in nrows]
    index = {x: i for i, x in enumerate(ids)}
    n = len(ids)
    rate = np.array([float(r[1]) for r in nrows])
    header, erows = read_csv(a.edges)
    col = {h: i for i, h in enumerate(header)}
    src = np.array([index[r[col["from"]]] for r in erows], dtype=np.int64)
    dst = np.array([index[r[col["to"]]] for r in erows], dtype=np.int64)
    w = np.array([float(r[col["weight"]]) for r in erows])
    d = np.array([float(r[col["autonomy_h"]]) for r in erows])
    rho = np.array([float(r[col["recharge_per_h"]]) for r in erows]) if "recharge_per_h" in col else np.ones(len(w))
    shocks = []
    for s in a.shock:
        node, rest = s.split("=", 1)
        c, _, window = rest.partition("@")
        frm, _, to = window.partition("..")
        shocks.append((index[node], float(c), int(frm or 0), int(to) if to else 1 << 62))

    dh = a.step / 60.0
    alpha = np.minimum(1.0, rate * dh)
    rhodh = rho * dh
    q = np.zeros(n)
    b = d.copy()
    last = a.horizon // a.step
    out = []

    t0 = time.perf_counter()
    c0 = time.process_time()
    out.append((0, q.copy()))
    for step in range(1, last + 1):
        t = step * a.step
        c = np.zeros(n)
        for v, cv, frm, to in shocks:
            if frm <= t <= to:
                c[v] += cv
        qu = q[src]
        pos = qu > 1e-6  # impaired: drain; fine (<= 1e-6): refill (docs/model.md step 1)
        b = np.where(pos, np.maximum(0.0, b - qu * dh), np.minimum(d, b + rhodh))
        x = np.where(b <= 1e-9, qu, 0.0)
        s = np.bincount(dst, weights=w * x, minlength=n)
        q = np.clip(q + alpha * (s + c - q), 0.0, 1.0)
        if step % a.every == 0 or step == last:
            out.append((t, q.copy()))
    elapsed = (time.perf_counter() - t0) * 1000
    cpu = (time.process_time() - c0) * 1000
    print(f"numpy_sim_ms {elapsed:.1f} cpu_ms {cpu:.1f} steps {last} ms_per_step {elapsed / max(1, last):.3f} "
          f"cpu_ms_per_step {cpu / max(1, last):.3f}", file=sys.stderr)

    if a.output:
        with open(a.output, "w") as f:
            f.write("t_min," + ",".join(ids) + "\n")
            for t, row in out:
                f.write(str(t) + "," + ",".join(repr(float(x)) for x in row) + "\n")


if __name__ == "__main__":
    main()
