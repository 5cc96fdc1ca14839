package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"

	"github.com/spf13/pflag"

	"github.com/mutasi-id/mutasi/model"
)

// denseLimitBytes is the size of the dense cost matrix (8 bytes per cell,
// n officials × (m posts + n release columns)) above which --solver auto
// takes the sparse path: 256 MiB. Measured on pooled rosters of m posts and
// 1.2·m officials (`mutasi bench` and `mutasi bench --sparse`, 8b44794 and
// f5750cb): at 1,000 and 2,000 posts (17 and 84 MB) the dense pipeline is
// faster (112 ms against 275 ms, 1.09 s against 1.19 s for the sparse solve
// alone), at 5,000 posts (528 MB) the sparse path is 2.9× faster (5.6 s
// against 16.3 s) and at 10,000 posts (2.1 GB) 3.5× (30.5 s against 106
// s), with a fraction of the memory. Both paths give the same plan (the tie
// rule, model.Canonical).
const denseLimitBytes = 256 << 20

// solverFlags are solve's --solver and --verbose.
type solverFlags struct {
	mode    string
	verbose bool
	k       int
	classes bool
	// needDense, when not empty, makes auto choose the dense path and
	// says why.
	needDense string
}

func addSolverFlags(fs *pflag.FlagSet) *solverFlags {
	f := &solverFlags{}
	fs.StringVar(&f.mode, "solver", "auto", use(i18n.FlagSolver))
	fs.BoolVar(&f.verbose, "verbose", false, use(i18n.FlagVerbose))
	fs.IntVar(&f.k, "candidates", model.DefaultSparseK, use(i18n.FlagCandidates))
	fs.BoolVar(&f.classes, "classes", true, use(i18n.FlagClasses))
	return f
}

// check validates the flags.
func (f *solverFlags) check() error {
	switch f.mode {
	case "auto", "dense", "sparse":
	default:
		return usagef(i18n.CLISolverWant, f.mode)
	}
	if f.k < 1 {
		return usagef(i18n.CLICandidatesWant, f.k)
	}
	return nil
}

// chooseSolver returns whether to take the sparse path for n officials and
// m posts, and why; needDense, when not empty, is why auto must stay dense
// (--alternatives).
func chooseSolver(mode string, n, m int, needDense string) (sparse bool, why string) {
	bytes := 8 * float64(n) * float64(m+n)
	size := fmt.Sprintf("%d officials × %d posts: the dense matrix is %d × %d, %.2f GB", n, m, n, m+n, bytes/1e9)
	switch mode {
	case "dense":
		return false, size + "; dense asked for"
	case "sparse":
		return true, size + "; sparse asked for"
	}
	if needDense != "" {
		return false, size + "; " + needDense
	}
	if bytes > denseLimitBytes {
		return true, fmt.Sprintf("%s, above the %.2f GB limit of --solver auto", size, float64(denseLimitBytes)/1e9)
	}
	return false, fmt.Sprintf("%s, within the %.2f GB limit of --solver auto", size, float64(denseLimitBytes)/1e9)
}

// solveRosterWith is solveRoster with the choice of solver. The sparse path
// (model.SolveSparse) never builds the dense matrix; its plan is certified
// through classes or by pricing, the tie rule (model.Canonical) chooses
// among the optimal plans exactly as on the dense path, and NewPlan
// re-checks the certificate on every pair (Scores.VerifyFull).
func solveRosterWith(ctx context.Context, e *env, r *model.Roster, pol *model.Policy, f *solverFlags) (*solution, bool, error) {
	sparse, why := chooseSolver(f.mode, len(r.Officials), len(r.Positions), f.needDense)
	if f.verbose {
		name := "dense"
		if sparse {
			name = "sparse"
		}
		fmt.Fprintf(e.stderr, "solver: %s (%s)\n", name, why)
	}
	if !sparse {
		sol, ts, err := solveRosterStats(ctx, r, pol)
		if err == nil && f.verbose {
			verboseTies(e, ts)
		}
		return sol, false, err
	}
	el, err := model.Evaluate(r, pol)
	if err != nil {
		return nil, true, &inputError{err}
	}
	ss, err := model.SolveSparse(ctx, r, el, pol, model.SparseOptions{K: f.k, NoClasses: !f.classes})
	if err != nil {
		return nil, true, fmt.Errorf("solve: %w", err)
	}
	if f.verbose {
		if c := ss.Classes; c != nil {
			fmt.Fprintf(e.stderr, "solver: %d posts in %d classes of identical posts (eselon, priority, competency standard, job family): %d capacitated solve(s) of %d officials × %d classes and release: %d augmentations, %d classes scanned, %d officials moved along paths\n",
				len(r.Positions), c.Classes, c.Solves, len(r.Officials), c.Classes, c.Stats.Augmentations, c.Stats.Scanned, c.Stats.Moves)
			if c.Unplaced > 0 {
				fmt.Fprintf(e.stderr, "solver: %d officials could not be handed a post at their class's cost; pricing rounds finish from the class solution\n", c.Unplaced)
			}
		}
		for k, rd := range ss.Rounds {
			fmt.Fprintf(e.stderr, "solver: round %d: %d candidate pairs, %d components, %d augmentations (%d released by the warm start, %d greedy, %d ARR steps), %d pairs added by pricing\n",
				k+1, rd.Pairs, rd.Stats.Components, rd.Stats.Augmentations, rd.Stats.Released, rd.Stats.Greedy, rd.Stats.ARR, rd.Added)
		}
		pairs := len(r.Officials) * (len(r.Positions) + 1)
		if len(ss.Rounds) == 0 {
			fmt.Fprintf(e.stderr, "solver: every post costs an official at least its class's least, on which the class potentials are feasible: optimal for all %d pairs (LP duality)\n", pairs)
		} else {
			fmt.Fprintf(e.stderr, "solver: no pair has a negative reduced cost (tolerance %.3g): optimal for all %d pairs (LP duality)\n", ss.Tol, pairs)
		}
	}
	res, ts, err := model.Canonical(ctx, ss.Scores, ss.Result)
	if err != nil {
		return nil, true, fmt.Errorf("ties: %w", err)
	}
	if f.verbose {
		verboseTies(e, ts)
	}
	// NewPlan re-checks the certificate on every pair (Scores.VerifyFull,
	// its Optimal); only a failure is checked again, for the message: the
	// check is a pass over 2 billion pairs at 50,000 × 40,000.
	p, err := model.NewPlan(r, el, ss.Scores, res)
	if err != nil {
		return nil, true, fmt.Errorf("plan: %w", err)
	}
	if !p.Optimal {
		err := ss.Scores.VerifyFull(res)
		if err == nil {
			err = errors.New("the plan is not certified optimal")
		}
		return nil, true, fmt.Errorf("certificate: %w", err)
	}
	return &solution{Elig: el, Scores: ss.Scores, Result: res, Plan: p}, true, nil
}

// verboseTies says on stderr what the tie rule did.
func verboseTies(e *env, ts model.TieStats) {
	fmt.Fprintf(e.stderr, "solver: ties: %d pairs of zero reduced cost; the fewest moves among the optimal plans: %d holders change post (the solver's plan: %d); canonical order: %d searches, %d officials placed otherwise\n",
		ts.Tight, ts.Moves, ts.MovesBefore, ts.Searches, ts.Changed)
}
