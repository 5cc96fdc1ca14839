package model

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/solver"
)

// leastPricesOracle returns the greatest column potentials v ≤ 0 of an
// optimal dual of the dense matrix cost for the assignment rowCol, by
// Bellman–Ford on the whole matrix: v_j = min(0, min_i (v_x(i) + c_ij −
// c_i,x(i))) repeated until nothing falls by more than eps. It reads no
// class, no potential and no order of the production code.
func leastPricesOracle(cost *mat.Dense, rowCol []int, eps float64) []float64 {
	_, cols := cost.Dims()
	v := make([]float64, cols)
	for changed := true; changed; {
		changed = false
		for i, x := range rowCol {
			a := v[x] - cost.At(i, x)
			for j := range cols {
				if c := cost.At(i, j); !math.IsInf(c, 1) && a+c < v[j]-eps {
					v[j] = a + c
					changed = true
				}
			}
		}
	}
	return v
}

// TestLeastPrices checks the plan's dual against an oracle on small rosters
// full of exact ties, by the three paths (dense, sparse through classes,
// sparse through pricing): the potentials are the greatest of any optimal
// dual (Bellman–Ford on the whole matrix), no lower than the solver's own
// anywhere, a certificate of the plan (solver.Verify), the same on every
// path, and every reduced cost a lower bound of what forcing the official
// into that column costs the plan (an exact solve with the pair forced).
func TestLeastPrices(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 2026))
	cases := 300
	if testing.Short() {
		cases = 60
	}
	ctx := context.Background()
	checked, raised := 0, 0
	for c := range cases {
		n, m := 1+rng.IntN(7), 1+rng.IntN(6)
		r, mask := tiesRoster(rng, n, m)
		pol := scoreNoRules()
		pol.Weights.Family = 0.5
		sc := scoreBuild(t, r, mask, pol)
		res, err := solver.Solve(sc.Cost)
		if err != nil {
			continue // no plan assigns everyone: nothing to price
		}
		first := slices.Clone(res.V)
		got, st, err := Canonical(ctx, sc, res)
		require.NoError(t, err, "case %d", c)
		require.NoError(t, solver.Verify(sc.Cost, got), "case %d", c)
		eps := st.Tol * leastPricesStep
		want := leastPricesOracle(sc.Cost, got.RowCol, eps)
		for j := range want {
			require.InDelta(t, want[j], got.V[j], 4*eps+1e-12, "case %d (%d × %d): column %d", c, n, m, j)
			require.GreaterOrEqual(t, got.V[j], first[j]-st.Tol, "case %d: column %d below the solver's own potential", c, j)
			if got.V[j] > first[j]+st.Tol {
				raised++
			}
		}
		// Every reduced cost is at most the loss of forcing the pair.
		total := got.Total
		for i := range n {
			for j := range m + n {
				x := sc.Cost.At(i, j)
				if math.IsInf(x, 1) || j == got.RowCol[i] {
					continue
				}
				forced := mat.DenseCopyOf(sc.Cost)
				for k := range m + n {
					if k != j {
						forced.Set(i, k, math.Inf(1))
					}
				}
				fr, err := solver.Solve(forced)
				if err != nil {
					continue
				}
				red := x - got.U[i] - got.V[j]
				require.GreaterOrEqual(t, fr.Total-total, red-st.Tol, "case %d: official %d forced to column %d", c, i, j)
			}
		}
		for _, opt := range []SparseOptions{{}, {NoClasses: true, K: 1}} {
			ss, err := sparseSolveWith(ctx, r, mask, &pol, opt)
			require.NoError(t, err, "case %d: sparse %+v", c, opt)
			sg, _, err := Canonical(ctx, ss.Scores, ss.Result)
			require.NoError(t, err, "case %d: sparse %+v", c, opt)
			require.Equal(t, got.RowCol, sg.RowCol, "case %d: sparse %+v", c, opt)
			for j := range got.V {
				require.InDelta(t, got.V[j], sg.V[j], 4*eps+1e-12, "case %d: sparse %+v: column %d", c, opt, j)
			}
			for i := range got.U {
				require.InDelta(t, got.U[i], sg.U[i], 4*eps+1e-12, "case %d: sparse %+v: official %d", c, opt, i)
			}
		}
		checked++
	}
	t.Logf("%d rosters, %d potentials above the solver's own", checked, raised)
	if checked < cases/2 || raised == 0 {
		t.Errorf("%d rosters checked, %d potentials raised: the test is too weak", checked, raised)
	}
}

// TestLeastPricesBound: when the corrections exceed their bound, leastPrices
// fails and leaves the result's potentials as they were (Canonical then
// keeps the solver's, a certificate still, and says so in TieStats).
func TestLeastPricesBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	ctx := context.Background()
	for c := 0; c < 50; c++ {
		r, mask := tiesRoster(rng, 4+rng.IntN(4), 3+rng.IntN(4))
		pol := scoreNoRules()
		sc := scoreBuild(t, r, mask, pol)
		res, err := solver.Solve(sc.Cost)
		if err != nil {
			continue
		}
		got, st, err := Canonical(ctx, sc, res)
		require.NoError(t, err)
		require.True(t, st.LeastPrices)
		if st.Corrections < 2 {
			continue
		}
		u, v := slices.Clone(got.U), slices.Clone(got.V)
		n, err := sc.leastPrices(ctx, got, st.Tol, 1)
		require.Error(t, err)
		require.LessOrEqual(t, n, 2)
		require.Equal(t, u, got.U)
		require.Equal(t, v, got.V)
		return
	}
	t.Fatal("no roster needed two corrections: the test proves nothing")
}
