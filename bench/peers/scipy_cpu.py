#!/usr/bin/env python3
"""Time SciPy's linear_sum_assignment on .npy files, in wall and CPU time.

Usage: /usr/bin/python3 scipy_cpu.py [--reps 3] FILE.npy ...
Prints one JSON object per file: {"file", "rows", "cols", "seconds" (median wall time
of the solve, loading excluded), "cpu_seconds" (median process CPU time of the solve),
"total", "feasible"}. CPU time is the steadier figure when other jobs share the cores.
"""
import argparse, json, statistics, time
import numpy as np
from scipy.optimize import linear_sum_assignment

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--reps", type=int, default=3)
    a = ap.parse_args()
    for f in a.files:
        c = np.load(f)
        wall, cpu, total, feasible = [], [], None, True
        for _ in range(a.reps):
            t0, p0 = time.perf_counter(), time.process_time()
            try:
                r, k = linear_sum_assignment(c)
            except ValueError:
                feasible = False
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - p0)
            if feasible:
                total = float(c[r, k].sum())
        print(json.dumps({"file": f, "rows": c.shape[0], "cols": c.shape[1],
                          "seconds": statistics.median(wall), "cpu_seconds": statistics.median(cpu),
                          "total": total, "feasible": feasible}), flush=True)

if __name__ == "__main__":
    main()
