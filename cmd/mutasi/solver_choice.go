package main

import (
	"context"
	"fmt"
	"io"

	"github.com/mutasi-id/mutasi/internal/i18n"

	"github.com/spf13/pflag"

	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
)

// solverFlags are solve's --solver and --verbose.
type solverFlags struct {
	mode    string
	verbose bool
	quiet   bool
	k       int
	classes bool
	// prog shows the solves' progress (nil: none).
	prog *progress
}

func addSolverFlags(fs *pflag.FlagSet) *solverFlags {
	f := &solverFlags{}
	fs.StringVar(&f.mode, "solver", "auto", use(i18n.FlagSolver))
	fs.BoolVar(&f.verbose, "verbose", false, use(i18n.FlagVerbose))
	fs.BoolVarP(&f.quiet, "quiet", "q", false, use(i18n.FlagQuiet))
	fs.IntVar(&f.k, "candidates", model.DefaultSparseK, use(i18n.FlagCandidates))
	fs.BoolVar(&f.classes, "classes", true, use(i18n.FlagClasses))
	return f
}

// startProgress starts the progress of a command that solves (none with
// --quiet); the returned stop ends it.
func (f *solverFlags) startProgress(e *env) (stop func()) {
	f.prog = newProgress(e, f.quiet)
	return f.prog.Close
}

// task says on the progress line what the command does now: a message key
// or a Msg, rendered in e's language.
func (f *solverFlags) task(e *env, what any) {
	if f.prog != nil {
		f.prog.Task(msgText(e.lang, what))
	}
}

// defaultSolverFlags are the solver flags' defaults: auto, quiet.
func defaultSolverFlags() *solverFlags {
	return &solverFlags{mode: "auto", k: model.DefaultSparseK, classes: true}
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

// options returns the pipeline's options for these flags.
func (f *solverFlags) options() pipeline.Options {
	mode, _ := pipeline.ParseMode(f.mode) // checked by check
	return pipeline.Options{Mode: mode, NoClasses: !f.classes, Candidates: f.k}
}

// solveRosterWith is solveRoster with the choice of solver of the flags;
// with --verbose it says on stderr how the solve went.
func solveRosterWith(ctx context.Context, e *env, r *model.Roster, pol *model.Policy, f *solverFlags) (*solution, error) {
	return f.solve(ctx, e, r, pol, nil, "")
}

// solve runs the pipeline with the flags' solver, starting from the earlier
// solution from when not nil (a scenario, a sweep step, a re-solve of
// explain); with --verbose it says on stderr how the solve went, each line
// after "solver: " and label (when not empty).
func (f *solverFlags) solve(ctx context.Context, e *env, r *model.Roster, pol *model.Policy, from *solution, label string) (*solution, error) {
	return f.solveWith(ctx, e, r, pol, pipeline.Options{From: from}, label)
}

// solveWith is solve with the pipeline's From, Brief and NoAlternatives
// taken from o.
func (f *solverFlags) solveWith(ctx context.Context, e *env, r *model.Roster, pol *model.Policy, o pipeline.Options, label string) (*solution, error) {
	return f.solveTo(ctx, e.stderr, e, r, pol, o, label)
}

// solveTo is solveWith with the --verbose account written to w (a buffer,
// for solves that run side by side).
func (f *solverFlags) solveTo(ctx context.Context, w io.Writer, e *env, r *model.Roster, pol *model.Policy, o pipeline.Options, label string) (*solution, error) {
	opt := f.options()
	opt.From, opt.Brief, opt.NoAlternatives, opt.Progress = o.From, o.Brief, o.NoAlternatives, f.prog.hook()
	prefix := e.lang.T(i18n.VerboseTag) + ": "
	if label != "" {
		prefix += label + ": "
	}
	if f.verbose {
		fmt.Fprintf(w, "%s%s\n", prefix, pipeline.Choose(opt.Mode, len(r.Officials), len(r.Positions)).Text(e.lang))
	}
	sol, err := pipeline.Solve(ctx, r, pol, opt)
	if err == nil && f.verbose {
		sol.WriteVerbose(w, prefix, e.lang)
	}
	return sol, err
}
