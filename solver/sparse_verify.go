package solver

import (
	"fmt"
	"math"
)

// VerifySparse is Verify for a sparse matrix: it checks, independently of
// SolveSparse, that res assigns min(rows, columns) stored pairs and that its
// potentials prove it optimal among assignments that use stored pairs only.
// The conditions and the tolerance are those of Verify (tol = VerifyRelTol·M,
// M the largest stored cost magnitude), checked on the stored pairs only:
// reduced costs ≥ −tol on every stored pair and within tol of 0 on the
// assigned ones, the rectangular sign conditions on the longer side, and
// Σu + Σv = Total within (rows+columns)·tol. It takes O(rows + columns +
// stored pairs) time.
func VerifySparse(a *CSR, res *Result) error {
	if a == nil || res == nil {
		return fmt.Errorf("solver: verify sparse: nil matrix or result")
	}
	r, c := a.Rows, a.Cols
	if len(res.RowCol) != r || len(res.U) != r || len(res.ColRow) != c || len(res.V) != c {
		return fmt.Errorf("solver: verify sparse: result has %d/%d row entries and %d/%d column entries for a %d×%d matrix",
			len(res.RowCol), len(res.U), len(res.ColRow), len(res.V), r, c)
	}
	if len(a.Ptr) != r+1 || a.Ptr[r] != len(a.Col) || len(a.Col) != len(a.Cost) {
		return fmt.Errorf("solver: verify sparse: malformed CSR")
	}
	sign := 1.0
	if res.Maximize {
		sign = -1
	}
	scale := 0.0
	for k, x := range a.Cost {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("solver: verify sparse: stored cost %d (column %d) is %v", k, a.Col[k], x)
		}
		scale = math.Max(scale, math.Abs(x))
	}
	tol := VerifyRelTol * scale
	sumTol := float64(r+c) * tol

	if err := verifyAssignment("solver: verify sparse", res, r, c, sign, tol); err != nil {
		return err
	}
	total, dual := 0.0, 0.0
	for i := 0; i < r; i++ {
		ui := sign * res.U[i]
		dual += ui
		found := res.RowCol[i] < 0
		for k := a.Ptr[i]; k < a.Ptr[i+1]; k++ {
			j := int(a.Col[k])
			red := sign*a.Cost[k] - ui - sign*res.V[j]
			if red < -tol {
				return fmt.Errorf("solver: verify sparse: reduced cost at row %d, column %d is %.6g, below −%.3g: the duals are not feasible", i, j, sign*red, tol)
			}
			if res.RowCol[i] == j {
				if red > tol {
					return fmt.Errorf("solver: verify sparse: reduced cost of assigned pair row %d, column %d is %.6g, not 0 within %.3g", i, j, sign*red, tol)
				}
				total += a.Cost[k]
				found = true
			}
		}
		if !found {
			return fmt.Errorf("solver: verify sparse: row %d assigned to column %d, a pair not stored", i, res.RowCol[i])
		}
	}
	for _, v := range res.V {
		dual += sign * v
	}
	if math.Abs(total-res.Total) > sumTol {
		return fmt.Errorf("solver: verify sparse: Total is %.17g but the assigned costs sum to %.17g", res.Total, total)
	}
	if math.Abs(sign*dual-res.Total) > sumTol {
		return fmt.Errorf("solver: verify sparse: duals sum to %.17g but Total is %.17g (tolerance %.3g)", sign*dual, res.Total, sumTol)
	}
	return nil
}
