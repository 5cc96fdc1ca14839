package solver

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
)

// This file is the Jonker–Volgenant shortest augmenting path algorithm:
//
//	R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for
//	dense and sparse linear assignment problems", Computing 38 (1987) 325–340.
//	D. F. Crouse, "On implementing 2D rectangular assignment algorithms",
//	IEEE Trans. Aerospace and Electronic Systems 52(4) (2016) 1679–1696.
//
// It works on n ≤ m rows of m costs (taller matrices are solved transposed:
// read in place by row reduction, copied if augmentations remain), with
// +Inf for forbidden pairs, and keeps only column potentials v: the row
// potential of an assigned row is implied, u[i] = c[i][x[i]] − v[x[i]], and
// the invariant of every phase is that for every assigned row i
//
//	c[i][j] − v[j] ≥ c[i][x[i]] − v[x[i]]  for all j,
//
// that is, every reduced cost c − u − v is non-negative and zero on the
// assignment. The phases:
//
//  1. Column reduction and reduction transfer (JV §4), square matrices only.
//     Column reduction sets v[j] to the column minimum, which may be positive;
//     a rectangular problem needs v[j] ≤ 0 on every column and v[j] = 0 on
//     unassigned ones (see Verify), so there we start from v = 0 as Crouse does.
//     Deviation from JV: columns are taken in ascending order (JV: descending)
//     and a column whose minimum is +Inf keeps v = 0 and stays unassigned.
//  2. Augmenting row reduction (JV §4), at most defaultARRPasses passes. It
//     only ever lowers v of a column that becomes assigned, so it keeps the
//     rectangular sign conditions. Deviations: among columns tied for a row's
//     minimum an unassigned one is preferred (so a constant matrix gives the
//     identity and fewer rows are displaced); a row whose second minimum is
//     +Inf takes its only column without changing v (JV would lower v by
//     +Inf); and each pass stops after arrStepFactor·n row reductions. The cap
//     matters on structured costs (Machol–Wien, large row/column offsets):
//     there a displaced row is re-reduced immediately, lowers v[j] by a tiny
//     amount, displaces the next row, and so on, for many more than n steps
//     without progress; the Dijkstra phase does that work with a bound.
//  3. Shortest augmenting paths (JV §4 "augmentation"): for each still-free
//     row (last first, see solve), Dijkstra's algorithm on the reduced costs
//     without a heap: the columns at the current minimum distance are
//     collected, checked for a free one before any is scanned (JV), and
//     scanned one row at a time; the potentials of the scanned columns are
//     updated at the end, v[j] += d[j] − dmin ≤ 0. Deviation: JV keep the
//     columns in one index array split into ready | scan | todo and scan
//     only the todo part through the index; here a collected column is
//     marked by d[j] = NaN, and a scan runs over all columns in memory order
//     with a branch-free kernel, AVX-512 or AVX2 where the CPU has it
//     (relax_amd64.s, eight columns per iteration, one call per run of
//     blocks not skipped),
//     skipping 64-column blocks with nothing left to do and, once 2n rows
//     have been scanned, blocks where the row has no allowed cost. NaN
//     compares false, so marked columns are never relaxed. Where every scan
//     improves most columns (Machol–Wien) this is several times faster than
//     an indirect loop over the unscanned columns; each augmentation stays
//     O(n·m) in the worst case.
//
// Memory: the scans are bandwidth-bound once the matrix leaves the cache
// (every scan reads one row), so when every cost is exactly a float32 —
// integer costs below 2^24, as in the ties, geometric, Machol–Wien and "hard"
// families — the solver switches to a float32 copy (c32) once the
// augmentations have scanned 2n rows; all arithmetic stays in float64, so
// the result is the same.
//
// If the minimum distance to the todo columns is +Inf the free row cannot be
// assigned: the start row and the rows of the ready columns (all scanned)
// reach only the ready columns, one fewer than themselves: a Hall violator
// (König's theorem). Every loop is bounded by n, m or the ARR cap, whatever
// the costs, so the solver cannot hang.

// defaultARRPasses is the number of augmenting row reduction passes; JV use
// two.
const defaultARRPasses = 2

// arrStepFactor bounds the row reductions of one ARR pass to arrStepFactor·n.
// Uncapped, ARR can take tens or hundreds of steps per row (uniform,
// geometric) and still leave most rows to augment (Machol–Wien); with the
// cap the Dijkstra phase does the remaining work within its bound (bench/
// README.md, "Solver constants").
const arrStepFactor = 4

