package solver

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync/atomic"

	"gonum.org/v1/gonum/mat"
)

// This file is the capacitated solver: every row assigned to one column,
// column j taking up to cap[j] rows (a transportation problem with unit
// supplies; a semi-assignment problem when capacities are large). It is
// meant for many rows and few columns, which is what merging identical
// columns of an assignment problem gives: a roster's posts of one eselon,
// priority, competency standard and job family cost the same to every
// official but their holders, so a pooled province's 10,000 posts are about
// 1,600 such columns.
//
// The method is the shortest augmenting path method of the dense solver,
// run on the columns alone. Every row held by a full column is tight on it
// (c_rK = u_r + v_K), so the reduced cost of moving on from column K to
// column L through any of K's rows is
//
//	min_{r held by K} (c_rL − u_r − v_L) = T[K][L] + v_K − v_L,
//	T[K][L] = min_{r held by K} (c_rL − c_rK),
//
// and T does not depend on the potentials: it changes only when a row
// enters or leaves K. The solver keeps T (m × m) up to date across
// augmentations, each entry with a short list of the rows attaining the
// least values, so that a search is Dijkstra's algorithm on m columns with
// O(m) work per column finished (a vectorised pass over the range of its
// finite transfer costs, split with a second core when long), however many
// rows the columns hold; moving a row costs O(m), plus a pass over its old
// column's rows for each list it empties. In a cold solve a scan mostly
// reads, instead of the whole range, a short list of the column's least
// transfer costs, which hold every entry that can matter to the search
// (capacity_cand.go).
//
// The LP (Σ cap ≥ rows):
//
//	min Σ c_ij x_ij  s.t.  Σ_j x_ij = 1 (each row),  Σ_i x_ij ≤ cap_j (each
//	column),  x ≥ 0, over the allowed pairs (finite cost);
//	dual: max Σ u_i + Σ cap_j·v_j  s.t.  u_i + v_j ≤ c_ij, v_j ≤ 0.
//
// The solver keeps every reduced cost c − u − v ≥ 0, zero on the assigned
// pairs, v ≤ 0, and v = 0 on every column with room left: a column's load
// never decreases (a path moves one row out of and one into each column on
// it), and only a full column's potential is ever lowered. At the end
// these conditions, which VerifyCapacitated checks, give Σu + Σ cap·v =
// Total: the dual bound is attained.

// CapacitatedResult is an optimal solution of a capacitated problem.
type CapacitatedResult struct {
	// RowCol[i] is the column assigned to row i.
	RowCol []int
	// Load[j] is the number of rows assigned to column j.
	Load []int
	// Total is the sum of the costs of the assigned pairs.
	Total float64
	// U and V are the dual potentials of the rows and of the columns.
	U, V []float64
}

// CapacitatedStats counts the work of SolveCapacitated.
type CapacitatedStats struct {
	// Greedy is the number of rows the start assigned to a least-cost column.
	Greedy int
	// Augmentations is the number of shortest path searches.
	Augmentations int
	// Scanned is the number of full columns whose transfer costs the
	// searches scanned.
	Scanned int
	// Moves is the number of rows moved by the augmenting paths.
	Moves int
	// Vacancies is the number of a warm start's searches that moved a
	// vacancy to reach a deficit, and Raised the number of deficit columns
	// raised instead (SolveCapacitatedFrom).
	Vacancies, Raised int
}

// SolveCapacitated assigns every row of cost to one column, column j taking
// at most capacity[j] rows, at least total cost. A forbidden pair costs
// +Inf; other costs must be finite (NaN and −Inf are errors). It returns the
// assignment with dual potentials that prove it optimal (see
// VerifyCapacitated). When no assignment exists it returns an
// *InfeasibleError whose Rows can only use Cols, whose capacities sum to less
// than len(Rows).
//
// Time is O(m²) per augmentation for m columns plus the upkeep of the
// transfer costs, memory O(m²) besides the matrix: it suits many rows and
// few columns. Merging identical columns of an assignment problem into one
// with their number as capacity gives such a problem; its optimum, spread
// over the merged columns in any way, is an optimum of the original problem,
// and its potentials (each merged column's v for all of its originals) are
// a certificate of it. WithMaximize is not supported. A *mat.Dense is read
// in place, not copied, and must not change during the call.
func SolveCapacitated(cost mat.Matrix, capacity []int, opts ...Option) (*CapacitatedResult, CapacitatedStats, error) {
	var st CapacitatedStats
	if cost == nil {
		return nil, st, errors.New("solver: capacitated: nil matrix")
	}
	o, c, err := capacitatedInput(cost, capacity, opts)
	if err != nil {
		return nil, st, err
	}
	n, m := cost.Dims()
	s := newCapLap(n, m, c, capacity, false)
	s.helperMode = o.helper
	if o.splitMin > 0 {
		s.splitMin = o.splitMin
	}
	s.useLower(o.lower)
	s.useCands(o.cands)
	if o.progress != nil {
		s.report = o.report
	}
	if err := s.solve(o.ctx, &st); err != nil {
		return nil, st, err
	}
	return s.result(), st, nil
}

