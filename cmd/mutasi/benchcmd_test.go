package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/costfile"
)

// benchRun runs "mutasi bench args..." in-process.
func benchRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCapture(t, "", append([]string{"bench", "--lang", "en"}, args...)...)
}

func TestBenchTable(t *testing.T) {
	code, stdout, stderr := benchRun(t, "--sizes", "50,100", "--seed", "3")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stderr != "" {
		t.Errorf("progress written to a non-terminal: %q", stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) < 5 {
		t.Fatalf("output:\n%s", stdout)
	}
	wantHead := []string{"posts", "officials", "load", "evaluate", "score", "solve", "ties", "plan", "total", "solve_cpu", "cpu", "peak_MiB"}
	if got := strings.Fields(lines[0]); strings.Join(got, " ") != strings.Join(wantHead, " ") {
		t.Errorf("header %q, want %q", got, wantHead)
	}
	for k, want := range [][2]string{{"50", "60"}, {"100", "120"}} {
		f := strings.Fields(lines[1+k])
		if len(f) != len(wantHead) || f[0] != want[0] || f[1] != want[1] {
			t.Fatalf("row %d: %q", k+1, f)
		}
		var sum float64
		stages := len(wantHead) - 6 // posts, officials; total, solve_cpu, cpu, peak_MiB
		for _, c := range f[2 : 2+stages] {
			var v float64
			if err := json.Unmarshal([]byte(c), &v); err != nil || v < 0 {
				t.Fatalf("row %d: cell %q", k+1, c)
			}
			sum += v
		}
		var total float64
		require.NoError(t, json.Unmarshal([]byte(f[2+stages]), &total))
		// The printed stages are rounded to 0.1 ms each.
		if math.Abs(sum-total) > 0.1*float64(stages) {
			t.Errorf("row %d: stages sum to %.1f, total %.1f", k+1, sum, total)
		}
	}
	if !strings.Contains(stdout, "solve time ~ n^") || !strings.Contains(stdout, "runtime/metrics") {
		t.Errorf("no exponent or memory note:\n%s", stdout)
	}
}

func TestBenchPlot(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"s.png", "s.svg"} {
		path := filepath.Join(dir, name)
		if code, _, stderr := benchRun(t, "--sizes", "30,60", "--plot", path); code != exitOK {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(name) {
		case ".png":
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			if r := img.Bounds(); r.Dx() < 100 || r.Dy() < 100 {
				t.Errorf("PNG %v", r)
			}
		case ".svg":
			if !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("</svg>")) {
				t.Errorf("not an SVG: %.80q", b)
			}
		}
	}
	// One size: the chart still has a non-empty range.
	if code, _, stderr := benchRun(t, "--sizes", "20", "--plot", filepath.Join(dir, "one.svg")); code != exitOK {
		t.Fatalf("one size: exit %d: %s", code, stderr)
	}
}

func TestBenchUsageErrors(t *testing.T) {
	dir := t.TempDir()
	plot := filepath.Join(dir, "p.png")
	for _, args := range [][]string{
		{"--sizes", "x"},
		{"--sizes", "0"},
		{"--sizes", "100,"},
		{"--sizes", "40001"},
		{"--sizes", "10", "--plot", filepath.Join(dir, "p.pdf")},
		{"--sizes", "10", "extra"},
		{"--sizes", "10", "--seed", "-1"},
		{"--families", dir, "--sparse"},
		{"--families", dir, "--plot", plot},
		{"--families", dir, "--shape", "round"},
		{"--shape", "tall"},
		{"--families", dir, "--shape", "5x0"},
		{"--families", dir, "--shape", "5x3", "--sizes", "10"},
	} {
		code, _, stderr := benchRun(t, args...)
		if code != exitUsage || !strings.HasPrefix(stderr, "mutasi bench: ") {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr)
		}
	}
	if _, err := os.Stat(plot); err == nil {
		t.Error("a failed run wrote the plot")
	}
}

