package solver

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"
)

// lpOptimum solves the assignment LP with gonum's simplex method: an
// independent oracle for medium sizes. With s = min(r, c) the short side's
// lines are equalities Σ x = 1 and the long side's are Σ x + slack = 1 (the
// textbook model with 2n equalities and no slacks is rank deficient, which
// lp.Simplex rejects). Forbidden pairs have no variable.
func lpOptimum(cost *mat.Dense, maximize bool) (float64, error) {
	r, c := cost.Dims()
	type pair struct{ i, j int }
	var vars []pair
	var obj []float64
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			x := cost.At(i, j)
			if math.IsInf(x, 0) {
				continue
			}
			if maximize {
				x = -x
			}
			vars = append(vars, pair{i, j})
			obj = append(obj, x)
		}
	}
	long := c
	if r > c {
		long = r
	}
	nv := len(vars) + long // pair variables, then one slack per long line
	for range long {
		obj = append(obj, 0)
	}
	a := mat.NewDense(r+c, nv, nil)
	b := make([]float64, r+c)
	for k, p := range vars {
		a.Set(p.i, k, 1)
		a.Set(r+p.j, k, 1)
	}
	for l := range long {
		row := r + l // the long side is the columns
		if r > c {
			row = l
		}
		a.Set(row, len(vars)+l, 1)
	}
	for k := range b {
		b[k] = 1
	}
	// lp.Simplex needs a full-rank constraint matrix with at least as many
	// variables as constraints; a short-side line without allowed pairs
	// (an all-zero row of A) or too few pairs breaks that, so the caller
	// falls back to the other checks.
	if nv < r+c {
		return 0, errLPNotApplicable
	}
	for l := 0; l < r+c; l++ {
		if mat.Norm(a.RowView(l), 1) == 0 {
			return 0, errLPNotApplicable
		}
	}
	opt, _, err := lp.Simplex(obj, a, b, 1e-10, nil)
	if maximize {
		opt = -opt
	}
	return opt, err
}

var errLPNotApplicable = errors.New("the LP oracle does not apply")

// TestSolveAgainstSimplex compares optima with the simplex method on random
// instances up to 15×15, square and rectangular, with forbidden pairs.
func TestSolveAgainstSimplex(t *testing.T) {
	rng := rand.New(rand.NewPCG(2016, 1987))
	count := 120
	if testing.Short() {
		count = 30
	}
	lpSkipped, lpCompared := 0, 0
	defer func() {
		t.Logf("%d optima compared with the simplex method, %d instances checked otherwise", lpCompared, lpSkipped)
		if lpSkipped > count/4 {
			t.Errorf("the simplex oracle was skipped on %d of %d instances", lpSkipped, count)
		}
	}()
	for it := range count {
		r, c := 1+rng.IntN(15), 1+rng.IntN(15)
		maximize := it%3 == 2
		pForbid := []float64{0, 0.2, 0.5}[it%3]
		m := mat.NewDense(r, c, nil)
		for i := range r {
			for j := range c {
				x := math.Round(100*rng.NormFloat64()) / 4
				if rng.Float64() < pForbid {
					x = math.Inf(1)
					if maximize {
						x = math.Inf(-1)
					}
				}
				m.Set(i, j, x)
			}
		}
		name := fmt.Sprintf("it=%d/%dx%d/max=%v", it, r, c, maximize)
		want, lpErr := lpOptimum(m, maximize)
		var opts []Option
		if maximize {
			opts = append(opts, Maximize())
		}
		res, err := Solve(m, opts...)
		if errors.Is(lpErr, errLPNotApplicable) {
			lpSkipped++
			var inf *InfeasibleError
			switch {
			case errors.As(err, &inf):
				if why, ok := checkViolator(m, maximize, inf); !ok {
					t.Fatalf("%s: bad violator %v: %s", name, inf, why)
				}
			case err != nil:
				t.Fatalf("%s: %v", name, err)
			default:
				if err := Verify(m, res); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
			continue
		}
		if lpErr != nil {
			if !errors.Is(lpErr, lp.ErrInfeasible) {
				t.Fatalf("%s: simplex: %v", name, lpErr)
			}
			var inf *InfeasibleError
			if !errors.As(err, &inf) {
				t.Fatalf("%s: simplex says infeasible, Solve gave %v", name, err)
			}
			if why, ok := checkViolator(m, maximize, inf); !ok {
				t.Fatalf("%s: bad violator %v: %s", name, inf, why)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := Verify(m, res); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		lpCompared++
		if math.Abs(res.Total-want) > 1e-7*math.Max(1, math.Abs(want)) {
			t.Fatalf("%s: total %v, simplex %v", name, res.Total, want)
		}
	}
}
