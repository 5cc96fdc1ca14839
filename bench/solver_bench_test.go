package bench_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/solver"
)

// BenchmarkSolve times solver.Solve on the benchmark families of
// ../shared/peers/matrices.py (uniform, ties, geometric, machol, hard,
// forbidden) at n = 1000, 2000, 4000 and on uniform 5000×300 and 300×5000.
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
	for _, fam := range []string{"uniform", "ties", "geometric", "machol", "hard", "forbidden"} {
		for _, n := range []int{1000, 2000, 4000} {
			b.Run(fmt.Sprintf("family=%s/n=%d", fam, n), func(b *testing.B) {
				solverBenchOne(b, solverGenerate(fam, n, n, uint64(7919*n)))
			})
		}
	}
	for _, rc := range [][2]int{{5000, 300}, {300, 5000}} {
		b.Run(fmt.Sprintf("family=uniform/n=%dx%d", rc[0], rc[1]), func(b *testing.B) {
			solverBenchOne(b, solverGenerate("uniform", rc[0], rc[1], uint64(rc[0]+rc[1])))
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
			cost, err := solverReadNPY(p)
			if err != nil {
				b.Fatal(err)
			}
			solverBenchOne(b, cost)
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

// solverGenerate builds one matrix of a family with the recipe of
// ../shared/peers/matrices.py.
func solverGenerate(family string, r, c int, seed uint64) *mat.Dense {
	rng := rand.New(rand.NewPCG(seed, 0))
	data := make([]float64, r*c)
	switch family {
	case "uniform":
		for k := range data {
			data[k] = rng.Float64()
		}
	case "ties":
		for k := range data {
			data[k] = float64(1 + rng.IntN(100))
		}
	case "geometric":
		px, py := make([]float64, r), make([]float64, r)
		qx, qy := make([]float64, c), make([]float64, c)
		for i := range px {
			px[i], py[i] = float64(rng.IntN(1000)), float64(rng.IntN(1000))
		}
		for j := range qx {
			qx[j], qy[j] = float64(rng.IntN(1000)), float64(rng.IntN(1000))
		}
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				dx, dy := px[i]-qx[j], py[i]-qy[j]
				data[i*c+j] = dx*dx + dy*dy
			}
		}
	case "machol":
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				data[i*c+j] = float64(i * j)
			}
		}
	case "hard":
		ro, co := make([]float64, r), make([]float64, c)
		for i := range ro {
			ro[i] = float64(rng.IntN(10000))
		}
		for j := range co {
			co[j] = float64(rng.IntN(10000))
		}
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				data[i*c+j] = float64(1+rng.IntN(1000)) + ro[i] + co[j]
			}
		}
	case "forbidden":
		for k := range data {
			data[k] = math.Inf(1)
			if rng.Float64() >= 0.8 {
				data[k] = rng.Float64()
			}
		}
		rows, cols := rng.Perm(r), rng.Perm(c)
		for k := 0; k < min(r, c); k++ {
			if p := rows[k]*c + cols[k]; math.IsInf(data[p], 1) {
				data[p] = rng.Float64()
			}
		}
	default:
		panic("unknown family " + family)
	}
	return mat.NewDense(r, c, data)
}
