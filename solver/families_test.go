package solver

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestVerifyFamilies solves thousands of instances of the benchmark families
// (square, tall 5n/4×n and wide n×5n/4, both senses) and checks each
// certificate with Verify; Machol–Wien is also checked against its closed
// form. The sizes above 60 run only without -short.
func TestVerifyFamilies(t *testing.T) {
	sizes := []int{1, 2, 3, 4, 5, 7, 10, 16, 25, 40, 60}
	reps := 12
	if !testing.Short() {
		sizes = append(sizes, 100, 200, 500)
	}
	rng := rand.New(rand.NewPCG(4000, 2))
	solved := 0
	for _, fam := range genFamilies() {
		for _, n := range sizes {
			for _, shape := range []string{"square", "tall", "wide"} {
				r, c := n, n
				switch shape {
				case "tall":
					r = n * 5 / 4
				case "wide":
					c = n * 5 / 4
				}
				k := reps
				switch {
				case n >= 500:
					k = 1
				case n >= 100:
					k = 3
				}
				for rep := range k {
					m := fam.gen(rng, r, c)
					maximize := rep%4 == 3 && fam.name != "forbidden"
					var opts []Option
					if maximize {
						opts = append(opts, Maximize())
					}
					name := fmt.Sprintf("%s/%dx%d/rep=%d/max=%v", fam.name, r, c, rep, maximize)
					res, err := Solve(m, opts...)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if err := Verify(m, res); err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if fam.name == "machol" && !maximize {
						if want := macholOptimum(r, c); res.Total != want {
							t.Fatalf("%s: total %v, closed form %v", name, res.Total, want)
						}
					}
					solved++
				}
			}
		}
	}
	t.Logf("%d instances verified", solved)
}

// macholOptimum is the optimum of c_ij = i·j: the k = min(r, c) smallest
// indices of the long side paired in reverse with the short side,
// Σ_{i<k} i·(k−1−i) (rearrangement inequality).
func macholOptimum(r, c int) float64 {
	k := min(r, c)
	s := 0.0
	for i := range k {
		s += float64(i * (k - 1 - i))
	}
	return s
}

// TestInfeasiblePlanted plants a Hall violator (k rows whose allowed pairs
// lie in k−1 columns) in otherwise dense matrices of every shape and checks
// that the error names a genuine violator.
func TestInfeasiblePlanted(t *testing.T) {
	rng := rand.New(rand.NewPCG(1935, 1957)) // Hall 1935, König/Egerváry; any seed works
	for it := range 200 {
		r, c := 2+rng.IntN(40), 2+rng.IntN(40)
		maximize := it%2 == 1
		bad := math.Inf(1)
		if maximize {
			bad = math.Inf(-1)
		}
		short, long := r, c
		if r > c {
			short, long = c, r
		}
		k := 1 + rng.IntN(short)
		lines := rng.Perm(short)[:k]
		partners := rng.Perm(long)[:k-1]
		m := mat.NewDense(r, c, nil)
		set := func(a, b int, x float64) { // a on the short side
			if r > c {
				m.Set(b, a, x)
			} else {
				m.Set(a, b, x)
			}
		}
		for a := range short {
			for b := range long {
				set(a, b, rng.Float64())
			}
		}
		for _, a := range lines {
			for b := range long {
				set(a, b, bad)
			}
			for _, b := range partners {
				if rng.Float64() < 0.7 {
					set(a, b, rng.Float64())
				}
			}
		}
		var opts []Option
		if maximize {
			opts = append(opts, Maximize())
		}
		_, err := Solve(m, opts...)
		var inf *InfeasibleError
		if !errors.As(err, &inf) {
			t.Fatalf("it=%d %dx%d: got %v, want an InfeasibleError", it, r, c, err)
		}
		if inf.Transposed != (r > c) {
			t.Fatalf("it=%d %dx%d: Transposed=%v", it, r, c, inf.Transposed)
		}
		if why, ok := checkViolator(m, maximize, inf); !ok {
			t.Fatalf("it=%d %dx%d: bad violator %v: %s", it, r, c, inf, why)
		}
	}
}

