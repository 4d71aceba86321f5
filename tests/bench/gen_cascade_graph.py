#!/usr/bin/env python3
"""Random stable dependency graph for the cascade benchmark (docs/model.md edge-list CSV + node CSV).

Usage: gen_cascade_graph.py OUTDIR [--nodes N] [--edges M] [--seed S]
Writes OUTDIR/edges.csv (from,to,weight,autonomy_h,recharge_per_h,kind), OUTDIR/nodes.csv
(id,rate_per_h,served,unit) and OUTDIR/shocks.txt (one --shock argument per line).
Each node's in-weights sum to less than 0.9, so the spectral radius of A* is < 0.9.
"""
import argparse
import os

import numpy as np

KINDS = ["power", "communications", "data", "fuel", "water", "transport", "finance", "staff", "other"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--nodes", type=int, default=200_000)
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20081210)
    ap.add_argument("--shocks", type=int, default=50)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    n, m = a.nodes, a.edges
    os.makedirs(a.outdir, exist_ok=True)

    # Distinct u -> v pairs without self-loops.
    keys = np.unique(rng.integers(0, n, size=int(m * 1.1)) * n + rng.integers(0, n, size=int(m * 1.1)))
    keys = keys[(keys // n) != (keys % n)]
    keys = rng.permutation(keys)[:m]
    src, dst = keys // n, keys % n
    raw = rng.uniform(0.05, 1.0, size=len(keys))
    insum = np.bincount(dst, weights=raw, minlength=n)
    scale = rng.uniform(0.3, 0.89, size=n)
    w = raw / insum[dst] * scale[dst]
    autonomy = np.where(rng.random(len(keys)) < 0.5, 0.0, np.round(rng.uniform(0.25, 6.0, size=len(keys)) * 4) / 4)
    recharge = np.where(rng.random(len(keys)) < 0.8, 1.0, 0.5)
    kinds = rng.integers(0, len(KINDS), size=len(keys))

    ids = [f"n{i}" for i in range(n)]
    with open(os.path.join(a.outdir, "edges.csv"), "w") as f:
        f.write("from,to,weight,autonomy_h,recharge_per_h,kind\n")
        f.writelines(
            f"{ids[u]},{ids[v]},{ww!r},{d!r},{r!r},{KINDS[k]}\n"
            for u, v, ww, d, r, k in zip(src.tolist(), dst.tolist(), w.tolist(), autonomy.tolist(),
                                         recharge.tolist(), kinds.tolist()))
    rates = np.where(rng.random(n) < 0.1, np.inf, np.round(rng.uniform(0.2, 6.0, size=n), 2))
    served = rng.integers(100, 1_000_000, size=n)
    with open(os.path.join(a.outdir, "nodes.csv"), "w") as f:
        f.write("id,rate_per_h,served,unit\n")
        f.writelines(f"{ids[i]},{'inf' if np.isinf(r) else repr(float(r))},{s},users\n"
                     for i, (r, s) in enumerate(zip(rates.tolist(), served.tolist())))
    with open(os.path.join(a.outdir, "shocks.txt"), "w") as f:
        for v in rng.choice(n, size=a.shocks, replace=False).tolist():
            start = int(rng.integers(0, 60))
            f.write(f"{ids[v]}=1@{start}..{start + int(rng.integers(60, 240))}\n")


if __name__ == "__main__":
    main()