// capLap is the state of one capacitated solve.
type capLap struct {
	n, m int
	c    []float64 // n × m, row-major
	cap  []int
	simd simdLevel
	// x[i] is row i's column (-1 while free); held[j] the rows of column j,
	// ascending; room[j] says column j holds fewer than cap[j] rows.
	x    []int32
	held [][]int32
	room []bool
	v    []float64
	// t[K*m+L] = T[K][L] (+Inf when no row of K may use L), kept for the
	// columns that can be full. Each entry also keeps a short list of the
	// rows of K with the least values c_rL − c_rK, ascending by (value,
	// row), such that every other row of K is at least the list's last
	// (topV, topR, topN); topAll says the list holds every row of K that may
	// use L. T[K][L] is the list's first, the row a path moves. A row
	// leaving K is dropped from the lists; only a list left empty is
	// recomputed from K's rows, which on a pooled province is a few per
	// hundred moves instead of one per entry the row attained.
	t []float64
	// t32, when not nil, holds a float32 lower bound of each entry of t
	// (capLowerBound), which the relaxation reads first: on a province t is
	// larger than the caches, and the bounds halve what most of its passes
	// read from memory (relaxLower).
	t32    []float32
	lo, hi []int32 // T[K][L] is +Inf outside lo[K] ≤ L < hi[K]
	topV   []float64
	topR   []int32
	// topLen[K] is the length of K's lists, min(cap[K], capTop) (0 for an
	// unbounded column, which is never full): a column that holds at most
	// that many rows never recomputes, and singletons, most of a roster's
	// classes, cost one slot. K's list for L starts at topOff[K] +
	// L·topLen[K].
	topLen []int32
	topOff []int
	topN   []uint8
	topAll []bool
	// gate[e] is a float32 at least the last value of list e when a row
	// above it may neither join the list nor be in it (the list is full or
	// leaves rows out), −Inf when the list is empty and leaves rows out,
	// +Inf otherwise: enter and leave pass most entries on this one read.
	gate []float32

	// Search state: distances (NaN once collected), the column each
	// column's distance came from (-1: the free row itself), the collected
	// columns and their distances.
	d     []float64
	pred  []int32
	scan  []int32
	scanD []float64
	path  []capMove
	evs   []int32
	// helper relaxes half of each long range on another core; nil on one
	// core or few columns.
	helper     *capHelper
	helperMode int // options.helper
	splitMin   int // options.splitMin, or capSplitRecompute
	// Scratch of leave, and of augment's levels.
	aff []int32
	lvl []int32

	// report, when not nil, is told of the augmentations' progress
	// (WithProgress).
	report func(done, total int)
	// listAll: see newCapLap. The rest is the state of a warm start's
	// searches (capacity_warm.go): the common potential T of the columns
	// with room, which columns are deficits (room at v < T) and how many
	// slots they leave empty, and how many rows are still free.
	listAll bool
	warm    *capWarm
	// cands, when not nil, are the candidate lists of the cold searches
	// (capacity_cand.go); roomCols the columns with room during a search.
	cands    *capCands
	roomCols []int32
	searches int // searches begun
}

// capMove is one step of an augmenting path: row r moves from one column
// (-1: it was free) to another.
type capMove struct{ r, from, to int32 }

// newCapLap prepares a solve. listAll keeps transfer costs for every
// column, not only those that can be full: a warm start's searches may
// move rows out of a column with room (SolveCapacitatedFrom).
func newCapLap(n, m int, c []float64, capacity []int, listAll bool) *capLap {
	s := &capLap{n: n, m: m, c: c, cap: capacity, simd: simdAvailable(), listAll: listAll, splitMin: capSplitRecompute,
		x: make([]int32, n), held: make([][]int32, m), room: make([]bool, m),
		v: make([]float64, m), t: make([]float64, m*m), lo: make([]int32, m), hi: make([]int32, m),
		topN: make([]uint8, m*m), topAll: make([]bool, m*m), gate: make([]float32, m*m), topLen: make([]int32, m), topOff: make([]int, m+1),
		d: make([]float64, m), pred: make([]int32, m), scan: make([]int32, m), scanD: make([]float64, m)}
	for j := range m {
		if s.listed(int32(j)) {
			s.topLen[j] = int32(max(1, min(capacity[j], capTop)))
		}
		s.topOff[j+1] = s.topOff[j] + int(s.topLen[j])*m
	}
	s.topV, s.topR = make([]float64, s.topOff[m]), make([]int32, s.topOff[m])
	s.reset()
	return s
}

