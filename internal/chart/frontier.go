package chart

import (
	"io"
	"math"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/i18n"
)

// Frontier draws the frontier, the objective against the number of moves,
// in format ("png" or "svg") to w, with its words in l.
func Frontier(w io.Writer, format string, rep *analysis.FrontierReport, l i18n.Lang) error {
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
	for k, pt := range rep.Points {
		pts[k] = plotter.XY{X: float64(pt.Moves), Y: pt.Objective}
	}
	xmin, xmax, ymin, ymax := bounds(pts)
	if err := addData(p, l.T(i18n.FrontierPlotLegend), pts, plotter.NoStep, pts); err != nil {
		return err
	}
	p.Legend.Top, p.Legend.Left = false, false
	// Explicit ranges: one point alone would give an empty one.
	dx, dy := math.Max(xmax-xmin, 1), math.Max(ymax-ymin, math.Max(math.Abs(ymax)*0.01, 1e-6))
	p.X.Min, p.X.Max = xmin-dx*0.05, xmax+dx*0.05
	p.Y.Min, p.Y.Max = ymin-dy*0.1, ymax+dy*0.1
	return write(w, p, format)
}

// bounds returns the least and greatest X and Y of the points of every
// series (±Inf with none).
func bounds(series ...plotter.XYs) (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	ymin, ymax = math.Inf(1), math.Inf(-1)
	for _, pts := range series {
		for _, pt := range pts {
			xmin, xmax = math.Min(xmin, pt.X), math.Max(xmax, pt.X)
			ymin, ymax = math.Min(ymin, pt.Y), math.Max(ymax, pt.Y)
		}
	}
	return xmin, xmax, ymin, ymax
}
