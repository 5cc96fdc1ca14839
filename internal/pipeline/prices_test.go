package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/bench"
	. "github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/model"
)

// greatestPrices returns the greatest column potentials v ≤ 0 of an optimal
// dual of the dense matrix cost for the assignment rowCol, by Bellman–Ford
// on the whole matrix (v_j = min(0, min_i (v_x(i) + c_ij − c_i,x(i))),
// repeated until nothing falls by more than eps): no class, no potential,
// no order of the pipeline's.
func greatestPrices(cost *mat.Dense, rowCol []int, eps float64) []float64 {
	_, cols := cost.Dims()
	v := make([]float64, cols)
	for changed := true; changed; {
		changed = false
		for i, x := range rowCol {
			a := v[x] - cost.At(i, x)
			for j, c := range cost.RawRowView(i) {
				if !math.IsInf(c, 1) && a+c < v[j]-eps {
					v[j] = a + c
					changed = true
				}
			}
		}
	}
	return v
}

// TestSameDualEveryPath: the plan's dual, and so every alternative's gap in
// the plan, is the same whichever path solved it — dense, sparse through
// classes, sparse through pricing, cold or warm from another policy's
// solution — and it is the greatest optimal dual (Bellman–Ford on the dense
// matrix). Before the plans took the least prices, these rosters' plans
// listed other alternatives, or other gaps, for tens of officials by path.
func TestSameDualEveryPath(t *testing.T) {
	ctx := context.Background()
	rosters := []bench.Config{
		{Preset: bench.PresetKabupaten, Seed: 3},
		{Officials: 360, Positions: 300, Seed: 4},
	}
	if !testing.Short() {
		rosters = append(rosters, bench.Config{Officials: 900, Positions: 750, Seed: 6})
	}
	for _, cfg := range rosters {
		r, err := bench.Generate(cfg)
		require.NoError(t, err)
		date, _ := model.ParseDate(bench.DefaultDate)
		pol := model.DefaultPolicy(date)
		other := pol.Clone()
		require.NoError(t, policyfile.Set(other, "fit", "2"))
		name := fmt.Sprintf("%d×%d", len(r.Officials), len(r.Positions))

		dense, err := Solve(ctx, r, &pol, Options{Mode: Dense})
		require.NoError(t, err, name)
		tol := dense.Stats.Ties.Tol
		step := tol / 256
		want := greatestPrices(dense.Scores.Cost, dense.Result.RowCol, step/4)
		for j, v := range want {
			require.InDelta(t, v, dense.Result.V[j], step, "%s: dense: column %d", name, j)
		}
		for _, mode := range []Options{{Mode: Dense}, {Mode: Sparse}, {Mode: Sparse, NoClasses: true}} {
			from, err := Solve(ctx, r, other, mode)
			require.NoError(t, err, name)
			warm := mode
			warm.From = from
			for _, opt := range []Options{mode, warm} {
				what := fmt.Sprintf("%s %v classes=%v warm=%v", name, opt.Mode, !opt.NoClasses, opt.From != nil)
				s, err := Solve(ctx, r, &pol, opt)
				require.NoError(t, err, what)
				require.Equal(t, opt.From != nil, s.Stats.Warm.Used, "%s: warm start used", what)
				require.Equal(t, dense.Result.RowCol, s.Result.RowCol, what)
				for j := range want {
					require.InDelta(t, dense.Result.V[j], s.Result.V[j], step, "%s: column %d", what, j)
				}
				for i := range dense.Result.U {
					require.InDelta(t, dense.Result.U[i], s.Result.U[i], step, "%s: official %d", what, i)
				}
				a, err := json.Marshal(dense.Plan)
				require.NoError(t, err)
				b, err := json.Marshal(s.Plan)
				require.NoError(t, err)
				require.JSONEq(t, string(a), string(b), what)
			}
		}
	}
}
