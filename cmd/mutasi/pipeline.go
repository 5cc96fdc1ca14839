package main

import (
	"context"
	"fmt"

	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// solution is everything one solve of a roster produces, kept together so
// that explain and whatif can look behind the plan.
type solution struct {
	Elig   *model.Eligibility
	Scores *model.Scores
	Result *solver.Result
	Plan   *model.Plan
}

// solveRoster runs the pipeline of DESIGN.md on a loaded roster: the rules,
// the score, the exact solver, the certificate check and the plan. An
// infeasible problem comes back as a *solver.InfeasibleError (wrapped).
func solveRoster(ctx context.Context, r *model.Roster, pol *model.Policy) (*solution, error) {
	el, err := model.Evaluate(r, pol)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	sc, err := model.Score(ctx, r, el, pol)
	if err != nil {
		return nil, fmt.Errorf("score: %w", err)
	}
	res, err := solver.Solve(sc.Cost, solver.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("solve: %w", err)
	}
	if err := solver.Verify(sc.Cost, res); err != nil {
		return nil, fmt.Errorf("certificate: %w", err)
	}
	p, err := model.NewPlan(r, el, sc, res)
	if err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	return &solution{Elig: el, Scores: sc, Result: res, Plan: p}, nil
}
