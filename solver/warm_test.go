package solver

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// warmRandom is a random matrix of continuous costs in [0, 100), a share
// forbidden (±Inf by sense) and, with levels > 0, rounded to that many
// levels so that ties are common.
func warmRandom(rng *rand.Rand, r, c int, forbidden float64, levels int, maximize bool) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	inf := math.Inf(1)
	if maximize {
		inf = math.Inf(-1)
	}
	for i := range r {
		for j := range c {
			x := rng.Float64() * 100
			if levels > 0 {
				x = math.Floor(x * float64(levels) / 100)
			}
			if rng.Float64() < forbidden {
				x = inf
			}
			m.Set(i, j, x)
		}
	}
	return m
}

// warmPerturb returns a copy of m with every finite cost moved by up to
// ±amp, as a neighbouring weight would.
func warmPerturb(rng *rand.Rand, m *mat.Dense, amp float64) *mat.Dense {
	p := mat.DenseCopyOf(m)
	r, c := p.Dims()
	for i := range r {
		for j := range c {
			if x := p.At(i, j); !math.IsInf(x, 0) {
				p.Set(i, j, x+amp*(2*rng.Float64()-1))
			}
		}
	}
	return p
}

// TestSolveWarmMatchesCold solves random instances of every shape (square,
// wide, tall), sense and share of forbidden pairs cold and warm: warm from
// the duals of a perturbed neighbour, from random potentials and from the
// instance's own duals. Every warm result must pass Verify and have the
// cold total; an infeasible instance must stay infeasible.
func TestSolveWarmMatchesCold(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	trials := 600
	if testing.Short() {
		trials = 150
	}
	for trial := range trials {
		r, c := 1+rng.IntN(12), 1+rng.IntN(12)
		maximize := rng.IntN(3) == 0
		forbidden := []float64{0, 0.2, 0.5}[rng.IntN(3)]
		levels := []int{0, 3, 20}[rng.IntN(3)]
		cost := warmRandom(rng, r, c, forbidden, levels, maximize)
		var opts []Option
		if maximize {
			opts = append(opts, Maximize())
		}
		cold, coldErr := Solve(cost, opts...)
		starts := map[string][2][]float64{}
		if nb, err := Solve(warmPerturb(rng, cost, 5), opts...); err == nil {
			starts["neighbour"] = [2][]float64{nb.U, nb.V}
		}
		ru, rv := make([]float64, r), make([]float64, c)
		for i := range ru {
			ru[i] = 200*rng.Float64() - 100
		}
		for j := range rv {
			rv[j] = 200*rng.Float64() - 100
		}
		rv[0] = math.Inf(1) // non-finite entries count as 0
		starts["random"] = [2][]float64{ru, rv}
		if coldErr == nil {
			starts["own"] = [2][]float64{cold.U, cold.V}
		}
		for name, d := range starts {
			wopts := append(append([]Option{}, opts...), WithDuals(d[0], d[1]))
			if trial%2 == 0 {
				wopts = append(wopts, withoutWarmFallback())
			}
			warm, err := Solve(cost, wopts...)
			if coldErr != nil {
				var inf *InfeasibleError
				if !errors.As(err, &inf) {
					t.Fatalf("trial %d (%d×%d, %s): cold infeasible (%v), warm err %v", trial, r, c, name, coldErr, err)
				}
				continue
			}
			if err != nil {
				t.Fatalf("trial %d (%d×%d, %s): warm: %v", trial, r, c, name, err)
			}
			if err := Verify(cost, warm); err != nil {
				t.Fatalf("trial %d (%d×%d, max %v, %s): warm result fails Verify: %v", trial, r, c, maximize, name, err)
			}
			if !closeTo(warm.Total, cold.Total, maxAbsFinite(cost), r+c) {
				t.Fatalf("trial %d (%d×%d, %s): warm total %v, cold %v", trial, r, c, name, warm.Total, cold.Total)
			}
		}
	}
}

// TestSolveWarmOwnDualsKeepsAssignment: warm from its own duals with
// distinct costs (no ties) a solve needs no augmentation and returns the
// same assignment.
func TestSolveWarmOwnDualsKeepsAssignment(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for _, shape := range [][2]int{{30, 30}, {20, 45}, {45, 20}} {
		cost := warmRandom(rng, shape[0], shape[1], 0.1, 0, false)
		cold, err := Solve(cost)
		if err != nil {
			t.Fatal(err)
		}
		warm, err := Solve(cost, WithDuals(cold.U, cold.V))
		if err != nil {
			t.Fatal(err)
		}
		for i := range cold.RowCol {
			if cold.RowCol[i] != warm.RowCol[i] {
				t.Fatalf("%v: row %d: cold column %d, warm %d", shape, i, cold.RowCol[i], warm.RowCol[i])
			}
		}
	}
}

// TestSolveWarmWrongLength: duals of another shape are ignored.
func TestSolveWarmWrongLength(t *testing.T) {
	cost := mat.NewDense(2, 3, []float64{4, 1, 3, 2, 0, 5})
	res, err := Solve(cost, WithDuals([]float64{1}, []float64{1, 2}))
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 {
		t.Fatalf("total %v, want 3", res.Total)
	}
}

