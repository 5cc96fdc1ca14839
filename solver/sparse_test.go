package solver

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// sparseFromDense stores the finite entries of m (the allowed pairs).
func sparseFromDense(t testing.TB, m *mat.Dense) *CSR {
	t.Helper()
	r, c := m.Dims()
	b := NewCSRBuilder(r, c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if x := m.At(i, j); !math.IsInf(x, 0) {
				b.Add(i, j, x)
			}
		}
	}
	a, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sparseCompare solves m densely and sparsely and checks that both agree:
// the same total (or both infeasible, with a true violator), and the sparse
// result certified by VerifySparse and by the dense Verify on m.
func sparseCompare(t *testing.T, name string, m *mat.Dense, maximize bool) {
	t.Helper()
	var opts []Option
	if maximize {
		opts = append(opts, Maximize())
	}
	a := sparseFromDense(t, m)
	want, derr := Solve(m, opts...)
	got, serr := SolveSparse(a, opts...)
	var dinf, sinf *InfeasibleError
	switch {
	case errors.As(derr, &dinf):
		if !errors.As(serr, &sinf) {
			t.Fatalf("%s: dense infeasible (%v), sparse: %v", name, derr, serr)
		}
		if why, ok := checkViolator(m, maximize, sinf); !ok {
			t.Fatalf("%s: bad sparse violator %v: %s", name, sinf, why)
		}
		return
	case derr != nil:
		t.Fatalf("%s: dense: %v", name, derr)
	case serr != nil:
		t.Fatalf("%s: sparse: %v (dense total %v)", name, serr, want.Total)
	}
	r, c := m.Dims()
	if !closeTo(got.Total, want.Total, maxAbsFinite(m), r+c) {
		t.Fatalf("%s: sparse total %.17g, dense %.17g", name, got.Total, want.Total)
	}
	if err := VerifySparse(a, got); err != nil {
		t.Fatalf("%s: VerifySparse: %v", name, err)
	}
	if err := Verify(m, got); err != nil {
		t.Fatalf("%s: dense Verify of the sparse result: %v", name, err)
	}
}

func TestSparseFamilies(t *testing.T) {
	shapes := [][2]int{{1, 1}, {3, 3}, {5, 8}, {8, 5}, {12, 12}, {30, 45}, {45, 30}, {80, 80}}
	if !testing.Short() {
		shapes = append(shapes, [2]int{200, 260}, [2]int{260, 200})
	}
	for _, f := range genFamilies() {
		for _, sh := range shapes {
			for seed := range uint64(3) {
				rng := rand.New(rand.NewPCG(seed, 77))
				m := f.gen(rng, sh[0], sh[1])
				sparseCompare(t, f.name, m, false)
				if f.name != "forbidden" {
					sparseCompare(t, f.name+"/max", m, true)
				}
			}
		}
	}
}

// TestSparseThinned removes most pairs at random (so that many instances are
// infeasible and many split into components) and compares with the dense
// solver on the same mask.
func TestSparseThinned(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 300 {
		r, c := 1+rng.IntN(14), 1+rng.IntN(14)
		keep := 0.1 + 0.5*rng.Float64()
		m := mat.NewDense(r, c, nil)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				x := math.Inf(1)
				if rng.Float64() < keep {
					x = float64(rng.IntN(20)) - 5
				}
				m.Set(i, j, x)
			}
		}
		sparseCompare(t, "thinned", m, false)
		if r > 6 || c > 6 {
			continue
		}
		if want, ok := bruteOptimum(m, false); ok {
			got, err := SolveSparse(sparseFromDense(t, m))
			if err != nil || !closeTo(got.Total, want, 20, r+c) {
				t.Fatalf("trial %d: sparse %v %v, enumeration %v", trial, got, err, want)
			}
		}
	}
}