// blockSize is the width of the column blocks that a scan skips when all
// their columns are collected (bench/README.md gives the visits it skips);
// 64 columns keep the per-block call overhead small.
const blockSize = 64

type lap struct {
	n, m, stride int
	// report, when not nil, is told of the augmentations' progress
	// (WithProgress).
	report func(done, total int)
	c      []float64 // the costs, unless c32 is set
	// c32 holds the costs as float32 when they are all exactly representable
	// (see Solve): half the memory traffic for the scans, same arithmetic.
	c32 []float32
	// f32Later allows solve to switch to c32 once it has read the matrix
	// twice over in augmentations (rowReads > 2n row scans), which the easy
	// instances never do.
	f32Later bool
	rowReads int
	// rowBlocks, once the augmentations have scanned 2n rows, has bit b of
	// word i·blockWords+b/64 set when row i has an allowed (finite) cost in
	// column block b: scans skip the blocks a row cannot reach. Roster
	// matrices, where each official's release column is forbidden to every
	// other official, have half their columns in such blocks.
	rowBlocks  []uint64
	blockWords int
	// tall, when non-zero, says c is a taller input read in place: its
	// rows are the columns here, cost (i, j) is c[j*tall+i]. Augmenting row
	// reduction reads it so (twoSmallestStrided), and materialize replaces
	// it by a transposed copy if augmentations are needed. On random tall
	// matrices row reduction often assigns every row, and the copy would
	// then be most of the solve's time and memory.
	tall int
	// colMin and colArg, when set, are the column minima and their rows,
	// already found by Solve's validation sweep.
	colMin []float64
	colArg []int
	x      []int // row → column, −1 if free
	y      []int // column → row, −1 if free
	u, v   []float64

	// scratch for the augmentation, allocated once.
	d     []float64
	scanD []float64
	pred  []int32
	cols  []int
	// simd selects the vector relaxation kernel (relaxSIMD), simdNone the
	// scalar one.
	simd simdLevel
	// blockTodo[b] counts the todo columns among b·blockSize+[0, blockSize),
	// so that scans skip blocks of collected columns.
	blockTodo []int32
	free      []int
}

func newLap(n, m int, c []float64, stride int) *lap {
	s := &lap{n: n, m: m, stride: stride, c: c,
		x: filled(n, -1), y: filled(m, -1),
		u: make([]float64, n), v: make([]float64, m),
		d: make([]float64, m), scanD: make([]float64, m), pred: make([]int32, m), cols: make([]int, m), blockTodo: make([]int32, (m+blockSize-1)/blockSize),
		free: make([]int, 0, n), simd: simdAvailable(),
	}
	return s
}

func (s *lap) row(i int) []float64 { return s.c[i*s.stride : i*s.stride+s.m] }

func (s *lap) solve(ctx context.Context, arrPasses int) error {
	if s.n == s.m {
		s.columnReduction()
	} else {
		for i := 0; i < s.n; i++ {
			s.free = append(s.free, i)
		}
	}
	return s.reduceAndAugment(ctx, arrPasses)
}

// reduceAndAugment runs augmenting row reduction and the augmentations on
// the free rows of an initialised solver (solve, solveWarm) and sets the
// row potentials.
func (s *lap) reduceAndAugment(ctx context.Context, arrPasses int) error {
	for pass := 0; pass < arrPasses && len(s.free) > 0; pass++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("solver: cancelled during row reduction: %w", err)
		}
		s.augmentingRowReduction()
	}
	// The free rows are augmented last first: where column reduction
	// leaves rows of increasing cost free (Machol–Wien), each search then
	// finds fewer improvements; on the other families the order makes no
	// measurable difference (bench/README.md, "Solver constants").
	slices.Reverse(s.free)
	if len(s.free) > 0 {
		s.materialize()
		s.orderFree()
	}
	for k, f := range s.free {
		if s.rowReads > 2*s.n {
			if s.f32Later {
				s.toFloat32()
			}
			if s.rowBlocks == nil {
				s.buildRowBlocks()
			}
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("solver: cancelled after %d of %d augmentations: %w", k, len(s.free), err)
		}
		if err := s.augment(f); err != nil {
			return err
		}
		if s.report != nil {
			s.report(k+1, len(s.free))
		}
	}
	for i := 0; i < s.n; i++ {
		j := s.x[i]
		s.u[i] = s.at(i, j) - s.v[j]
	}
	return nil
}

