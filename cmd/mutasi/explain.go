package main

import (
	"context"
	"io"
	"strings"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/model"
)

func runExplain(e *env, args []string) int {
	fs := newFlags(e, "explain")
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	fs.MarkHidden("print-policy") // solve's
	of := addOutputFlags(fs, i18n.FlagTableJSONFormat, false)
	detail := fs.Bool("detail", false, use(i18n.FlagDetail))
	slv := addSolverFlags(fs)
	if code, done := parseFlags(e, fs, i18n.HelpExplain, args); done {
		return code
	}
	if err := slv.check(); err != nil {
		return failErr(e, exitUsage, err)
	}
	if fs.NArg() != 1 {
		return fail(e, exitUsage, i18n.CLIExplainOneNIP)
	}
	nip := strings.ReplaceAll(fs.Arg(0), " ", "")
	if err := checkFormat(of.Format, []string{"table", "json"}); err != nil {
		return failErr(e, exitUsage, err)
	}
	if sf.printPolicy {
		return fail(e, exitUsage, i18n.CLIPrintPolicySolve, "explain")
	}
	if err := checkOutPath(of.out, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, "")
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	i, ok := r.OfficialIndex()[nip]
	if !ok {
		return fail(e, exitUsage, i18n.CLIExplainUnknownNIP, fs.Arg(0))
	}
	stop := slv.startProgress(e)
	slv.task(e, i18n.CLIProgressExplain)
	// The plan without each move's alternatives: the explanation computes
	// the official's own from the scores, and reads only their reasons.
	sol, err := slv.solveWith(context.Background(), e, r, pol, pipeline.Options{NoAlternatives: true}, "")
	if err != nil {
		stop()
		return planFailure(e, r, err, "")
	}
	ex, err := analysis.Explain(r, sol, pol, i)
	if err != nil {
		stop()
		return failErr(e, exitFailure, err)
	}
	slv.task(e, i18n.CLIProgressRanges)
	// Brief plans: the ranges compare them, and print none.
	resolve := func(ctx context.Context, p *model.Policy) (*solution, error) {
		return slv.solveWith(ctx, e, r, p, pipeline.Options{From: sol, Brief: true}, e.lang.T(i18n.VerboseResolving))
	}
	ranges, err := analysis.CheckRanges(context.Background(), r, pol, sol, i, resolve)
	stop()
	if err != nil {
		return planFailure(e, r, err, "")
	}
	write := func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, analysis.ExplanationWithRanges{JSONExplanation: report.JSONExplanationOf(ex, pol.Date, e.lang),
				WeightRanges: ranges, WeightRangesNote: e.lang.T(i18n.ExplainRangesNote, e.lang.T(i18n.ExplainStabilityNote))})
		}
		if err := report.WriteExplanation(w, ex, pol.Date, e.lang, *detail); err != nil {
			return err
		}
		return analysis.WriteRanges(w, ranges, e.lang, *detail)
	}
	if err := writeOutput(e, of.out, write); err != nil {
		return failErr(e, exitFailure, err)
	}
	return exitOK
}
