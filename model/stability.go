package model

import (
	"errors"
	"fmt"
	"math"

	"github.com/mutasi-id/mutasi/solver"
)

// WeightRange is the range of one weight over which an official keeps the
// column (post or release) that the plan gives, as estimated pairwise: the
// column duals of the plan held fixed, so that only this official's own
// costs move with the weight. It is exact when the rest of the plan stays;
// when other officials' choices change first the true range is narrower or
// wider, which only a re-solve tells (mutasi explain checks the ends).
type WeightRange struct {
	Weight  string  `json:"weight"`
	Current float64 `json:"current"`
	// Lo is the lowest value (0 at most: weights are 0 or more) and Hi the
	// highest; Hi is nil when no value above the current one changes the
	// choice.
	Lo float64  `json:"lo"`
	Hi *float64 `json:"hi"`
	// LoTo and HiTo name the column that takes over just beyond each end:
	// a post id, "release", or "" when that end is not a change (Lo = 0
	// reached by the floor of the weights, or Hi unbounded).
	LoTo string `json:"lo_to"`
	HiTo string `json:"hi_to"`
}

// StabilityNote qualifies every WeightRange.
const StabilityNote = "pairwise estimate: the column duals of the plan held fixed, exact only if the rest of the plan stays"

// weightNames are the weights in the order of costGrad's components.
var weightNames = [7]string{CompPerformance, CompFit, CompTenure, CompTalent, CompFamily, CompVacancy, CompRelease}

// costGrad returns ∂c/∂w for official i's column col of the cost matrix,
// per weight in weightNames' order. The cost of a column is linear in each
// weight: for a post, ∂c/∂w_k is minus the unweighted component (−prio for
// the vacancy weight, whose cost a filled post avoids); for the release
// column, ∂c/∂w_release is the unweighted release cost.
func (pc *planContext) costGrad(i, col int) [7]float64 {
	sc := pc.sc
	var d [7]float64
	if col >= sc.Positions() {
		if sc.cur[i] >= 0 {
			d[6] = (0.5 + sc.perf[i]) / 1.5
		}
		return d
	}
	u := sc.unweighted(i, col)
	for k := range u {
		d[k] = -u[k]
	}
	d[5] = -sc.prio[col]
	return d
}

// WeightRanges returns, for each weight, the range over which official i
// keeps the column that res gives (see WeightRange). Every allowed column a
// of the official's row has the reduced cost g_a = c_ia − U_i − V_a ≥ 0 at
// the optimum (0 for the chosen one) and it moves with weight k at the rate
// s_a = ∂c_ia/∂w_k − ∂c_i,chosen/∂w_k; the choice holds while every
// g_a + (w − w_k)·s_a ≥ 0, an interval. Its cost is O(m) per weight for the
// m posts, on the dense or the sparse path.
func WeightRanges(r *Roster, sc *Scores, res *solver.Result, i int) ([]WeightRange, error) {
	if r == nil || sc == nil || res == nil {
		return nil, errors.New("model: WeightRanges needs a roster, its scores and a result")
	}
	if sc.r != r {
		return nil, errors.New("model: WeightRanges: the scores were built for another roster")
	}
	if i < 0 || i >= sc.Officials() {
		return nil, fmt.Errorf("model: WeightRanges: no official %d (roster has %d)", i, sc.Officials())
	}
	rows, cols := sc.Officials(), sc.Positions()+sc.Officials()
	if len(res.RowCol) != rows || len(res.U) != rows || len(res.V) != cols {
		return nil, fmt.Errorf("model: WeightRanges: the result is for another matrix than %d×%d", rows, cols)
	}
	chosen := res.RowCol[i]
	if chosen < 0 {
		return nil, fmt.Errorf("model: WeightRanges: official %d is not assigned", i)
	}
	pc := &planContext{sc: sc, res: res}
	m := sc.Positions()
	w := sc.w
	current := [7]float64{w.Performance, w.Fit, w.Tenure, w.Talent, w.Family, w.Vacancy, w.Release}
	g0 := pc.costGrad(i, chosen)
	// Official i's row of the full problem: the m posts (the dense
	// matrix's, or computed as the sparse path does), then the own release
	// column m+i; the other release columns are closed to i.
	row := make([]float64, m)
	sc.rowCostsInto(i, row)
	release := sc.releaseCol(i)
	out := make([]WeightRange, len(weightNames))
	for k, name := range weightNames {
		wr := WeightRange{Weight: name, Current: current[k], Lo: 0}
		lo, hi := 0.0, math.Inf(1)
		loTo, hiTo := "", ""
		for col := range m + 1 {
			c := release
			if col < m {
				c = row[col]
			} else {
				col = m + i
			}
			if col == chosen || math.IsInf(c, 1) {
				continue
			}
			gap := math.Max(c-res.U[i]-res.V[col], 0)
			slope := pc.costGrad(i, col)[k] - g0[k]
			switch {
			case slope < 0: // the alternative gains as the weight rises
				if at := current[k] + gap/-slope; at < hi {
					hi, hiTo = at, stabilityColumn(r, col, m)
				}
			case slope > 0: // it gains as the weight falls
				if at := current[k] - gap/slope; at > lo {
					lo, loTo = at, stabilityColumn(r, col, m)
				}
			}
		}
		wr.Lo, wr.LoTo, wr.HiTo = lo, loTo, hiTo
		if !math.IsInf(hi, 1) {
			wr.Hi = &hi
		}
		out[k] = wr
	}
	return out, nil
}

// stabilityColumn names column col: a post id, or "release".
func stabilityColumn(r *Roster, col, m int) string {
	if col >= m {
		return "release"
	}
	return r.Positions[col].ID
}

// WeightLine returns the cost of assignment rowCol (each official's column
// of the full problem: a post, or m+i for official i's release) under sc,
// and its derivative by the named weight (one of the weights of
// WeightRange: performance, fit, tenure, talent, family, vacancy,
// release). Every column's cost is linear in each weight, so for a fixed
// assignment the cost at weight w is cost + (w − w₀)·slope, w₀ being the
// weight sc was built with; the optimum over all assignments is the least
// of these lines, a concave piecewise-linear function of w (whatif
// --sweep's parametric search). ok is false for another weight's name.
func (sc *Scores) WeightLine(rowCol []int, weight string) (cost, slope float64, ok bool, err error) {
	k := -1
	for q, name := range weightNames {
		if name == weight {
			k = q
		}
	}
	if k < 0 {
		return 0, 0, false, nil
	}
	n, m := sc.Officials(), sc.Positions()
	if len(rowCol) != n {
		return 0, 0, true, fmt.Errorf("model: WeightLine: %d columns for %d officials", len(rowCol), n)
	}
	pc := &planContext{sc: sc}
	for i, j := range rowCol {
		if j < 0 || j >= m && j != m+i {
			return 0, 0, true, fmt.Errorf("model: WeightLine: official %d in column %d", i, j)
		}
		c := sc.colCost(i, j)
		if math.IsInf(c, 1) {
			return 0, 0, true, fmt.Errorf("model: WeightLine: official %d in a forbidden column %d", i, j)
		}
		cost += c
		slope += pc.costGrad(i, j)[k]
	}
	return cost, slope, true, nil
}