// orderFree sorts the free rows by their least cost, smallest first, keeping
// the last-first order among equal ones (on Machol–Wien every row's least
// cost is 0): rows with a very cheap column are placed before those whose
// best is dearer. This is an empirical order, not JV's: on roster matrices
// (officials × posts and release columns, costs −b_ij with b growing with
// performance × priority, many ties) the augmentations scan about a third
// fewer rows, and on the random families it changes little
// (bench/README.md, "Solver constants"). O(n·m) once, like one scan per
// row.
func (s *lap) orderFree() {
	key := make([]float64, s.n)
	for _, f := range s.free {
		mu := math.Inf(1)
		if s.c32 != nil {
			for _, c := range s.row32(f) {
				mu = min(mu, float64(c))
			}
		} else {
			for _, c := range s.row(f) {
				mu = min(mu, c)
			}
		}
		key[f] = mu
	}
	slices.SortStableFunc(s.free, func(a, b int) int { return cmp.Compare(key[a], key[b]) })
}

// at is the cost of row i, column j.
func (s *lap) at(i, j int) float64 {
	switch {
	case s.c32 != nil:
		return float64(s.c32[i*s.stride+j])
	case s.tall != 0:
		return s.c[j*s.tall+i]
	}
	return s.c[i*s.stride+j]
}

// materialize replaces a taller input read in place (s.tall) by its
// transpose, row-major with stride m, so that the scans read contiguous
// rows. The input was validated by load.
func (s *lap) materialize() {
	if s.tall == 0 {
		return
	}
	n, m, src := s.n, s.m, s.c
	t := make([]float64, n*m)
	// In tiles of tile input rows: each destination row segment is
	// written contiguously while the tile of source rows stays in cache.
	const tile = 16
	for i0 := 0; i0 < m; i0 += tile {
		i1 := min(i0+tile, m)
		for j := 0; j < n; j++ {
			dst := t[j*m+i0 : j*m+i1]
			col := src[i0*s.tall+j:]
			for k := range dst {
				dst[k] = col[k*s.tall]
			}
		}
	}
	s.c, s.stride, s.tall = t, m, 0
}

func (s *lap) row32(i int) []float32 { return s.c32[i*s.stride : i*s.stride+s.m] }

// buildRowBlocks fills rowBlocks: O(n·m) once.
func (s *lap) buildRowBlocks() {
	nb := (s.m + blockSize - 1) / blockSize
	s.blockWords = (nb + 63) / 64
	s.rowBlocks = make([]uint64, s.n*s.blockWords)
	for i := 0; i < s.n; i++ {
		words := s.rowBlocks[i*s.blockWords : (i+1)*s.blockWords]
		if s.c32 != nil {
			finiteBlocks(s.row32(i), words)
		} else {
			finiteBlocks(s.row(i), words)
		}
	}
}

// finiteBlocks sets bit b of words when r has a finite cost in column block b.
func finiteBlocks[T costElem](r []T, words []uint64) {
	for lo := 0; lo < len(r); lo += blockSize {
		for _, c := range r[lo:min(lo+blockSize, len(r))] {
			if !math.IsInf(float64(c), 1) {
				b := lo / blockSize
				words[b/64] |= 1 << (b % 64)
				break
			}
		}
	}
}

// toFloat32 replaces the float64 costs by a float32 copy (stride m) if
// every cost is exactly a float32, and otherwise leaves them alone.
func (s *lap) toFloat32() {
	s.f32Later = false
	for i := 0; i < s.n; i++ { // usually stops at the first cost
		for _, x := range s.row(i) {
			if float64(float32(x)) != x {
				return
			}
		}
	}
	c32 := make([]float32, s.n*s.m)
	for i := 0; i < s.n; i++ {
		dst := c32[i*s.m : (i+1)*s.m]
		for j, x := range s.row(i) {
			dst[j] = float32(x)
		}
	}
	s.c, s.c32, s.stride = nil, c32, s.m
}

