package model

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/mutasi-id/mutasi/solver"
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

// TestSparseWidenViolator checks the widening of a Hall violator's rows
// against a brute force on every row: each row gains its rowCap cheapest
// allowed posts outside the violator's columns and its candidates (ties by
// the fixed hash, as the heap orders them), its cap doubles, a row with all
// its allowed pairs is marked full, and a violator whose rows have no
// allowed column outside its columns adds nothing (a violator of the full
// problem).
func TestSparseWidenViolator(t *testing.T) {
	r := &Roster{}
	for j := range 24 {
		r.Positions = append(r.Positions, scorePost(fmt.Sprintf("P%02d", j), EselonIIIa, 1+j%5))
	}
	for i := range 20 {
		r.Officials = append(r.Officials, scoreOfficial(i+1, fmt.Sprintf("Pejabat %d", i+1), fmt.Sprintf("P%02d", i), 30+3*i, Baik, uint8(1+i%3)))
	}
	pol := DefaultPolicy(rulesDay(t, "2026-12-01"))
	el, err := Evaluate(r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	sc := scorePrepare(r, el, &pol)
	n, m := len(r.Officials), len(r.Positions)
	rows := make([][]float64, n)
	cand := make([][]sparseEntry, n)
	inf := &solver.InfeasibleError{Cols: []int{0, 1, 2, 3}}
	for i := range n {
		rows[i] = make([]float64, m)
		sc.sparseRowCosts(i, rows[i])
		for j := range 4 {
			if !math.IsInf(rows[i][j], 1) {
				cand[i] = append(cand[i], sparseEntry{int32(j), rows[i][j]})
			}
		}
		inf.Rows = append(inf.Rows, i)
	}
	full := make([]bool, n)
	rowCap := make([]int, n)
	for i := range rowCap {
		rowCap[i] = 2
	}
	for call := range 4 {
		before := make([][]sparseEntry, n)
		for i := range n {
			before[i] = slices.Clone(cand[i])
		}
		wasFull, caps := slices.Clone(full), slices.Clone(rowCap)
		added, err := sparseWidenViolator(context.Background(), n, m, sc, inf, cand, full, rowCap)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for i := range n {
			// The brute force: allowed posts outside the violator's
			// columns and the candidates, cheapest first.
			var want []sparseEntry
			left := 0
			for j, c := range rows[i] {
				if math.IsInf(c, 1) || slices.ContainsFunc(before[i], func(e sparseEntry) bool { return int(e.col) == j }) {
					continue
				}
				left++
				if j >= 4 {
					want = append(want, sparseEntry{int32(j), c})
				}
			}
			if wasFull[i] {
				want, left = nil, 0
			}
			slices.SortFunc(want, func(a, b sparseEntry) int {
				if a.cost != b.cost {
					return cmp.Compare(a.cost, b.cost)
				}
				return cmp.Compare(sparseTie(uint64(i), a.col), sparseTie(uint64(i), b.col))
			})
			want = want[:min(len(want), caps[i])]
			var got []sparseEntry
			for _, e := range cand[i] {
				if !slices.Contains(before[i], e) {
					got = append(got, e)
				}
			}
			slices.SortFunc(want, func(a, b sparseEntry) int { return int(a.col) - int(b.col) })
			if !slices.Equal(got, want) {
				t.Fatalf("call %d, row %d: added %v, want %v", call, i, got, want)
			}
			if !slices.IsSortedFunc(cand[i], func(a, b sparseEntry) int { return int(a.col) - int(b.col) }) {
				t.Fatalf("call %d, row %d: candidates not sorted by column: %v", call, i, cand[i])
			}
			if !wasFull[i] && (rowCap[i] != 2*caps[i] || full[i] != (left == len(want))) {
				t.Fatalf("call %d, row %d: cap %d → %d, full %v with %d of %d left added", call, i, caps[i], rowCap[i], full[i], len(want), left)
			}
			total += len(got)
		}
		if added != total {
			t.Fatalf("call %d: reported %d pairs added, %d were", call, added, total)
		}
	}
	// The violator's columns now hold every allowed column of its rows
	// that is not a candidate yet: nothing is added.
	inf.Cols = nil
	for j := range m + n {
		inf.Cols = append(inf.Cols, j)
	}
	for i := range full {
		full[i] = false
	}
	if added, err := sparseWidenViolator(context.Background(), n, m, sc, inf, cand, full, rowCap); err != nil || added != 0 {
		t.Fatalf("a violator of the full problem: %d pairs added, err %v", added, err)
	}
}
