package model

import (
	"context"
	"math"
	"testing"
)

// TestSparseRowCostsMatchScore checks that the sparse path prices pairs with
// exactly the numbers of Score's dense matrix (bit for bit), on the score
// fixtures and the rules fixture, whose officials are locked, must leave or
// are free.
func TestSparseRowCostsMatchScore(t *testing.T) {
	type tc struct {
		name string
		r    *Roster
		pol  *Policy
	}
	pol3 := DefaultPolicy(rulesDay(t, "2026-12-01"))
	polRules := rulesPolicy(t)
	polRules.Weights = DefaultWeights()
	polRules.Weights.Talent = 0.3
	cases := []tc{{"roster3", scoreRoster3(), &pol3}, {"rules", rulesFixture(t), polRules}}
	for _, c := range cases {
		el, err := Evaluate(c.r, c.pol)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := Score(context.Background(), c.r, el, c.pol)
		if err != nil {
			t.Fatal(err)
		}
		m := sc.Positions()
		row := make([]float64, m)
		for i := range sc.Officials() {
			sc.sparseRowCosts(i, row)
			for j := range m {
				want := sc.Cost.At(i, j)
				if math.Float64bits(row[j]) != math.Float64bits(want) {
					t.Fatalf("%s: official %d post %d: sparse %v, matrix %v", c.name, i, j, row[j], want)
				}
				if one := sc.postCost(i, j); math.Float64bits(one) != math.Float64bits(want) {
					t.Fatalf("%s: official %d post %d: postCost %v, matrix %v", c.name, i, j, one, want)
				}
			}
		}
	}
}