// columnReduction is JV's column reduction and reduction transfer. It reads
// the matrix row by row (the column minima are found in one row-major sweep)
// and leaves the unassigned rows in s.free.
func (s *lap) columnReduction() {
	n, m := s.n, s.m
	v, x, y := s.v, s.x, s.y
	imin := s.cols // scratch: row of each column's minimum
	if s.colMin != nil {
		copy(v, s.colMin)
		copy(imin, s.colArg)
	} else {
		for j := 0; j < m; j++ {
			v[j] = math.Inf(1)
			imin[j] = -1
		}
		for i := 0; i < n; i++ {
			if s.c32 != nil {
				colMins(s.row32(i), v, imin, i)
			} else {
				colMins(s.row(i), v, imin, i)
			}
		}
	}
	matches := s.pred // scratch: number of columns whose minimum is in row i
	for i := 0; i < n; i++ {
		matches[i] = 0
	}
	for j := 0; j < m; j++ {
		i := imin[j]
		if i < 0 { // the whole column is forbidden
			v[j] = 0
			continue
		}
		matches[i]++
		if x[i] < 0 {
			x[i], y[j] = j, i
		} else if v[j] < v[x[i]] {
			y[x[i]] = -1
			x[i], y[j] = j, i
		}
	}
	// Reduction transfer: a row that is the minimum of exactly one column
	// moves its slack to that column's potential.
	s.free = s.free[:0]
	for i := 0; i < n; i++ {
		switch {
		case x[i] < 0:
			s.free = append(s.free, i)
		case matches[i] == 1:
			j1 := x[i]
			var mu float64
			if s.c32 != nil {
				mu = minExcept(s.row32(i), v, j1)
			} else {
				mu = minExcept(s.row(i), v, j1)
			}
			if !math.IsInf(mu, 1) {
				v[j1] -= mu - (s.at(i, j1) - v[j1])
			}
		}
	}
}

// augmentingRowReduction is one pass of JV's augmenting row reduction over
// s.free, leaving the rows still free in s.free.
func (s *lap) augmentingRowReduction() {
	n := s.n
	v, x, y := s.v, s.x, s.y
	free := s.free
	prev := len(free)
	nfree := 0
	limit := arrStepFactor * n
	steps := 0
	k := 0
	for k < prev {
		if steps >= limit {
			// Keep the rest free for the augmentation phase.
			nfree += copy(free[nfree:], free[k:prev])
			break
		}
		steps++
		i := free[k]
		k++
		var umin, usub float64
		var j1, j2 int
		switch {
		case s.c32 != nil:
			umin, usub, j1, j2 = twoSmallest(s.row32(i), v, y)
		case s.tall != 0:
			umin, usub, j1, j2 = twoSmallestStrided(s.c, i, s.tall, v, y)
		default:
			umin, usub, j1, j2 = twoSmallest(s.row(i), v, y)
		}
		if math.IsInf(umin, 1) {
			// Row i has no allowed column: leave it to the augmentation,
			// which reports the violator.
			free[nfree] = i
			nfree++
			continue
		}
		i0 := y[j1]
		lowered := false
		switch {
		case umin < usub && !math.IsInf(usub, 1):
			v[j1] -= usub - umin
			lowered = true
		case umin == usub && i0 >= 0:
			j1 = j2
			i0 = y[j2]
		}
		if i0 >= 0 {
			x[i0] = -1
		}
		x[i], y[j1] = j1, i
		if i0 >= 0 {
			if lowered {
				// Reduce the displaced row at once (JV): v[j1] just
				// rose for it, so it likely moves on cheaply.
				k--
				free[k] = i0
			} else {
				free[nfree] = i0
				nfree++
			}
		}
	}
	s.free = free[:nfree]
}

