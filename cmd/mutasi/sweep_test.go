package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/mutasi-id/mutasi/internal/chart"
	"github.com/mutasi-id/mutasi/internal/policyfile"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

func TestGoldenSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster many times")
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"sample-fit.table", []string{"whatif", "--sweep", "fit=0:3:0.25"}, exitOK},
		{"sample-release.json", []string{"whatif", "--sweep", "release=0:2:0.5", "--precision", "0.05", "--format", "json"}, exitOK},
		{"tiny-tenure.table", solveArgs(append([]string{"whatif"}, solveTiny...), "--sweep", "tenure=0:4:0.5"), exitOK},
		{"sample-months.table", []string{"whatif", "--sweep", "tenure_min_months=0:36:12"}, exitOK},
		{"err-syntax", []string{"whatif", "--sweep", "fit=0:3"}, exitUsage},
		{"err-whole", []string{"whatif", "--sweep", "tenure_min_months=0.5:3:1"}, exitUsage},
		{"err-range", []string{"whatif", "--sweep", "jpm_min_value=0.5:1.2:0.1"}, exitUsage},
		{"err-number", []string{"whatif", "--sweep", "fit=0:x:1"}, exitUsage},
		{"err-step", []string{"whatif", "--sweep", "fit=0:3:0"}, exitUsage},
		{"err-order", []string{"whatif", "--sweep", "fit=3:0:1"}, exitUsage},
		{"err-steps", []string{"whatif", "--sweep", "fit=0:3000:1"}, exitUsage},
		{"err-key", []string{"whatif", "--sweep", "speed=0:1:1"}, exitUsage},
		{"err-not-number", []string{"whatif", "--sweep", "tenure_min=0:1:1"}, exitUsage},
		{"err-negative", []string{"whatif", "--sweep", "fit=-1:1:1"}, exitUsage},
		{"err-both", []string{"whatif", "--sweep", "fit=0:1:1", "--scenario", "a:fit=2"}, exitUsage},
		{"err-plot-alone", []string{"whatif", "--plot", "x.png"}, exitUsage},
		{"err-plot-ext", []string{"whatif", "--sweep", "fit=0:1:1", "--plot", "x.jpg"}, exitUsage},
		{"err-precision", []string{"whatif", "--sweep", "fit=0:1:1", "--precision", "-1"}, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRunGolden(t, "sweep", tc.name, tc.args, tc.code, false)
		})
	}
}

// sweepOracle solves the roster cold (solveRoster, no warm start, no
// bisection) at every value of a fine grid and returns the plans'
// assignments.
func sweepOracle(t *testing.T, r *model.Roster, pol *model.Policy, key string, xs []float64) [][]int {
	t.Helper()
	out := make([][]int, len(xs))
	for k, x := range xs {
		p := pol.Clone()
		if err := policyfile.Set(p, key, strconv.FormatFloat(x, 'g', -1, 64)); err != nil {
			t.Fatal(err)
		}
		sol, err := solveRoster(context.Background(), r, p)
		if err != nil {
			t.Fatal(err)
		}
		out[k] = sol.Result.RowCol
	}
	return out
}

