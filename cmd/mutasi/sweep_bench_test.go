package main

import (
	"context"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"testing"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// BenchmarkSweepStep measures whether a sweep gains from a warm start: on
// the sample roster, the solver alone on the matrix at fit = 1.25, cold and
// warm from the duals of the plan at fit = 1 (solver.WithDuals); and a
// whole sweep fit=0:3:0.25 (65 plans, each solved cold). Measured: warm
// and cold take the same 3–5 ms (the warm start falls back to the cold one
// on this rectangular matrix); the sweep 0.45 s.
func BenchmarkSweepStep(b *testing.B) {
	r, date := loadSampleRoster(b)
	pol := model.DefaultPolicy(date)
	ctx := context.Background()
	base, err := solveRoster(ctx, r, &pol)
	if err != nil {
		b.Fatal(err)
	}
	next := pol.Clone()
	if err := policyfile.Set(next, "fit", "1.25"); err != nil {
		b.Fatal(err)
	}
	el, err := model.Evaluate(r, next)
	if err != nil {
		b.Fatal(err)
	}
	sc, err := model.Score(ctx, r, el, next)
	if err != nil {
		b.Fatal(err)
	}
	for _, warm := range []bool{false, true} {
		var opts []solver.Option
		name := "solve-only/cold"
		if warm {
			name, opts = "solve-only/warm", []solver.Option{solver.WithDuals(base.Result.U, base.Result.V)}
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := solver.Solve(sc.Cost, opts...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("sweep", func(b *testing.B) {
		for b.Loop() {
			if _, err := analysis.Sweep(ctx, r, &pol, analysis.SweepSpec{Key: "fit", From: 0, To: 3, Step: 0.25}, 1, 0.25/16, false, nil, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
