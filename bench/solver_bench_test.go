package bench_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/costfile"
	"github.com/mutasi-id/mutasi/solver"
)

// BenchmarkSolve times solver.Solve on the benchmark families (bench.Family:
// uniform, ties, geometric, machol, hard, forbidden) at n = 1000, 2000, 4000
// and on uniform 5000×300 and 300×5000.
//
// With MUTASI_NPY_DIR set it instead benchmarks every FAMILY_RxC_sS.npy file
// in that directory, so that SciPy (scipy_lsa.py) and this benchmark time the
// very same matrices; bench/peers/compare.sh does that side by side.
// Without it the matrices are generated here with the same recipes (other
// random numbers than NumPy's). Each input is built once, verified once
// (solver.Verify) outside the timed loop, and every timed solve is checked
// for an error.
func BenchmarkSolve(b *testing.B) {
	if dir := os.Getenv("MUTASI_NPY_DIR"); dir != "" {
		solverBenchFiles(b, dir)
		return
	}
	for _, fam := range bench.Families() {
		for _, n := range []int{1000, 2000, 4000} {
			b.Run(fmt.Sprintf("family=%s/n=%d", fam, n), func(b *testing.B) {
				solverBenchOne(b, benchFamily(b, fam, n, n, uint64(7919*n)))
			})
		}
	}
	for _, rc := range [][2]int{{5000, 300}, {300, 5000}} {
		b.Run(fmt.Sprintf("family=uniform/n=%dx%d", rc[0], rc[1]), func(b *testing.B) {
			solverBenchOne(b, benchFamily(b, "uniform", rc[0], rc[1], uint64(rc[0]+rc[1])))
		})
	}
}

var solverFileName = regexp.MustCompile(`^([a-z]+)_(\d+)x(\d+)_s(\d+)\.npy$`)

func solverBenchFiles(b *testing.B, dir string) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.npy"))
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(paths)
	for _, p := range paths {
		m := solverFileName.FindStringSubmatch(filepath.Base(p))
		if m == nil {
			continue
		}
		name := fmt.Sprintf("family=%s/n=%sx%s", m[1], m[2], m[3])
		if m[2] == m[3] {
			name = fmt.Sprintf("family=%s/n=%s", m[1], m[2])
		}
		if m[4] != "0" {
			name += "/seed=" + m[4]
		}
		b.Run(name, func(b *testing.B) {
			cm, err := costfile.ReadFile(p, math.Inf(1), costfile.LabelsNone)
			if err != nil {
				b.Fatal(err)
			}
			solverBenchOne(b, mat.NewDense(cm.Rows, cm.Cols, cm.Data))
		})
	}
}

func solverBenchOne(b *testing.B, cost *mat.Dense) {
	res, err := solver.Solve(cost)
	if err != nil {
		b.Fatal(err)
	}
	if err := solver.Verify(cost, res); err != nil {
		b.Fatal(err)
	}
	// bench/peers/compare.py passes SciPy's optimum for the same file.
	if w := os.Getenv("MUTASI_WANT_TOTAL"); w != "" {
		want, err := strconv.ParseFloat(w, 64)
		if err != nil {
			b.Fatalf("MUTASI_WANT_TOTAL: %v", err)
		}
		if math.Abs(res.Total-want) > 1e-9*math.Max(1, math.Abs(want)) {
			b.Fatalf("total %.17g, SciPy %.17g", res.Total, want)
		}
	}
	b.ReportAllocs()
	cpu0 := bench.CPUTime()
	n := 0
	for b.Loop() {
		if _, err := solver.Solve(cost); err != nil {
			b.Fatal(err)
		}
		n++
	}
	// The process's CPU time per solve (GC included): on a machine shared
	// with other jobs it varies far less than ns/op.
	b.ReportMetric(float64(bench.CPUTime()-cpu0)/float64(n), "cpu-ns/op")
}

// benchFamily is bench.Family for a benchmark.
func benchFamily(b *testing.B, family string, r, c int, seed uint64) *mat.Dense {
	m, err := bench.Family(family, r, c, seed)
	if err != nil {
		b.Fatal(err)
	}
	return m
}
