package model

import (
	"context"
	"fmt"
	"math"

	"github.com/mutasi-id/mutasi/solver"
)

// verifyResult is solver.Verify on the dense matrix, or VerifyFull when the
// scores have none; nil at once for the result Canonical last certified
// for these scores (its pass did the same checks on every pair).
func (sc *Scores) verifyResult(res *solver.Result) error {
	if res != nil && sc.certified.Load() == res {
		return nil
	}
	if sc.Cost != nil {
		return solver.Verify(sc.Cost, res)
	}
	return sc.VerifyFull(res)
}

// VerifyFull checks res against the full n × (m+n) problem of the scores
// without the dense matrix: the conditions of solver.Verify (an assignment
// of every official to an allowed column; reduced costs ≥ −tol on every
// allowed pair and within tol of 0 on the assigned ones; V ≤ tol on every
// column and |V| ≤ tol on unassigned ones; Σu + Σv = Total), with
// tol = solver.VerifyRelTol × the largest cost magnitude, computing each
// row's costs on the fly. It is the independent check of the sparse path's
// certificate: one parallel pass over the n·m pairs, O(m) memory per worker
// and O(1) per official.
func (sc *Scores) VerifyFull(res *solver.Result) error {
	if err := sc.certShape(res); err != nil {
		return err
	}
	rows := make([]rowCheck, sc.Officials())
	if err := sparseRows(context.Background(), sc.Officials(), sc.Positions(), func(i int, row []float64) {
		sc.sparseRowCosts(i, row)
		rows[i] = sc.checkRow(i, row, sc.releaseCol(i), res, nil)
	}); err != nil {
		return err
	}
	_, err := sc.certCheck(res, rows)
	return err
}

// certShape checks that res has the dimensions of the full problem and is
// a minimisation.
func (sc *Scores) certShape(res *solver.Result) error {
	n, m := sc.Officials(), sc.Positions()
	if res == nil || len(res.RowCol) != n || len(res.U) != n || len(res.ColRow) != m+n || len(res.V) != m+n {
		return fmt.Errorf("model: verify: the result does not have %d rows and %d columns", n, m+n)
	}
	if res.Maximize {
		return fmt.Errorf("model: verify: the score is minimised")
	}
	return nil
}

// rowTight is what checkRow collects of a row for the tie rule: the
// columns within t of zero reduced cost, and the least reduced cost above.
type rowTight struct {
	t     float64
	cols  []int32
	least float64
}

// rowCheck is what the certificate needs of one row: its cost scale, its
// least reduced cost and where, the reduced cost and cost of its assigned
// pair, or an error.
type rowCheck struct {
	scale, minRed, asgRed, cost float64
	minCol                      int
	err                         error
}

