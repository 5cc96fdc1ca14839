package bench

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// Families lists the benchmark families of cost matrices Family builds.
func Families() []string {
	return []string{"uniform", "ties", "geometric", "machol", "hard", "forbidden"}
}

// Family builds an r × c cost matrix of a benchmark family from a seed, with
// the usual recipes (Burkard, Dell'Amico and Martello, "Assignment
// Problems", sec. 4.10.1, and common practice): uniform U[0,1); ties,
// integers 1..100 (many ties, like scores built from 1–5 levels); geometric,
// squared Euclidean distances between random points of [0,1000)² with
// integer coordinates; machol, Machol–Wien c_ij = i·j (row i goes to column
// n−1−i); hard, integers 1..1000 plus a random offset per row and per
// column; forbidden, U[0,1) with 80 % of the pairs +Inf and a random
// permutation kept finite (always feasible). It returns an error for an
// unknown family.
func Family(family string, r, c int, seed uint64) (*mat.Dense, error) {
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
		return nil, fmt.Errorf("bench: unknown family %q (%s)", family, strings.Join(Families(), ", "))
	}
	return mat.NewDense(r, c, data), nil
}
