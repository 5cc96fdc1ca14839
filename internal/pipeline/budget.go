package pipeline

import (
	"context"

	"github.com/mutasi-id/mutasi/model"
)

// solveBudget is Solve under the policy's move budget: the plan of the
// breakpoint of the price of a move that brackets the budget
// (model.SearchBudget), each price solved by the pipeline with the same
// options, the budget's report set on the plan. The solution's Policy is
// the one the plan was solved under (its MovePenalty set).
func solveBudget(ctx context.Context, r *model.Roster, pol *model.Policy, opt Options) (*Solution, error) {
	free := pol.Clone()
	free.Rules.MoveBudget = false
	base, err := solveOnce(ctx, r, free, opt)
	if err != nil {
		return nil, err
	}
	s, b, err := model.SearchBudget(ctx, pol.Rules.MaxMoves, len(r.Officials), base.Scores.ForcedMoves(),
		base.Stats.Ties.Scale, penaltySolve(r, free, opt, base))
	if err != nil {
		return nil, err
	}
	s.Plan.Budget = &b
	model.NoteBudget(s.Plan, base.Plan)
	return s, nil
}

// penaltySolve is the budget searches' solve at a price of a move: the
// roster by the pipeline under pol with that MovePenalty (base is the
// solve at pol's own), each started from base (Options.From: the price
// changes the costs of the holders' moves only).
func penaltySolve(r *model.Roster, pol *model.Policy, opt Options, base *Solution) model.BudgetSolve[*Solution] {
	warm := opt
	warm.From = base
	return func(ctx context.Context, penalty float64) (model.BudgetPoint, *Solution, error) {
		s := base
		if penalty != pol.MovePenalty {
			p := pol.Clone()
			p.MovePenalty = penalty
			var err error
			if s, err = solveOnce(ctx, r, p, warm); err != nil {
				return model.BudgetPoint{}, nil, err
			}
		}
		ts := s.Stats.Ties
		return model.BudgetPoint{Penalty: penalty, Moves: ts.Moves, Objective: s.Plan.Objective,
			Dual: s.Scores.CertifiedBound(s.Result, ts.Tol)}, s, nil
	}
}

// Frontier returns the frontier between the number of moves and the
// objective of roster r under pol (its move budget set aside): every plan
// no other plan beats on both, most moves first (model.Frontier), each
// solved by the pipeline with opt. Solves counts the solves it took.
func Frontier(ctx context.Context, r *model.Roster, pol *model.Policy, opt Options) (points []model.FrontierPoint[*Solution], forced, solves int, err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	free := pol.Clone()
	free.Rules.MoveBudget = false
	base, err := solveOnce(ctx, r, free, opt)
	if err != nil {
		return nil, 0, 0, err
	}
	inner := penaltySolve(r, free, opt, base)
	count := func(ctx context.Context, penalty float64) (model.BudgetPoint, *Solution, error) {
		solves++
		return inner(ctx, penalty)
	}
	fm := base.Scores.ForcedMoves()
	points, err = model.Frontier(ctx, len(r.Officials), fm, base.Stats.Ties.Scale, count)
	return points, len(fm), solves, err
}