// checkRow reads official i's row (the m post costs and the own release
// column's cost) against res. When tight is not nil it also collects, in
// the same loop, the columns whose reduced cost is at most tight.t (the
// assigned one always) and the least reduced cost above it (the tie
// rule's tight pairs, Canonical).
func (sc *Scores) checkRow(i int, row []float64, release float64, res *solver.Result, tight *rowTight) rowCheck {
	m := len(row)
	rc := rowCheck{minRed: math.Inf(1), asgRed: math.NaN(), minCol: -1}
	ui := res.U[i]
	if math.IsNaN(ui) || math.IsInf(ui, 0) {
		rc.err = fmt.Errorf("model: verify: potential U[%d] is %v", i, ui)
		return rc
	}
	// The hot loop without a closure or math.Max (they were much of the
	// pass: bench/README.md). Forbidden pairs (+Inf) compare false.
	v := res.V[:m]
	inf := math.Inf(1)
	scale, minRed, minCol := 0.0, inf, -1
	if tight == nil {
		for j, c := range row {
			if c == inf {
				continue
			}
			scale = max(scale, c, -c)
			if red := c - ui - v[j]; red < minRed {
				minRed, minCol = red, j
			}
		}
	} else {
		asg, t, least := res.RowCol[i], tight.t, inf
		cols := tight.cols[:0]
		for j, c := range row {
			if c == inf {
				continue
			}
			scale = max(scale, c, -c)
			red := c - ui - v[j]
			if red < minRed {
				minRed, minCol = red, j
			}
			if red <= t || j == asg {
				cols = append(cols, int32(j))
			} else if red < least {
				least = red
			}
		}
		tight.cols, tight.least = cols, least
	}
	if release != inf {
		scale = max(scale, release, -release)
		red := release - ui - res.V[m+i]
		if red < minRed {
			minRed, minCol = red, m+i
		}
		if tight != nil {
			if red <= tight.t || m+i == res.RowCol[i] {
				tight.cols = append(tight.cols, int32(m+i))
			} else if red < tight.least {
				tight.least = red
			}
		}
	}
	rc.scale, rc.minRed, rc.minCol = scale, minRed, minCol
	j := res.RowCol[i]
	switch {
	case j >= 0 && j < m && row[j] != inf:
		rc.cost, rc.asgRed = row[j], row[j]-ui-res.V[j]
	case j == m+i && release != inf:
		rc.cost, rc.asgRed = release, release-ui-res.V[j]
	case j >= 0:
		rc.err = fmt.Errorf("model: verify: official %d is assigned to column %d, a forbidden pair", i, j)
	}
	return rc
}

// certCheck finishes the certificate from the rows' checks: the assignment
// is consistent and complete, every reduced cost is ≥ −tol and the
// assigned ones within tol of 0, the column potentials have the signs of
// the rectangular LP, and the duals sum to the total. It returns the
// tolerance, tol = solver.VerifyRelTol × the largest cost magnitude.
func (sc *Scores) certCheck(res *solver.Result, rows []rowCheck) (float64, error) {
	n, m := sc.Officials(), sc.Positions()
	scale := 0.0
	for _, rc := range rows {
		scale = math.Max(scale, rc.scale)
	}
	tol := solver.VerifyRelTol * scale
	sumTol := float64(n+m+n) * tol
	for i, j := range res.RowCol {
		if j < 0 || j >= m+n || res.ColRow[j] != i {
			return tol, fmt.Errorf("model: verify: official %d is assigned to column %d, not a consistent assignment", i, j)
		}
	}
	assigned := 0
	for j, v := range res.V {
		if i := res.ColRow[j]; i >= 0 {
			if i >= n || res.RowCol[i] != j {
				return tol, fmt.Errorf("model: verify: column %d assigned to official %d inconsistently", j, i)
			}
			assigned++
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v > tol || res.ColRow[j] < 0 && v < -tol {
			return tol, fmt.Errorf("model: verify: potential V[%d] = %v breaks the sign conditions", j, v)
		}
	}
	if assigned != n {
		return tol, fmt.Errorf("model: verify: %d columns assigned, want %d", assigned, n)
	}
	total, dual := 0.0, 0.0
	for i, rc := range rows {
		switch {
		case rc.err != nil:
			return tol, rc.err
		case rc.minRed < -tol:
			return tol, fmt.Errorf("model: verify: reduced cost of official %d in column %d is %.6g, below −%.3g", i, rc.minCol, rc.minRed, tol)
		case rc.asgRed > tol:
			return tol, fmt.Errorf("model: verify: assigned pair (%d, %d) has reduced cost %.6g", i, res.RowCol[i], rc.asgRed)
		}
		total += rc.cost
		dual += res.U[i]
	}
	for _, v := range res.V {
		dual += v
	}
	if math.Abs(total-res.Total) > sumTol {
		return tol, fmt.Errorf("model: verify: Total is %.17g but the assigned costs sum to %.17g", res.Total, total)
	}
	if math.Abs(dual-res.Total) > sumTol {
		return tol, fmt.Errorf("model: verify: duals sum to %.17g but Total is %.17g", dual, res.Total)
	}
	return tol, nil
}