// BenchmarkSolveWarm solves n = 1000 matrices of the uniform, geometric
// and Machol–Wien families (square, and 1000×1250 for uniform) whose costs
// moved by up to 1 % from those of a neighbour, cold and warm from the
// neighbour's duals (WithDuals), as a sweep over a weight would.
func BenchmarkSolveWarm(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	fams := map[string]func(*rand.Rand, int, int) *mat.Dense{}
	for _, f := range genFamilies() {
		fams[f.name] = f.gen
	}
	for _, tc := range []struct {
		fam  string
		r, c int
	}{{"uniform", 1000, 1000}, {"uniform", 1000, 1250}, {"geometric", 1000, 1000}, {"machol", 1000, 1000}} {
		prev := fams[tc.fam](rng, tc.r, tc.c)
		next := mat.DenseCopyOf(prev)
		for i := range tc.r {
			for j := range tc.c {
				next.Set(i, j, prev.At(i, j)*(1+0.01*(2*rng.Float64()-1)))
			}
		}
		pr, err := Solve(prev)
		if err != nil {
			b.Fatal(err)
		}
		for _, warm := range []bool{false, true} {
			label := "cold"
			var opts []Option
			if warm {
				label = "warm"
				opts = append(opts, WithDuals(pr.U, pr.V))
			}
			b.Run(fmt.Sprintf("%s/%dx%d/%s", tc.fam, tc.r, tc.c, label), func(b *testing.B) {
				for b.Loop() {
					if _, err := Solve(next, opts...); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestSolveWarmRectNear covers the rectangular warm start and its raises:
// wide and tall matrices of 20 to 60 rows warm from the duals of a
// neighbour moved by up to 0.5 % of the cost range, with forbidden pairs,
// both with the fallback to the cold start and without it
// (withoutWarmFallback), so that the raise cascade itself is tested.
func TestSolveWarmRectNear(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 19))
	trials := 200
	if testing.Short() {
		trials = 40
	}
	for trial := range trials {
		r := 20 + rng.IntN(41)
		c := r + 1 + rng.IntN(30)
		if trial%2 == 1 {
			r, c = c, r
		}
		cost := warmRandom(rng, r, c, 0.1*rng.Float64(), 0, false)
		nb, err := Solve(warmPerturb(rng, cost, 0.5))
		if err != nil {
			continue // the neighbour is infeasible: nothing to start from
		}
		cold, coldErr := Solve(cost)
		opts := []Option{WithDuals(nb.U, nb.V)}
		if trial%4 < 2 {
			opts = append(opts, withoutWarmFallback())
		}
		warm, err := Solve(cost, opts...)
		if coldErr != nil {
			if err == nil {
				t.Fatalf("trial %d: cold infeasible (%v), warm solved", trial, coldErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("trial %d (%d×%d): warm: %v", trial, r, c, err)
		}
		if err := Verify(cost, warm); err != nil {
			t.Fatalf("trial %d (%d×%d): warm fails Verify: %v", trial, r, c, err)
		}
		if !closeTo(warm.Total, cold.Total, maxAbsFinite(cost), r+c) {
			t.Fatalf("trial %d (%d×%d): warm total %v, cold %v", trial, r, c, warm.Total, cold.Total)
		}
	}
}

// FuzzSolveWarm decodes a matrix of at most 7×7 as FuzzSolve does (byte 0
// rows, byte 1 columns and maximisation in bit 7, then costs with 0xff
// forbidden), followed by one potential per row and column ((b−128)/8), and
// solves it warm from those potentials, with and without the rectangular
// fallback: the answer must pass Verify and have the enumerated optimum,
// or be infeasible exactly when enumeration finds no assignment.
func FuzzSolveWarm(f *testing.F) {
	f.Add([]byte{3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 120, 130, 140, 100, 110, 128, 200})
	f.Add([]byte{4, 0x82, 0xff, 3, 0xff, 0xff, 9, 0xff, 2, 5, 0, 255, 1, 2, 3, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		r := 1 + int(data[0])%7
		c := 1 + int(data[1]&0x7f)%7
		maximize := data[1]&0x80 != 0
		bad := math.Inf(1)
		if maximize {
			bad = math.Inf(-1)
		}
		next := 2
		byteAt := func() (byte, bool) {
			if next >= len(data) {
				return 0, false
			}
			next++
			return data[next-1], true
		}
		m := mat.NewDense(r, c, nil)
		for k := range r * c {
			x := 0.0
			if b, ok := byteAt(); ok {
				if b == 0xff {
					x = bad
				} else {
					x = float64(int(b)-128) / 4 * math.Pow(10, float64(int(b)%5-2))
				}
			}
			m.Set(k/c, k%c, x)
		}
		u, v := make([]float64, r), make([]float64, c)
		for _, p := range [][]float64{u, v} {
			for k := range p {
				if b, ok := byteAt(); ok {
					p[k] = float64(int(b)-128) / 8
				}
			}
		}
		want, feasible := bruteOptimum(m, maximize)
		for _, fallback := range []bool{true, false} {
			opts := []Option{WithDuals(u, v)}
			if maximize {
				opts = append(opts, Maximize())
			}
			if !fallback {
				opts = append(opts, withoutWarmFallback())
			}
			res, err := Solve(m, opts...)
			var inf *InfeasibleError
			switch {
			case errors.As(err, &inf):
				if feasible {
					t.Fatalf("InfeasibleError %v on a feasible matrix\n%v", inf, mat.Formatted(m))
				}
			case err != nil:
				t.Fatalf("%v\n%v", err, mat.Formatted(m))
			default:
				if !feasible {
					t.Fatalf("solved an infeasible matrix: %+v", res)
				}
				if err := Verify(m, res); err != nil {
					t.Fatalf("fallback %v: %v\n%v", fallback, err, mat.Formatted(m))
				}
				if !closeTo(res.Total, want, maxAbsFinite(m), r+c) {
					t.Fatalf("fallback %v: total %v, enumeration %v\n%v", fallback, res.Total, want, mat.Formatted(m))
				}
			}
		}
	})
}
