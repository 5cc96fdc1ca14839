package model_test

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// TestWeightLine checks the line of an assignment against the cost of the
// same assignment in a matrix scored anew at another value of each weight
// (the dense Score, an independent sum): cost(w₁) = cost(w₀) + (w₁ −
// w₀)·slope, for the optimum and for that plan with every official released who may be.
func TestWeightLine(t *testing.T) {
	r, err := bench.Generate(bench.Config{Officials: 80, Positions: 60, Seed: 11})
	require.NoError(t, err)
	ctx := context.Background()
	date, err := time.Parse(time.DateOnly, bench.DefaultDate)
	require.NoError(t, err)
	pol := model.DefaultPolicy(date)
	el, err := model.Evaluate(r, &pol)
	require.NoError(t, err)
	sc, err := model.Score(ctx, r, el, &pol)
	require.NoError(t, err)
	res, err := solver.Solve(sc.Cost)
	require.NoError(t, err)
	n, m := sc.Officials(), sc.Positions()
	released := make([]int, n)
	for i := range released {
		released[i] = res.RowCol[i]
		if !math.IsInf(sc.Cost.At(i, m+i), 1) {
			released[i] = m + i
		}
	}
	set := map[string]func(w *model.Weights) *float64{
		model.CompPerformance: func(w *model.Weights) *float64 { return &w.Performance },
		model.CompFit:         func(w *model.Weights) *float64 { return &w.Fit },
		model.CompTenure:      func(w *model.Weights) *float64 { return &w.Tenure },
		model.CompTalent:      func(w *model.Weights) *float64 { return &w.Talent },
		model.CompFamily:      func(w *model.Weights) *float64 { return &w.Family },
		model.CompVacancy:     func(w *model.Weights) *float64 { return &w.Vacancy },
		model.CompRelease:     func(w *model.Weights) *float64 { return &w.Release },
	}
	for name, f := range set {
		for _, rowCol := range [][]int{res.RowCol, released} {
			cost0, slope, ok, err := sc.WeightLine(rowCol, name)
			require.NoError(t, err)
			require.True(t, ok)
			for _, w1 := range []float64{0, 0.3, 2.5} {
				p := pol
				*f(&p.Weights) = w1
				sc1, err := model.Score(ctx, r, el, &p)
				require.NoError(t, err)
				want := 0.0
				for i, j := range rowCol {
					want += sc1.Cost.At(i, j)
				}
				got := cost0 + (w1-*f(&pol.Weights))*slope
				require.InDelta(t, want, got, 1e-9*(1+math.Abs(want)), "%s = %v", name, w1)
			}
		}
	}
	_, _, ok, err := sc.WeightLine(res.RowCol, "jpm_min_value")
	require.NoError(t, err)
	require.False(t, ok)
	_, _, _, err = sc.WeightLine(res.RowCol[:n-1], model.CompFit)
	require.Error(t, err)
}
