package main

import (
	"context"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"
	"io"
	"slices"
	"strings"
	"time"

	mutasi "github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
	"github.com/spf13/pflag"
)

// maxAlternatives bounds --alternatives.
const maxAlternatives = 10

// checkPlanOutput validates --format, --csv-sep and --out together and
// fills the defaults: a CSV separated by ';' in Indonesian (what Excel in
// an Indonesian locale opens in columns), by ',' in English. JSON keys
// never change with the language.
func checkPlanOutput(o *report.Options, out, csvSep string, formats []string) error {
	if err := checkFormat(o.Format, formats); err != nil {
		return err
	}
	sep, err := report.ParseCSVSep(csvSep, o.Lang)
	if err != nil {
		return usagef(i18n.CLIError, err)
	}
	if csvSep != "" && o.Format != "csv" {
		return usagef(i18n.CLICSVSepFormat)
	}
	o.CSVSep = sep
	switch {
	case o.Format == "xlsx" && (out == "" || out == "-"):
		return usagef(i18n.CLIXLSXStdout)
	case o.Format == "pdf" && (out == "" || out == "-"):
		return usagef(i18n.CLIPDFStdout)
	}
	return nil
}

// checkFormat refuses a --format that is not one of formats.
func checkFormat(format string, formats []string) error {
	if slices.Contains(formats, format) {
		return nil
	}
	return usagef(i18n.CLIFormatWant, format, strings.Join(formats, ", "))
}

// outputFlags are the output flags of solve: --format, --out, --all,
// --csv-sep (--lang is every command's).
type outputFlags struct {
	report.Options
	out    string
	csvSep string
}

// addOutputFlags registers the output flags; format describes --format
// (its values).
func addOutputFlags(fs *pflag.FlagSet, format i18n.Key, lampiran bool) *outputFlags {
	o := &outputFlags{}
	fs.StringVar(&o.Format, "format", "table", use(format))
	fs.StringVarP(&o.out, "out", "o", "-", use(i18n.FlagOut))
	if lampiran {
		fs.BoolVar(&o.All, "all", false, use(i18n.FlagAll))
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
	of.Lang = e.lang
	if err := slv.check(); err != nil {
		return failErr(e, exitUsage, err)
	}
	if *nalt < 0 || *nalt > maxAlternatives {
		return fail(e, exitUsage, i18n.CLIAlternativesRange, *nalt, maxAlternatives)
	}
	if *nalt > 0 && of.Format != "table" && of.Format != "json" {
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
			err = writeOutput(e, of.out, func(w io.Writer) error { return policyfile.Write(w, pol, e.lang) })
		}
		if err != nil {
			return planFailure(e, nil, err, "")
		}
		return exitOK
	}
	if err := checkPlanOutput(&of.Options, of.out, of.csvSep, report.PlanFormats); err != nil {
		return planFailure(e, nil, err, "")
	}
	if err := checkOutPath(of.out, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, "")
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	stop := slv.startProgress(e)
	defer stop()
	slv.task(e, i18n.CLIProgressPlanning)
	sol, err := solveRosterWith(context.Background(), e, r, pol, slv)
	if err != nil {
		stop()
		return planFailure(e, r, err, "")
	}
	of.Outside = report.OutsidePosts(r)
	of.Decree = pol.Decree
	var alts []*model.Plan
	if *nalt > 0 {
		slv.task(e, i18n.CLIProgressRanking)
		alts, err = sol.Next(context.Background(), *nalt)
		if err != nil {
			stop()
			return failErr(e, exitFailure, err)
		}
	}
	slv.task(e, i18n.M(i18n.CLIProgressWriting, of.Format))
	if err := writeOutput(e, of.out, func(w io.Writer) error { return report.WritePlan(w, sol.Plan, alts, of.Options) }); err != nil {
		return failErr(e, exitFailure, err)
	}
	return exitOK
}
