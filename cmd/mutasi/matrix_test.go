package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutasi-id/mutasi/internal/costfile"
)

const matrixDir = "testdata/matrix/"

// TestGoldenMatrix runs "mutasi matrix" in-process on the fixtures of
// testdata/matrix and compares exit code, stdout and stderr with the golden
// files (go test ./cmd/mutasi -run Golden -update rewrites them).
func TestGoldenMatrix(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
	}{
		{"help", "", []string{"--help"}, exitOK},
		{"small-table", "", []string{"small.csv"}, exitOK},
		{"small-verify-table", "", []string{"--verify", "small.csv"}, exitOK},
		{"small-json", "", []string{"--format", "json", "small.csv"}, exitOK},
		{"small-csv", "", []string{"--format=csv", "small.csv"}, exitOK},
		{"labels-table", "", []string{"--verify", "labels.csv"}, exitOK},
		{"labels-json", "", []string{"--verify", "--format", "json", "labels.csv"}, exitOK},
		{"labels-csv", "", []string{"--format", "csv", "labels.csv"}, exitOK},
		{"labels-max-table", "", []string{"--maximize", "--verify", "labels.csv"}, exitOK},
		{"tall-table", "", []string{"--verify", "tall.csv"}, exitOK},
		{"tall-json", "", []string{"--format", "json", "tall.csv"}, exitOK},
		{"wide-table", "", []string{"wide.csv"}, exitOK},
		{"wide-max-json", "", []string{"--maximize", "--format", "json", "wide.csv"}, exitOK},
		{"npy-json", "", []string{"--verify", "--format", "json", "small.npy"}, exitOK},
		{"nip-labels-both", "", []string{"--labels", "both", "--format", "json", "nip.csv"}, exitOK},
		{"nip-labels-auto", "", []string{"nip.csv"}, exitOK},
		{"nip-labels-cols", "", []string{"--labels", "cols", "nip.csv"}, exitOK},
		{"labels-none", "", []string{"--labels", "none", "labels.csv"}, exitUsage},
		{"labels-npy", "", []string{"--labels", "rows", "small.npy"}, exitUsage},
		{"labels-bad", "", []string{"--labels", "top", "small.csv"}, exitUsage},
		{"too-large", "1,2\n3,1e308\n", []string{"-"}, exitUsage},
		{"machol-npy-table", "", []string{"--verify", "machol.npy"}, exitOK},
		{"stdin-json", "A,B\n1,2\n0,5\n", []string{"--format", "json", "-"}, exitOK},
		{"stdin-empty-problem", "A,B\n", []string{"--format", "json", "-"}, exitOK},
		{"infeasible", "", []string{"infeasible.csv"}, exitInfeasible},
		{"tall-infeasible", "", []string{"tall-infeasible.csv"}, exitInfeasible},
		{"bad-number", "", []string{"bad-number.csv"}, exitUsage},
		{"ragged", "", []string{"ragged.csv"}, exitUsage},
		{"empty", "", []string{"empty.csv"}, exitUsage},
		{"fortran", "", []string{"fortran.npy"}, exitOK},
		{"missing-file", "", []string{"no-such-file.csv"}, exitUsage},
		{"bad-format", "", []string{"--format", "xml", "small.csv"}, exitUsage},
		{"no-file", "", nil, exitUsage},
		{"two-files", "", []string{"small.csv", "wide.csv"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"matrix"}
			for _, a := range tt.args {
				if strings.HasSuffix(a, ".csv") || strings.HasSuffix(a, ".npy") {
					a = matrixDir + a
				}
				args = append(args, a)
			}
			code, out, errs := runCapture(t, tt.stdin, args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errs)
			}
			if (code == exitOK) != (errs == "") {
				t.Errorf("exit %d with stderr %q", code, errs)
			}
			if code != exitOK && out != "" {
				t.Errorf("failed run wrote to stdout: %q", out)
			}
			got := fmt.Sprintf("$ mutasi %s\nexit %d\n--- stdout\n%s--- stderr\n%s", strings.Join(args, " "), code, out, errs)
			checkGolden(t, "matrix/"+tt.name+".golden", got)
		})
	}
}

// matrixJSONResult is the part of the JSON output the tests read back.
type matrixJSONResult struct {
	Rows, Cols     int
	Total          float64
	Assignment     []costfile.Pair
	UnassignedRows []int `json:"unassigned_rows"`
	UnassignedCols []int `json:"unassigned_cols"`
	Optimal        bool
	Verified       bool
	Duals          costfile.Duals
}