// TestSweepAgainstFineGrid checks the sweep against brute re-solves: every
// step's count of differing moves against a cold solve at that value, and
// the breakpoints against the changes of plan on a grid four times finer
// than the precision. Each change on the fine grid must fall in a reported
// breakpoint's interval and each reported interval must hold a change.
func TestSweepAgainstFineGrid(t *testing.T) {
	if testing.Short() {
		t.Skip("hundreds of solves")
	}
	sample, date := loadSampleRoster(t)
	tiny, _, err := rosterfile.Load(rosterfile.Source{Officials: "testdata/solve/tiny/officials.csv", Positions: "testdata/solve/tiny/positions.csv"}, date)
	if err != nil || tiny == nil {
		t.Fatalf("loading tiny: %v", err)
	}
	for _, tc := range []struct {
		name   string
		r      *model.Roster
		sp     analysis.SweepSpec
		prec   float64
		minBPs int
	}{
		{"sample-fit", sample, analysis.SweepSpec{Key: "fit", From: 0, To: 2, Step: 0.5}, 0.02, 2},
		{"sample-tenure", sample, analysis.SweepSpec{Key: "tenure", From: 0.5, To: 1.5, Step: 0.5}, 0.02, 1},
		{"tiny-tenure", tiny, analysis.SweepSpec{Key: "tenure_max_months", From: 24, To: 72, Step: 12}, 1, 1},
		{"sample-months", sample, analysis.SweepSpec{Key: "tenure_min_months", From: 0, To: 36, Step: 12}, 1, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pol := model.DefaultPolicy(date)
			baseVal, integer, ok := analysis.SweepCurrent(&pol, tc.sp.Key)
			if !ok {
				t.Fatalf("no value for %s", tc.sp.Key)
			}
			rep, err := analysis.Sweep(context.Background(), tc.r, &pol, tc.sp, baseVal, tc.prec, integer, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			base, err := solveRoster(context.Background(), tc.r, &pol)
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Breakpoints) < tc.minBPs {
				t.Fatalf("%d breakpoints, the case was chosen for at least %d", len(rep.Breakpoints), tc.minBPs)
			}
			// The steps against cold solves.
			grid := tc.sp.Values()
			cold := sweepOracle(t, tc.r, &pol, tc.sp.Key, grid)
			for k, st := range rep.Steps {
				differ := 0
				for i := range cold[k] {
					if cold[k][i] != base.Result.RowCol[i] {
						differ++
					}
				}
				if st.Differ != differ {
					t.Errorf("%s=%g: sweep says %d differ, a cold solve %d", tc.sp.Key, st.Value, st.Differ, differ)
				}
			}
			// The breakpoints against a fine grid.
			fine := tc.prec / 4
			if integer {
				fine = 1 // the key takes whole numbers: the grid of all of them
			}
			var xs []float64
			for x := tc.sp.From; x <= tc.sp.To+1e-12; x += fine {
				xs = append(xs, x)
			}
			plans := sweepOracle(t, tc.r, &pol, tc.sp.Key, xs)
			var changes [][2]float64
			for k := 1; k < len(xs); k++ {
				if !slices.Equal(plans[k-1], plans[k]) {
					changes = append(changes, [2]float64{xs[k-1], xs[k]})
				}
			}
			overlap := func(c [2]float64, bp analysis.SweepBreak) bool { return c[0] <= bp.Hi+1e-9 && c[1] >= bp.Lo-1e-9 }
			for _, c := range changes {
				if !slices.ContainsFunc(rep.Breakpoints, func(bp analysis.SweepBreak) bool { return overlap(c, bp) }) {
					t.Errorf("the plan changes between %g and %g; no breakpoint reported there (%+v)", c[0], c[1], rep.Breakpoints)
				}
			}
			// The step chart's heights: after each change, the count of a
			// cold solve at the change's upper end (the plan holds from
			// there to the next change's lower end, which may be the same
			// value); at each grid value, the height of the last corner at
			// or before it.
			differ := func(rc []int) int {
				n := 0
				for i := range rc {
					if rc[i] != base.Result.RowCol[i] {
						n++
					}
				}
				return n
			}
			his := make([]float64, len(rep.Breakpoints))
			for k, bp := range rep.Breakpoints {
				his[k] = bp.Hi
				if bp.Exact {
					// At an exact change both plans score the same and the
					// tie rule chooses; the plan after it holds just above
					// (beyond the tie rule's tolerance).
					his[k] = bp.Hi + 1e-5*math.Max(1, bp.Hi)
				}
			}
			for k, rc := range sweepOracle(t, tc.r, &pol, tc.sp.Key, his) {
				if bp := rep.Breakpoints[k]; differ(rc) != bp.DifferAfter {
					t.Errorf("breakpoint %+v: the plan after it differs from the base in %d moves", bp, differ(rc))
				}
			}
			corners := chart.SweepSteps(rep)
			for _, st := range rep.Steps {
				h := corners[0].Y
				for _, c := range corners[1 : len(corners)-1] {
					if c.X <= st.Value {
						h = c.Y
					}
				}
				if int(h) != st.Differ {
					t.Errorf("%s=%g: the step chart stands at %g, the grid says %d", tc.sp.Key, st.Value, h, st.Differ)
				}
			}
			for _, bp := range rep.Breakpoints {
				if bp.Hi-bp.Lo > math.Max(tc.prec, fine)*(1+1e-9) {
					t.Errorf("breakpoint %+v wider than the precision %g", bp, tc.prec)
				}
				if !slices.ContainsFunc(changes, func(c [2]float64) bool { return overlap(c, bp) }) {
					t.Errorf("breakpoint %+v: the fine grid sees no change there", bp)
				}
			}
		})
	}
}

// TestSweepPlot checks that --plot writes a decodable PNG and an SVG.
func TestSweepPlot(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster many times")
	}
	dir := t.TempDir()
	for _, ext := range []string{"png", "svg"} {
		path := filepath.Join(dir, "sweep."+ext)
		code, _, errs := runCapture(t, "", "whatif", "--sweep", "fit=0:2:0.5", "--plot", path, "--format", "json")
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", ext, code, errs)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		switch ext {
		case "png":
			if _, err := png.Decode(bytes.NewReader(data)); err != nil {
				t.Errorf("png: %v", err)
			}
		case "svg":
			var doc struct {
				XMLName struct{ Local string } `xml:"svg"`
			}
			if err := xml.Unmarshal(data, &doc); err != nil {
				t.Errorf("svg: %v", err)
			}
			if !bytes.Contains(data, []byte("mutasi yang berbeda")) {
				t.Errorf("svg: no axis label")
			}
		}
	}
}

// TestSweepJSONShape: the JSON steps and breakpoints are arrays even when
// nothing changes, and the step values are the grid.
func TestSweepJSONShape(t *testing.T) {
	code, out, errs := runCapture(t, "", solveArgs(append([]string{"whatif"}, solveTiny...), "--sweep", "fit=1:2:0.5", "--format", "json")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Steps       []struct{ Value float64 } `json:"steps"`
		Breakpoints []analysis.SweepBreak     `json:"breakpoints"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	var vals []float64
	for _, s := range rep.Steps {
		vals = append(vals, s.Value)
	}
	if !slices.Equal(vals, []float64{1, 1.5, 2}) || rep.Breakpoints == nil {
		t.Errorf("steps %v, breakpoints %v", vals, rep.Breakpoints)
	}
}

// TestDocsAlternativesExamples checks the examples of docs/alternatives.md
// against the real output.
func TestDocsAlternativesExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster many times")
	}
	if n := docsCheckExamples(t, "../../docs/alternatives.md"); n != 3 {
		t.Errorf("found %d examples in docs/alternatives.md, want 3", n)
	}
}