// augment assigns the free row f along a shortest augmenting path, or
// returns an *InfeasibleError naming a Hall violator.
//
// Deviation from JV's array of columns split into ready | scan | todo: the
// todo set is every column whose d is not NaN, and a column leaves it by
// getting d = NaN (its distance is kept in s.scanD). The relaxation loop then
// runs over all m columns in memory order, which the hardware streams, with
// no index indirection and no bounds checks; NaN compares false both in the
// relaxation test h < d[j] and in the minimum search, so collected columns
// are skipped at no cost. On structured costs (Machol–Wien, "hard"), where
// every search scans most rows, this is faster than the indirect loop even
// though it visits the collected columns too (bench/README.md). Costs can never produce a
// NaN distance themselves: they are finite or +Inf and the potentials are
// finite.
func (s *lap) augment(f int) error {
	m := s.m
	v, y, d, pred := s.v[:m], s.y[:m], s.d[:m], s.pred[:m]
	scan, scanD := s.cols[:m], s.scanD[:m]
	todo := s.blockTodo
	if s.c32 != nil {
		initDist(s.row32(f), v, d, pred, int32(f))
	} else {
		initDist(s.row(f), v, d, pred, int32(f))
	}
	for b := range todo {
		todo[b] = int32(min(blockSize, m-b*blockSize))
	}
	nan := math.NaN()
	// scan[:low] are ready (scanned), scan[low:up] are at distance dmin and
	// not yet scanned; both have d = NaN and their distance in scanD.
	low, up := 0, 0
	dmin := 0.0
	end := -1
	for end < 0 {
		if up == low {
			// Find the next distance level among the todo columns.
			dmin = math.Inf(1)
			for b, t := range todo {
				if t == 0 {
					continue
				}
				lo := b * blockSize
				for k, h := range d[lo:min(lo+blockSize, m)] {
					if h <= dmin {
						if h < dmin {
							up = low
							dmin = h
						}
						scan[up] = lo + k
						up++
					}
				}
			}
			if math.IsInf(dmin, 1) {
				return s.violator(f, scan[:low])
			}
			for k := low; k < up; k++ {
				j := scan[k]
				d[j] = nan
				todo[j/blockSize]--
				scanD[k] = dmin
				if end < 0 && y[j] < 0 {
					end = j
				}
			}
			if end >= 0 {
				break
			}
		}
		// Scan the row of one column at the minimum distance.
		j1 := scan[low]
		low++
		i := y[j1]
		u1 := s.at(i, j1) - v[j1] - dmin
		s.rowReads++
		var rb []uint64
		if s.rowBlocks != nil {
			rb = s.rowBlocks[i*s.blockWords : (i+1)*s.blockWords]
		}
		for j := 0; j < m; {
			b := j / blockSize
			hi := min((b+1)*blockSize, m)
			if todo[b] == 0 || rb != nil && rb[b/64]&(1<<(b%64)) == 0 {
				j = hi
				continue
			}
			// One kernel call for the whole run of blocks that are not
			// skipped: on Machol–Wien most blocks are live, and a call
			// per block cost more than a tenth of the scan time.
			for b2 := b + 1; hi < m && todo[b2] != 0 && (rb == nil || rb[b2/64]&(1<<(b2%64)) != 0); b2++ {
				hi = min(hi+blockSize, m)
			}
			j += s.relax(i, j, hi, u1, dmin)
			if j >= hi {
				continue
			}
			b = j / blockSize
			// Column j got h ≤ dmin. Collected columns (d NaN) are
			// ignored; a todo column joins the current level. (h < dmin
			// only by rounding: clamping it keeps distances monotone.)
			if !math.IsNaN(d[j]) {
				if y[j] < 0 {
					end = j
					break
				}
				d[j] = nan
				todo[b]--
				scan[up] = j
				scanD[up] = dmin
				up++
			}
			j++
		}
	}
	for k, j := range scan[:low] {
		v[j] += scanD[k] - dmin
	}
	for j := end; ; {
		i := int(pred[j])
		y[j] = i
		j, s.x[i] = s.x[i], j
		if i == f {
			break
		}
	}
	return nil
}

// violator builds the InfeasibleError of a failed search from free row f:
// f and the rows of the ready columns can use only the ready columns.
func (s *lap) violator(f int, ready []int) error {
	rows := make([]int, 0, len(ready)+1)
	rows = append(rows, f)
	for _, j := range ready {
		rows = append(rows, s.y[j])
	}
	return &InfeasibleError{Rows: sortedCopy(rows), Cols: sortedCopy(ready)}
}

// relaxGeneric is the inner loop of the augmentation: it lowers d[j] to
// h = ri[j] − v[j] − u1 where that is shorter, recording row i as the
// predecessor, and returns the index of the first column whose new d ≤ dmin (or
// len(d) if none), which the caller handles. It is written without branches
// on the data (min and a conditional move), because on structured costs such
// as Machol–Wien nearly every todo column improves in every scan and an
// unpredictable branch there doubled the time. Collected columns have d = NaN
// and stay NaN: min propagates NaN and h < NaN is false.
func relaxGeneric[T costElem](ri []T, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	ri = ri[:len(d)]
	v = v[:len(d)]
	pred = pred[:len(d)]
	for j := range d {
		h := float64(ri[j]) - v[j] - u1
		dj := d[j]
		p := pred[j]
		if h < dj {
			p = i
		}
		pred[j] = p
		nd := min(h, dj)
		d[j] = nd
		if nd <= dmin { // a todo column reached the current level (never a NaN one)
			return j
		}
	}
	return len(d)
}

