package main

import (
	"context"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"io"
	"time"

	mutasi "github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
	"github.com/spf13/pflag"
)

// outputFlags are the output flags of solve: --format, --out, --all,
// --csv-sep (--lang is every command's).
type outputFlags struct {
	planOutput
	out    string
	csvSep string
}

// addOutputFlags registers the output flags; format describes --format
// (its values).
func addOutputFlags(fs *pflag.FlagSet, format i18n.Key, lampiran bool) *outputFlags {
	o := &outputFlags{}
	fs.StringVar(&o.format, "format", "table", use(format))
	fs.StringVarP(&o.out, "out", "o", "-", use(i18n.FlagOut))
	if lampiran {
		fs.BoolVar(&o.all, "all", false, use(i18n.FlagAll))
		fs.StringVar(&o.csvSep, "csv-sep", "", use(i18n.FlagCSVSep))
	}
	return o
}

// defaultDate is the plan date without --date: the sample's own date for
// the embedded sample, today for the user's files.
func defaultDate(rf *rosterFlags) time.Time {
	if rf.sample() {
		if d, err := model.ParseDate(mutasi.SampleDate); err == nil {
			return d
		}
	}
	return today()
}

// planSetup builds the policy at the right default date and loads the
// roster at the policy's date. It returns nil and the exit code (with the
// message printed) when either fails.
func planSetup(e *env, rf *rosterFlags, sf *scoringFlags) (*model.Roster, *model.Policy, int) {
	sf.sample = rf.sample()
	pol, err := sf.build(defaultDate(rf))
	if err != nil {
		return nil, nil, planFailure(e, nil, err, "")
	}
	r, code := rf.load(e, pol.Date)
	if r == nil {
		return nil, nil, code
	}
	return r, pol, exitOK
}

// rosterInputs lists the files a command reads, which --out may not name.
func rosterInputs(rf *rosterFlags, sf *scoringFlags) []string {
	return append(rf.files(), sf.policy)
}

func runSolve(e *env, args []string) int {
	fs := newFlags(e, "solve")
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	sf.addDecreeFlag(fs)
	of := addOutputFlags(fs, i18n.FlagSolveFormat, true)
	nalt := fs.Int("alternatives", 0, use(i18n.FlagAlternatives))
	slv := addSolverFlags(fs) // helper J: --solver, --verbose, --candidates (solver_choice.go)
	if code, done := parseFlags(e, fs, i18n.HelpSolve, args); done {
		return code
	}
	of.lang = e.lang
	if err := slv.check(); err != nil {
		return failErr(e, exitUsage, err)
	}
	if *nalt < 0 || *nalt > maxAlternatives {
		return fail(e, exitUsage, i18n.CLIAlternativesRange, *nalt, maxAlternatives)
	}
	if *nalt > 0 && of.format != "table" && of.format != "json" {
		return fail(e, exitUsage, i18n.CLIAlternativesFormat)
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, i18n.CLIUnexpectedArg, "solve", fs.Arg(0))
	}
	if sf.printPolicy {
		sf.sample = rf.sample()
		pol, err := sf.build(defaultDate(rf))
		if err == nil {
			err = checkOutPath(of.out, sf.policy)
		}
		if err == nil {
			err = writeOutput(e, of.out, func(w io.Writer) error { return policyfile.Write(w, pol) })
		}
		if err != nil {
			return planFailure(e, nil, err, "")
		}
		return exitOK
	}
	if err := checkPlanOutput(&of.planOutput, of.out, of.csvSep, planFormats); err != nil {
		return planFailure(e, nil, err, "")
	}
	if err := checkOutPath(of.out, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, "")
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	stop := startProgress(e, i18n.CLIProgressPlanning)
	sol, err := solveRosterWith(context.Background(), e, r, pol, slv)
	stop()
	if err != nil {
		return planFailure(e, r, err, "")
	}
	of.outside = outsidePosts(r)
	of.decree = pol.Decree
	var alts []*model.Plan
	if *nalt > 0 {
		stop := startProgress(e, i18n.CLIProgressRanking)
		alts, err = sol.Next(context.Background(), *nalt)
		stop()
		if err != nil {
			return failErr(e, exitFailure, err)
		}
	}
	if err := writeOutput(e, of.out, func(w io.Writer) error { return writePlan(w, sol.Plan, alts, of.planOutput) }); err != nil {
		return failErr(e, exitFailure, err)
	}
	return exitOK
}
