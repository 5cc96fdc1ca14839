package analysis

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/model"
)

// TestExplainBudgetReasons: under a move budget, an official whom the
// budget keeps in place is explained with the plan's own reason (the
// budget's), which model.Explain alone, reading only the scores, does not
// give; for every official the explanation's reasons are the plan's.
func TestExplainBudgetReasons(t *testing.T) {
	r := sweepRosters(t)["sample"]
	pol := model.DefaultPolicy(mustDate(t))
	require.NoError(t, policyfile.Set(&pol, "max_moves", "10"))
	sol, err := pipeline.Solve(context.Background(), r, &pol, pipeline.Options{})
	require.NoError(t, err)
	kept := 0
	for _, mv := range sol.Plan.Moves {
		ex, err := Explain(r, sol, &pol, mv.Official)
		require.NoError(t, err)
		require.Equal(t, mv.Reasons, ex.Move.Reasons, "official %s", mv.NIP)
		bare, err := model.Explain(r, sol.Elig, sol.Scores, sol.Result, &pol, mv.Official)
		require.NoError(t, err)
		for _, why := range mv.Reasons {
			if why.Key == i18n.BudgetKept {
				kept++
				require.NotContains(t, bare.Move.Reasons, why, "model.Explain gives the budget's reason by itself")
			}
		}
	}
	require.Positive(t, kept, "a budget of 10 moves keeps someone in place on the sample")
}
