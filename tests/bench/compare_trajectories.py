#!/usr/bin/env python3
"""Compares two trajectory CSVs (t_min,<ids>) cell by cell. Usage: compare_trajectories.py A.csv B.csv [TOL]
Exit 0 when every value agrees within TOL (default 1e-9), 1 otherwise; prints the largest difference."""
import sys

import numpy as np


def load(path):
    with open(path) as f:
        header = f.readline().strip().split(",")
        data = np.array([[float(x) for x in line.split(",")] for line in f if line.strip()])
    return header, data


def main():
    tol = float(sys.argv[3]) if len(sys.argv) > 3 else 1e-9
    ha, a = load(sys.argv[1])
    hb, b = load(sys.argv[2])
    if ha != hb or a.shape != b.shape:
        print(f"different shapes or headers: {a.shape} vs {b.shape}")
        return 1
    diff = np.abs(a - b)
    worst = np.unravel_index(np.argmax(diff), diff.shape)
    print(f"max_abs_diff {diff.max():.3e} at t_min={a[worst[0], 0]:g} node={ha[worst[1]]} "
          f"({a.shape[0]} rows x {a.shape[1] - 1} nodes); tolerance {tol:g}")
    return 0 if diff.max() <= tol else 1


if __name__ == "__main__":
    sys.exit(main())