// relax runs the relaxation kernel on row i, columns lo..hi−1, and returns
// the offset from lo of the first event (h ≤ dmin), or hi−lo.
func (s *lap) relax(i, lo, hi int, u1, dmin float64) int {
	v, d, pred := s.v[lo:hi], s.d[lo:hi], s.pred[lo:hi]
	base := i * s.stride
	if s.c32 != nil {
		ri := s.c32[base+lo : base+hi]
		if s.simd != simdNone {
			return relaxSIMD32(s.simd, ri, v, d, pred, u1, dmin, int32(i))
		}
		return relaxGeneric(ri, v, d, pred, u1, dmin, int32(i))
	}
	ri := s.c[base+lo : base+hi]
	if s.simd != simdNone {
		return relaxSIMD(s.simd, ri, v, d, pred, u1, dmin, int32(i))
	}
	return relaxGeneric(ri, v, d, pred, u1, dmin, int32(i))
}

// simdLevel is a vector relaxation kernel: none (relaxGeneric), AVX2 or
// AVX-512.
type simdLevel uint8

const (
	simdNone simdLevel = iota
	simdAVX2
	simdAVX512
)

// costElem is the type of a stored cost: float64, or float32 when every
// cost is exactly a float32. All arithmetic is in float64.
type costElem interface{ float32 | float64 }

// colMins lowers v[j] to row i's cost r[j] where that is smaller, recording
// the row in imin[j].
func colMins[T costElem](r []T, v []float64, imin []int, i int) {
	r, imin = r[:len(v)], imin[:len(v)]
	for j, c := range r {
		if x := float64(c); x < v[j] {
			v[j] = x
			imin[j] = i
		}
	}
}

// minExcept is the least reduced cost r[j] − v[j] over j ≠ skip.
func minExcept[T costElem](r []T, v []float64, skip int) float64 {
	r = r[:len(v)]
	mu := math.Inf(1)
	for j, c := range r {
		if h := float64(c) - v[j]; h < mu && j != skip {
			mu = h
		}
	}
	return mu
}

// twoSmallest returns the smallest and second smallest reduced costs
// r[j] − v[j] of a row and their columns, preferring a free column (y < 0)
// among ties for the smallest.
func twoSmallest[T costElem](r []T, v []float64, y []int) (umin, usub float64, j1, j2 int) {
	r, y = r[:len(v)], y[:len(v)]
	umin, usub = float64(r[0])-v[0], math.Inf(1)
	j1, j2 = 0, -1
	for j := 1; j < len(r); j++ {
		h := float64(r[j]) - v[j]
		if h < usub {
			if h >= umin {
				if h == umin && y[j] < 0 && y[j1] >= 0 {
					usub, j2, j1 = umin, j1, j
				} else {
					usub, j2 = h, j
				}
			} else {
				usub, umin, j2, j1 = umin, h, j1, j
			}
		} else if h == umin && y[j] < 0 && y[j1] >= 0 {
			j2, j1 = j1, j
		}
	}
	return umin, usub, j1, j2
}

// twoSmallestStrided is twoSmallest on the row c[off], c[off+stride], …
// of len(v) costs: a column of a taller input read in place.
func twoSmallestStrided(c []float64, off, stride int, v []float64, y []int) (umin, usub float64, j1, j2 int) {
	y = y[:len(v)]
	umin, usub = c[off]-v[0], math.Inf(1)
	j1, j2 = 0, -1
	for j := 1; j < len(v); j++ {
		off += stride
		h := c[off] - v[j]
		if h < usub {
			if h >= umin {
				if h == umin && y[j] < 0 && y[j1] >= 0 {
					usub, j2, j1 = umin, j1, j
				} else {
					usub, j2 = h, j
				}
			} else {
				usub, umin, j2, j1 = umin, h, j1, j
			}
		} else if h == umin && y[j] < 0 && y[j1] >= 0 {
			j2, j1 = j1, j
		}
	}
	return umin, usub, j1, j2
}

// initDist sets the distances from free row f: d[j] = r[j] − v[j].
func initDist[T costElem](r []T, v, d []float64, pred []int32, f int32) {
	r, v, pred = r[:len(d)], v[:len(d)], pred[:len(d)]
	for j := range d {
		d[j] = float64(r[j]) - v[j]
		pred[j] = f
	}
}
