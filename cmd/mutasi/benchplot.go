package main

import (
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"io"
	"math"
	"time"

	"github.com/mutasi-id/mutasi/bench"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
)

// benchPlot draws time per stage (and the total) against the number of
// posts on log-log axes, as PNG or SVG (format "png" or "svg"). gonum plot
// is used here only, so that the library packages never import it.
func benchPlot(w io.Writer, format string, runs []*bench.Run, l i18n.Lang) error {
	if len(runs) == 0 {
		return i18n.Errorf(i18n.BenchNoRuns)
	}
	p := benchLogLog(l.T(i18n.BenchPlotTitle), l)

	// A log axis cannot show 0: times below a microsecond are drawn at 1 µs.
	secs := func(d time.Duration) float64 { return math.Max(d.Seconds(), 1e-6) }
	xmin, xmax := math.Inf(1), math.Inf(-1)
	ymin, ymax := math.Inf(1), math.Inf(-1)
	series := func(t func(*bench.Run) time.Duration) plotter.XYs {
		pts := make(plotter.XYs, len(runs))
		for k, r := range runs {
			x, y := float64(r.Positions), secs(t(r))
			pts[k] = plotter.XY{X: x, Y: y}
			xmin, xmax = math.Min(xmin, x), math.Max(xmax, x)
			ymin, ymax = math.Min(ymin, y), math.Max(ymax, y)
		}
		return pts
	}
	var lines []any
	for s := range bench.NumStages {
		name := benchStage(s, l)
		if s == bench.StageSolve {
			if k, ok := benchExponent(runs, func(r *bench.Run) time.Duration { return r.Time[s] }); ok {
				name = l.T(i18n.BenchPlotSolve, l.Dec(k, 2))
			}
		}
		lines = append(lines, name, series(func(r *bench.Run) time.Duration { return r.Time[s] }))
	}
	lines = append(lines, l.T(i18n.BenchTotal), series((*bench.Run).Total))
	if err := plotutil.AddLinePoints(p, lines...); err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	// Explicit ranges with a margin: with a single size, or equal times, the
	// automatic range would be empty.
	p.X.Min, p.X.Max = xmin/1.5, xmax*1.5
	p.Y.Min, p.Y.Max = ymin/2, ymax*2

	return writePlot(w, p, format)
}

// benchLogLog returns an empty chart of seconds against posts on log-log
// axes, with a grid and the legend top left.
func benchLogLog(title string, l i18n.Lang) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = l.T(i18n.BenchPosts)
	p.Y.Label.Text = l.T(i18n.BenchPlotSeconds)
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker, p.Y.Tick.Marker = plot.LogTicks{Prec: -1}, plot.LogTicks{Prec: -1}
	p.Legend.Top, p.Legend.Left = true, true
	p.Add(plotter.NewGrid())
	return p
}

// writePlot draws p at 7 × 4.5 inches, the size of every plot the commands
// write, in format ("png" or "svg") to w.
func writePlot(w io.Writer, p *plot.Plot, format string) error {
	wt, err := p.WriterTo(7*vg.Inch, 4.5*vg.Inch, format)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	if _, err := wt.WriteTo(w); err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	return nil
}

// benchSparsePlot draws the sparse path's time (the rules and
// model.SolveSparse) against the number of posts on log-log axes.
func benchSparsePlot(w io.Writer, format string, runs []*bench.SparseRun, l i18n.Lang) error {
	if len(runs) == 0 {
		return i18n.Errorf(i18n.BenchNoRuns)
	}
	p := benchLogLog(l.T(i18n.BenchPlotSparse), l)
	pts := make(plotter.XYs, len(runs))
	xmin, xmax := math.Inf(1), math.Inf(-1)
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for k, r := range runs {
		x, y := float64(r.Positions), math.Max((r.Evaluate+r.Solve).Seconds(), 1e-6)
		pts[k] = plotter.XY{X: x, Y: y}
		xmin, xmax = math.Min(xmin, x), math.Max(xmax, x)
		ymin, ymax = math.Min(ymin, y), math.Max(ymax, y)
	}
	name := l.T(i18n.BenchPlotRules)
	if k, ok := benchSparseExponent(runs); ok {
		name = l.T(i18n.BenchPlotRulesFit, l.Dec(k, 2))
	}
	if err := plotutil.AddLinePoints(p, name, pts); err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	p.X.Min, p.X.Max = xmin/1.5, xmax*1.5
	p.Y.Min, p.Y.Max = ymin/2, ymax*2
	return writePlot(w, p, format)
}
