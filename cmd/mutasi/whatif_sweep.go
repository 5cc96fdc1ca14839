package main

import (
	"bytes"
	"context"
	"io"
	"math"
	"strconv"
	"sync"

	"github.com/spf13/pflag"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/chart"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/model"
)

// sweepFlags are whatif's --sweep, --precision and --plot.
type sweepFlags struct {
	spec      string
	precision float64
	plot      string
}

func addSweepFlags(fs *pflag.FlagSet) *sweepFlags {
	sw := &sweepFlags{}
	fs.StringVar(&sw.spec, "sweep", "", use(i18n.FlagSweep))
	fs.Float64Var(&sw.precision, "precision", 0, use(i18n.FlagPrecision))
	fs.StringVar(&sw.plot, "plot", "", use(i18n.FlagPlot))
	return sw
}

// plotFormat is the format --plot's extension names: "png", "svg", or ""
// without --plot; ok is false for any other extension.
func (sw *sweepFlags) plotFormat() (format string, ok bool) {
	if sw.plot == "" {
		return "", true
	}
	return chart.FormatOf(sw.plot)
}

// run is whatif --sweep. done is false when neither --sweep nor
// --plot nor --precision was given: whatif then compares scenarios.
func (sw *sweepFlags) run(e *env, rf *rosterFlags, sf *scoringFlags, of *outputFlags, slv *solverFlags, scen []string) (code int, done bool) {
	if sw.spec == "" {
		if sw.plot != "" || sw.precision != 0 {
			return fail(e, exitUsage, i18n.CLISweepNeeded), true
		}
		return 0, false
	}
	if len(scen) > 0 {
		return fail(e, exitUsage, i18n.CLISweepOrScenario), true
	}
	if err := checkFormat(of.Format, []string{"table", "json"}); err != nil {
		return failErr(e, exitUsage, err), true
	}
	sp, err := analysis.ParseSweep(sw.spec)
	if err != nil {
		return failErr(e, exitUsage, err), true
	}
	prec := sw.precision
	if prec < 0 || math.IsNaN(prec) || (prec != 0 && prec < sp.Step*1e-6) {
		return fail(e, exitUsage, i18n.CLIPrecisionWant, strconv.FormatFloat(sw.precision, 'g', -1, 64)), true
	}
	plotFormat, ok := sw.plotFormat()
	if !ok {
		return fail(e, exitUsage, i18n.CLIPlotWant, sw.plot), true
	}
	if err := checkOutPath(of.out, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, ""), true
	}
	if err := checkOutPath(sw.plot, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, ""), true
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code, true
	}
	// The key must be a number in the policy and every value of the grid
	// acceptable: check them all before the first solve.
	baseVal, integer, ok := analysis.SweepCurrent(pol, sp.Key)
	if !ok {
		if err := policyfile.Set(pol.Clone(), sp.Key, strconv.FormatFloat(sp.From, 'g', -1, 64)); err != nil {
			return planFailure(e, nil, usagef(i18n.CLISweepSetting, sw.spec, err), ""), true
		}
		return fail(e, exitUsage, i18n.CLISweepNotNumeric, sw.spec, sp.Key), true
	}
	if integer && (sp.From != math.Trunc(sp.From) || sp.Step != math.Trunc(sp.Step)) {
		return fail(e, exitUsage, i18n.CLISweepWhole, sw.spec, sp.Key), true
	}
	grid := sp.Values()
	for _, x := range grid {
		if err := policyfile.Set(pol.Clone(), sp.Key, strconv.FormatFloat(x, 'g', -1, 64)); err != nil {
			return planFailure(e, nil, usagef(i18n.CLISweepSetting, sw.spec, err), ""), true
		}
	}
	if prec == 0 {
		prec = analysis.DefaultPrecision(r, sp)
	}
	if integer {
		prec = math.Max(prec, 1)
	}
	stop := slv.startProgress(e)
	slv.task(e, i18n.CLIProgressSweep)
	// The sweep solves two plans at once: each solve's --verbose account
	// is written whole, not interleaved with another's.
	var mu sync.Mutex
	solve := func(ctx context.Context, r *model.Roster, pol *model.Policy, o pipeline.Options, label i18n.Msg) (*solution, error) {
		var b bytes.Buffer
		sol, err := slv.solveTo(ctx, &b, e, r, pol, o, label.Text(e.lang))
		mu.Lock()
		defer mu.Unlock()
		e.stderr.Write(b.Bytes())
		return sol, err
	}
	rep, err := analysis.Sweep(context.Background(), r, pol, sp, baseVal, prec, integer, solve, func(m i18n.Msg) { slv.task(e, m) })
	stop()
	if err != nil {
		return planFailure(e, r, err, "sweep"), true
	}
	write := func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, rep)
		}
		return analysis.WriteSweepTable(w, rep, e.lang)
	}
	if err := writeOutput(e, of.out, write); err != nil {
		return failErr(e, exitFailure, err), true
	}
	if plotFormat != "" {
		if err := writeOutput(e, sw.plot, func(w io.Writer) error { return chart.Sweep(w, plotFormat, rep, e.lang) }); err != nil {
			return failErr(e, exitFailure, err), true
		}
	}
	return exitOK, true
}