// reset empties the solve's state for another solve of the same costs and
// capacities (CapacitatedWorkspace): no row placed, potentials 0, no
// transfer costs.
func (s *capLap) reset() {
	m := s.m
	for i := range s.x {
		s.x[i] = -1
	}
	for j := range m {
		s.held[j] = s.held[j][:0]
		s.room[j] = s.cap[j] > 0
		s.v[j] = 0
		s.lo[j], s.hi[j] = int32(m), 0
	}
	inChunks(len(s.t), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			s.t[k] = math.Inf(1)
			s.topAll[k] = true
			s.topN[k] = 0
			s.gate[k] = float32(math.Inf(1))
		}
		if s.t32 != nil {
			for k := lo; k < hi; k++ {
				s.t32[k] = float32(math.Inf(1))
			}
		}
	})
	if s.cands != nil {
		clear(s.cands.ok)
	}
	s.warm, s.helper, s.report = nil, nil, nil
}

// listed reports whether column j keeps transfer costs: when it can ever
// be full, or always with listAll.
func (s *capLap) listed(j int32) bool { return s.listAll || s.cap[j] < s.n }

func (s *capLap) solve(ctx context.Context, st *CapacitatedStats) error {
	n, m := s.n, s.m
	least := make([]float64, n)
	var free []int32
	// Greedy start: with v = 0 every row's least cost is a feasible u, and
	// its least column, if it has room, a tight pair. Among tied columns
	// one with room is taken.
	for i := range n {
		row := s.c[i*m : (i+1)*m]
		best := -1
		for j, x := range row {
			if math.IsInf(x, 1) {
				continue
			}
			if best < 0 || x < row[best] || x == row[best] && s.room[j] && !s.room[best] {
				best = j
			}
		}
		s.x[i] = -1
		if best < 0 {
			return &InfeasibleError{Rows: []int{i}}
		}
		least[i] = row[best]
		if s.room[best] {
			s.place(int32(i), int32(best))
			st.Greedy++
		} else {
			free = append(free, int32(i))
		}
	}
	// The greedy rows enter their columns' transfer costs: a column's
	// entries and lists are its own, so the columns go on every core where
	// the helper would run (withCapHelper(true) in tests).
	enterAll := func(j int) {
		if s.listed(int32(j)) {
			for _, r := range s.held[j] {
				s.enter(r, int32(j))
			}
		}
	}
	if capUseHelper(s.helperMode, m) {
		eachParallel(m, enterAll)
	} else {
		for j := range m {
			enterAll(j)
		}
	}
	return s.augmentAll(ctx, free, least, st)
}

// capUseHelper reports whether a solve of m columns relaxes long ranges
// on a second core (helperMode is options.helper).
func capUseHelper(helperMode, m int) bool {
	return runtime.GOMAXPROCS(0) > 1 && (helperMode == 2 || helperMode == 0 && m >= capHelperMinCols)
}

// place puts row i in column j. A column's rows are kept ascending, so
// that leave reads their rows in memory order.
func (s *capLap) place(i, j int32) {
	s.x[i] = j
	h := s.held[j]
	p, _ := slices.BinarySearch(h, i)
	s.held[j] = slices.Insert(h, p, i)
	s.room[j] = len(s.held[j]) < s.cap[j]
}

// remove takes row i out of column j.
func (s *capLap) remove(i, j int32) {
	h := s.held[j]
	if p, ok := slices.BinarySearch(h, i); ok {
		s.held[j] = slices.Delete(h, p, p+1)
	}
	s.room[j] = true
}

// capTop is the longest list of least rows kept per transfer cost: a longer
// list is recomputed less often when its rows move, up to a point where the
// list's own upkeep costs what it saves (bench/README.md, "Solver
// constants").
const capTop = 8

// list returns the slots of the list of entry e = K·m + L.
func (s *capLap) list(e int) ([]float64, []int32) {
	k, l := e/s.m, e%s.m
	w := int(s.topLen[k])
	p := s.topOff[k] + l*w
	return s.topV[p : p+w], s.topR[p : p+w]
}

// topLess orders the candidates of a list: by value, then row.
func topLess(x float64, r int32, y float64, q int32) bool { return x < y || x == y && r < q }

