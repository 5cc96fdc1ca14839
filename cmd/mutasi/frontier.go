package main

import (
	"context"
	"fmt"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
)

// frontierReport is whatif --frontier: every plan no other plan beats on
// both the number of moves and the objective, most moves first.
type frontierReport struct {
	Date   string          `json:"date"`
	Points []frontierPoint `json:"points"`
	// Forced is the number of holders every plan moves (the rules bar
	// their posts).
	Forced int `json:"forced"`
	Solves int `json:"solves"`
}

// frontierPoint is one plan of the frontier. It is the best plan with its
// number of moves, optimal for every price of a move in [PenaltyLo,
// PenaltyHi] (null: no upper end). Changes are the officials it places
// otherwise than the point before it (with more moves).
type frontierPoint struct {
	Moves     int           `json:"moves"`
	Objective float64       `json:"objective"`
	PenaltyLo float64       `json:"penalty_lo"`
	PenaltyHi *float64      `json:"penalty_hi"`
	Changes   []sweepChange `json:"changes"`
}

// frontierRun computes the frontier of the roster under the policy (its
// own move budget set aside) by the pipeline of solve, with the solver
// flags' choice.
func frontierRun(ctx context.Context, r *model.Roster, pol *model.Policy, opt pipeline.Options) (*frontierReport, error) {
	pts, forced, solves, err := pipeline.Frontier(ctx, r, pol, opt)
	if err != nil {
		return nil, err
	}
	rep := &frontierReport{Date: pol.Date.Format(time.DateOnly), Forced: forced, Solves: solves}
	for k, fp := range pts {
		pt := frontierPoint{Moves: fp.Moves, Objective: report.Round6(fp.Objective), PenaltyLo: report.Round6(fp.PenaltyLo),
			Changes: []sweepChange{}}
		if !math.IsInf(fp.PenaltyHi, 1) {
			hi := report.Round6(fp.PenaltyHi)
			pt.PenaltyHi = &hi
		}
		if k > 0 {
			for _, c := range model.Diff(pts[k-1].Solution.Plan, fp.Solution.Plan) {
				pt.Changes = append(pt.Changes, sweepChange{NIP: c.NIP, Name: c.Name, Base: c.Base, At: c.Other,
					BaseType: c.BaseType.String(), Type: c.OtherType.String()})
			}
		}
		rep.Points = append(rep.Points, pt)
	}
	return rep, nil
}

// writeFrontierTable prints the frontier for a terminal, in l.
func writeFrontierTable(w io.Writer, rep *frontierReport, l i18n.Lang) error {
	var b strings.Builder
	date, _ := time.Parse(time.DateOnly, rep.Date)
	fmt.Fprintf(&b, "%s\n\n", l.T(i18n.FrontierHead, i18n.Date(date), i18n.Count{N: rep.Solves, Noun: i18n.UnitPlan}, rep.Forced))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, l.T(i18n.FrontierHeader))
	for k, p := range rep.Points {
		per := "-"
		if k > 0 {
			prev := rep.Points[k-1]
			per = l.Dec((prev.Objective-p.Objective)/float64(prev.Moves-p.Moves), 4)
		}
		hi := "∞)"
		if p.PenaltyHi != nil {
			hi = l.Dec(*p.PenaltyHi, 4) + "]"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t[%s%s%s\t\n", p.Moves, l.Dec(p.Objective, 4), per, l.Dec(p.PenaltyLo, 4), l.NumSep(), hi)
	}
	tw.Flush()
	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.FrontierNote))
	for k := 1; k < len(rep.Points); k++ {
		prev, p := rep.Points[k-1], rep.Points[k]
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.FrontierStep, prev.Moves, p.Moves, report.SignedDec(p.Objective-prev.Objective, 4, l),
			i18n.Count{N: len(p.Changes), Noun: i18n.UnitOfficial}))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.FrontierChangeHeader, prev.Moves, p.Moves))
		for _, c := range p.Changes {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t→ %s\n", c.NIP, c.Name, report.ChangePost(c.Base, c.BaseType, l), report.ChangePost(c.At, c.Type, l))
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// frontierPlot draws the frontier, the objective against the number of
// moves, as PNG or SVG (format "png" or "svg").
func frontierPlot(w io.Writer, format string, rep *frontierReport, l i18n.Lang) error {
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
	plotFormat := ""
	if sw.plot != "" {
		switch strings.ToLower(filepath.Ext(sw.plot)) {
		case ".png":
			plotFormat = "png"
		case ".svg":
			plotFormat = "svg"
		default:
			return fail(e, exitUsage, i18n.CLIPlotWant, sw.plot)
		}
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
	stop := startProgress(e, i18n.CLIProgressFrontier)
	rep, err := frontierRun(context.Background(), r, pol, slv.options())
	stop()
	if err != nil {
		return planFailure(e, r, err, "frontier")
	}
	if err := writeOutput(e, of.out, func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, rep)
		}
		return writeFrontierTable(w, rep, e.lang)
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
