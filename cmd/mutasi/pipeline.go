package main

import (
	"context"
	"errors"
	"fmt"
	"math"
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

// solveRoster runs the pipeline of DESIGN.md on a loaded roster: the rules,
// the score, the exact solver, the certificate check and the plan. Errors of
// the rules and the score are *inputError; an infeasible problem comes back
// as a *solver.InfeasibleError (wrapped).
func solveRoster(ctx context.Context, r *model.Roster, pol *model.Policy) (*solution, error) {
	return solveRosterNear(ctx, r, pol, nil)
}

// nearRelTol is the size, relative to the largest cost, of the bonus that
// solveRosterNear gives to the pairs of the plan it stays near, and
// canonRelTol the largest tie-breaking penalty of canonicalTies. Together
// they stay far below the certificate's tolerance (solver.VerifyRelTol), so
// that the plan is optimal for the unperturbed costs within that tolerance;
// nearRelTol exceeds 2·canonRelTol, so that staying near the base plan
// always wins over the canonical order.
const (
	nearRelTol  = solver.VerifyRelTol / 10
	canonRelTol = solver.VerifyRelTol / 25
)

// solveRosterNear is solveRoster that, among the optimal plans, prefers the
// one closest to near (when not nil): every pair near uses gets a bonus too
// small to change the optimum but enough to break ties. Without it a
// scenario that changes nothing of substance (a pin to the post the official
// already gets) would show every tie broken another way as a difference.
// Remaining ties are broken by canonicalTies.
func solveRosterNear(ctx context.Context, r *model.Roster, pol *model.Policy, near *model.Plan) (*solution, error) {
	el, err := model.Evaluate(r, pol)
	if err != nil {
		return nil, &inputError{err}
	}
	sc, err := model.Score(ctx, r, el, pol)
	if err != nil {
		return nil, &inputError{err}
	}
	canonicalTies(sc, r)
	if near != nil {
		nearBonus(sc, r, near)
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

// canonicalTies adds to every finite cost a penalty of at most canonRelTol
// times the largest finite cost, drawn from a hash of the official's NIP and
// the post's id (or "release"). The score has many exact ties (two posts of
// one priority that an official fits fully score the same), and without
// this the plan among them would depend on the solver's path and on the
// order of the roster's rows; with it the plan is the same whatever the
// solver version or the row order, so that goldens, lampiran and whatif
// comparisons stay put. The perturbed matrix is what the certificate is
// checked against: it differs from the score by far less than the
// certificate's tolerance. O(n·(m+n)).
func canonicalTies(sc *model.Scores, r *model.Roster) {
	rows, cols := sc.Cost.Dims()
	scale := costScale(sc)
	if scale == 0 {
		return
	}
	step := canonRelTol * scale / 256
	m := len(r.Positions)
	hp := make([]uint64, cols)
	for j := range cols {
		if j < m {
			hp[j] = tieHash(r.Positions[j].ID)
		} else {
			hp[j] = tieHash("\x00release")
		}
	}
	for i := range rows {
		hi := tieHash(r.Officials[i].NIP.Raw)
		row := sc.Cost.RawRowView(i)
		for j, v := range row {
			if math.IsInf(v, 0) {
				continue
			}
			x := (hi ^ hp[j]) * 0x9e3779b97f4a7c15
			x ^= x >> 29
			x *= 0xbf58476d1ce4e5b9
			row[j] = v + step*float64(1+(x>>56))
		}
	}
}

// tieHash is FNV-1a of s: stable across runs and versions, unlike maphash.
func tieHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for k := 0; k < len(s); k++ {
		h ^= uint64(s[k])
		h *= 1099511628211
	}
	return h
}

// costScale is the largest magnitude of a finite cost.
func costScale(sc *model.Scores) float64 {
	rows, _ := sc.Cost.Dims()
	scale := 0.0
	for i := range rows {
		for _, v := range sc.Cost.RawRowView(i) {
			if !math.IsInf(v, 0) {
				scale = max(scale, math.Abs(v))
			}
		}
	}
	return scale
}

// nearBonus lowers, in place, the cost of each finite pair that near
// assigns by nearRelTol times the largest finite cost, and returns the
// function that restores them. Columns: the posts, then one release column
// per official (model.Score).
func nearBonus(sc *model.Scores, r *model.Roster, near *model.Plan) (undo func()) {
	rows, cols := sc.Cost.Dims()
	eps := nearRelTol * costScale(sc)
	if eps == 0 {
		return func() {}
	}
	posts, offs := r.PositionIndex(), r.OfficialIndex()
	type cell struct {
		i, j int
		v    float64
	}
	var saved []cell
	m := len(r.Positions)
	for k := range near.Moves {
		mv := &near.Moves[k]
		i, ok := offs[mv.NIP]
		if !ok {
			continue
		}
		j := m + i
		if mv.To != nil {
			if j, ok = posts[mv.To.ID]; !ok {
				continue
			}
		}
		if i >= rows || j >= cols {
			continue
		}
		if v := sc.Cost.At(i, j); !math.IsInf(v, 0) {
			saved = append(saved, cell{i, j, v})
			sc.Cost.Set(i, j, v-eps)
		}
	}
	return func() {
		for _, c := range saved {
			sc.Cost.Set(c.i, c.j, c.v)
		}
	}
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
	switch {
	case errors.As(err, &ie):
		return fail(e, exitInfeasible, "%s%s", prefix, infeasibleMessage(r, ie))
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