// enter adds row i, which column k now holds, to k's transfer costs.
func (s *capLap) enter(i, k int32) {
	if s.sole(k) {
		s.enterSole(i, k)
		return
	}
	m := s.m
	row := s.c[int(i)*m : (int(i)+1)*m]
	base := row[k]
	off := int(k) * m
	lo, hi := int(s.lo[k]), int(s.hi[k])
	w := uint8(s.topLen[k])
	for l, x := range row {
		if math.IsInf(x, 1) {
			continue
		}
		lo, hi = min(lo, l), max(hi, l+1)
		e := off + l
		y := x - base
		if y > float64(s.gate[e]) {
			// Left out: a full list now leaves a row out.
			if s.topAll[e] && s.topN[e] == w {
				s.topAll[e] = false
			}
			continue
		}
		s.topAdd(e, y, i)
	}
	// The range only grows: an entry that became +Inf again costs a
	// relaxation step, never a wrong one.
	s.lo[k], s.hi[k] = int32(lo), int32(hi)
	if s.cands != nil {
		s.cands.ok[k] = false // the entries may have fallen
	}
}

// sole reports whether column k, in a cold solve, holds one row at most.
// Its transfer costs are then the differences of its row's costs while it
// is full, and unused while it has room, which a cold search never moves
// on from: a row leaving it needs no upkeep, and one entering it writes its
// costs over the old ones (enterSole). A roster's classes are mostly such
// single posts.
func (s *capLap) sole(k int32) bool { return !s.listAll && s.cap[k] == 1 }

// enterSole is enter for a column of one place (sole): row i's costs
// replace the column's transfer costs and lists.
func (s *capLap) enterSole(i, k int32) {
	m := s.m
	row := s.c[int(i)*m : (int(i)+1)*m]
	base := row[k]
	off := int(k) * m
	w := int(s.topLen[k]) // 1
	p := s.topOff[k]
	lo, hi := m, 0
	inf := math.Inf(1)
	for l, x := range row {
		e := off + l
		if math.IsInf(x, 1) {
			s.topN[e] = 0
			s.gate[e] = float32(inf)
			s.setT(e, inf)
		} else {
			y := x - base
			s.topV[p+l*w], s.topR[p+l*w] = y, i
			s.topN[e] = 1
			s.gate[e] = capUpperBound(y)
			s.setT(e, y)
			lo, hi = min(lo, l), max(hi, l+1)
		}
		s.topAll[e] = true
	}
	s.lo[k], s.hi[k] = int32(lo), int32(hi)
	if s.cands != nil {
		s.cands.ok[k] = false
	}
}

// topAdd offers row r at value y to list e.
func (s *capLap) topAdd(e int, y float64, r int32) {
	n := int(s.topN[e])
	vs, rs := s.list(e)
	w := len(vs)
	if n == w || !s.topAll[e] {
		// Only a row below the last may join: the rows left out must
		// stay at least the last. A full list drops its last.
		if n == 0 || !topLess(y, r, vs[n-1], rs[n-1]) {
			if n == w {
				s.topAll[e] = false
			}
			return
		}
		if n == w {
			n--
			s.topAll[e] = false
		}
	}
	p := n
	for p > 0 && topLess(y, r, vs[p-1], rs[p-1]) {
		vs[p], rs[p] = vs[p-1], rs[p-1]
		p--
	}
	vs[p], rs[p] = y, r
	s.topN[e] = uint8(n + 1)
	s.setT(e, vs[0])
	s.setGate(e, vs[:n+1], w)
}

// setGate sets gate[e] for list e, whose rows hold values vs, of length w.
func (s *capLap) setGate(e int, vs []float64, w int) {
	n := len(vs)
	switch {
	case n < w && s.topAll[e]:
		s.gate[e] = float32(math.Inf(1))
	case n == 0:
		s.gate[e] = float32(math.Inf(-1))
	default:
		s.gate[e] = capUpperBound(vs[n-1])
	}
}

// setT sets entry e of the transfer costs, and its bound.
func (s *capLap) setT(e int, x float64) {
	s.t[e] = x
	if s.t32 != nil {
		s.t32[e] = capLowerBound(x)
	}
}

// capLowerMinCols is the number of columns from which the relaxation reads
// the transfer costs' float32 bounds first (capLap.t32): from about there
// the m × m table no longer fits in the caches, and the pass is bound by
// memory; below, the bounds cost a conversion per entry and save nothing.
const capLowerMinCols = 2048

// useLower makes the relaxation read the transfer costs' bounds first, or
// not (mode is options.lower: 0 from capLowerMinCols columns on, 1 never,
// 2 always), on a CPU whose kernel can (AVX-512).
func (s *capLap) useLower(mode int) {
	want := s.simd == simdAVX512 && (mode == 2 || mode == 0 && s.m >= capLowerMinCols)
	switch {
	case !want:
		s.t32 = nil
	case s.t32 == nil:
		s.t32 = make([]float32, len(s.t))
		inChunks(len(s.t), func(lo, hi int) {
			for e := lo; e < hi; e++ {
				s.t32[e] = capLowerBound(s.t[e])
			}
		})
	}
}