// TestBenchExportNPY checks the exported matrix against an independent
// reading: "mutasi matrix" parses the .npy file with its own reader and must
// find the optimum the pipeline found on the same generated roster.
func TestBenchExportNPY(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := benchRun(t, "--sizes", "40", "--seed", "5", "--export-npy", dir); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	path := filepath.Join(dir, "cost-n40.npy")
	var out, errb bytes.Buffer
	if code := run([]string{"matrix", "--format", "json", path}, strings.NewReader(""), &out, &errb); code != exitOK {
		t.Fatalf("matrix: exit %d: %s", code, errb.String())
	}
	var got struct {
		Rows, Cols int
		Total      float64
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	date, _ := time.Parse(time.DateOnly, benchDate)
	r, err := bench.Generate(bench.Config{Officials: 48, Positions: 40, Seed: 5, Date: date})
	if err != nil {
		t.Fatal(err)
	}
	want, err := bench.Measure(context.Background(), r, t.TempDir(), date, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Rows != 48 || got.Cols != 40+48 {
		t.Errorf("matrix %d×%d, want 48×88", got.Rows, got.Cols)
	}
	if math.Abs(got.Total-want.Result.Total) > 1e-9*(1+math.Abs(want.Result.Total)) {
		t.Errorf("total from the .npy %v, pipeline %v", got.Total, want.Result.Total)
	}
}

// TestBenchFamilies reads the written families back with the reader of
// "mutasi matrix" and compares them with the generator's matrices.
func TestBenchFamilies(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := benchRun(t, "--families", dir, "--sizes", "3,5", "--seed", "2")
	require.Equal(t, exitOK, code, stderr)
	assert.Len(t, strings.Fields(stdout), 2*len(bench.Families()))
	for _, fam := range bench.Families() {
		for _, n := range []int{3, 5} {
			cm, err := costfile.ReadFile(filepath.Join(dir, fmt.Sprintf("%s_%dx%d_s2.npy", fam, n, n)), math.Inf(1), costfile.LabelsNone)
			require.NoError(t, err)
			want, err := bench.Family(fam, n, n, 2)
			require.NoError(t, err)
			assert.Equal(t, want.RawMatrix().Data, cm.Data, "%s n=%d", fam, n)
			require.NoError(t, cm.Close())
		}
	}
	code, stdout, stderr = benchRun(t, "--families", dir, "--sizes", "4", "--shape", "wide")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "machol_4x5_s1.npy")
	code, stdout, stderr = benchRun(t, "--families", dir, "--shape", "7x2")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "uniform_7x2_s1.npy")
}

// FuzzBenchParseSizes checks that --sizes either fails or yields sizes the
// generator accepts, and that printing them back parses to the same list.
func FuzzBenchParseSizes(f *testing.F) {
	for _, s := range []string{"200,1000,5000,10000", "1", " 7 , 8", "", ",", "40000", "-3", "1e3", "0x10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sizes, err := benchParseSizes(s)
		if err != nil {
			return
		}
		parts := make([]string, len(sizes))
		for k, n := range sizes {
			if n < 1 || n > bench.MaxPositions || benchOfficials(n) > bench.MaxOfficials {
				t.Fatalf("%q: size %d accepted", s, n)
			}
			parts[k] = strconv.Itoa(n)
		}
		again, err := benchParseSizes(strings.Join(parts, ","))
		if err != nil || len(again) != len(sizes) {
			t.Fatalf("%q: %v reparsed as %v (%v)", s, sizes, again, err)
		}
	})
}

// TestBenchSparse runs "mutasi bench --sparse" on two small sizes: the
// header, one row per size with its officials and classes, the fitted
// exponent, and the chart; --export-npy is refused (no matrix to write).
func TestBenchSparse(t *testing.T) {
	svg := filepath.Join(t.TempDir(), "sparse.svg")
	code, stdout, stderr := benchRun(t, "--sparse", "--sizes", "50,100", "--plot", svg)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 4 {
		t.Fatalf("output:\n%s", stdout)
	}
	wantHead := "posts officials evaluate ms solve ms ties ms plan ms classes rounds pairs peak MB"
	if got := strings.Join(strings.Fields(lines[0]), " "); got != wantHead {
		t.Errorf("header %q, want %q", got, wantHead)
	}
	for k, want := range [][2]string{{"50", "60"}, {"100", "120"}} {
		f := strings.Fields(lines[1+k])
		if len(f) != 10 || f[0] != want[0] || f[1] != want[1] {
			t.Fatalf("row %d: %q", k+1, f)
		}
		if classes, err := strconv.Atoi(f[6]); err != nil || classes < 2 || classes > 100 {
			t.Errorf("row %d: %s classes", k+1, f[6])
		}
		if f[7] != "0" {
			t.Errorf("row %d: %s pricing rounds, want none (classes suffice)", k+1, f[7])
		}
	}
	if !strings.HasPrefix(lines[3], "evaluate + solve time ~ n^") {
		t.Errorf("no exponent: %q", lines[3])
	}
	b, err := os.ReadFile(svg)
	if err != nil || !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("SolveSparse")) {
		t.Fatalf("chart: %v, %.100q", err, b)
	}
	if code, _, stderr := benchRun(t, "--sparse", "--sizes", "50", "--export-npy", t.TempDir()); code != exitUsage || !strings.Contains(stderr, "--export-npy") {
		t.Fatalf("--sparse --export-npy: exit %d, %q", code, stderr)
	}
}
