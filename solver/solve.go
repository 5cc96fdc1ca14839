package solver

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// Solve returns an optimal assignment of cost's rows to its columns: the one
// of least total cost, or of greatest with Maximize.
//
// Shapes follow SciPy's linear_sum_assignment: with rows ≤ columns every row
// is assigned; with more rows than columns every column is assigned and the
// surplus rows get −1. A matrix with no rows or no columns gives an empty
// Result and no error.
//
// +Inf marks a forbidden pair (−Inf when maximising). NaN, an infinity of the
// wrong sign, or a finite cost whose magnitude exceeds
// math.MaxFloat64/(8·(rows+columns)) is refused with a *ValueError naming its
// row and column. When no assignment of the required size uses allowed pairs
// only, Solve returns an *InfeasibleError naming a Hall violator. A cancelled
// context returns an error wrapping ctx.Err().
//
// The method is the shortest augmenting path algorithm of Jonker and
// Volgenant (1987), a primal–dual form of the Hungarian method, with their
// initialisation (column reduction, reduction transfer, augmenting row
// reduction) for square matrices and the initialisation-free variant of
// Crouse (2016) with augmenting row reduction for rectangular ones; see
// lapjv.go for the details and deviations. It takes O(r·c) memory for a
// working copy only when one is needed (see below) plus O(r+c) for the rest,
// and O(k²·l) time in the worst case with k = min(r, c), l = max(r, c); on
// random matrices it is far faster than that bound.
//
// A minimised *mat.Dense is read in place. With more rows than columns the
// transpose is solved, so that a 5000×300 problem costs what a 300×5000 one
// does: row reduction reads the input's columns in place, and a row-major
// transposed copy is made only if augmentations remain (on random tall
// matrices they do not). Maximisation (negated costs) and other mat.Matrix
// implementations work on one row-major float64 copy of the matrix. When
// every cost is exactly a float32 (integers below 2^24, for instance) and
// the matrix has at least 65536 cells, the solver scans a float32 copy
// instead (r·c·4 bytes), because its scans are limited by memory bandwidth;
// the arithmetic stays float64 and the answer is the same.
//
// The returned duals satisfy the certificate checked by Verify; the result is
// the same, bit for bit, on every run for the same input, and a constant
// matrix gives the identity assignment.
func Solve(cost mat.Matrix, opts ...Option) (*Result, error) {
	o := options{ctx: context.Background(), arrPasses: -1}
	for _, f := range opts {
		f(&o)
	}
	if o.ctx == nil {
		o.ctx = context.Background()
	}
	if cost == nil {
		return nil, errors.New("solver: nil cost matrix")
	}
	r, c := cost.Dims()
	res := &Result{
		RowCol:   filled(r, -1),
		ColRow:   filled(c, -1),
		U:        make([]float64, r),
		V:        make([]float64, c),
		Maximize: o.maximize,
	}
	if r == 0 || c == 0 {
		return res, nil
	}
	w, err := load(cost, o.maximize, true)
	if err != nil {
		return nil, err
	}
	if err := o.ctx.Err(); err != nil {
		return nil, fmt.Errorf("solver: cancelled before solving: %w", err)
	}
	s := newLap(w.n, w.m, w.data, w.stride)
	if w.tallInPlace {
		s.tall = w.stride
	}
	if o.simdCap != 0 {
		s.simd = min(s.simd, o.simdCap-1)
	}
	s.colMin, s.colArg = w.colMin, w.colArg
	switch {
	case o.f32 == f32Never:
	case o.f32 == f32Always:
		s.materialize()
		s.toFloat32()
	case w.n*w.m >= f32MinCells:
		// The scans are limited by memory bandwidth once the matrix
		// leaves the cache; integer-like costs (ties, geometric,
		// Machol–Wien, "hard") are then read at half the bytes. The
		// copy is tried only once the augmentations have scanned 2n rows
		// (see lap.solve): easy instances never pay for it, and it is
		// dropped if some cost is not exactly a float32.
		s.f32Later = true
	}
	passes := defaultARRPasses
	if o.arrPasses >= 0 {
		passes = o.arrPasses
	}
	if o.progress != nil {
		s.report = o.report
	}
	if v0 := o.warmColumns(&w, r, c); v0 != nil {
		s.materialize() // the warm start reads every row
		err = s.solveWarm(o.ctx, passes, v0, !o.warmNoFallback)
	} else {
		err = s.solve(o.ctx, passes)
	}
	if err != nil {
		var inf *InfeasibleError
		if errors.As(err, &inf) {
			inf.Transposed = w.transposed
		}
		return nil, err
	}

	rowCol, colRow, u, v := s.x, s.y, s.u, s.v
	if w.transposed {
		rowCol, colRow, u, v = s.y, s.x, s.v, s.u
	}
	copy(res.RowCol, rowCol)
	copy(res.ColRow, colRow)
	copy(res.U, u)
	copy(res.V, v)
	total := 0.0
	for i := 0; i < w.n; i++ {
		total += s.at(i, s.x[i])
	}
	if o.maximize {
		total = -total
		for i := range res.U {
			res.U[i] = -res.U[i]
		}
		for j := range res.V {
			res.V[j] = -res.V[j]
		}
	}
	res.Total = total
	return res, nil
}

