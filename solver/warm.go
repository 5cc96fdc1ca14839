package solver

import (
	"context"
	"math"
)

// WithDuals warm-starts Solve from the dual potentials u (one per row) and v
// (one per column) of an earlier solve, typically the Result.U and Result.V
// of a neighbouring cost matrix: a sweep over a weight, a re-plan after a
// small edit. The answer is optimal for the new costs whatever u and v are;
// near potentials only make it cheaper, because most rows then keep the
// column that is already their cheapest in reduced cost and only the others
// are augmented. Potentials of the wrong length are ignored (a cold solve),
// and non-finite entries count as 0. The slices are read, never kept.
//
// Ties may be broken otherwise than by a cold solve: the total is the same
// within Verify's tolerance, the assignment may be another optimal one.
func WithDuals(u, v []float64) Option {
	return func(o *options) { o.warmU, o.warmV = u, v }
}

// withoutWarmFallback keeps a rectangular warm start however many columns
// it must raise. Unexported: tests use it to exercise the raises.
func withoutWarmFallback() Option { return func(o *options) { o.warmNoFallback = true } }

// warmColumns returns the column potentials of the working matrix w from
// the options' duals, or nil when there are none of the right length: the
// working columns are the input's rows when w is transposed, and the
// potentials are negated for a maximisation, which w minimises.
func (o *options) warmColumns(w *work, rows, cols int) []float64 {
	if len(o.warmU) != rows || len(o.warmV) != cols {
		return nil
	}
	src := o.warmV
	if w.transposed {
		src = o.warmU
	}
	v := make([]float64, len(src))
	for j, x := range src {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			continue
		}
		if o.maximize {
			x = -x
		}
		v[j] = x
	}
	return v
}

// solveWarm is solve from the column potentials v0 instead of column
// reduction (square) or zero (rectangular).
//
// The start must satisfy the invariant of every phase (lapjv.go): each
// assigned row's column is one of its cheapest in reduced cost c − v, and a
// rectangular problem has v ≤ 0 with v = 0 on the unassigned columns. So:
// v = v0 (clamped to ≤ 0 when rectangular); every row claims its cheapest
// column, the first row to claim a column gets it and the others stay free;
// then, when rectangular, every unassigned column with v < 0 is raised to 0,
// which lowers its reduced cost for every row: an assigned row for which it
// is now cheaper than its own column is freed, and its column, unassigned
// in turn, is raised as well. Each column is raised at most once, so this
// costs O(n·m) like one pass of column reduction. When many columns need a
// raise the start is abandoned for the cold one (warmRectFallback). The free rows then go
// through augmenting row reduction and augmentation as in a cold solve.
func (s *lap) solveWarm(ctx context.Context, arrPasses int, v0 []float64, fallback bool) error {
	n, m := s.n, s.m
	rect := n < m
	for j := range m {
		s.v[j] = v0[j]
		if rect && s.v[j] > 0 {
			s.v[j] = 0
		}
	}
	slack := make([]float64, n) // the reduced cost of each assigned row's column
	for i := range n {
		var j int
		var c float64
		if s.c32 != nil {
			j, c = warmArgmin(s.row32(i), s.v)
		} else {
			j, c = warmArgmin(s.row(i), s.v)
		}
		if j >= 0 && s.y[j] < 0 {
			s.x[i], s.y[j], slack[i] = j, i, c
		}
	}
	if rect {
		var raise []int
		for j := range m {
			if s.y[j] < 0 && s.v[j] < 0 {
				raise = append(raise, j)
			}
		}
		if fallback && len(raise) > n/warmRectFallback {
			return s.coldStart(ctx, arrPasses)
		}
		for len(raise) > 0 {
			j := raise[len(raise)-1]
			raise = raise[:len(raise)-1]
			s.v[j] = 0
			for i := range n {
				k := s.x[i]
				if k < 0 || s.at(i, j) >= slack[i] {
					continue
				}
				s.x[i], s.y[k] = -1, -1
				if s.v[k] < 0 {
					raise = append(raise, k)
				}
			}
		}
	}
	s.free = s.free[:0]
	for i := range n {
		if s.x[i] < 0 {
			s.free = append(s.free, i)
		}
	}
	return s.reduceAndAugment(ctx, arrPasses)
}

// warmRectFallback: a rectangular warm start with more than
// n/warmRectFallback unassigned columns to raise falls back to the cold
// start. Each raise makes its column the cheapest for rows near it, and on
// slightly moved random matrices the raises can cascade until most rows are
// free, slower than Crouse's start from v = 0. Raises
// are common even from a solve's own duals: those are degenerate (a row
// often ties in reduced cost between its column and others, along the
// last shortest-path tree), and the claim, which takes the first cheapest
// column, then leaves some assigned columns (v < 0) to nobody. Keeping the
// previous assignment would avoid that; WithDuals does not take one.
const warmRectFallback = 8

// coldStart resets a solver that a warm start has touched and solves it
// from the cold start.
func (s *lap) coldStart(ctx context.Context, arrPasses int) error {
	for i := range s.x {
		s.x[i] = -1
	}
	for j := range s.y {
		s.y[j], s.v[j] = -1, 0
	}
	s.free = s.free[:0]
	return s.solve(ctx, arrPasses)
}

// warmArgmin returns the first column of least reduced cost r[k] − v[k]
// and that cost, or −1 and +Inf when every column is forbidden.
func warmArgmin[T costElem](r []T, v []float64) (int, float64) {
	j, c := -1, math.Inf(1)
	for k, x := range r {
		if d := float64(x) - v[k]; d < c {
			j, c = k, d
		}
	}
	return j, c
}