// leave drops row i, which left column k, from k's transfer costs, and
// recomputes the lists it empties from the rows k holds, reading the
// row-major matrix: the solver keeps no column-major copy, which doubled
// its memory.
func (s *capLap) leave(i, k int32) {
	if s.sole(k) {
		return
	}
	m := s.m
	row := s.c[int(i)*m : (int(i)+1)*m]
	base := row[k]
	off := int(k) * m
	aff := s.aff[:0]
	for l, x := range row {
		if math.IsInf(x, 1) {
			continue
		}
		e := off + l
		y := x - base
		if y > float64(s.gate[e]) {
			continue // i is not in the list
		}
		cnt := int(s.topN[e])
		vs, rs := s.list(e)
		w := len(vs)
		vs, rs = vs[:cnt], rs[:cnt]
		if cnt == 0 || topLess(vs[cnt-1], rs[cnt-1], y, i) {
			continue // i is not in the list
		}
		p := 0
		for p < cnt && rs[p] != i {
			p++
		}
		if p == cnt {
			continue
		}
		copy(vs[p:], vs[p+1:])
		copy(rs[p:], rs[p+1:])
		cnt--
		s.topN[e] = uint8(cnt)
		s.setGate(e, vs[:cnt], w)
		switch {
		case cnt > 0:
			s.setT(e, vs[0])
		case s.topAll[e]:
			s.setT(e, math.Inf(1))
		default:
			aff = append(aff, int32(l))
		}
	}
	s.aff = aff
	if len(aff) == 0 {
		return
	}
	for _, l := range aff {
		e := off + int(l)
		s.topN[e] = 0
		s.topAll[e] = true
		s.gate[e] = float32(math.Inf(1))
		s.setT(e, math.Inf(1))
	}
	// The lists of different entries are apart: with the helper, it
	// recomputes half of them. The reads of the rows' costs, one cache miss
	// each, are most of a leave's time on a province.
	if h := s.helper; h != nil && len(aff) >= 2 && len(s.held[k])*len(aff) >= s.splitMin {
		mid := len(aff) / 2
		h.postRecompute(k, aff[mid:])
		s.recompute(k, aff[:mid])
		h.waitRecompute()
		return
	}
	s.recompute(k, aff)
}

// capSplitRecompute is the least number of row costs a recomputation
// reads for the helper to take half of them: a hand-over costs about what
// a few dozen cache misses do.
const capSplitRecompute = 256

// recompute fills the lists of column k's entries in columns aff, emptied,
// from the rows k holds. Row by row, each row's costs in those columns: a
// list keeps the least rows by (value, row) whatever the order they come
// in, and a row's costs are one stretch of the matrix.
//
// The costs, a cache miss each on a province, are read ahead into a batch
// across rows, in a loop of nothing but loads, so that the misses overlap
// instead of waiting one by one on the lists' branches.
func (s *capLap) recompute(k int32, aff []int32) {
	m := s.m
	off := int(k) * m
	const batch = 64
	var (
		xs, bs [batch]float64
		ls, rs [batch]int32
	)
	n := 0
	flush := func() {
		for t, x := range xs[:n] {
			if !math.IsInf(x, 1) {
				s.topAdd(off+int(ls[t]), x-bs[t], rs[t])
			}
		}
		n = 0
	}
	for _, r := range s.held[k] {
		row := s.c[int(r)*m : (int(r)+1)*m]
		base := row[k]
		for _, l := range aff {
			if n == batch {
				flush()
			}
			xs[n], bs[n], ls[n], rs[n] = row[l], base, l, r
			n++
		}
	}
	flush()
}

