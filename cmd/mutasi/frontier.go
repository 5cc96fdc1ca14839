package main

import (
	"context"
	"io"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/chart"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"
)

// runFrontier is whatif --frontier.
func runFrontier(e *env, rf *rosterFlags, sf *scoringFlags, of *outputFlags, sw *sweepFlags, slv *solverFlags, scen []string) int {
	switch {
	case len(scen) > 0 || sw.spec != "":
		return fail(e, exitUsage, i18n.CLIFrontierAlone)
	case sw.precision != 0:
		return fail(e, exitUsage, i18n.CLIPrecisionSweep)
	case of.Format != "table" && of.Format != "json":
		return failErr(e, exitUsage, checkFormat(of.Format, []string{"table", "json"}))
	}
	plotFormat, ok := sw.plotFormat()
	if !ok {
		return fail(e, exitUsage, i18n.CLIPlotWant, sw.plot)
	}
	for _, out := range []string{of.out, sw.plot} {
		if err := checkOutPath(out, rosterInputs(rf, sf)...); err != nil {
			return planFailure(e, nil, err, "")
		}
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	stop := slv.startProgress(e)
	slv.task(e, i18n.CLIProgressFrontier)
	opt := slv.options()
	opt.Progress = slv.prog.hook()
	rep, err := analysis.Frontier(context.Background(), r, pol, opt)
	stop()
	if err != nil {
		return planFailure(e, r, err, "frontier")
	}
	if err := writeOutput(e, of.out, func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, rep)
		}
		return analysis.WriteFrontierTable(w, rep, e.lang)
	}); err != nil {
		return failErr(e, exitFailure, err)
	}
	if sw.plot != "" {
		if err := writeOutput(e, sw.plot, func(w io.Writer) error { return chart.Frontier(w, plotFormat, rep, e.lang) }); err != nil {
			return failErr(e, exitFailure, err)
		}
	}
	return exitOK
}