// matrixBrute returns the best total over all assignments of min(r, c)
// pairs avoiding forbidden cells, by enumeration, and whether one exists.
func matrixBrute(c [][]float64, cols int, maximize bool) (float64, bool) {
	rows := len(c)
	best, found := 0.0, false
	better := func(a, b float64) bool { return a < b }
	if maximize {
		better = func(a, b float64) bool { return a > b }
	}
	usedCol := make([]bool, cols)
	usedRow := make([]bool, rows)
	var rec func(k int, sum float64)
	if rows <= cols {
		// Place every row on a distinct allowed column.
		rec = func(i int, sum float64) {
			if i == rows {
				if !found || better(sum, best) {
					best, found = sum, true
				}
				return
			}
			for j := range cols {
				if !usedCol[j] && !math.IsInf(c[i][j], 0) {
					usedCol[j] = true
					rec(i+1, sum+c[i][j])
					usedCol[j] = false
				}
			}
		}
	} else {
		// Place every column on a distinct allowed row.
		rec = func(j int, sum float64) {
			if j == cols {
				if !found || better(sum, best) {
					best, found = sum, true
				}
				return
			}
			for i := range rows {
				if !usedRow[i] && !math.IsInf(c[i][j], 0) {
					usedRow[i] = true
					rec(j+1, sum+c[i][j])
					usedRow[i] = false
				}
			}
		}
	}
	rec(0, 0)
	return best, found
}

// TestMatrixAgainstBruteForce writes random CSV files (both separators,
// labels or not, forbidden cells, ties), runs the whole command and checks
// the JSON against enumeration: the optimal total, a consistent assignment
// whose costs are the file's, and exit 3 exactly when no assignment exists.
func TestMatrixAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 0))
	trials := 600
	if testing.Short() {
		trials = 150
	}
	for trial := range trials {
		rows, cols := 1+rng.IntN(6), 1+rng.IntN(6)
		maximize := rng.IntN(3) == 0
		sep := ","
		if rng.IntN(2) == 0 && cols > 1 {
			// One column has no separator to detect: "1,5" would be two
			// comma-separated cells (documented in docs/matrix.md).
			sep = ";"
		}
		labels := rng.IntN(2) == 0
		density := []float64{0, 0.3, 0.6}[rng.IntN(3)]
		forbidden := math.Inf(1)
		if maximize {
			forbidden = math.Inf(-1)
		}
		c := make([][]float64, rows)
		var b strings.Builder
		if labels {
			for j := range cols {
				fmt.Fprintf(&b, "%sP%d", sep, j)
			}
			b.WriteString("\n")
		}
		for i := range rows {
			c[i] = make([]float64, cols)
			if labels {
				fmt.Fprintf(&b, "O%d%s", i, sep)
			}
			for j := range cols {
				if j > 0 {
					b.WriteString(sep)
				}
				if rng.Float64() < density {
					c[i][j] = forbidden
					// An empty cell in a one-column file is a blank line,
					// which CSV readers skip: such files must use x.
					tokens := []string{"", "x", "-", "inf"}
					if cols == 1 {
						tokens = tokens[1:]
					}
					b.WriteString(tokens[rng.IntN(len(tokens))])
					continue
				}
				v := float64(rng.IntN(9)) - 2 // small integers: ties, negatives
				if rng.IntN(4) == 0 {
					v += 0.5
				}
				c[i][j] = v
				s := fmt.Sprint(v)
				if sep == ";" {
					s = strings.Replace(s, ".", ",", 1)
				}
				b.WriteString(s)
			}
			b.WriteString("\n")
		}
		args := []string{"matrix", "--verify", "--format", "json", "-"}
		if maximize {
			args = append(args, "--maximize")
		}
		code, out, errs := runCapture(t, b.String(), args...)
		want, feasible := matrixBrute(c, cols, maximize)
		if !feasible {
			if code != exitInfeasible || !strings.Contains(errs, "tidak layak") {
				t.Fatalf("trial %d: infeasible input gave exit %d, stderr %q\n%s", trial, code, errs, b.String())
			}
			continue
		}
		if code != exitOK {
			t.Fatalf("trial %d: exit %d, stderr %q\n%s", trial, code, errs, b.String())
		}
		var res matrixJSONResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("trial %d: %v\n%s", trial, err, out)
		}
		if res.Total != want {
			t.Fatalf("trial %d: total %v, brute force %v\n%s\n%s", trial, res.Total, want, b.String(), out)
		}
		if res.Rows != rows || res.Cols != cols || len(res.Assignment) != min(rows, cols) ||
			len(res.UnassignedRows) != rows-len(res.Assignment) || len(res.UnassignedCols) != cols-len(res.Assignment) {
			t.Fatalf("trial %d: inconsistent shape (want %d×%d) in\n%s\n%s", trial, rows, cols, b.String(), out)
		}
		sum := 0.0
		seen := map[int]bool{}
		for k, p := range res.Assignment {
			if k > 0 && p.Row <= res.Assignment[k-1].Row {
				t.Fatalf("trial %d: assignment not sorted by row", trial)
			}
			if seen[p.Col] || p.Cost != c[p.Row][p.Col] {
				t.Fatalf("trial %d: pair %+v repeats a column or misreports its cost", trial, p)
			}
			seen[p.Col] = true
			sum += p.Cost
			if labels != (p.RowLabel != nil && p.ColLabel != nil) ||
				(labels && (*p.RowLabel != fmt.Sprintf("O%d", p.Row) || *p.ColLabel != fmt.Sprintf("P%d", p.Col))) {
				t.Fatalf("trial %d: labels of %+v", trial, p)
			}
		}
		if sum != res.Total || !res.Optimal || !res.Verified || len(res.Duals.U) != rows || len(res.Duals.V) != cols {
			t.Fatalf("trial %d: sum %v, total %v, optimal %v, verified %v, duals %v", trial, sum, res.Total, res.Optimal, res.Verified, res.Duals)
		}
	}
}

