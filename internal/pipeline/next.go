package pipeline

import (
	"context"
	"fmt"

	"github.com/mutasi-id/mutasi/model"
)

// Next returns the k best plans after the solution's own, best first:
// Murty's ranking over the classes of identical posts (model.NextPlans),
// so that each is a distinct plan, not a renaming of identical posts of
// another, and the same on every path. Plans that score as much as the best
// are listed too (ties). The plans are certified for their subproblems
// only, so their Optimal flag is false; their objectives are computed from
// the scores like the best plan's.
func (s *Solution) Next(ctx context.Context, k int) ([]*model.Plan, error) {
	if k <= 0 {
		return nil, nil
	}
	ranked, err := model.NextPlans(ctx, s.Roster, s.Elig, s.Scores, s.Result, k)
	if err != nil {
		return nil, fmt.Errorf("alternatives: %w", err)
	}
	out := make([]*model.Plan, 0, len(ranked))
	for _, res := range ranked {
		// Without each move's alternatives: the ranked plan's duals do not
		// prove them (model.PlanOptions.NoAlternatives).
		p, err := model.NewPlanWith(s.Roster, s.Elig, s.Scores, res, model.PlanOptions{NoAlternatives: true})
		if err != nil {
			return nil, fmt.Errorf("alternatives: %w", err)
		}
		out = append(out, p)
	}
	return out, nil
}
