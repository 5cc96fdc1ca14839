package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/report"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// solution is one solve of a roster: the plan and what lies behind it
// (internal/pipeline defines both).
type solution = pipeline.Solution

// solveRoster runs the pipeline (internal/pipeline) on a loaded roster
// with the solver chosen by size: the plan of mutasi solve with the same
// roster and policy.
func solveRoster(ctx context.Context, r *model.Roster, pol *model.Policy) (*solution, error) {
	return pipeline.Solve(ctx, r, pol, pipeline.Options{})
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
	var in *pipeline.InputError
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
			len(cols), report.Plural(len(cols), "post", "posts"), list(cols, where),
			len(rows), report.Plural(len(rows), "official", "officials"), list(rows, who))
	}
	return fmt.Sprintf("infeasible: %d %s (%s) can only go to %d %s (%s): relax a pin, a forbid or a rule",
		len(rows), report.Plural(len(rows), "official", "officials"), list(rows, who),
		len(cols), report.Plural(len(cols), "place", "places"), list(cols, where))
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