// augment finds a shortest augmenting path from free row i0 and applies it.
// The search is the dense solver's (see lap.augment), on the columns, with
// the transfer costs of a collected column in place of a row's costs.
func (s *capLap) augment(i0 int32, st *CapacitatedStats) error {
	st.Augmentations++
	s.searches++
	m := s.m
	v, d, pred, room := s.v[:m], s.d[:m], s.pred[:m], s.room[:m]
	scan, scanD := s.scan[:m], s.scanD[:m]
	initDist(s.c[int(i0)*m:(int(i0)+1)*m], v, d, pred, -1)
	nan := math.NaN()
	// scan[:low] are collected and scanned, scan[low:up] collected at
	// distance dmin and not yet scanned; both have d = NaN.
	low, up := 0, 0
	dmin := 0.0
	end := int32(-1)
	w := s.warm
	// vac is the column with room whose vacancy moved in this search (a
	// warm start's, see capWarm), reached at d0; −1 while none has.
	vac, d0 := int32(-1), 0.0
	// ub is the least distance of a column with room, which bounds the
	// distance at which the search ends (capacity_cand.go).
	cands := s.cands
	if w != nil {
		cands = nil
	}
	ub := math.Inf(1)
	if cands != nil {
		s.roomCols = s.roomCols[:0]
		for j := range int32(m) {
			if room[j] {
				s.roomCols = append(s.roomCols, j)
				ub = min(ub, d[j])
			}
		}
	}
	// collect adds column j to the current level: it ends the search when
	// it has room (a warm start's: when it may, see capWarm.ends), or its
	// vacancy moves.
	var collect func(j int32)
	collect = func(j int32) {
		d[j] = nan
		scan[up] = j
		scanD[up] = dmin
		up++
		switch {
		case !room[j] || end >= 0:
		case w == nil || w.ends(j):
			end = j
		case vac < 0:
			vac, d0 = j, dmin
			// The vacancy moves to every other column c at d0 + T − v_c:
			// at d0 to the columns with room, which join the level.
			for c := range int32(m) {
				if math.IsNaN(d[c]) {
					continue
				}
				if h := d0 + w.T - v[c]; h < d[c] {
					d[c], pred[c] = h, capVacancy
					if h <= dmin {
						collect(c)
					}
				}
			}
		}
	}
	for end < 0 {
		if up == low {
			dmin = math.Inf(1)
			for j, h := range d {
				if h <= dmin {
					if h < dmin {
						up = low
						dmin = h
					}
					scan[up] = int32(j)
					up++
				}
			}
			if math.IsInf(dmin, 1) {
				return s.violator(i0, scan[:low])
			}
			// Collect the level from a copy: a vacancy that moves adds
			// columns to scan.
			s.lvl = append(s.lvl[:0], scan[low:up]...)
			up = low
			for _, j := range s.lvl {
				if !math.IsNaN(d[j]) {
					collect(j)
				}
			}
			if end >= 0 {
				break
			}
		}
		k := scan[low]
		low++
		st.Scanned++
		// h = T[k][l] − v[l] − u1 is the distance to l through k's rows.
		u1 := -(dmin + v[k])
		// Only the range of k's finite transfer costs: on a province the
		// rows of one eselon's class may use a few eselons' classes. A long
		// range is split with the helper on the other core; the events
		// (columns reaching h ≤ dmin) are handled after the relaxation, in
		// column order, which is what the one-core loop does too.
		lo, hi := int(s.lo[k]), int(s.hi[k])
		evs := s.evs[:0]
		done := false
		if cands != nil {
			evs, done = s.relaxCands(k, u1, dmin, &ub, evs)
		}
		switch {
		case done:
		case s.helper != nil && (hi-lo >= capParallelMin || s.helperMode == 2 && hi-lo >= 16):
			mid := lo + (hi-lo)/2
			s.helper.post(k, u1, dmin, mid, hi)
			evs = s.relaxEvents(k, u1, dmin, lo, mid, evs)
			evs = s.helper.wait(evs)
		default:
			evs = s.relaxEvents(k, u1, dmin, lo, hi, evs)
		}
		if cands != nil && !done {
			for _, j := range s.roomCols {
				if d[j] < ub {
					ub = d[j]
				}
			}
		}
		s.evs = evs
		for _, j := range evs {
			// Column j got h ≤ dmin: it joins the current level (h < dmin
			// only by rounding), or ends the search if it has room.
			if !math.IsNaN(d[j]) {
				collect(j)
				if end >= 0 {
					break
				}
			}
		}
	}
	for p, j := range scan[:low] {
		v[j] += scanD[p] - dmin
	}
	if vac >= 0 {
		w.T -= dmin - d0
		st.Vacancies++
	}
	// Flip the path: each row on it moves into the column it reached. A
	// column the vacancy reached takes it (nobody moves in): the path goes
	// on back from the vacancy's column.
	path := s.path[:0]
	for j := end; ; {
		k := pred[j]
		if k == capVacancy {
			j = vac
			continue
		}
		r := i0
		if k >= 0 {
			_, rs := s.list(int(k)*m + int(j))
			r = rs[0]
		}
		path = append(path, capMove{r, k, j})
		if k < 0 {
			break
		}
		j = k
	}
	s.path = path
	// All rows leave before any enters, so that a list recomputed for a
	// column does not already hold the row about to enter it.
	for _, mv := range path {
		if mv.from >= 0 {
			s.remove(mv.r, mv.from)
		}
	}
	for _, mv := range path {
		if mv.from >= 0 && s.listed(mv.from) {
			s.leave(mv.r, mv.from)
		}
	}
	for _, mv := range path {
		s.place(mv.r, mv.to)
		if s.listed(mv.to) {
			s.enter(mv.r, mv.to)
		}
	}
	st.Moves += len(path)
	if w != nil {
		w.placed(s)
	}
	return nil
}

