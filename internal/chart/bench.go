package chart

import (
	"fmt"
	"io"
	"math"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/i18n"
)

// Bench draws the time of each stage of the pipeline, and the total,
// against the number of posts on log-log axes, in format ("png" or "svg")
// to w, with its words in l; the solve's line is named with its fitted
// growth exponent (bench.Exponent).
func Bench(w io.Writer, format string, runs []*bench.Run, l i18n.Lang) error {
	if len(runs) == 0 {
		return i18n.Errorf(i18n.BenchNoRuns)
	}
	series := func(t func(*bench.Run) time.Duration) plotter.XYs {
		pts := make(plotter.XYs, len(runs))
		for k, r := range runs {
			pts[k] = plotter.XY{X: float64(r.Positions), Y: seconds(t(r))}
		}
		return pts
	}
	var lines []any
	var all []plotter.XYs
	add := func(name string, pts plotter.XYs) {
		lines = append(lines, name, pts)
		all = append(all, pts)
	}
	for s := range bench.NumStages {
		stage := func(r *bench.Run) time.Duration { return r.Time[s] }
		name := s.Text(l)
		if s == bench.StageSolve {
			if k, ok := bench.Exponent(runs, stage); ok {
				name = l.T(i18n.BenchPlotSolve, l.Dec(k, 2))
			}
		}
		add(name, series(stage))
	}
	add(l.T(i18n.BenchTotal), series((*bench.Run).Total))
	return logLog(w, format, l.T(i18n.BenchPlotTitle), l, lines, all...)
}

// BenchSparse draws the sparse path's time (the rules and
// model.SolveSparse) against the number of posts on log-log axes, in format
// ("png" or "svg") to w, with its words in l.
func BenchSparse(w io.Writer, format string, runs []*bench.SparseRun, l i18n.Lang) error {
	if len(runs) == 0 {
		return i18n.Errorf(i18n.BenchNoRuns)
	}
	pts := make(plotter.XYs, len(runs))
	for k, r := range runs {
		pts[k] = plotter.XY{X: float64(r.Positions), Y: seconds(r.Evaluate + r.Solve)}
	}
	name := l.T(i18n.BenchPlotRules)
	if k, ok := bench.SparseExponent(runs); ok {
		name = l.T(i18n.BenchPlotRulesFit, l.Dec(k, 2))
	}
	return logLog(w, format, l.T(i18n.BenchPlotSparse), l, []any{name, pts}, pts)
}

// seconds is d in seconds for a log axis, which cannot show 0: times below
// a microsecond are drawn at 1 µs.
func seconds(d time.Duration) float64 { return math.Max(d.Seconds(), 1e-6) }

// logLog draws seconds against posts on log-log axes, with a grid and the
// legend top left: lines are plotutil.AddLinePoints's names and series,
// all the series again for the axes' ranges.
func logLog(w io.Writer, format, title string, l i18n.Lang, lines []any, all ...plotter.XYs) error {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = l.T(i18n.BenchPosts)
	p.Y.Label.Text = l.T(i18n.BenchPlotSeconds)
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker, p.Y.Tick.Marker = plot.LogTicks{Prec: -1}, plot.LogTicks{Prec: -1}
	p.Legend.Top, p.Legend.Left = true, true
	p.Add(plotter.NewGrid())
	if err := plotutil.AddLinePoints(p, lines...); err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	// Explicit ranges with a margin: with a single size, or equal times,
	// the automatic range would be empty.
	xmin, xmax, ymin, ymax := bounds(all...)
	p.X.Min, p.X.Max = xmin/1.5, xmax*1.5
	p.Y.Min, p.Y.Max = ymin/2, ymax*2
	return write(w, p, format)
}
