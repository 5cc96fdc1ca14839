package solver

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestCapacitatedWorkspace runs a chain of Murty-like subproblems through
// one workspace (each forbids a few pairs, one of them assigned in the
// solution before, and forces a row or two, starting from that solution)
// and checks each against SolveCapacitatedFrom on a fresh copy of the
// constrained matrix: the same total, a certificate VerifyCapacitated
// accepts on that copy, or the same infeasibility; after Restore the
// workspace's matrix is the original, and the results share no memory with
// the workspace.
func TestCapacitatedWorkspace(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	for rep := range 60 {
		n, m := 5+rng.IntN(40), 3+rng.IntN(10)
		draw := func() float64 { return float64(rng.IntN(6)) }
		if rep%2 == 1 {
			draw = func() float64 { return rng.Float64() * 100 }
		}
		cost, capacity := capRandom(rng, n, m, 1+rng.IntN(6), 0.15, draw)
		capacity[m-1] = n
		for i := range n {
			cost.Set(i, m-1, 50+float64(rng.IntN(3)))
		}
		orig := mat.DenseCopyOf(cost)
		w, err := NewCapacitatedWorkspace(cost, capacity)
		if err != nil {
			t.Fatal(err)
		}
		prev, _, err := SolveCapacitated(orig, capacity)
		if err != nil {
			t.Fatalf("rep %d: %v", rep, err)
		}
		var held []*CapacitatedResult
		for step := range 8 {
			i := rng.IntN(n)
			if j := prev.RowCol[i]; j != m-1 {
				w.Forbid(i, j)
			}
			for range rng.IntN(3) {
				w.Forbid(rng.IntN(n), rng.IntN(m-1))
			}
			if f := rng.IntN(n); rng.IntN(2) == 0 {
				for l := range m {
					if l != prev.RowCol[f] {
						w.Forbid(f, l)
					}
				}
			}
			fresh := mat.DenseCopyOf(cost)
			start := &CapacitatedResult{RowCol: slices.Clone(prev.RowCol), V: slices.Clone(prev.V)}
			start.RowCol[i] = -1
			got, _, _, err1 := w.SolveFrom(start)
			want, _, _, err2 := SolveCapacitatedFrom(fresh, capacity, start)
			var inf1, inf2 *InfeasibleError
			switch {
			case errors.As(err1, &inf1) || errors.As(err2, &inf2):
				if !errors.As(err1, &inf1) || !errors.As(err2, &inf2) {
					t.Fatalf("rep %d step %d: workspace %v, fresh %v", rep, step, err1, err2)
				}
			case err1 != nil || err2 != nil:
				t.Fatalf("rep %d step %d: workspace %v, fresh %v", rep, step, err1, err2)
			default:
				if math.Abs(got.Total-want.Total) > 1e-9*(1+math.Abs(want.Total)) {
					t.Fatalf("rep %d step %d: workspace total %v, fresh %v", rep, step, got.Total, want.Total)
				}
				if err := VerifyCapacitated(fresh, capacity, got); err != nil {
					t.Fatalf("rep %d step %d: %v", rep, step, err)
				}
				held = append(held, got)
				prev = got
			}
			w.Restore()
			if !mat.Equal(cost, orig) {
				t.Fatalf("rep %d step %d: Restore left the matrix changed", rep, step)
			}
		}
		// The results are unchanged by the solves after them.
		for _, r := range held {
			if err := verifyOwn(orig, capacity, r); err != nil {
				t.Fatalf("rep %d: a result changed after later solves: %v", rep, err)
			}
		}
	}
}

// verifyOwn checks that res's potentials still certify its own total as a
// lower bound of nothing more than what they were: u_i = c_i,x(i) − v_x(i)
// for every row (the result's U and V kept apart from the workspace).
func verifyOwn(cost *mat.Dense, capacity []int, res *CapacitatedResult) error {
	for i, j := range res.RowCol {
		if d := cost.At(i, j) - res.V[j] - res.U[i]; math.Abs(d) > 1e-6*(1+math.Abs(res.U[i])) {
			return errors.New("u and v no longer agree with the assignment")
		}
	}
	return nil
}
