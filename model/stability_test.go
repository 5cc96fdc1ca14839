package model

import (
	"math"
	"testing"

	"github.com/mutasi-id/mutasi/solver"
)

// TestWeightRangesAgainstRescoring checks every official's ranges on the
// 4×5 roster against the score itself: at values just inside each end the
// official's chosen column must still be the cheapest of the row in reduced
// cost (the column duals of the plan held fixed, as the estimate says), and
// just beyond a bounded end the named column must be cheaper. The score is
// rebuilt at each value (scoreBuild), not extrapolated with costGrad.
func TestWeightRangesAgainstRescoring(t *testing.T) {
	r, mask := scoreRoster45()
	pol := scoreNoRules()
	sc := scoreBuild(t, r, mask, pol)
	res, err := solver.Solve(sc.Cost)
	if err != nil {
		t.Fatal(err)
	}
	m := len(r.Positions)
	// reduced returns the reduced costs of row i at the weight set to v.
	reduced := func(i int, name string, v float64) []float64 {
		p2 := pol
		planSetWeight(&p2.Weights, name, v)
		sc2 := scoreBuild(t, r, mask, p2)
		row := append([]float64{}, sc2.Cost.RawRowView(i)...)
		for j := range row {
			row[j] -= res.V[j]
		}
		return row
	}
	col := func(name string) int {
		if name == "release" {
			return -1
		}
		return sc.posIdx[name]
	}
	const delta = 1e-6
	ends := 0
	for i := range r.Officials {
		ranges, err := WeightRanges(r, sc, res, i)
		if err != nil {
			t.Fatal(err)
		}
		chosen := res.RowCol[i]
		for _, wr := range ranges {
			if wr.Lo > wr.Current+1e-12 || (wr.Hi != nil && *wr.Hi < wr.Current-1e-12) {
				t.Fatalf("official %d %s: range [%v, %v] misses the current %v", i, wr.Weight, wr.Lo, wr.Hi, wr.Current)
			}
			hi := wr.Current + 10
			if wr.Hi != nil {
				hi = *wr.Hi
			}
			for _, v := range []float64{wr.Lo + delta, (wr.Lo + hi) / 2, hi - delta} {
				row := reduced(i, wr.Weight, v)
				for j, x := range row {
					if !math.IsInf(x, 1) && x < row[chosen]-1e-9 {
						t.Errorf("official %d, %s = %v inside [%v, %v]: column %d beats the chosen %d", i, wr.Weight, v, wr.Lo, hi, j, chosen)
					}
				}
			}
			check := func(v float64, to string) {
				j := col(to)
				if j < 0 {
					j = m + i
				}
				row := reduced(i, wr.Weight, v)
				if !(row[j] < row[chosen]) {
					t.Errorf("official %d, %s = %v beyond an end: %s (%v) does not beat the chosen (%v)", i, wr.Weight, v, to, row[j], row[chosen])
				}
				ends++
			}
			if wr.LoTo != "" {
				check(wr.Lo-delta, wr.LoTo)
			}
			if wr.Hi != nil {
				check(*wr.Hi+delta, wr.HiTo)
			}
		}
	}
	if ends < 5 {
		t.Errorf("only %d ends checked: the fixture no longer exercises the ranges", ends)
	}
	if _, err := WeightRanges(r, sc, res, 99); err == nil {
		t.Error("official out of range accepted")
	}
}
