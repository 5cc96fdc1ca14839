package chart

import (
	"fmt"
	"io"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/i18n"
)

// Sweep draws the moves differing from the base plan against the swept
// value as a step chart, in format ("png" or "svg") to w, with its words
// in l: the plan is the same between two located changes, so the count
// is level there and jumps at each change (drawn at the midpoint of its
// interval, with a dashed vertical line); the grid's values are marked on
// it.
func Sweep(w io.Writer, format string, rep *analysis.SweepReport, l i18n.Lang) error {
	if len(rep.Steps) == 0 {
		return fmt.Errorf("plot: no steps")
	}
	p := plot.New()
	num := func(v float64) string { return l.Dec(v, -1) }
	p.Title.Text = l.T(i18n.SweepPlotTitle, fmt.Sprintf("%s=%g:%g:%g", rep.Key, rep.From, rep.To, rep.Step), analysis.KeyLabel(rep.Key, l), num(rep.Base))
	p.X.Label.Text = analysis.KeyLabel(rep.Key, l)
	p.Y.Label.Text = l.T(i18n.SweepPlotY)
	p.Add(plotter.NewGrid())
	pts := make(plotter.XYs, len(rep.Steps))
	ymax := 1.0
	for k, st := range rep.Steps {
		pts[k] = plotter.XY{X: st.Value, Y: float64(st.Differ)}
		ymax = max(ymax, float64(st.Differ))
	}
	if err := addData(p, l.T(i18n.SweepPlotLegend), SweepSteps(rep), plotter.PostStep, pts); err != nil {
		return err
	}
	for k, bp := range rep.Breakpoints {
		x := (bp.Lo + bp.Hi) / 2
		mark, err := plotter.NewLine(plotter.XYs{{X: x, Y: 0}, {X: x, Y: ymax * 1.05}})
		if err != nil {
			return fmt.Errorf("plot: %w", err)
		}
		mark.Color = markColor()
		mark.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		p.Add(mark)
		if k == 0 {
			p.Legend.Add(l.T(i18n.SweepPlotChanges), mark)
		}
	}
	p.Legend.Top, p.Legend.Left = true, true
	// Explicit ranges: with one step, or no change, the automatic range
	// would be empty.
	span := rep.To - rep.From
	if span == 0 {
		span = 1
	}
	p.X.Min, p.X.Max = rep.From-span*0.02, rep.To+span*0.02
	p.Y.Min, p.Y.Max = 0, ymax*1.1
	return write(w, p, format)
}

// SweepSteps are the corners of Sweep's step chart: the count at FROM,
// then at each change (the midpoint of its interval) the count of the plan
// after it, and the last count again at TO. Drawn with plotter.PostStep,
// each count holds up to the next corner. rep has at least one step.
func SweepSteps(rep *analysis.SweepReport) plotter.XYs {
	pts := plotter.XYs{{X: rep.From, Y: float64(rep.Steps[0].Differ)}}
	for _, bp := range rep.Breakpoints {
		pts = append(pts, plotter.XY{X: (bp.Lo + bp.Hi) / 2, Y: float64(bp.DifferAfter)})
	}
	last := pts[len(pts)-1].Y
	return append(pts, plotter.XY{X: rep.To, Y: last})
}
