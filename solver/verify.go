package solver

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// VerifyRelTol is the relative tolerance of Verify. The absolute tolerance
// is tol = VerifyRelTol·M, where M is the largest magnitude of a finite cost
// (so that it scales with the costs: the test families span 1e-20..1e20, and
// rounding in sums of costs is relative to the largest of them); for sums
// over all rows and columns it is (rows+columns)·tol.
const VerifyRelTol = 1e-9

// Verify checks, independently of Solve, that res is a feasible assignment
// of cost and that its dual potentials prove it optimal. For a minimisation
// with tol as documented at VerifyRelTol:
//
//   - RowCol and ColRow are inverse partial maps of the right lengths that
//     assign min(rows, columns) pairs, all allowed (finite);
//   - Total is the sum of the assigned costs, within (rows+columns)·tol;
//   - U and V are finite, cost[i][j] − U[i] − V[j] ≥ −tol on every allowed
//     pair and |cost[i][j] − U[i] − V[j]| ≤ tol on every assigned pair;
//   - rectangular problems: the LP is min Σ c·x subject to Σ_j x_ij = 1 for
//     every row and Σ_i x_ij ≤ 1 for every column (rows < columns; the roles
//     swap when rows > columns). Its dual needs V[j] ≤ tol on every column
//     and |V[j]| ≤ tol on every unassigned one (complementary slackness);
//     with more rows than columns the same holds for U;
//   - Sum(U)+Sum(V) equals Total within (rows+columns)·tol.
//
// Together these prove that no feasible assignment costs less than
// Total − (rows+columns)·tol (LP weak duality). For a maximisation (res.Maximize)
// every inequality on reduced costs and potentials is reversed and −Inf marks
// forbidden pairs. Verify takes O(rows·columns) time and no extra memory
// beyond one row.
func Verify(cost mat.Matrix, res *Result) error {
	if cost == nil || res == nil {
		return fmt.Errorf("solver: verify: nil cost or result")
	}
	r, c := cost.Dims()
	if len(res.RowCol) != r || len(res.U) != r || len(res.ColRow) != c || len(res.V) != c {
		return fmt.Errorf("solver: verify: result has %d/%d row entries and %d/%d column entries for a %d×%d matrix",
			len(res.RowCol), len(res.U), len(res.ColRow), len(res.V), r, c)
	}
	sign := 1.0 // work as a minimisation of sign·cost
	if res.Maximize {
		sign = -1
	}
	forbidden := math.Inf(1)

	rowOf := func(i int, buf []float64) []float64 {
		if d, ok := cost.(*mat.Dense); ok {
			return d.RawRowView(i)
		}
		for j := range buf {
			buf[j] = cost.At(i, j)
		}
		return buf
	}
	buf := make([]float64, c)

	// First sweep: validate the costs and find their scale.
	scale := 0.0
	for i := 0; i < r; i++ {
		for j, x := range rowOf(i, buf) {
			y := sign * x
			switch {
			case math.IsNaN(y) || math.IsInf(y, -1):
				return fmt.Errorf("solver: verify: cost at row %d, column %d is %v", i, j, x)
			case y != forbidden:
				scale = math.Max(scale, math.Abs(y))
			}
		}
	}
	tol := VerifyRelTol * scale
	sumTol := float64(r+c) * tol

	if err := verifyAssignment("solver: verify", res, r, c, sign, tol); err != nil {
		return err
	}

	// Second sweep: reduced costs and the total.
	total, dual := 0.0, 0.0
	for i := 0; i < r; i++ {
		ui := sign * res.U[i]
		dual += ui
		for j, x := range rowOf(i, buf) {
			y := sign * x
			assignedPair := res.RowCol[i] == j
			if y == forbidden {
				if assignedPair {
					return fmt.Errorf("solver: verify: row %d assigned to column %d, a forbidden pair", i, j)
				}
				continue
			}
			red := y - ui - sign*res.V[j]
			if red < -tol {
				return fmt.Errorf("solver: verify: reduced cost at row %d, column %d is %.6g, below −%.3g: the duals are not feasible", i, j, sign*red, tol)
			}
			if assignedPair {
				if red > tol {
					return fmt.Errorf("solver: verify: reduced cost of assigned pair row %d, column %d is %.6g, not 0 within %.3g", i, j, sign*red, tol)
				}
				total += x
			}
		}
	}
	for _, v := range res.V {
		dual += sign * v
	}
	if math.Abs(total-res.Total) > sumTol {
		return fmt.Errorf("solver: verify: Total is %.17g but the assigned costs sum to %.17g", res.Total, total)
	}
	if math.Abs(sign*dual-res.Total) > sumTol {
		return fmt.Errorf("solver: verify: duals sum to %.17g but Total is %.17g (tolerance %.3g)", sign*dual, res.Total, sumTol)
	}
	return nil
}

// slackSign checks the sign condition of the potential p (already in
// minimisation form) of a line with fewer-than-required constraints.
func slackSign(name string, k int, p float64, unassigned bool, tol float64) error {
	if p > tol {
		return fmt.Errorf("solver: verify: %s[%d] is %.6g, must not exceed 0 (in minimisation form) on the longer side", name, k, p)
	}
	if unassigned && p < -tol {
		return fmt.Errorf("solver: verify: %s[%d] of an unassigned line is %.6g, must be 0", name, k, p)
	}
	return nil
}

// verifyAssignment checks what Verify and VerifySparse share, before the
// reduced costs: that RowCol and ColRow describe one matching of min(r, c)
// pairs, and that the potentials are finite and of the sign the rectangular
// LP needs (see slackSign). prefix starts every error message.
func verifyAssignment(prefix string, res *Result, r, c int, sign, tol float64) error {
	assigned := 0
	for i, j := range res.RowCol {
		if j < -1 || j >= c {
			return fmt.Errorf("%s: row %d assigned to column %d, out of range", prefix, i, j)
		}
		if j >= 0 {
			if res.ColRow[j] != i {
				return fmt.Errorf("%s: row %d assigned to column %d but column %d to row %d", prefix, i, j, j, res.ColRow[j])
			}
			assigned++
		}
	}
	for j, i := range res.ColRow {
		if i < -1 || i >= r {
			return fmt.Errorf("%s: column %d assigned to row %d, out of range", prefix, j, i)
		}
		if i >= 0 && res.RowCol[i] != j {
			return fmt.Errorf("%s: column %d assigned to row %d but row %d to column %d", prefix, j, i, i, res.RowCol[i])
		}
	}
	if want := min(r, c); assigned != want {
		return fmt.Errorf("%s: %d pairs assigned, want %d", prefix, assigned, want)
	}
	for i, u := range res.U {
		if math.IsNaN(u) || math.IsInf(u, 0) {
			return fmt.Errorf("%s: potential U[%d] is %v", prefix, i, u)
		}
		if r > c {
			if err := slackSign("U", i, sign*u, res.RowCol[i] < 0, tol); err != nil {
				return err
			}
		}
	}
	for j, v := range res.V {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%s: potential V[%d] is %v", prefix, j, v)
		}
		if r < c {
			if err := slackSign("V", j, sign*v, res.ColRow[j] < 0, tol); err != nil {
				return err
			}
		}
	}
	return nil
}
