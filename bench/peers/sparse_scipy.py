#!/usr/bin/python3
"""Time scipy.sparse.csgraph.min_weight_full_bipartite_matching on the
square sparse matrices that TestSparseCoreExport writes (N_indptr.npy,
N_indices.npy, N_data.npy), the same ones BenchmarkSparseCore times.

Usage: MUTASI_SPARSE_NPY_DIR=/tmp/sp go test -run SparseCoreExport ./bench
       /usr/bin/python3 bench/peers/sparse_scipy.py /tmp/sp
"""
import glob
import os
import sys
import time

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

d = sys.argv[1]
sizes = sorted(int(os.path.basename(p).split("_")[0]) for p in glob.glob(os.path.join(d, "*_indptr.npy")))
for n in sizes:
    ptr = np.load(os.path.join(d, f"{n}_indptr.npy")).ravel().astype(np.int64)
    idx = np.load(os.path.join(d, f"{n}_indices.npy")).ravel().astype(np.int64)
    data = np.load(os.path.join(d, f"{n}_data.npy")).ravel()
    a = csr_matrix((data, idx, ptr), shape=(n, n))
    best = None
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        rows, cols = min_weight_full_bipartite_matching(a)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        best = (wall, cpu) if best is None or wall < best[0] else best
    total = a[rows, cols].sum()
    print(f"n={n} nnz={a.nnz} total={total:.0f} wall={best[0]:.3f}s cpu={best[1]:.3f}s")
