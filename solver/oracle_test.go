package solver

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/combin"
)

// bruteOptimum returns the optimal total of cost by enumerating every
// injection of the shorter side into the longer one (gonum combin), and
// whether any feasible assignment exists.
func bruteOptimum(cost *mat.Dense, maximize bool) (float64, bool) {
	r, c := cost.Dims()
	if r == 0 || c == 0 {
		return 0, true
	}
	at := func(a, b int) float64 { return cost.At(a, b) }
	short, long := r, c
	if r > c {
		short, long = c, r
		at = func(a, b int) float64 { return cost.At(b, a) }
	}
	bad := math.Inf(1)
	if maximize {
		bad = math.Inf(-1)
	}
	best, found := 0.0, false
	gen := combin.NewPermutationGenerator(long, short)
	perm := make([]int, short)
	for gen.Next() {
		gen.Permutation(perm)
		sum := 0.0
		ok := true
		for a, b := range perm {
			x := at(a, b)
			if x == bad {
				ok = false
				break
			}
			sum += x
		}
		if !ok {
			continue
		}
		if !found || (!maximize && sum < best) || (maximize && sum > best) {
			best, found = sum, true
		}
	}
	return best, found
}

// checkViolator checks an infeasibility certificate independently: its rows
// (of the short side) reach only its columns, every one of them, and there
// are fewer columns than rows (Hall's condition fails). It returns what is
// wrong and false, or "" and true.
func checkViolator(cost *mat.Dense, maximize bool, e *InfeasibleError) (string, bool) {
	bad := math.Inf(1)
	if maximize {
		bad = math.Inf(-1)
	}
	at := cost.At
	if e.Transposed {
		at = func(a, b int) float64 { return cost.At(b, a) }
	}
	if len(e.Rows) == 0 {
		return "no rows", false
	}
	if len(e.Cols) >= len(e.Rows) {
		return "not fewer columns than rows", false
	}
	inCols := map[int]bool{}
	for _, j := range e.Cols {
		inCols[j] = true
	}
	_, long := cost.Dims()
	if e.Transposed {
		long, _ = cost.Dims()
	}
	reached := map[int]bool{}
	for _, i := range e.Rows {
		for j := 0; j < long; j++ {
			if at(i, j) != bad {
				if !inCols[j] {
					return "a row of the violator reaches a column not listed", false
				}
				reached[j] = true
			}
		}
	}
	// Every listed column should be reachable (the set is tight).
	for _, j := range e.Cols {
		if !reached[j] {
			return "a listed column is not reachable from the rows", false
		}
	}
	return "", true
}

// family generates matrices like bench.Family (bench/families.go), plus the
// families that only the tests need.
type family struct {
	name string
	gen  func(rng *rand.Rand, r, c int) *mat.Dense
}

func genFamilies() []family {
	dense := func(r, c int, f func(i, j int) float64) *mat.Dense {
		m := mat.NewDense(r, c, nil)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				m.Set(i, j, f(i, j))
			}
		}
		return m
	}
	return []family{
		{"uniform", func(rng *rand.Rand, r, c int) *mat.Dense {
			return dense(r, c, func(int, int) float64 { return rng.Float64() })
		}},
		{"ties", func(rng *rand.Rand, r, c int) *mat.Dense {
			return dense(r, c, func(int, int) float64 { return float64(1 + rng.IntN(100)) })
		}},
		{"geometric", func(rng *rand.Rand, r, c int) *mat.Dense {
			p := make([][2]float64, r)
			q := make([][2]float64, c)
			for i := range p {
				p[i] = [2]float64{float64(rng.IntN(1000)), float64(rng.IntN(1000))}
			}
			for j := range q {
				q[j] = [2]float64{float64(rng.IntN(1000)), float64(rng.IntN(1000))}
			}
			return dense(r, c, func(i, j int) float64 {
				dx, dy := p[i][0]-q[j][0], p[i][1]-q[j][1]
				return dx*dx + dy*dy
			})
		}},
		{"machol", func(rng *rand.Rand, r, c int) *mat.Dense {
			return dense(r, c, func(i, j int) float64 { return float64(i * j) })
		}},
		{"hard", func(rng *rand.Rand, r, c int) *mat.Dense {
			ro := make([]float64, r)
			co := make([]float64, c)
			for i := range ro {
				ro[i] = float64(rng.IntN(10000))
			}
			for j := range co {
				co[j] = float64(rng.IntN(10000))
			}
			return dense(r, c, func(i, j int) float64 { return float64(1+rng.IntN(1000)) + ro[i] + co[j] })
		}},
		{"forbidden", func(rng *rand.Rand, r, c int) *mat.Dense {
			m := dense(r, c, func(int, int) float64 {
				if rng.Float64() < 0.8 {
					return math.Inf(1)
				}
				return rng.Float64()
			})
			rows, cols := rng.Perm(r), rng.Perm(c)
			for k := 0; k < min(r, c); k++ {
				if math.IsInf(m.At(rows[k], cols[k]), 1) {
					m.Set(rows[k], cols[k], rng.Float64())
				}
			}
			return m
		}},
		{"range", func(rng *rand.Rand, r, c int) *mat.Dense {
			return dense(r, c, func(int, int) float64 { return math.Pow(10, -20+40*rng.Float64()) })
		}},
		{"negative", func(rng *rand.Rand, r, c int) *mat.Dense {
			return dense(r, c, func(int, int) float64 { return -1000 * rng.Float64() })
		}},
	}
}