// work is the matrix the algorithm runs on: n ≤ m rows of m costs, row i at
// data[i*stride:], all finite or +Inf, minimised.
type work struct {
	n, m, stride int
	data         []float64
	// transposed says the rows of work are the columns of the input.
	transposed bool
	// colMin and colArg, when set, are the minimum of each column and its
	// first row, found while validating.
	colMin []float64
	colArg []int
	// tallInPlace says data is the untransposed input (transposed is set
	// too): cost (i, j) of the working matrix is data[j*stride+i].
	tallInPlace bool
}

// load validates cost and returns the working matrix, in place when cost is
// a *mat.Dense with rows ≤ columns that is minimised, otherwise as a copy.
// With tallInPlace, a minimised *mat.Dense with more rows than columns is
// also left in place (work.tallInPlace), for a solver that reads it
// transposed (lap.tall).
func load(cost mat.Matrix, maximize, tallInPlace bool) (work, error) {
	r, c := cost.Dims()
	limit := math.MaxFloat64 / (8 * float64(r+c))
	check := func(i, j int, x float64) error {
		switch {
		case math.IsNaN(x):
			return &ValueError{Row: i, Col: j, Value: x, Reason: "not a number"}
		case math.IsInf(x, -1) && !maximize:
			return &ValueError{Row: i, Col: j, Value: x, Reason: "forbidden pairs are +Inf when minimising"}
		case math.IsInf(x, 1) && maximize:
			return &ValueError{Row: i, Col: j, Value: x, Reason: "forbidden pairs are -Inf when maximising"}
		case !math.IsInf(x, 0) && math.Abs(x) > limit:
			return &ValueError{Row: i, Col: j, Value: x,
				Reason: fmt.Sprintf("magnitude above %.3g, the limit for a %d×%d matrix that keeps sums of costs finite", limit, r, c)}
		}
		return nil
	}
	d, dense := cost.(*mat.Dense)
	if dense && !maximize && (r <= c || tallInPlace) {
		raw := d.RawMatrix()
		w := work{n: r, m: c, stride: raw.Stride, data: raw.Data}
		if r > c {
			w.n, w.m, w.transposed, w.tallInPlace = c, r, true, true
		}
		if r == c {
			// Square: find the column minima of JV's column reduction in
			// the same sweep, so the solver need not read the matrix again.
			w.colMin, w.colArg = make([]float64, c), make([]int, c)
			for j := range w.colMin {
				w.colMin[j], w.colArg[j] = math.Inf(1), -1
			}
		}
		for i := 0; i < r; i++ {
			row := raw.Data[i*raw.Stride : i*raw.Stride+c]
			for j, x := range row {
				if !(math.Abs(x) <= limit) { // NaN, ±Inf or huge: the rare path
					if err := check(i, j, x); err != nil {
						return work{}, err
					}
				}
			}
			if w.colMin != nil {
				colMins(row, w.colMin, w.colArg, i)
			}
		}
		return w, nil
	}

	w := work{n: r, m: c, stride: c, transposed: r > c}
	if w.transposed {
		w.n, w.m, w.stride = c, r, r
	}
	w.data = make([]float64, r*c)
	sign := 1.0
	if maximize {
		sign = -1
	}
	validate := func(i int, row []float64) error {
		for j, x := range row {
			if !(math.Abs(x) <= limit) { // NaN, ±Inf or huge: rare
				if err := check(i, j, x); err != nil {
					return err
				}
			}
		}
		return nil
	}
	switch {
	case !dense: // read through At once, into the working layout
		row := make([]float64, c)
		for i := 0; i < r; i++ {
			for j := range row {
				row[j] = cost.At(i, j)
			}
			if err := validate(i, row); err != nil {
				return work{}, err
			}
			for j, x := range row {
				if w.transposed {
					w.data[j*w.stride+i] = sign * x
				} else {
					w.data[i*w.stride+j] = sign * x
				}
			}
		}
	case !w.transposed:
		for i := 0; i < r; i++ {
			row := d.RawRowView(i)
			if err := validate(i, row); err != nil {
				return work{}, err
			}
			dst := w.data[i*c : (i+1)*c]
			for j, x := range row {
				dst[j] = sign * x
			}
		}
	default:
		// Transpose in tiles of tile rows: each destination row segment
		// is written contiguously while the tile of source rows stays in
		// cache, and the values are validated on the way (one read of
		// the input instead of two).
		const tile = 16
		raw := d.RawMatrix()
		bad := false
		for i0 := 0; i0 < r; i0 += tile {
			i1 := min(i0+tile, r)
			for j := 0; j < c; j++ {
				dst := w.data[j*w.stride+i0 : j*w.stride+i1]
				src := raw.Data[i0*raw.Stride+j:]
				for k := range dst {
					x := src[k*raw.Stride]
					if !(math.Abs(x) <= limit) { // NaN, ±Inf or huge: rare
						bad = bad || check(i0+k, j, x) != nil
					}
					dst[k] = sign * x
				}
			}
		}
		if bad { // report the first bad value in row-major order
			for i := 0; i < r; i++ {
				if err := validate(i, d.RawRowView(i)); err != nil {
					return work{}, err
				}
			}
		}
	}
	return w, nil
}

// f32MinCells is the size from which Solve may scan a float32 copy of
// costs that are exactly float32: below it the matrix stays in cache anyway.
const f32MinCells = 1 << 16

func filled(n, x int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = x
	}
	return s
}

// sortedCopy returns xs sorted ascending in a new slice.
func sortedCopy(xs []int) []int {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s
}