// TestSparseComponents solves a block-diagonal matrix whose blocks are
// solved concurrently (the race detector watches this one with -short).
func TestSparseComponents(t *testing.T) {
	const blocks, size = 9, 25
	rng := rand.New(rand.NewPCG(1, 2))
	n := blocks * size
	m := mat.NewDense(n, n+blocks, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n+blocks; j++ {
			m.Set(i, j, math.Inf(1))
		}
	}
	for b := range blocks {
		for i := b * size; i < (b+1)*size; i++ {
			for j := b * size; j < (b+1)*size; j++ {
				m.Set(i, j, rng.Float64())
			}
			m.Set(i, n+b, 2) // one shared spare column per block
		}
	}
	a := sparseFromDense(t, m)
	res, st, err := SolveSparseFrom(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Components != blocks {
		t.Fatalf("%d components, want %d", st.Components, blocks)
	}
	if err := Verify(m, res); err != nil {
		t.Fatal(err)
	}
	sparseCompare(t, "blocks", m, false)
}

// TestSparseWarm solves a subset of the pairs, then all of them from that
// result, and compares with a cold solve: the warm start must release what
// the new pairs invalidate and bring the columns it leaves unassigned with
// v < 0 back to the sign condition.
func TestSparseWarm(t *testing.T) {
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 9))
		r := 5 + rng.IntN(40)
		c := r + rng.IntN(30)
		m := mat.NewDense(r, c, nil)
		sub := mat.NewDense(r, c, nil)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				x := float64(rng.IntN(50))
				m.Set(i, j, x)
				if j == i || rng.Float64() < 0.2 {
					sub.Set(i, j, x)
				} else {
					sub.Set(i, j, math.Inf(1))
				}
			}
		}
		first, err := SolveSparse(sparseFromDense(t, sub))
		if err != nil {
			t.Fatal(err)
		}
		full := sparseFromDense(t, m)
		warm, _, err := SolveSparseFrom(full, first)
		if err != nil {
			t.Fatal(err)
		}
		cold, err := Solve(m)
		if err != nil {
			t.Fatal(err)
		}
		if !closeTo(warm.Total, cold.Total, 50, r+c) {
			t.Fatalf("seed %d: warm %v, cold %v", seed, warm.Total, cold.Total)
		}
		if err := VerifySparse(full, warm); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
	}
}

func TestCSRErrors(t *testing.T) {
	b := NewCSRBuilder(2, 2)
	b.Add(0, 1, 1)
	b.Add(0, 1, 2)
	if _, err := b.Build(); err == nil {
		t.Fatal("duplicate accepted")
	}
	b = NewCSRBuilder(2, 2)
	b.Add(2, 0, 1)
	if _, err := b.Build(); err == nil {
		t.Fatal("row out of range accepted")
	}
	b = NewCSRBuilder(2, 2)
	b.Add(1, 0, math.NaN())
	var ve *ValueError
	if _, err := b.Build(); !errors.As(err, &ve) || ve.Row != 1 || ve.Col != 0 {
		t.Fatalf("NaN: %v", err)
	}
	if _, err := NewCSR(2, 2, []int{0, 2, 1}, []int32{0, 1}, []float64{1, 2}); err == nil {
		t.Fatal("bad pointers accepted")
	}
	if _, err := NewCSR(1, 2, []int{0, 2}, []int32{1, 0}, []float64{1, 2}); err == nil {
		t.Fatal("unsorted columns accepted")
	}
}

