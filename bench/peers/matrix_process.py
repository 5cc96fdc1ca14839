#!/usr/bin/env python3
"""Time the whole `mutasi matrix` process against SciPy's solve call on the same .npy files.

Usage: /usr/bin/python3 bench/peers/matrix_process.py MUTASI_BINARY FILE.npy ... [--reps 7]

For each file: the median wall time of SciPy's linear_sum_assignment on the loaded array (the
call alone: the file is read once, outside the timing), and the median wall time of the whole
process `MUTASI matrix --format json FILE` (exec, read, solve, write the JSON to a pipe), run
alternately so that both see the same machine. Prints a Markdown table with the ratio
mutasi / SciPy and checks that both totals agree.
"""
import argparse, json, statistics, subprocess, sys, time
import numpy as np
from scipy.optimize import linear_sum_assignment


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--reps", type=int, default=7)
    a = ap.parse_args()
    print("| file | SciPy solve call (s) | mutasi matrix, whole process (s) | ratio |")
    print("|---|---:|---:|---:|")
    bad = 0
    for path in a.files:
        m = np.load(path)
        sci, ours = [], []
        for _ in range(a.reps):
            t = time.perf_counter()
            r, c = linear_sum_assignment(m)
            sci.append(time.perf_counter() - t)
            t = time.perf_counter()
            out = subprocess.run([a.binary, "matrix", "--format", "json", path],
                                 capture_output=True, text=True)
            ours.append(time.perf_counter() - t)
            if out.returncode != 0:
                sys.exit(f"{path}: exit {out.returncode}: {out.stderr.strip()}")
        want = float(m[r, c].sum())
        got = json.loads(out.stdout)["total"]
        if abs(got - want) > 1e-9 * max(1.0, abs(want)):
            print(f"{path}: total {got!r}, SciPy {want!r}", file=sys.stderr)
            bad += 1
        s, o = statistics.median(sci), statistics.median(ours)
        print(f"| {path.rsplit('/', 1)[-1]} | {s:.4f} | {o:.4f} | {o / s:.2f} |")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
