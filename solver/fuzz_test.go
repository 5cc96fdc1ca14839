package solver

import (
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// FuzzSolve decodes bytes into a matrix of at most 6×6 with forbidden pairs,
// solves it, and checks the answer against Verify and enumeration, or the
// InfeasibleError against enumeration and the definition of a violator.
//
// Encoding: byte 0 gives rows (1..6), byte 1 columns (1..6) and, in bit 7,
// maximisation; each further byte one cost: 0xff is forbidden, otherwise
// (b−128)/4 scaled by 10^(b mod 5 − 2) so that magnitudes differ.
func FuzzSolve(f *testing.F) {
	f.Add([]byte{3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{2, 0x83, 0xff, 0xff, 10, 0xff, 0xff, 0xff})
	f.Add([]byte{5, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 2})
	f.Add([]byte{4, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		m, maximize := fuzzMatrix(data, func(b byte) bool { return b == 0xff })
		r, c := m.Dims()
		var opts []Option
		if maximize {
			opts = append(opts, Maximize())
		}
		res, err := Solve(m, opts...)
		want, feasible := bruteOptimum(m, maximize)
		var inf *InfeasibleError
		switch {
		case errors.As(err, &inf):
			if feasible {
				t.Fatalf("InfeasibleError %v on a feasible matrix\n%v", inf, mat.Formatted(m))
			}
			if why, ok := checkViolator(m, maximize, inf); !ok {
				t.Fatalf("bad violator %v: %s\n%v", inf, why, mat.Formatted(m))
			}
		case err != nil:
			t.Fatalf("%v\n%v", err, mat.Formatted(m))
		default:
			if !feasible {
				t.Fatalf("solved an infeasible matrix: %+v", res)
			}
			if err := Verify(m, res); err != nil {
				t.Fatalf("%v\n%v", err, mat.Formatted(m))
			}
			if !closeTo(res.Total, want, maxAbsFinite(m), r+c) {
				t.Fatalf("total %v, enumeration %v\n%v", res.Total, want, mat.Formatted(m))
			}
		}
	})
}

// fuzzMatrix decodes a fuzz input into a small matrix: data[0] and the low
// bits of data[1] give the shape (1–6 each), data[1]'s top bit asks for a
// maximisation, and each further byte is a cost, or the forbidden value
// when forbid(b) holds. Missing bytes are zeros.
func fuzzMatrix(data []byte, forbid func(b byte) bool) (m *mat.Dense, maximize bool) {
	r := 1 + int(data[0])%6
	c := 1 + int(data[1]&0x7f)%6
	maximize = data[1]&0x80 != 0
	bad := math.Inf(1)
	if maximize {
		bad = math.Inf(-1)
	}
	m = mat.NewDense(r, c, nil)
	for k := range r * c {
		x := 0.0
		if 2+k < len(data) {
			b := data[2+k]
			if forbid(b) {
				x = bad
			} else {
				x = float64(int(b)-128) / 4 * math.Pow(10, float64(int(b)%5-2))
			}
		}
		m.Set(k/c, k%c, x)
	}
	return m, maximize
}

// cloneResult returns a deep copy of res, for tests that damage it.
func cloneResult(res *Result) *Result {
	r := *res
	r.RowCol = append([]int(nil), res.RowCol...)
	r.ColRow = append([]int(nil), res.ColRow...)
	r.U = append([]float64(nil), res.U...)
	r.V = append([]float64(nil), res.V...)
	return &r
}
