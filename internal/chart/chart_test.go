package chart

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/plot/plotter"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/i18n"
)

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]string{"a.png": "png", "b/c.SVG": "svg", "d.Png": "png",
		"e.pdf": "", "f": "", "g.png.txt": "", ".svg": "svg"} {
		got, ok := FormatOf(path)
		assert.Equal(t, want, got, path)
		assert.Equal(t, want != "", ok, path)
	}
}

// svgText checks that b is an SVG document and returns it as text.
func svgText(t *testing.T, b []byte) string {
	t.Helper()
	var doc struct {
		XMLName xml.Name
	}
	require.NoError(t, xml.Unmarshal(b, &doc))
	require.Equal(t, "svg", doc.XMLName.Local)
	return string(b)
}

// TestSweepSteps: the corners start at FROM with the first step's count,
// jump at each change's midpoint to the count after it and end level at TO.
func TestSweepSteps(t *testing.T) {
	rep := &analysis.SweepReport{Key: "weights.fit", From: 0, To: 2, Step: 0.5,
		Steps:       []analysis.SweepStep{{Value: 0, Differ: 3}, {Value: 0.5, Differ: 3}, {Value: 1}, {Value: 1.5}, {Value: 2, Differ: 1}},
		Breakpoints: []analysis.SweepBreak{{Lo: 0.5, Hi: 0.75, DifferAfter: 0}, {Lo: 1.5, Hi: 2, DifferAfter: 1}}}
	want := plotter.XYs{{X: 0, Y: 3}, {X: 0.625, Y: 0}, {X: 1.75, Y: 1}, {X: 2, Y: 1}}
	assert.Equal(t, want, SweepSteps(rep))

	var b bytes.Buffer
	require.NoError(t, Sweep(&b, "svg", rep, i18n.EN))
	assert.Contains(t, svgText(t, b.Bytes()), "moves differing from the base plan")
	b.Reset()
	require.NoError(t, Sweep(&b, "png", rep, i18n.ID))
	_, err := png.Decode(&b)
	assert.NoError(t, err)
	assert.Error(t, Sweep(io.Discard, "svg", &analysis.SweepReport{}, i18n.ID), "no steps")
}

// TestOnePoint: one point alone (one size, one plan) still draws, with
// ranges that are not empty; no point at all is an error.
func TestOnePoint(t *testing.T) {
	var b bytes.Buffer
	fr := &analysis.FrontierReport{Date: "2026-12-01", Points: []analysis.FrontierPoint{{Moves: 4, Objective: 12.5}}}
	require.NoError(t, Frontier(&b, "svg", fr, i18n.ID))
	svgText(t, b.Bytes())
	assert.Error(t, Frontier(io.Discard, "svg", &analysis.FrontierReport{}, i18n.ID))

	run := &bench.Run{Officials: 120, Positions: 100}
	run.Time[bench.StageSolve] = 3 * time.Millisecond
	b.Reset()
	require.NoError(t, Bench(&b, "svg", []*bench.Run{run}, i18n.EN))
	assert.Contains(t, svgText(t, b.Bytes()), "posts")
	assert.Error(t, Bench(io.Discard, "svg", nil, i18n.EN))

	b.Reset()
	require.NoError(t, BenchSparse(&b, "svg", []*bench.SparseRun{{Officials: 120, Positions: 100, Solve: time.Millisecond}}, i18n.EN))
	svgText(t, b.Bytes())
	assert.Error(t, BenchSparse(io.Discard, "svg", nil, i18n.EN))
}

// TestBounds: the ranges of every chart are drawn from the least and
// greatest coordinates over all its series.
func TestBounds(t *testing.T) {
	xmin, xmax, ymin, ymax := bounds(plotter.XYs{{X: 3, Y: -1}}, plotter.XYs{{X: -2, Y: 5}, {X: 1, Y: 0}})
	assert.Equal(t, []float64{-2, 3, -1, 5}, []float64{xmin, xmax, ymin, ymax})
}
