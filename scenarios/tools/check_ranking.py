#!/usr/bin/python3
"""Independent check of a bundled scenario's interdependency graph (docs/model.md).

Static IIM: q = clip01((I - A*)^-1 c*), A*[v][u] = weight of edge u -> v. For every node u the
total inoperability sum_v q_v when u alone is fully down (c*_u = 1) gives the ranking of what
the rest depends on most. The spectral radius of A* must be < 1.

With --dynamic it also runs the delayed DIIM with autonomy buffers on truth.shocks (the
docs/model.md recurrence, written out again here so the engine can be checked against it) and
prints when each node crosses 0.05 / 0.5, when its verification level is first breached and
when each autonomy buffer runs out. --apply RESPONSE@MIN applies a response from minute MIN.

Usage: /usr/bin/python3 scenarios/tools/check_ranking.py SCENARIO.cxs.json [--dynamic]
       [--apply R-id@MIN]... [--require telecom,power,water]
Needs numpy (Debian: python3-numpy, hence /usr/bin/python3 rather than a pyenv shim).
"""
import argparse
import json
import math
import re
import sys

import numpy as np


def offset(s):
    m = re.fullmatch(r"\+(\d+):([0-5]\d)", s)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = re.fullmatch(r"\+(\d+)m", s)
    if m:
        return int(m.group(1))
    raise ValueError(f"bad offset {s!r}")


def rate(v):
    return math.inf if v == "inf" else float(v)


def matrix(nodes, edges):
    idx = {n["id"]: i for i, n in enumerate(nodes)}
    a = np.zeros((len(nodes), len(nodes)))
    for e in edges:
        a[idx[e["to"]], idx[e["from"]]] += e["weight"]
    return a, idx


def static(sc, require):
    nodes, edges = sc["graph"]["nodes"], sc["graph"]["edges"]
    a, idx = matrix(nodes, edges)
    rho = max(abs(np.linalg.eigvals(a)))
    print(f"spectral radius of A*: {rho:.4f}")
    if rho >= 1:
        print("error: spectral radius >= 1, the static model is unbounded")
        return 1
    inv = np.linalg.inv(np.eye(len(nodes)) - a)
    rows = []
    for n in nodes:
        c = np.zeros(len(nodes))
        c[idx[n["id"]]] = 1.0
        q = np.clip(inv @ c, 0.0, 1.0)
        rows.append((float(q.sum()), n["id"]))
    rows.sort(reverse=True)
    print("static ranking (sum_v q_v when c*_u = 1):")
    for rank, (total, nid) in enumerate(rows, 1):
        print(f"  {rank:2d}. {nid:18s} {total:.4f}")
    for i, n in enumerate(nodes):
        inflow = a[i].sum()
        if inflow >= 1:
            print(f"warning: incoming weights of {n['id']} sum to {inflow:.2f}")
    if require:
        want = set(require.split(","))
        top = {nid for _, nid in rows[: len(want)]}
        if top != want:
            print(f"error: top {len(want)} are {sorted(top)}, expected {sorted(want)}")
            return 1
        print(f"ok: the top {len(want)} are {', '.join(sorted(want))}")
    return 0


