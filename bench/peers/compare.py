#!/usr/bin/env python3
"""Time SciPy and mutasi side by side on the same .npy files; print a Markdown table.

Usage: /usr/bin/python3 compare.py [--reps 3] GO_BENCH_BINARY FILE.npy ...

GO_BENCH_BINARY is the compiled benchmark package (go test -c -o /tmp/bench.test ./bench).
For each file, SciPy (scipy_cpu.py next to this script: scipy_lsa.py plus CPU time,
median of --reps solves) and then mutasi
(BenchmarkSolve on that file, -benchtime 1x -count --reps, median) run back to back,
so both see the same machine load. The Go benchmark fails if its optimum differs
from SciPy's (MUTASI_WANT_TOTAL), so every row is also a correctness check.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile

NAME = re.compile(r"^([a-z]+)_(\d+)x(\d+)_s(\d+)\.npy$")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--reps", type=int, default=3)
    a = ap.parse_args()
    print("| family | rows×cols | SciPy wall | mutasi wall | ratio | SciPy CPU | mutasi CPU | CPU ratio | mutasi B/op | allocs/op |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for f in a.files:
        m = NAME.match(os.path.basename(f))
        if not m:
            continue
        fam, r, c, seed = m.groups()
        sp = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "scipy_cpu.py"),
                             "--reps", str(a.reps), f],
                            check=True, capture_output=True, text=True)
        sj = json.loads(sp.stdout.strip().splitlines()[-1])
        # Run the Go benchmark on a directory holding only this file.
        with tempfile.TemporaryDirectory() as d:
            os.symlink(os.path.abspath(f), os.path.join(d, os.path.basename(f)))
            env = dict(os.environ, MUTASI_NPY_DIR=d)
            if sj["total"] is not None:
                env["MUTASI_WANT_TOTAL"] = repr(sj["total"])
            gp = subprocess.run([a.binary, "-test.run", "^$", "-test.bench", "^BenchmarkSolve$",
                                 "-test.benchtime", "1x", "-test.count", str(a.reps), "-test.benchmem"],
                                capture_output=True, text=True, env=env)
        ns, cpu, bop, allocs = [], [], None, None
        for line in gp.stdout.splitlines():
            g = re.search(r"\s(\d+) ns/op\s+(\S+) cpu-ns/op\s+(\d+) B/op\s+(\d+) allocs/op", line)
            if g:
                ns.append(int(g.group(1)))
                cpu.append(float(g.group(2)))
                bop, allocs = int(g.group(3)), int(g.group(4))
        if gp.returncode != 0 or not ns:
            print(f"| {fam} | {r}×{c} | {sj['seconds']:.3f} s | FAILED | | | | | | |")
            sys.stderr.write(gp.stdout + gp.stderr)
            continue
        go, gocpu, spcpu = statistics.median(ns) / 1e9, statistics.median(cpu) / 1e9, sj["cpu_seconds"]
        print(f"| {fam} | {r}×{c} | {sj['seconds']:.3f} s | {go:.3f} s | {go / sj['seconds']:.2f} "
              f"| {spcpu:.3f} s | {gocpu:.3f} s | {gocpu / spcpu:.2f} | {bop:,} | {allocs} |", flush=True)

if __name__ == "__main__":
    main()
