package bench

import (
	"math"
	"time"
)

// Exponent fits log t = a + k log n by least squares over the runs, where n
// is a run's number of posts and t the time the function t reads of it, and
// returns k: t grows about as n^k. ok is false with fewer than two distinct
// sizes.
func Exponent(runs []*Run, t func(*Run) time.Duration) (k float64, ok bool) {
	return exponent(runs, func(r *Run) int { return r.Positions }, t)
}

// SparseExponent is Exponent for the sparse path: the growth of the time of
// the rules and the solve together.
func SparseExponent(runs []*SparseRun) (k float64, ok bool) {
	return exponent(runs, func(r *SparseRun) int { return r.Positions },
		func(r *SparseRun) time.Duration { return r.Evaluate + r.Solve })
}

// exponent is the least-squares slope of log t(run) against log n(run).
// Times below a nanosecond count as one.
func exponent[R any](runs []R, n func(R) int, t func(R) time.Duration) (float64, bool) {
	var xs, ys []float64
	for _, r := range runs {
		xs = append(xs, math.Log(float64(n(r))))
		ys = append(ys, math.Log(max(t(r).Seconds(), 1e-9)))
	}
	return slope(xs, ys)
}

// slope is the least-squares slope of ys against xs; ok is false with
// fewer than two distinct xs.
func slope(xs, ys []float64) (k float64, ok bool) {
	n := float64(len(xs))
	if len(xs) < 2 {
		return 0, false
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= n
	my /= n
	var sxx, sxy float64
	for i := range xs {
		sxx += (xs[i] - mx) * (xs[i] - mx)
		sxy += (xs[i] - mx) * (ys[i] - my)
	}
	if sxx == 0 {
		return 0, false
	}
	return sxy / sxx, true
}
