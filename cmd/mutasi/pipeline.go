package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/model"
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

// planFailure prints err as "mutasi: ..." lines in the language of the run
// and returns its exit code: 2 for usage and input errors, 3 for an
// infeasible problem (with the solver's rows and columns named as officials
// and posts), 1 otherwise. prefix, when not empty, says which scenario
// failed.
func planFailure(e *env, r *model.Roster, err error, prefix string) int {
	if prefix != "" {
		prefix += ": "
	}
	say := func(code int, text string) int {
		fmt.Fprintf(e.stderr, "mutasi: %s%s\n", prefix, text)
		return code
	}
	infeasible, isInfeasible := report.InfeasibleOf(r, err)
	var ue *usageError
	var in *pipeline.InputError
	var be *model.BudgetError
	switch {
	case isInfeasible:
		return say(exitInfeasible, infeasible.Text(e.lang))
	case errors.As(err, &be):
		return say(exitInfeasible, i18n.ErrorText(be, e.lang))
	case errors.As(err, &ue):
		return say(exitUsage, ue.Text(e.lang))
	case errors.As(err, &in):
		for _, line := range strings.Split(i18n.ErrorText(in.Err, e.lang), "\n") {
			say(exitUsage, strings.TrimPrefix(line, "model: "))
		}
		return exitUsage
	}
	return say(exitFailure, i18n.ErrorText(err, e.lang))
}

// startProgress shows on stderr that the step what runs (a message key or
// a Msg), while it runs long and stderr is a terminal (progress); the
// returned stop ends it.
func startProgress(e *env, what any) (stop func()) {
	p := newProgress(e, false)
	p.Task(msgText(e.lang, what))
	return p.Close
}

// msgText renders what, a message key or a Msg, in l.
func msgText(l i18n.Lang, what any) string {
	switch w := what.(type) {
	case i18n.Key:
		return l.T(w)
	case i18n.Msg:
		return w.Text(l)
	}
	return ""
}
