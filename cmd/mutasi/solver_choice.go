package main

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/mutasi-id/mutasi/model"
)

// denseLimitBytes is the size of the dense cost matrix (8 bytes per cell,
// n officials × (m posts + n release columns)) above which --solver auto
// takes the sparse path: 4 GiB. Below it the dense solver is faster on the
// generated rosters (docs/sparse.md has the figures) and builds the plan
// with the canonical tie-breaking of the other commands; above it the dense
// matrix, its working copies and the scoring buffers no longer fit
// comfortably on an ordinary 8–16 GB machine.
const denseLimitBytes = 4 << 30

// solverFlags are solve's --solver and --verbose.
type solverFlags struct {
	mode    string
	verbose bool
	k       int
}

func addSolverFlags(fs *pflag.FlagSet) *solverFlags {
	f := &solverFlags{}
	fs.StringVar(&f.mode, "solver", "auto", "`SOLVER`: dense, sparse (candidates with certified pricing) or auto (sparse when the dense matrix would exceed 4 GiB)")
	fs.BoolVar(&f.verbose, "verbose", false, "say on stderr which solver was used and why, and the pricing rounds")
	fs.IntVar(&f.k, "candidates", model.DefaultSparseK, "`K` best posts per official the sparse solver starts from")
	return f
}

// check validates the flags.
func (f *solverFlags) check() error {
	switch f.mode {
	case "auto", "dense", "sparse":
	default:
		return fmt.Errorf("--solver %q: want auto, dense or sparse", f.mode)
	}
	if f.k < 1 {
		return fmt.Errorf("--candidates %d: want at least 1", f.k)
	}
	return nil
}

// chooseSolver returns whether to take the sparse path for n officials and
// m posts, and why.
func chooseSolver(mode string, n, m int) (sparse bool, why string) {
	bytes := 8 * float64(n) * float64(m+n)
	size := fmt.Sprintf("%d officials × %d posts: the dense matrix is %d × %d, %.2f GB", n, m, n, m+n, bytes/1e9)
	switch mode {
	case "dense":
		return false, size + "; dense asked for"
	case "sparse":
		return true, size + "; sparse asked for"
	}
	if bytes > denseLimitBytes {
		return true, fmt.Sprintf("%s, above the %.2f GB limit of --solver auto", size, float64(denseLimitBytes)/1e9)
	}
	return false, fmt.Sprintf("%s, within the %.2f GB limit of --solver auto", size, float64(denseLimitBytes)/1e9)
}

// solveRosterWith is solveRoster with the choice of solver. The sparse path
// (model.SolveSparse) never builds the dense matrix; its plan is certified
// by pricing and re-checked row by row (Scores.VerifyFull). It does not
// apply canonicalTies (that needs the matrix), so among tied optimal plans
// it may pick another one than the dense path; the objective is the same.
func solveRosterWith(ctx context.Context, e *env, r *model.Roster, pol *model.Policy, f *solverFlags) (*solution, bool, error) {
	sparse, why := chooseSolver(f.mode, len(r.Officials), len(r.Positions))
	if f.verbose {
		name := "dense"
		if sparse {
			name = "sparse"
		}
		fmt.Fprintf(e.stderr, "solver: %s (%s)\n", name, why)
	}
	if !sparse {
		sol, err := solveRoster(ctx, r, pol)
		return sol, false, err
	}
	el, err := model.Evaluate(r, pol)
	if err != nil {
		return nil, true, &inputError{err}
	}
	ss, err := model.SolveSparse(ctx, r, el, pol, model.SparseOptions{K: f.k})
	if err != nil {
		return nil, true, fmt.Errorf("solve: %w", err)
	}
	if f.verbose {
		for k, rd := range ss.Rounds {
			fmt.Fprintf(e.stderr, "solver: round %d: %d candidate pairs, %d components, %d augmentations (%d released by the warm start, %d greedy, %d ARR steps), %d pairs added by pricing\n",
				k+1, rd.Pairs, rd.Stats.Components, rd.Stats.Augmentations, rd.Stats.Released, rd.Stats.Greedy, rd.Stats.ARR, rd.Added)
		}
		fmt.Fprintf(e.stderr, "solver: no pair has a negative reduced cost (tolerance %.3g): optimal for all %d pairs (LP duality)\n",
			ss.Tol, len(r.Officials)*(len(r.Positions)+1))
	}
	if err := ss.Scores.VerifyFull(ss.Result); err != nil {
		return nil, true, fmt.Errorf("certificate: %w", err)
	}
	p, err := model.NewPlan(r, el, ss.Scores, ss.Result)
	if err != nil {
		return nil, true, fmt.Errorf("plan: %w", err)
	}
	return &solution{Elig: el, Scores: ss.Scores, Result: ss.Result, Plan: p}, true, nil
}
