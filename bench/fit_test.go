package bench

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestSlope(t *testing.T) {
	tests := []struct {
		xs, ys []float64
		want   float64
		ok     bool
	}{
		{[]float64{0, 1, 2}, []float64{3, 5, 7}, 2, true},
		{[]float64{1, 2, 3, 4}, []float64{1, 1, 1, 1}, 0, true},
		// Noise symmetric about y = x: slope 1.
		{[]float64{0, 0, 2, 2}, []float64{-1, 1, 1, 3}, 1, true},
		{[]float64{5}, []float64{1}, 0, false},
		{[]float64{2, 2}, []float64{1, 3}, 0, false},
	}
	for _, tc := range tests {
		got, ok := slope(tc.xs, tc.ys)
		if ok != tc.ok || math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("slope(%v, %v) = %v, %v; want %v, %v", tc.xs, tc.ys, got, ok, tc.want, tc.ok)
		}
	}
}

// TestExponent: times that grow exactly as n² (the solve) and n^1.5 (the
// sparse path's rules and solve together) give those exponents back; one
// size alone gives none.
func TestExponent(t *testing.T) {
	var runs []*Run
	var sparse []*SparseRun
	for _, n := range []int{100, 400, 1600} {
		r := &Run{Positions: n}
		r.Time[StageSolve] = time.Duration(n * n)
		runs = append(runs, r)
		half := time.Duration(math.Pow(float64(n), 1.5) * 500)
		sparse = append(sparse, &SparseRun{Positions: n, Evaluate: half, Solve: half})
	}
	k, ok := Exponent(runs, func(r *Run) time.Duration { return r.Time[StageSolve] })
	assert.True(t, ok)
	assert.InDelta(t, 2, k, 1e-9)
	k, ok = SparseExponent(sparse)
	assert.True(t, ok)
	assert.InDelta(t, 1.5, k, 1e-6)
	_, ok = Exponent(runs[:1], (*Run).Total)
	assert.False(t, ok)
}
