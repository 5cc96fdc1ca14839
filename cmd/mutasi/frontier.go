package main

import (
	"context"
	"fmt"
	"image/color"
	"io"
	"math"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"github.com/mutasi-id/mutasi/internal/analysis"
)

// frontierPlot draws the frontier, the objective against the number of
// moves, as PNG or SVG (format "png" or "svg").
func frontierPlot(w io.Writer, format string, rep *analysis.FrontierReport, l i18n.Lang) error {
	if len(rep.Points) == 0 {
		return i18n.Errorf(i18n.FrontierNoPoints)
	}
	p := plot.New()
	date, _ := time.Parse(time.DateOnly, rep.Date)
	p.Title.Text = l.T(i18n.FrontierPlotTitle, i18n.Date(date))
	p.X.Label.Text = l.T(i18n.FrontierPlotX)
	p.Y.Label.Text = l.T(i18n.FrontierPlotY)
	p.Add(plotter.NewGrid())
	pts := make(plotter.XYs, len(rep.Points))
	ymin, ymax := math.Inf(1), math.Inf(-1)
	xmin, xmax := math.Inf(1), math.Inf(-1)
	for k, pt := range rep.Points {
		pts[k] = plotter.XY{X: float64(pt.Moves), Y: pt.Objective}
		ymin, ymax = math.Min(ymin, pt.Objective), math.Max(ymax, pt.Objective)
		xmin, xmax = math.Min(xmin, float64(pt.Moves)), math.Max(xmax, float64(pt.Moves))
	}
	line, err := plotter.NewLine(pts)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	line.Color = color.RGBA{R: 31, G: 119, B: 180, A: 255}
	scatter, err := plotter.NewScatter(pts)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	scatter.Color = line.Color
	p.Add(line, scatter)
	p.Legend.Add(l.T(i18n.FrontierPlotLegend), line, scatter)
	p.Legend.Top, p.Legend.Left = false, false
	// Explicit ranges: one point alone would give an empty one.
	dx, dy := math.Max(xmax-xmin, 1), math.Max(ymax-ymin, math.Max(math.Abs(ymax)*0.01, 1e-6))
	p.X.Min, p.X.Max = xmin-dx*0.05, xmax+dx*0.05
	p.Y.Min, p.Y.Max = ymin-dy*0.1, ymax+dy*0.1
	return writePlot(w, p, format)
}

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
		if err := writeOutput(e, sw.plot, func(w io.Writer) error { return frontierPlot(w, plotFormat, rep, e.lang) }); err != nil {
			return failErr(e, exitFailure, err)
		}
	}
	return exitOK
}
