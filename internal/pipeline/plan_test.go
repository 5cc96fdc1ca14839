package pipeline_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/bench"
	. "github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
)

// TestPartialPlans: a brief plan, or one without each move's
// alternatives, has the moves, scores and objective of the full plan and
// leaves out only what it says; FullPlan gives back the full plan, equal
// to that of a solve without the options, on both paths. Under a move
// budget the plan is always full (its reasons carry the budget's notes).
func TestPartialPlans(t *testing.T) {
	ctx := context.Background()
	r, err := bench.Generate(bench.Config{Preset: bench.PresetKabupaten, Seed: 3})
	require.NoError(t, err)
	date, _ := model.ParseDate(bench.DefaultDate)
	pol := model.DefaultPolicy(date)
	budget := pol.Clone()
	budget.Rules.MoveBudget, budget.Rules.MaxMoves = true, 40
	for _, mode := range []Mode{Dense, Sparse} {
		full, err := Solve(ctx, r, &pol, Options{Mode: mode})
		require.NoError(t, err)
		same, err := full.FullPlan()
		require.NoError(t, err)
		assert.Same(t, full.Plan, same, "a full plan is built again")
		alts := 0
		for _, m := range full.Plan.Moves {
			alts += len(m.Alternatives)
		}
		require.NotZero(t, alts, "%v: the full plan has no alternatives: the test proves nothing", mode)
		for _, o := range []Options{{Mode: mode, Brief: true}, {Mode: mode, NoAlternatives: true}} {
			part, err := Solve(ctx, r, &pol, o)
			require.NoError(t, err)
			require.Equal(t, len(full.Plan.Moves), len(part.Plan.Moves))
			assert.Equal(t, full.Plan.Objective, part.Plan.Objective)
			for k, m := range part.Plan.Moves {
				f := full.Plan.Moves[k]
				assert.Equal(t, f.NIP, m.NIP)
				assert.Equal(t, f.To, m.To)
				assert.Equal(t, f.Score, m.Score)
				assert.Empty(t, m.Alternatives, "%s: alternatives in a partial plan", m.NIP)
				if o.Brief {
					assert.Empty(t, m.Reasons)
				} else {
					assert.Equal(t, f.Reasons, m.Reasons)
					assert.Equal(t, f.Warnings, m.Warnings)
				}
			}
			back, err := part.FullPlan()
			require.NoError(t, err)
			assert.Equal(t, full.Plan, back, "%v %+v: FullPlan is not the full plan", mode, o)
		}
		b, err := Solve(ctx, r, budget, Options{Mode: mode, NoAlternatives: true})
		require.NoError(t, err)
		bf, err := b.FullPlan()
		require.NoError(t, err)
		assert.Same(t, b.Plan, bf, "a plan under a budget is partial")
		require.NotNil(t, bf.Budget)
	}
}