// capVacancy marks in pred a column reached by the vacancy of a column
// with room (capWarm).
const capVacancy = -2

// relaxEvents relaxes columns lo ≤ l < hi through the transfer costs of
// collected column k (h = T[k][l] − v[l] − u1) and appends to evs the
// columns whose distance became ≤ dmin, in order.
func (s *capLap) relaxEvents(k int32, u1, dmin float64, lo, hi int, evs []int32) []int32 {
	m := s.m
	ri := s.t[int(k)*m : (int(k)+1)*m]
	v, d, pred := s.v, s.d, s.pred
	if s.t32 != nil {
		lb := s.t32[int(k)*m : (int(k)+1)*m]
		for j := lo; j < hi; j++ {
			j += relaxLower(s.simd, lb[j:hi], ri[j:hi], v[j:hi], d[j:hi], pred[j:hi], u1, dmin, k)
			if j < hi {
				evs = append(evs, int32(j))
			}
		}
		return evs
	}
	for j := lo; j < hi; j++ {
		if s.simd != simdNone {
			j += relaxSIMD(s.simd, ri[j:hi], v[j:hi], d[j:hi], pred[j:hi], u1, dmin, k)
		} else {
			j += relaxGeneric(ri[j:hi], v[j:hi], d[j:hi], pred[j:hi], u1, dmin, k)
		}
		if j < hi {
			evs = append(evs, int32(j))
		}
	}
	return evs
}

// capParallelMin is the shortest range of transfer costs split between two
// cores: below it the hand-over costs more than the half it saves. The
// helper runs only for capHelperMinCols columns or more: on fewer the ranges
// are mostly short and its spinning costs more than it saves (bench/
// README.md, "Solver constants").
const (
	capParallelMin   = 1024
	capHelperMinCols = 2048
)

// capHelper relaxes the upper half of a long range on a second core. It
// spins between jobs (yielding now and then, so that the collector and
// other goroutines run): a job is a microsecond or two of work, too short
// for a channel's hand-over. A job the helper has not taken when the main
// loop is done with its own half is taken back and done there, so that a
// helper without a core (the collector's worker on it, the VM's vCPU
// descheduled) costs nothing; a plain wait made the solve's time depend on
// whether the helper got a core.
type capHelper struct {
	s     *capLap
	state atomic.Uint32 // capIdle, capPosted, capTaken, capDone
	quit  atomic.Bool
	// The job, written before it is posted, read by whoever takes it: a
	// relaxation (post) or a recomputation (postRecompute).
	k        int32
	u1, dmin float64
	lo, hi   int
	evs      []int32
	aff      []int32 // a recomputation's columns; nil for a relaxation
}

// Job states of capHelper.
const (
	capIdle = iota
	capPosted
	capTaken
	capDone
)

func (h *capHelper) run() {
	spins := 0
	for {
		if h.state.Load() == capPosted && h.state.CompareAndSwap(capPosted, capTaken) {
			if h.aff != nil {
				h.s.recompute(h.k, h.aff)
			} else {
				h.evs = h.s.relaxEvents(h.k, h.u1, h.dmin, h.lo, h.hi, h.evs[:0])
			}
			h.state.Store(capDone)
			continue
		}
		if h.quit.Load() {
			return
		}
		if spins++; spins%256 == 0 {
			runtime.Gosched()
		}
	}
}

// post offers the helper columns lo ≤ l < hi of collected column k.
func (h *capHelper) post(k int32, u1, dmin float64, lo, hi int) {
	h.k, h.u1, h.dmin, h.lo, h.hi, h.aff = k, u1, dmin, lo, hi, nil
	h.state.Store(capPosted)
}

// postRecompute offers the helper the recomputation of column k's lists in
// columns aff.
func (h *capHelper) postRecompute(k int32, aff []int32) {
	h.k, h.aff = k, aff
	h.state.Store(capPosted)
}

// waitRecompute returns when the posted recomputation is done: by the
// helper, or here when the helper had not taken it.
func (h *capHelper) waitRecompute() {
	if h.state.CompareAndSwap(capPosted, capIdle) {
		h.s.recompute(h.k, h.aff)
		return
	}
	h.awaitDone()
}

