// Package chart draws the commands' charts with gonum/plot, as PNG or SVG:
// the times of "mutasi bench" against the roster's size (Bench,
// BenchSparse), the sweep of "whatif --sweep" as a step chart (Sweep) and
// the frontier of "whatif --frontier" between moves and objective
// (Frontier). It only draws: the figures come from bench and
// internal/analysis, the words from internal/i18n. Every chart is 7 × 4.5
// inches; FormatOf reads the format from the file's extension.
package chart

import (
	"fmt"
	"image/color"
	"io"
	"path/filepath"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// FormatOf returns the format a chart file's extension names, "png" or
// "svg" (in any case); ok is false for any other extension.
func FormatOf(path string) (format string, ok bool) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".png", ".svg":
		return ext[1:], true
	}
	return "", false
}

// dataColor is the colour of a chart's data (plotutil's first blue);
// markColor that of the marks drawn over it.
func dataColor() color.RGBA { return color.RGBA{R: 31, G: 119, B: 180, A: 255} }
func markColor() color.RGBA { return color.RGBA{R: 214, G: 39, B: 40, A: 255} }

// addData adds the chart's data to p in the data colour: a line through
// the points of line, drawn in step style, and a mark at each of the points
// of marks, with one entry name in the legend for both.
func addData(p *plot.Plot, name string, line plotter.XYs, step plotter.StepKind, marks plotter.XYs) error {
	l, err := plotter.NewLine(line)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	l.StepStyle = step
	l.Color = dataColor()
	scatter, err := plotter.NewScatter(marks)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	scatter.Color = l.Color
	p.Add(l, scatter)
	p.Legend.Add(name, l, scatter)
	return nil
}

// write draws p at the size of every chart, in format ("png" or "svg"),
// to w.
func write(w io.Writer, p *plot.Plot, format string) error {
	wt, err := p.WriterTo(7*vg.Inch, 4.5*vg.Inch, format)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	if _, err := wt.WriteTo(w); err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	return nil
}