// TestMatrixOutputFile checks --out: the file gets exactly what stdout would
// get, a failing run leaves an existing file as it was and creates none, and
// the input file is never written.
func TestMatrixOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "costs.csv")
	input := []byte("A,B\n1,2\n3,0\n")
	if err := os.WriteFile(in, input, 0o444); err != nil {
		t.Fatal(err)
	}
	stIn, _ := os.Stat(in)
	out := filepath.Join(dir, "plan.json")

	_, want, _ := runCapture(t, "", "matrix", "--format", "json", in)
	code, stdout, errs := runCapture(t, "", "matrix", "--format", "json", "--out", out, in)
	if code != exitOK || stdout != "" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	if got, _ := os.ReadFile(out); string(got) != want {
		t.Fatalf("--out file %q, stdout run %q", got, want)
	}

	// Failures after reading (infeasible) and while reading keep the old file.
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("1,x\n2,x\n"), 0o644)
	for _, args := range [][]string{
		{"matrix", "--out", out, bad},
		{"matrix", "--out", out, filepath.Join(dir, "missing.csv")},
		{"matrix", "--format", "yaml", "--out", out, in},
	} {
		if code, _, _ := runCapture(t, "", args...); code == exitOK {
			t.Fatalf("%v: exit 0", args)
		}
		if got, _ := os.ReadFile(out); string(got) != want {
			t.Fatalf("%v: failed run changed the output file to %q", args, got)
		}
	}
	fresh := filepath.Join(dir, "fresh.json")
	if code, _, _ := runCapture(t, "", "matrix", "--out", fresh, bad); code != exitInfeasible {
		t.Fatalf("infeasible: exit %d", code)
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Fatalf("failed run created %s (%v)", fresh, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("directory holds %d entries, want costs.csv, plan.json, bad.csv (temporary files left?)", len(entries))
	}

	// --out naming the input is refused before anything is written.
	code, _, errs = runCapture(t, "", "matrix", "--out", in, in)
	if code != exitUsage || !strings.Contains(errs, "berkas masukan") {
		t.Fatalf("--out = input: exit %d, stderr %q", code, errs)
	}
	got, _ := os.ReadFile(in)
	st, _ := os.Stat(in)
	if !bytes.Equal(got, input) || !st.ModTime().Equal(stIn.ModTime()) || st.Mode() != stIn.Mode() {
		t.Fatalf("the input file was touched")
	}
}

// TestMatrixDocExamples runs every "$ mutasi matrix ..." example of
// docs/matrix.md and compares its output (stdout then stderr) with the lines
// that follow it in the document, so that the page stays true.
func TestMatrixDocExamples(t *testing.T) {
	doc, err := os.ReadFile("../../docs/matrix.md")
	if err != nil {
		t.Fatal(err)
	}
	type example struct {
		args []string
		want string
	}
	var examples []example
	inBlock := false
	for _, line := range strings.Split(string(doc), "\n") {
		switch {
		case strings.HasPrefix(line, "```"):
			inBlock = !inBlock
		case inBlock && strings.HasPrefix(line, "$ mutasi matrix "):
			args := strings.Fields(strings.TrimPrefix(line, "$ mutasi "))
			for k, a := range args {
				args[k] = strings.TrimPrefix(a, "cmd/mutasi/")
			}
			examples = append(examples, example{args: args})
		case inBlock && len(examples) > 0 && !strings.HasPrefix(line, "$ "):
			examples[len(examples)-1].want += line + "\n"
		case !inBlock && len(examples) > 0:
			// Text outside a block ends the last example's output.
			examples = append(examples, example{})
		}
	}
	n := 0
	for _, ex := range examples {
		if ex.args == nil {
			continue
		}
		n++
		_, out, errs := runCapture(t, "", ex.args...)
		// The page runs from the repository's root, the test from here.
		ex.want = strings.ReplaceAll(ex.want, "cmd/mutasi/testdata/", "testdata/")
		if out+errs != ex.want {
			t.Errorf("docs/matrix.md: mutasi %s\n--- output\n%s--- the page says\n%s", strings.Join(ex.args, " "), out+errs, ex.want)
		}
	}
	if n < 3 {
		t.Errorf("found %d examples in docs/matrix.md, want at least 3", n)
	}
}