// TestVerifyRejects damages correct results in every way Verify checks and
// expects each damage to be caught.
func TestVerifyRejects(t *testing.T) {
	cost := mat.NewDense(3, 4, []float64{
		4, 1, 3, 9,
		2, 0, 5, 8,
		3, 2, 2, 7,
	})
	good, err := Solve(cost)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(cost, good); err != nil {
		t.Fatal(err)
	}
	clone := func() *Result { return cloneResult(good) }
	damages := map[string]func(r *Result){
		"total":        func(r *Result) { r.Total += 1 },
		"dual u":       func(r *Result) { r.U[0] += 0.5 },
		"dual v":       func(r *Result) { r.V[1] -= 0.5 },
		"nan dual":     func(r *Result) { r.U[2] = math.NaN() },
		"unassigned v": func(r *Result) { r.V[3] = -1 },
		"positive v":   func(r *Result) { r.V[0] += 1; r.U[r.ColRow[0]] -= 1 },
		"short":        func(r *Result) { r.RowCol = r.RowCol[:2] },
		"inconsistent": func(r *Result) { r.ColRow[r.RowCol[0]] = 1 },
		"unassign": func(r *Result) {
			r.ColRow[r.RowCol[0]] = -1
			r.RowCol[0] = -1
		},
		"suboptimal": func(r *Result) { // swap two rows' columns, fix the total
			a, b := r.RowCol[0], r.RowCol[1]
			r.RowCol[0], r.RowCol[1] = b, a
			r.ColRow[a], r.ColRow[b] = 1, 0
			r.Total = cost.At(0, b) + cost.At(1, a) + cost.At(2, r.RowCol[2])
		},
		"maximize flag": func(r *Result) { r.Maximize = true },
	}
	for name, damage := range damages {
		r := clone()
		damage(r)
		if err := Verify(cost, r); err == nil {
			t.Errorf("%s: Verify accepted a damaged result %+v", name, r)
		}
	}
}

// TestVerifyRosterLike solves matrices shaped like mutasi's rosters —
// officials × (posts + officials), a product benefit perf·prio (Machol–Wien
// like), forbidden pairs, and one release column per official that every
// other official is forbidden — large enough for the scans to skip blocks of
// forbidden columns, in both senses, and checks each certificate.
func TestVerifyRosterLike(t *testing.T) {
	sizes := []int{20, 90}
	if !testing.Short() {
		sizes = append(sizes, 300)
	}
	rng := rand.New(rand.NewPCG(1200, 2200))
	for _, n := range sizes {
		for rep := range 4 {
			p := n * 5 / 6
			maximize := rep%2 == 1
			bad := math.Inf(1)
			if maximize {
				bad = math.Inf(-1)
			}
			m := mat.NewDense(n, p+n, nil)
			perf := make([]float64, n)
			for i := range perf {
				perf[i] = 1 + rng.Float64()
			}
			for j := 0; j < p; j++ {
				prio := float64(1 + rng.IntN(5))
				for i := 0; i < n; i++ {
					x := -perf[i] * prio
					if maximize {
						x = -x
					}
					if rng.Float64() < 0.3 {
						x = bad
					}
					m.Set(i, j, x)
				}
			}
			for i := 0; i < n; i++ {
				for k := 0; k < n; k++ {
					x := bad
					if k == i {
						x = 0
					}
					m.Set(i, p+k, x)
				}
			}
			var opts []Option
			if maximize {
				opts = append(opts, Maximize())
			}
			res, err := Solve(m, opts...)
			if err != nil {
				t.Fatalf("n=%d rep=%d: %v", n, rep, err)
			}
			if err := Verify(m, res); err != nil {
				t.Fatalf("n=%d rep=%d: %v", n, rep, err)
			}
			if slow, err := Solve(m, append(opts, withoutSIMD(), withARRPasses(0))...); err != nil || math.Abs(slow.Total-res.Total) > 1e-9*math.Abs(res.Total) {
				t.Fatalf("n=%d rep=%d: variants disagree: %v vs %v (%v)", n, rep, res.Total, slow.Total, err)
			}
		}
	}
}