// wait appends the events of the posted job to evs: the helper's, or the
// job's own, done here when the helper had not taken it.
func (h *capHelper) wait(evs []int32) []int32 {
	if h.state.CompareAndSwap(capPosted, capIdle) {
		return h.s.relaxEvents(h.k, h.u1, h.dmin, h.lo, h.hi, evs)
	}
	h.awaitDone()
	return append(evs, h.evs...)
}

// awaitDone spins until the helper has done the job it took, and makes it
// idle again.
func (h *capHelper) awaitDone() {
	for spins := 1; h.state.Load() != capDone; spins++ {
		if spins%256 == 0 {
			runtime.Gosched()
		}
	}
	h.state.Store(capIdle)
}

// violator builds the InfeasibleError of a failed search from free row i0:
// i0 and the rows of the collected columns, all full, can use only those.
func (s *capLap) violator(i0 int32, cols []int32) error {
	e := &InfeasibleError{Rows: []int{int(i0)}}
	for _, k := range cols {
		e.Cols = append(e.Cols, int(k))
		for _, r := range s.held[k] {
			e.Rows = append(e.Rows, int(r))
		}
	}
	slices.Sort(e.Rows)
	slices.Sort(e.Cols)
	return e
}

// VerifyCapacitated checks that res is an optimal solution of the
// capacitated problem (cost, capacity): every row assigned to an allowed
// column, no column above its capacity, Total the sum of the assigned costs,
// and the potentials a certificate within relative tolerance VerifyRelTol:
// every reduced cost c − u − v ≥ 0 and 0 on the assigned pairs, v ≤ 0, and
// v = 0 on the columns with room left.
func VerifyCapacitated(cost mat.Matrix, capacity []int, res *CapacitatedResult) error {
	if cost == nil || res == nil {
		return errors.New("solver: verify capacitated: nil argument")
	}
	n, m := cost.Dims()
	if len(capacity) != m || len(res.RowCol) != n || len(res.U) != n || len(res.V) != m || len(res.Load) != m {
		return errors.New("solver: verify capacitated: sizes do not match the matrix")
	}
	scale := 0.0
	for i := range n {
		for j := range m {
			if x := cost.At(i, j); !math.IsInf(x, 1) {
				scale = math.Max(scale, math.Abs(x))
			}
		}
	}
	tol := VerifyRelTol * math.Max(scale, 1)
	load := make([]int, m)
	total := 0.0
	for i := range n {
		j := res.RowCol[i]
		if j < 0 || j >= m {
			return fmt.Errorf("solver: verify capacitated: row %d is not assigned", i)
		}
		c := cost.At(i, j)
		if math.IsInf(c, 1) {
			return fmt.Errorf("solver: verify capacitated: row %d is assigned to column %d, which it may not use", i, j)
		}
		load[j]++
		total += c
		if r := c - res.U[i] - res.V[j]; math.Abs(r) > tol {
			return fmt.Errorf("solver: verify capacitated: assigned pair (%d, %d) has reduced cost %g", i, j, r)
		}
		for k := range m {
			if r := cost.At(i, k) - res.U[i] - res.V[k]; r < -tol {
				return fmt.Errorf("solver: verify capacitated: pair (%d, %d) has reduced cost %g", i, k, r)
			}
		}
	}
	for j := range m {
		if load[j] != res.Load[j] {
			return fmt.Errorf("solver: verify capacitated: column %d holds %d rows, Load says %d", j, load[j], res.Load[j])
		}
		if load[j] > capacity[j] {
			return fmt.Errorf("solver: verify capacitated: column %d holds %d rows, capacity %d", j, load[j], capacity[j])
		}
		if res.V[j] > tol {
			return fmt.Errorf("solver: verify capacitated: column %d has potential %g > 0", j, res.V[j])
		}
		if load[j] < capacity[j] && math.Abs(res.V[j]) > tol {
			return fmt.Errorf("solver: verify capacitated: column %d has room but potential %g", j, res.V[j])
		}
	}
	if math.Abs(total-res.Total) > tol*float64(n+1) {
		return fmt.Errorf("solver: verify capacitated: Total %g, assigned pairs sum to %g", res.Total, total)
	}
	return nil
}

// capUpperBound returns the least float32 at least x.
func capUpperBound(x float64) float32 {
	f := float32(x)
	if float64(f) < x {
		f = math.Nextafter32(f, float32(math.Inf(1)))
	}
	return f
}

// capLowerBound returns the greatest float32 at most x (+Inf for +Inf).
func capLowerBound(x float64) float32 {
	f := float32(x)
	if float64(f) > x {
		f = math.Nextafter32(f, float32(math.Inf(-1)))
	}
	return f
}
