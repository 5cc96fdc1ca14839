package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

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

// inputError is a roster or policy that cannot be planned as given (a pin
// to an unknown post, two pins on one post, a bad weight): exit 2.
type inputError struct{ err error }

func (e *inputError) Error() string { return e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// solveRoster runs the pipeline on a loaded roster: the rules, the score,
// the exact solver, the certificate check, the tie rule (model.Canonical:
// among the optimal plans the one with the fewest moves, then the first in
// canonical order, the same on every path) and the plan. Errors of the
// rules and the score are *inputError; an infeasible problem comes back as
// a *solver.InfeasibleError (wrapped).
func solveRoster(ctx context.Context, r *model.Roster, pol *model.Policy) (*solution, error) {
	sol, _, err := solveRosterStats(ctx, r, pol)
	return sol, err
}

// solveRosterStats is solveRoster that also reports the tie stage (of the
// plan chosen, under a move budget).
func solveRosterStats(ctx context.Context, r *model.Roster, pol *model.Policy) (*solution, model.TieStats, error) {
	return solveBudgeted(ctx, r, pol, solveDense)
}

// solvePath solves the roster under a policy (its MovePenalty included) by
// one path: the dense matrix, or the sparse path.
type solvePath func(ctx context.Context, r *model.Roster, pol *model.Policy) (*solution, model.TieStats, error)

// tiedSolution is a solution and its tie stage, what the budget search
// keeps of each solve.
type tiedSolution struct {
	sol *solution
	ts  model.TieStats
}

// solveBudgeted solves the roster by path, and under the policy's move
// budget when it has one (model.SearchBudget: the penalty on moving found
// by bisection, exact at the breakpoints), setting the plan's Budget.
func solveBudgeted(ctx context.Context, r *model.Roster, pol *model.Policy, path solvePath) (*solution, model.TieStats, error) {
	if !pol.Rules.MoveBudget {
		return path(ctx, r, pol)
	}
	base, ts, err := path(ctx, r, pol)
	if err != nil {
		return nil, ts, err
	}
	solve := budgetSolve(r, pol, path, base, ts)
	got, b, err := model.SearchBudget(ctx, pol.Rules.MaxMoves, len(r.Officials), base.Scores.ForcedMoves(), ts.Scale, solve)
	if err != nil {
		return nil, ts, err
	}
	got.sol.Plan.Budget = &b
	return got.sol, got.ts, nil
}

// budgetSolve is the search's solve at a penalty on moving: the roster by
// path under the policy with that MovePenalty (base is the solve at 0).
func budgetSolve(r *model.Roster, pol *model.Policy, path solvePath, base *solution, baseTS model.TieStats) model.BudgetSolve[tiedSolution] {
	return func(ctx context.Context, penalty float64) (model.BudgetPoint, tiedSolution, error) {
		sol, ts := base, baseTS
		if penalty != pol.MovePenalty {
			p := pol.Clone()
			p.MovePenalty = penalty
			var err error
			if sol, ts, err = path(ctx, r, p); err != nil {
				return model.BudgetPoint{}, tiedSolution{}, err
			}
		}
		return model.BudgetPoint{Penalty: penalty, Moves: ts.Moves, Objective: sol.Plan.Objective,
			Dual: sol.Scores.CertifiedBound(sol.Result, ts.Tol)}, tiedSolution{sol, ts}, nil
	}
}

// solveDense is the dense path: the rules, the score, solver.Solve, the
// tie rule and the plan.
func solveDense(ctx context.Context, r *model.Roster, pol *model.Policy) (*solution, model.TieStats, error) {
	var ts model.TieStats
	el, err := model.Evaluate(r, pol)
	if err != nil {
		return nil, ts, &inputError{err}
	}
	sc, err := model.Score(ctx, r, el, pol)
	if err != nil {
		return nil, ts, &inputError{err}
	}
	res, err := solver.Solve(sc.Cost, solver.WithContext(ctx))
	if err != nil {
		return nil, ts, fmt.Errorf("solve: %w", err)
	}
	// Canonical checks the solver's certificate on every pair before it
	// chooses among the ties, and the plan's against the same duals.
	res, ts, err = model.Canonical(ctx, sc, res)
	if err != nil {
		return nil, ts, fmt.Errorf("ties: %w", err)
	}
	p, err := model.NewPlan(r, el, sc, res)
	if err != nil {
		return nil, ts, fmt.Errorf("plan: %w", err)
	}
	return &solution{Elig: el, Scores: sc, Result: res, Plan: p}, ts, nil
}

// planFailure prints err as "mutasi: ..." lines and returns its exit code:
// 2 for usage and input errors, 3 for an infeasible problem (with the
// solver's rows and columns named as officials and posts), 1 otherwise.
// prefix, when not empty, says which scenario failed.
func planFailure(e *env, r *model.Roster, err error, prefix string) int {
	if prefix != "" {
		prefix += ": "
	}
	var ie *solver.InfeasibleError
	var ue *usageError
	var in *inputError
	var be *model.BudgetError
	switch {
	case errors.As(err, &ie):
		return fail(e, exitInfeasible, "%s%s", prefix, infeasibleMessage(r, ie))
	case errors.As(err, &be):
		return fail(e, exitInfeasible, "%s%v", prefix, be)
	case errors.As(err, &ue):
		return fail(e, exitUsage, "%s%v", prefix, ue)
	case errors.As(err, &in):
		for _, line := range strings.Split(in.Error(), "\n") {
			fail(e, exitUsage, "%s%s", prefix, strings.TrimPrefix(line, "model: "))
		}
		return exitUsage
	}
	return fail(e, exitFailure, "%s%v", prefix, err)
}

// infeasibleMessage words a Hall violator of the cost matrix of model.Score
// (rows are officials; columns are the posts, then one release column per
// official) as officials and posts, so that the user knows which pins,
// forbids or rules to relax.
func infeasibleMessage(r *model.Roster, ie *solver.InfeasibleError) string {
	rows, cols := ie.Rows, ie.Cols
	if ie.Transposed {
		rows, cols = cols, rows
	}
	m := len(r.Positions)
	who := func(i int) string {
		if i >= 0 && i < len(r.Officials) {
			return r.Officials[i].NIP.Raw + " " + r.Officials[i].Name
		}
		return fmt.Sprintf("row %d", i)
	}
	where := func(j int) string {
		switch {
		case j >= 0 && j < m:
			return r.Positions[j].ID
		case j >= m && j-m < len(r.Officials):
			return "release of " + r.Officials[j-m].NIP.Raw
		}
		return fmt.Sprintf("column %d", j)
	}
	list := func(xs []int, f func(int) string) string {
		const most = 10
		var parts []string
		for k, x := range xs {
			if k == most {
				parts = append(parts, fmt.Sprintf("and %d more", len(xs)-most))
				break
			}
			parts = append(parts, f(x))
		}
		if len(parts) == 0 {
			return "none"
		}
		return strings.Join(parts, ", ")
	}
	if ie.Transposed {
		return fmt.Sprintf("infeasible: %d %s (%s) can only be taken by %d %s (%s): relax a pin, a forbid or a rule",
			len(cols), rosterPlural(len(cols), "post", "posts"), list(cols, where),
			len(rows), rosterPlural(len(rows), "official", "officials"), list(rows, who))
	}
	return fmt.Sprintf("infeasible: %d %s (%s) can only go to %d %s (%s): relax a pin, a forbid or a rule",
		len(rows), rosterPlural(len(rows), "official", "officials"), list(rows, who),
		len(cols), rosterPlural(len(cols), "place", "places"), list(cols, where))
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressDelay is how long a step runs before progress is shown.
const progressDelay = time.Second

// startProgress prints "mutasi: what…" on stderr when the step takes longer
// than progressDelay and stderr is a terminal; the returned stop ends the
// line. Output to a file or a pipe never gets progress.
func startProgress(e *env, what string) (stop func()) {
	if !isTerminal(e.stderr) {
		return func() {}
	}
	var mu sync.Mutex
	shown, done := false, false
	start := time.Now()
	t := time.AfterFunc(progressDelay, func() {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			shown = true
			fmt.Fprintf(e.stderr, "mutasi: %s…", what)
		}
	})
	return func() {
		t.Stop()
		mu.Lock()
		defer mu.Unlock()
		done = true
		if shown {
			fmt.Fprintf(e.stderr, " %.1f s\n", time.Since(start).Seconds())
		}
	}
}
