#!/usr/bin/env python3
"""Write the rectangular benchmark matrices that matrices.py has no shape for.

Usage: /usr/bin/python3 rect.py OUTDIR [--peers ../shared/peers] [--families uniform]
Writes FAMILY_5000x300_s0.npy and FAMILY_300x5000_s0.npy with the recipes of
../shared/peers/matrices.py (its make function, same seed formula).
"""
import argparse, os, sys
import numpy as np

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--peers", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "peers"))
    ap.add_argument("--families", default="uniform")
    a = ap.parse_args()
    sys.path.insert(0, a.peers)
    from matrices import make
    os.makedirs(a.outdir, exist_ok=True)
    for fam in a.families.split(","):
        for r, c in [(5000, 300), (300, 5000)]:
            path = os.path.join(a.outdir, f"{fam}_{r}x{c}_s0.npy")
            np.save(path, make(fam, r, c, 7919 * max(r, c)))
            print(path)

if __name__ == "__main__":
    main()