func TestVerifySparseRejects(t *testing.T) {
	m := mat.NewDense(2, 3, []float64{1, 2, math.Inf(1), 3, 1, 4})
	a := sparseFromDense(t, m)
	good, err := SolveSparse(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifySparse(a, good); err != nil {
		t.Fatal(err)
	}
	clone := func() *Result { return cloneResult(good) }
	bad := clone()
	bad.Total--
	if VerifySparse(a, bad) == nil {
		t.Fatal("wrong total accepted")
	}
	bad = clone()
	bad.U[0] += 1
	if VerifySparse(a, bad) == nil {
		t.Fatal("infeasible duals accepted")
	}
	bad = clone()
	bad.V[2] = -1 // an unassigned column with a negative potential
	bad.U[0]++
	if VerifySparse(a, bad) == nil {
		t.Fatal("slack sign accepted")
	}
	// A stored-pair-only assignment: row 0 to column 2 is not stored.
	bad = clone()
	bad.RowCol = []int{2, 1}
	bad.ColRow = []int{-1, 1, 0}
	if VerifySparse(a, bad) == nil {
		t.Fatal("unstored pair accepted")
	}
}

// FuzzSparse decodes bytes like FuzzSolve, solves the allowed pairs with
// SolveSparse and compares with the dense solver (totals, certificates,
// violators).
func FuzzSparse(f *testing.F) {
	f.Add([]byte{3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{2, 0x83, 0xff, 0xff, 10, 0xff, 0xff, 0xff})
	f.Add([]byte{5, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 2})
	f.Add([]byte{6, 6, 0xff, 1, 0xff, 0xff, 0xff, 0xff, 1, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		m, maximize := fuzzMatrix(data, func(b byte) bool { return b == 0xff || b < 0x20 })
		sparseCompare(t, "fuzz", m, maximize)
	})
}

// FuzzSparseWarm solves a part of the pairs of a fuzzed matrix, then all of
// them warm-started from that result (as a pricing round does), and
// compares with a cold dense solve: same optimum or both infeasible, and a
// certificate that VerifySparse accepts.
func FuzzSparseWarm(f *testing.F) {
	f.Add([]byte{3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 1, 2})
	f.Add([]byte{4, 6, 0, 9, 9, 1, 0, 9, 2, 2, 9, 0, 5, 5, 5, 5, 1, 2, 3, 4, 0, 0, 0, 0})
	f.Add([]byte{5, 3, 0xff, 1, 2, 0xff, 3, 3, 3, 1, 0xff, 2, 2, 1, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 3 {
			return
		}
		m, maximize := fuzzMatrix(data[1:], func(b byte) bool { return b == 0xff || b < 0x20 })
		var opts []Option
		if maximize {
			opts = append(opts, Maximize())
		}
		forbidden := math.Inf(1)
		if maximize {
			forbidden = math.Inf(-1)
		}
		// The part: pairs dropped by a pattern drawn from data[0], the
		// diagonal kept so that square parts stay feasible more often.
		r, c := m.Dims()
		part := mat.NewDense(r, c, nil)
		for i := range r {
			for j := range c {
				x := m.At(i, j)
				if i != j && (i*7+j*3+int(data[0]))%3 == 0 {
					x = forbidden
				}
				part.Set(i, j, x)
			}
		}
		first, err := SolveSparse(sparseFromDense(t, part), opts...)
		if err != nil {
			return // an infeasible part gives no start
		}
		a := sparseFromDense(t, m)
		got, _, serr := SolveSparseFrom(a, first, opts...)
		want, derr := Solve(m, opts...)
		var inf *InfeasibleError
		switch {
		case errors.As(derr, &inf):
			if !errors.As(serr, &inf) {
				t.Fatalf("dense infeasible (%v), warm sparse: %v", derr, serr)
			}
			return
		case derr != nil:
			t.Fatalf("dense: %v", derr)
		case serr != nil:
			t.Fatalf("warm sparse: %v (dense total %v)", serr, want.Total)
		}
		if !closeTo(got.Total, want.Total, maxAbsFinite(m), r+c) {
			t.Fatalf("warm sparse total %.17g, dense %.17g", got.Total, want.Total)
		}
		if err := VerifySparse(a, got); err != nil {
			t.Fatalf("VerifySparse: %v", err)
		}
	})
}

// TestSparseWarmRounds adds pairs in several rounds, as pricing does, and
// warm-starts each solve from the previous one, on small integer costs
// (many ties) and wide matrices: the warm start then often leaves columns
// unassigned with v < 0 that the optimum keeps unassigned, so the searches
// must move the unassigned columns' potential (augmentAll's vacancy rows).
// Each round is compared with a cold dense solve of the same pairs.
func TestSparseWarmRounds(t *testing.T) {
	for seed := range uint64(150) {
		rng := rand.New(rand.NewPCG(seed, 17))
		r := 3 + rng.IntN(25)
		c := r + rng.IntN(2*r+1)
		full := mat.NewDense(r, c, nil)
		have := mat.NewDense(r, c, nil)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				full.Set(i, j, float64(rng.IntN(10)-5*(i%3)))
				have.Set(i, j, math.Inf(1))
				if j == i || rng.Float64() < 0.1 {
					have.Set(i, j, full.At(i, j))
				}
			}
		}
		var prev *Result
		for round := range 4 {
			a := sparseFromDense(t, have)
			res, _, err := SolveSparseFrom(a, prev)
			if err != nil {
				t.Fatalf("seed %d round %d: %v", seed, round, err)
			}
			if err := VerifySparse(a, res); err != nil {
				t.Fatalf("seed %d round %d: %v", seed, round, err)
			}
			cold, err := Solve(have)
			if err != nil {
				t.Fatal(err)
			}
			if !closeTo(res.Total, cold.Total, 10, r+c) {
				t.Fatalf("seed %d round %d: warm %v, cold %v", seed, round, res.Total, cold.Total)
			}
			prev = res
			for i := 0; i < r; i++ {
				for j := 0; j < c; j++ {
					if rng.Float64() < 0.15 {
						have.Set(i, j, full.At(i, j))
					}
				}
			}
		}
	}
}
