#!/usr/bin/env python3
"""Write the .npy fixtures of costfile's tests with NumPy itself, the
independent writer the reader is checked against.

Usage: /usr/bin/python3 gen_numpy.py   (from this folder; writes numpy/*.npy)

Every fixture holds the 3x4 matrix a[i, j] = 4*i + j (for bool: (4*i + j) % 2),
in the dtype, byte order and memory order its name gives:
  DTYPE_ORDER_MEM.npy   DTYPE numpy's name, ORDER le|be, MEM c|f
  transposed.npy        numpy.save of b.T, b the 4x3 float64 matrix with b.T = a:
                        what numpy writes for a transposed array (Fortran order)
  v2.npy, v3.npy        format versions 2.0 and 3.0 of the float64 matrix
"""
import numpy as np
from numpy.lib import format as npf

a = np.arange(12, dtype=np.float64).reshape(3, 4)
for name in ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
             "float16", "float32", "float64"]:
    x = (a % 2 if name == "bool" else a).astype(name)
    orders = ["le"] if x.dtype.itemsize == 1 else ["le", "be"]
    for order in orders:
        y = x.astype(x.dtype.newbyteorder("<" if order == "le" else ">"))
        for mem in ["c", "f"]:
            z = np.asfortranarray(y) if mem == "f" else np.ascontiguousarray(y)
            np.save(f"numpy/{name}_{order}_{mem}.npy", z)
np.save("numpy/transposed.npy", np.ascontiguousarray(a.T).T)
for v in [(2, 0), (3, 0)]:
    with open(f"numpy/v{v[0]}.npy", "wb") as f:
        npf.write_array(f, a, version=v)
