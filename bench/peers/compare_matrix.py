#!/usr/bin/env python3
"""Check `mutasi matrix` against SciPy's linear_sum_assignment.

Usage: /usr/bin/python3 bench/peers/compare_matrix.py MUTASI_BINARY [--sizes 50,200] [--seeds 2]

Writes every benchmark family in every shape (square, tall, wide) into a temporary directory
with `MUTASI bench --families`, then for each .npy file runs

    MUTASI matrix --verify --format json FILE.npy     (the .npy read directly)
    MUTASI matrix --verify --format json FILE.csv     (the same matrix as CSV, inf written "inf")

and compares the totals with SciPy's optimum (relative tolerance 1e-9), checks that the
assignment is a valid one of min(rows, cols) distinct pairs whose costs are the file's and sum
to the total, and that "verified" is true. Exits 1 on any mismatch.
"""
import argparse, json, os, subprocess, sys, tempfile
import numpy as np
from scipy.optimize import linear_sum_assignment


def check(binary, path, m):
    r, c = linear_sum_assignment(m)
    want = float(m[r, c].sum())
    out = subprocess.run([binary, "matrix", "--verify", "--format", "json", path],
                         capture_output=True, text=True)
    if out.returncode != 0:
        return f"exit {out.returncode}: {out.stderr.strip()}"
    res = json.loads(out.stdout)
    got = res["total"]
    if abs(got - want) > 1e-9 * max(1.0, abs(want)):
        return f"total {got!r}, SciPy {want!r}"
    pairs = res["assignment"]
    if len(pairs) != min(m.shape) or not res["verified"]:
        return "assignment size or verified flag wrong"
    rows = [p["row"] for p in pairs]
    cols = [p["col"] for p in pairs]
    if len(set(rows)) != len(rows) or len(set(cols)) != len(cols) or rows != sorted(rows):
        return "pairs repeat a row or a column, or are not sorted by row"
    s = 0.0
    for p in pairs:
        if m[p["row"], p["col"]] != p["cost"] or not np.isfinite(p["cost"]):
            return f"pair {p} misreports its cost"
        s += p["cost"]
    if abs(s - got) > 1e-9 * max(1.0, abs(got)):
        return f"pair costs sum to {s}, total says {got}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--sizes", default="50,200")
    ap.add_argument("--seeds", type=int, default=2)
    a = ap.parse_args()
    d = tempfile.mkdtemp(prefix="mutasi-compare-")
    files = []
    for shape in ("square", "tall", "wide"):
        for seed in range(1, a.seeds + 1):
            out = subprocess.run([a.binary, "bench", "--families", os.path.join(d, shape), "--sizes", a.sizes,
                                  "--seed", str(seed), "--shape", shape],
                                 capture_output=True, text=True, check=True)
            files += out.stdout.split()
    bad = 0
    for f in files:
        m = np.load(f)
        csv = f[:-4] + ".csv"
        with open(csv, "w") as w:
            for row in m:
                w.write(",".join("inf" if np.isinf(x) else repr(float(x)) for x in row) + "\n")
        for path in (f, csv):
            err = check(a.binary, path, m)
            name = os.path.relpath(path, d)
            print(f"{'FAIL' if err else 'ok  '} {name} {m.shape[0]}x{m.shape[1]}" + (f": {err}" if err else ""), flush=True)
            bad += err is not None
        os.remove(csv)  # large at n = 4000; the .npy stays for a rerun by hand
    print(f"{2 * len(files) - bad} of {2 * len(files)} runs match SciPy (files in {d})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
