package pipeline

import (
	"context"
	"fmt"
	"slices"

	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// Next returns the k best plans after the solution's own, best first,
// ranked by Murty's method (solver.KBest) on the dense cost matrix, so that
// the ranking is as reproducible as the plan. A solution of the sparse path
// has no dense matrix: it is scored for the ranking. The plans are
// certified for their Murty subproblems only, so their Optimal flag is
// false; their objectives are computed from the scores like the best
// plan's.
func (s *Solution) Next(ctx context.Context, k int) ([]*model.Plan, error) {
	if k <= 0 {
		return nil, nil
	}
	sc := s.Scores
	if sc.Cost == nil {
		var err error
		if sc, err = model.Score(ctx, s.Roster, s.Elig, s.Policy); err != nil {
			return nil, fmt.Errorf("alternatives: %w", err)
		}
	}
	ranked, err := solver.KBest(sc.Cost, k+1, solver.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("alternatives: %w", err)
	}
	var out []*model.Plan
	for _, res := range ranked {
		if len(out) == k {
			break
		}
		// The first is the best plan itself or one of its ties: compare
		// rather than assume.
		if slices.Equal(res.RowCol, s.Result.RowCol) {
			continue
		}
		p, err := model.NewPlan(s.Roster, s.Elig, sc, res)
		if err != nil {
			return nil, fmt.Errorf("alternatives: %w", err)
		}
		out = append(out, p)
	}
	return out, nil
}
