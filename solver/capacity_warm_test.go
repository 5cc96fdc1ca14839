package solver

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestCapacitatedFromNeighbours starts SolveCapacitatedFrom from the
// optimum of a neighbouring problem and checks the result against a cold
// solve of the new one: the same total, a certificate VerifyCapacitated
// accepts, or the same infeasibility. The neighbours are what the roster's
// class problems go through: every cost moved a little (a weight swept),
// one row's costs changed (a pin, a forbid), one assigned pair forbidden
// (Murty's ranking), a column's capacity lowered or raised (a post split
// off into a class of its own), and starts with nothing of use in them
// (random potentials, every row free).
func TestCapacitatedFromNeighbours(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	ties := func() float64 { return float64(rng.IntN(5)) }
	uniform := func() float64 { return rng.Float64() * 100 }
	kept, vacancies := 0, 0
	for rep := range 400 {
		n, m := 2+rng.IntN(40), 2+rng.IntN(10)
		draw := uniform
		if rep%2 == 0 {
			draw = ties
		}
		cost, capacity := capRandom(rng, n, m, 1+rng.IntN(6), 0.15, draw)
		// An unbounded last column every row may use, as the release
		// column of the class problem, keeps most instances feasible.
		capacity[m-1] = n
		for i := range n {
			cost.Set(i, m-1, 50+float64(rng.IntN(3)))
		}
		base, _, err := SolveCapacitated(cost, capacity)
		if err != nil {
			t.Fatalf("rep %d: base: %v", rep, err)
		}
		next, nextCap := mat.DenseCopyOf(cost), append([]int(nil), capacity...)
		start := &CapacitatedResult{RowCol: append([]int(nil), base.RowCol...), V: append([]float64(nil), base.V...)}
		kind := rep % 7
		switch kind {
		case 0: // every cost moved a little
			for i := range n {
				for j := range m {
					if x := next.At(i, j); !math.IsInf(x, 1) {
						next.Set(i, j, x+rng.Float64()*3-1)
					}
				}
			}
		case 1: // one row's costs changed
			i := rng.IntN(n)
			for j := range m - 1 {
				next.Set(i, j, draw())
			}
		case 2: // an assigned pair forbidden
			i := rng.IntN(n)
			next.Set(i, base.RowCol[i], math.Inf(1))
			if base.RowCol[i] == m-1 {
				next.Set(i, m-1, 60)
			}
		case 3: // a capacity lowered
			j := rng.IntN(m - 1)
			nextCap[j] = max(0, nextCap[j]-1)
		case 4: // a capacity raised
			nextCap[rng.IntN(m-1)]++
		case 5: // random potentials
			for j := range start.V {
				start.V[j] = -rng.Float64() * 20
			}
		case 6: // every row free
			for i := range start.RowCol {
				start.RowCol[i] = -1
			}
		}
		name := fmt.Sprintf("rep %d (kind %d, %d×%d)", rep, kind, n, m)
		want, _, wantErr := SolveCapacitated(next, nextCap)
		got, st, k, err := SolveCapacitatedFrom(next, nextCap, start)
		kept += k
		vacancies += st.Vacancies
		// A deficit is raised only when the start leaves more deficit
		// slots than free rows: a capacity raised, or potentials drawn at
		// random; otherwise the searches fill them all.
		if st.Raised > 0 && kind != 4 && kind != 5 && k > 0 {
			t.Errorf("%s: %d deficit columns raised", fmt.Sprintf("rep %d (kind %d)", rep, kind), st.Raised)
		}
		if wantErr != nil {
			var a, b *InfeasibleError
			if !errors.As(wantErr, &a) || !errors.As(err, &b) {
				t.Fatalf("%s: cold %v, warm %v", name, wantErr, err)
			}
			if msg, ok := capViolator(next, nextCap, b); !ok {
				t.Fatalf("%s: bad violator: %s", name, msg)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := VerifyCapacitated(next, nextCap, got); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if math.Abs(got.Total-want.Total) > 1e-9*math.Max(1, math.Abs(want.Total)) {
			t.Fatalf("%s: total %v, cold %v", name, got.Total, want.Total)
		}
	}
	if kept == 0 || vacancies == 0 {
		t.Errorf("the warm starts kept %d rows and moved %d vacancies", kept, vacancies)
	}
}

// TestCapacitatedFromSame: started from its own optimum, a solve keeps
// every row and augments none.
func TestCapacitatedFromSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 1))
	cost, capacity := capRandom(rng, 60, 8, 10, 0.1, func() float64 { return rng.Float64() * 10 })
	capacity[7] = 60
	base, _, err := SolveCapacitated(cost, capacity)
	if err != nil {
		t.Fatal(err)
	}
	got, st, kept, err := SolveCapacitatedFrom(cost, capacity, base)
	if err != nil {
		t.Fatal(err)
	}
	if kept != 60 || st.Augmentations != 0 || got.Total != base.Total {
		t.Fatalf("kept %d, %d augmentations, total %v (cold %v)", kept, st.Augmentations, got.Total, base.Total)
	}
	if _, _, _, err := SolveCapacitatedFrom(cost, capacity, &CapacitatedResult{RowCol: []int{0}, V: base.V}); err == nil {
		t.Error("a start of the wrong size is accepted")
	}
}
