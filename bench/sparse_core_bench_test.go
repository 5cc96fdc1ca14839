package bench

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/solver"
)

// sparseCoreSizes are the square sparse matrices on which the sparse core
// is compared with SciPy's min_weight_full_bipartite_matching.
var sparseCoreSizes = []int{2000, 10000, 50000}

// sparseCoreDegree is the number of stored pairs per row.
const sparseCoreDegree = 20

// sparseCoreMatrix is a square n×n matrix with sparseCoreDegree random
// columns per row plus a random permutation (so a perfect matching exists),
// integer costs 1..1000. Deterministic in n.
func sparseCoreMatrix(n int) *solver.CSR {
	rng := rand.New(rand.NewPCG(uint64(n), 0x5a))
	perm := rng.Perm(n)
	b := solver.NewCSRBuilder(n, n)
	seen := make(map[int]bool, sparseCoreDegree+1)
	for i := range n {
		clear(seen)
		seen[perm[i]] = true
		b.Add(i, perm[i], float64(1+rng.IntN(1000)))
		for len(seen) < sparseCoreDegree+1 {
			j := rng.IntN(n)
			if !seen[j] {
				seen[j] = true
				b.Add(i, j, float64(1+rng.IntN(1000)))
			}
		}
	}
	a, err := b.Build()
	if err != nil {
		panic(err)
	}
	return a
}

// TestSparseCoreExport writes the sparseCoreMatrix instances as NumPy
// arrays (N_indptr.npy, N_indices.npy, N_data.npy) into
// $MUTASI_SPARSE_NPY_DIR for bench/peers/sparse_scipy.py; skipped without it.
func TestSparseCoreExport(t *testing.T) {
	dir := os.Getenv("MUTASI_SPARSE_NPY_DIR")
	if dir == "" {
		t.Skip("MUTASI_SPARSE_NPY_DIR not set")
	}
	for _, n := range sparseCoreSizes {
		a := sparseCoreMatrix(n)
		ptr := make([]float64, len(a.Ptr))
		for k, p := range a.Ptr {
			ptr[k] = float64(p)
		}
		idx := make([]float64, len(a.Col))
		for k, j := range a.Col {
			idx[k] = float64(j)
		}
		for name, v := range map[string][]float64{"indptr": ptr, "indices": idx, "data": a.Cost} {
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%d_%s.npy", n, name)))
			if err != nil {
				t.Fatal(err)
			}
			if err := WriteNPY(f, mat.NewDense(1, len(v), v)); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
		}
		res, err := solver.SolveSparse(a)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("n=%d total %.0f", n, res.Total)
	}
}

// BenchmarkSparseCore times solver.SolveSparse alone on sparseCoreMatrix,
// the matrices bench/peers/sparse_scipy.py gives SciPy.
func BenchmarkSparseCore(b *testing.B) {
	for _, n := range sparseCoreSizes {
		a := sparseCoreMatrix(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var res *solver.Result
			cpu0, runs := CPUTime(), 0
			for b.Loop() {
				runs++
				var err error
				if res, err = solver.SolveSparse(a); err != nil {
					b.Fatal(err)
				}
			}
			if err := solver.VerifySparse(a, res); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(CPUTime()-cpu0)/float64(runs), "cpu-ns/op")
			b.ReportMetric(res.Total, "total")
		})
	}
}
