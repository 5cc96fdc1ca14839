package solver

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// closeTo compares two optima with the tolerance Verify documents.
func closeTo(a, b, scale float64, n int) bool {
	return math.Abs(a-b) <= VerifyRelTol*math.Max(scale, 1e-300)*float64(2*n+2)
}

func maxAbsFinite(m *mat.Dense) float64 {
	s := 0.0
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if x := m.At(i, j); !math.IsInf(x, 0) {
				s = math.Max(s, math.Abs(x))
			}
		}
	}
	return s
}

// TestSolveBruteForce checks every shape up to 8×8 against enumeration, with
// forbidden pairs (some instances infeasible), both senses, and with and
// without augmenting row reduction.
func TestSolveBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 0))
	maxN := 8
	if testing.Short() {
		maxN = 6
	}
	for r := 1; r <= maxN; r++ {
		for c := 1; c <= maxN; c++ {
			for rep := 0; rep < 6; rep++ {
				maximize := rep%2 == 1
				pForbid := []float64{0, 0.3, 0.6}[rep/2]
				m := mat.NewDense(r, c, nil)
				for i := 0; i < r; i++ {
					for j := 0; j < c; j++ {
						x := float64(rng.IntN(10)) // small integers: many ties
						if rep >= 4 {
							x = rng.NormFloat64()
						}
						if rng.Float64() < pForbid {
							x = math.Inf(1)
							if maximize {
								x = math.Inf(-1)
							}
						}
						m.Set(i, j, x)
					}
				}
				want, feasible := bruteOptimum(m, maximize)
				for variant, passes := range []int{-1, 0, -1, -1, 0, -1, -1} {
					opts := []Option{withARRPasses(passes), withF32(f32Never)}
					switch variant {
					case 2:
						opts = append(opts, withoutSIMD())
					case 3:
						opts = append(opts, withF32(f32Always))
					case 4:
						opts = append(opts, withF32(f32Always), withoutSIMD())
					case 5: // the AVX2 kernels where the CPU also has AVX-512
						opts = append(opts, withSIMDAtMost(simdAVX2))
					case 6:
						opts = append(opts, withF32(f32Always), withSIMDAtMost(simdAVX2))
					}
					if maximize {
						opts = append(opts, Maximize())
					}
					name := fmt.Sprintf("%dx%d/rep=%d/arr=%d", r, c, rep, passes)
					res, err := Solve(m, opts...)
					if !feasible {
						var inf *InfeasibleError
						if !errors.As(err, &inf) {
							t.Fatalf("%s: infeasible by enumeration, Solve gave %v", name, err)
						}
						if why, ok := checkViolator(m, maximize, inf); !ok {
							t.Fatalf("%s: bad violator %v: %s\n%v", name, inf, why, mat.Formatted(m))
						}
						continue
					}
					if err != nil {
						t.Fatalf("%s: %v\n%v", name, err, mat.Formatted(m))
					}
					if err := Verify(m, res); err != nil {
						t.Fatalf("%s: %v\n%v", name, err, mat.Formatted(m))
					}
					if !closeTo(res.Total, want, maxAbsFinite(m), r+c) {
						t.Fatalf("%s: total %v, enumeration %v\n%v", name, res.Total, want, mat.Formatted(m))
					}
				}
			}
		}
	}
}

func TestSolveEmpty(t *testing.T) {
	for _, dims := range [][2]int{{0, 0}, {0, 3}, {4, 0}} {
		var m mat.Matrix = &mat.Dense{}
		if dims[0]+dims[1] > 0 {
			m = emptyMatrix{dims[0], dims[1]}
		}
		res, err := Solve(m)
		if err != nil {
			t.Fatalf("%v: %v", dims, err)
		}
		if len(res.RowCol) != dims[0] || len(res.ColRow) != dims[1] || res.Total != 0 {
			t.Fatalf("%v: %+v", dims, res)
		}
		for _, j := range res.RowCol {
			if j != -1 {
				t.Fatalf("%v: %+v", dims, res)
			}
		}
		if err := Verify(m, res); err != nil {
			t.Fatalf("%v: %v", dims, err)
		}
	}
}

// emptyMatrix is a mat.Matrix with a zero dimension (mat.NewDense panics on
// those).
type emptyMatrix struct{ r, c int }

func (e emptyMatrix) Dims() (int, int)    { return e.r, e.c }
func (e emptyMatrix) At(i, j int) float64 { panic("empty matrix has no elements") }
func (e emptyMatrix) T() mat.Matrix       { return emptyMatrix{e.c, e.r} }

func TestSolveConstantIsIdentity(t *testing.T) {
	for _, dims := range [][2]int{{1, 1}, {5, 5}, {50, 50}, {7, 12}, {12, 7}} {
		r, c := dims[0], dims[1]
		m := mat.NewDense(r, c, nil)
		for i := range r {
			for j := range c {
				m.Set(i, j, 3.5)
			}
		}
		for _, maximize := range []bool{false, true} {
			var opts []Option
			if maximize {
				opts = append(opts, Maximize())
			}
			res, err := Solve(m, opts...)
			if err != nil {
				t.Fatal(err)
			}
			for k := range min(r, c) {
				if res.RowCol[k] != k || res.ColRow[k] != k {
					t.Fatalf("%dx%d max=%v: not the identity: %v", r, c, maximize, res.RowCol)
				}
			}
		}
	}
}

func TestSolveDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	m := mat.NewDense(60, 80, nil)
	for i := range 60 {
		for j := range 80 {
			m.Set(i, j, float64(rng.IntN(5)))
		}
	}
	first, err := Solve(m)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		again, err := Solve(m)
		if err != nil {
			t.Fatal(err)
		}
		for i := range first.RowCol {
			if first.RowCol[i] != again.RowCol[i] {
				t.Fatalf("run differs at row %d", i)
			}
		}
		for j := range first.V {
			if math.Float64bits(first.V[j]) != math.Float64bits(again.V[j]) {
				t.Fatalf("dual differs at column %d", j)
			}
		}
	}
}

func TestSolveValueErrors(t *testing.T) {
	cases := []struct {
		name     string
		x        float64
		maximize bool
	}{
		{"nan", math.NaN(), false},
		{"nan max", math.NaN(), true},
		{"-inf min", math.Inf(-1), false},
		{"+inf max", math.Inf(1), true},
		{"huge", 1e308, false}, {"huge negative max", -1e308, true},
	}
	for _, tc := range cases {
		for _, shape := range [][2]int{{3, 4}, {4, 3}} {
			m := mat.NewDense(shape[0], shape[1], nil)
			m.Set(2, 1, tc.x)
			var opts []Option
			if tc.maximize {
				opts = append(opts, Maximize())
			}
			_, err := Solve(m, opts...)
			var ve *ValueError
			if !errors.As(err, &ve) || ve.Row != 2 || ve.Col != 1 {
				t.Errorf("%s %v: got %v, want a ValueError at row 2 column 1", tc.name, shape, err)
			}
		}
	}
}

func TestSolveCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	m := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	_, err := Solve(m, WithContext(ctx))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

// TestSolveGenericMatrix checks that a mat.Matrix that is not a *mat.Dense
// (here a transpose view) gives the same optimum.
func TestSolveGenericMatrix(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 1))
	m := mat.NewDense(9, 6, nil)
	for i := range 9 {
		for j := range 6 {
			m.Set(i, j, rng.Float64())
		}
	}
	a, err := Solve(m)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Solve(m.T())
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(m.T(), b); err != nil {
		t.Fatal(err)
	}
	if math.Abs(a.Total-b.Total) > 1e-12 {
		t.Fatalf("%v vs %v", a.Total, b.Total)
	}
}

// TestSolveExtremeMagnitudes uses costs near the documented limit, of both
// signs, with forbidden pairs: no overflow to Inf or NaN may reach the
// duals, and the certificate must hold.
func TestSolveExtremeMagnitudes(t *testing.T) {
	rng := rand.New(rand.NewPCG(308, 1))
	for it := range 200 {
		r, c := 1+rng.IntN(12), 1+rng.IntN(12)
		limit := math.MaxFloat64 / (8 * float64(r+c))
		m := mat.NewDense(r, c, nil)
		for i := range r {
			for j := range c {
				x := limit * (2*rng.Float64() - 1)
				if rng.IntN(5) == 0 {
					x = math.Inf(1)
				}
				m.Set(i, j, x)
			}
		}
		res, err := Solve(m)
		var inf *InfeasibleError
		if errors.As(err, &inf) {
			if why, ok := checkViolator(m, false, inf); !ok {
				t.Fatalf("it=%d: bad violator %v: %s", it, inf, why)
			}
			continue
		}
		if err != nil {
			t.Fatalf("it=%d %dx%d: %v", it, r, c, err)
		}
		if err := Verify(m, res); err != nil {
			t.Fatalf("it=%d %dx%d: %v\n%v", it, r, c, err, mat.Formatted(m))
		}
	}
}

// solveCountdownCtx reports cancellation from its n-th Err call on, to
// check that Solve keeps asking during the augmentations.
type solveCountdownCtx struct {
	context.Context
	calls, n int
}

func (c *solveCountdownCtx) Err() error {
	c.calls++
	if c.calls >= c.n {
		return context.Canceled
	}
	return nil
}

func TestSolveCancelledMidway(t *testing.T) {
	m := mat.NewDense(60, 60, nil)
	for i := range 60 {
		for j := range 60 {
			m.Set(i, j, float64(i*j)) // Machol–Wien: many augmentations
		}
	}
	for _, n := range []int{2, 5, 20} {
		ctx := &solveCountdownCtx{Context: context.Background(), n: n}
		_, err := Solve(m, WithContext(ctx), withARRPasses(0))
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("n=%d: got %v, want context.Canceled", n, err)
		}
		if ctx.calls != n {
			t.Fatalf("n=%d: Solve went on after cancellation (%d calls)", n, ctx.calls)
		}
	}
}
