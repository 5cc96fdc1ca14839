package analysis

import (
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
)

// Explain explains official i's move in the plan of sol, solved under pol:
// model.Explain's scores, rules and alternatives, with the reasons the plan
// itself gives for the move (under a move budget they say what the budget
// decided: model.NoteBudget), so that explain and the page say the same.
func Explain(r *model.Roster, sol *pipeline.Solution, pol *model.Policy, i int) (*model.Explanation, error) {
	ex, err := model.Explain(r, sol.Elig, sol.Scores, sol.Result, pol, i)
	if err != nil {
		return nil, err
	}
	if sol.Plan != nil {
		for k := range sol.Plan.Moves {
			if sol.Plan.Moves[k].Official == i {
				ex.Move.Reasons = sol.Plan.Moves[k].Reasons
			}
		}
	}
	return ex, nil
}