def dynamic(sc, applied):
    meta = sc["meta"]
    step = meta.get("step_min", 1)
    horizon = offset(meta["duration"])
    nodes, edges = sc["graph"]["nodes"], sc["graph"]["edges"]
    idx = {n["id"]: i for i, n in enumerate(nodes)}
    k = [rate(n.get("rate_per_h", "inf")) for n in nodes]
    w = [e["weight"] for e in edges]
    d = [float(e.get("autonomy_h", 0)) for e in edges]
    rho = [float(e.get("recharge_per_h", 1)) for e in edges]
    b = list(d)
    q = [float(n.get("initial", 0)) for n in nodes]
    shocks = [(idx[s["node"]], s["c"], offset(s["from"]), offset(s["to"]) if "to" in s else None)
              for s in sc["truth"]["shocks"]]
    responses = {r["id"]: r for r in sc.get("responses", [])}
    pending = []
    for spec in applied:
        rid, at = spec.split("@")
        r = responses[rid]
        pending.append((int(at) + offset(r["lead"]), r))
    overrides = {}
    dh = step / 60.0
    first = {}
    breach = {}
    runout = {}
    run = {}  # node -> minutes in a row at or over the level
    for n_ in range(1, horizon // step + 1):
        t = n_ * step
        for eff_t, r in list(pending):
            if t >= eff_t:
                eff = r["effect"]
                if "add_autonomy_h" in eff:
                    j = next(i for i, e in enumerate(edges) if [e["from"], e["to"]] == eff["edge"])
                    d[j] += eff["add_autonomy_h"]
                    b[j] += eff["add_autonomy_h"]
                elif "scale_weight" in eff:
                    j = next(i for i, e in enumerate(edges) if [e["from"], e["to"]] == eff["edge"])
                    w[j] *= eff["scale_weight"]
                elif "set_shock" in eff:
                    overrides[idx[eff["node"]]] = eff["set_shock"]
                elif "set_rate_per_h" in eff:
                    k[idx[eff["node"]]] = rate(eff["set_rate_per_h"])
                pending.remove((eff_t, r))
        inp = [0.0] * len(nodes)
        for j, e in enumerate(edges):
            u, v = idx[e["from"]], idx[e["to"]]
            if q[u] > 0:
                b[j] = max(0.0, b[j] - q[u] * dh)
            else:
                b[j] = min(d[j], b[j] + rho[j] * dh)
            if b[j] <= 1e-9:
                inp[v] += w[j] * q[u]
                if d[j] > 0 and j not in runout:
                    runout[j] = t
        new = []
        for v in range(len(nodes)):
            c = 0.0
            if v in overrides:
                c = overrides[v]
            else:
                for (sv, sc_, fr, to) in shocks:
                    if sv == v and t >= fr and (to is None or t <= to):
                        c = sc_
            alpha = 1.0 if math.isinf(k[v]) else min(1.0, k[v] * dh)
            new.append(min(1.0, max(0.0, q[v] + alpha * (inp[v] + c - q[v]))))
        q = new
        for v, n in enumerate(nodes):
            for thr in (0.05, 0.5):
                if q[v] >= thr and (n["id"], thr) not in first:
                    first[(n["id"], thr)] = t
            lvl = n.get("level")
            if lvl:
                if q[v] * n["served"] >= lvl["min_units"]:
                    run[v] = run.get(v, -step) + step
                    if run[v] >= lvl["min_minutes"] and n["id"] not in breach:
                        breach[n["id"]] = t
                else:
                    run.pop(v, None)
        if t % 30 == 0:
            print(f"+{t // 60:02d}:{t % 60:02d} " + " ".join(
                f"{n['id'][:6]}={q[v]:.3f}" for v, n in enumerate(nodes)))
    fmt = lambda t: "never" if t is None else f"+{t // 60:02d}:{t % 60:02d}"
    print("node               q>=0.05  q>=0.5   breach")
    for n in nodes:
        print(f"  {n['id']:18s} {fmt(first.get((n['id'], 0.05))):8s} "
              f"{fmt(first.get((n['id'], 0.5))):8s} {fmt(breach.get(n['id']))}")
    print("autonomy buffers that ran out:")
    for j, t in sorted(runout.items(), key=lambda x: x[1]):
        e = edges[j]
        print(f"  {e['from']} -> {e['to']} ({e.get('autonomy_h', 0)} h) at {fmt(t)}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("scenario")
    p.add_argument("--dynamic", action="store_true")
    p.add_argument("--apply", action="append", default=[])
    p.add_argument("--require", default="")
    args = p.parse_args()
    with open(args.scenario, encoding="utf-8") as f:
        sc = json.load(f)
    rc = static(sc, args.require)
    if args.dynamic:
        dynamic(sc, args.apply)
    return rc


if __name__ == "__main__":
    sys.exit(main())
