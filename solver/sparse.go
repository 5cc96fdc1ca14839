package solver

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// This file is the sparse solver: the shortest augmenting path method of
//
//	R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for
//	dense and sparse linear assignment problems", Computing 38 (1987)
//	325–340 (the sparse variant, LAPJVsp), and
//	A. Volgenant, "Linear and semi-assignment problems: a core oriented
//	approach", Computers & Operations Research 23(10) (1996) 917–932
//	(LAPMOD),
//
// run on the allowed pairs only, stored row by row (CSR). Each augmentation
// is Dijkstra's algorithm over the reduced costs c − u − v of the rows'
// entries with a binary heap of columns (lazy deletion), stopped at the first
// unassigned column taken from the heap; the potentials of the columns
// finished before it are lowered by dmin − d[j] ≥ 0 as in the dense solver
// (Crouse 2016 for the rectangular sign conditions). Deviations from JV: no
// column reduction or augmenting row reduction, which would break the
// rectangular sign conditions; instead every row starts with u[i] = min over
// its entries of c − v and takes its minimising column at once when that
// column is free (a greedy start that is exact because the pair is tight).
//
// The LP behind the certificate (rows ≤ columns; the roles swap otherwise):
//
//	min Σ c_ij x_ij  s.t.  Σ_j x_ij = 1 (each row),  Σ_i x_ij ≤ 1 (each
//	column),  x ≥ 0, over the stored pairs only;
//	dual: max Σ u_i + Σ v_j  s.t.  u_i + v_j ≤ c_ij on stored pairs, v_j ≤ 0.
//
// The solver keeps, after every augmentation: every reduced cost ≥ 0, zero on
// the assignment, v ≤ 0 everywhere and v = 0 on every unassigned column. At
// the end complementary slackness holds, so Σu + Σv = Total and no
// assignment is cheaper (weak duality). VerifySparse checks exactly that.
//
// Warm starts (SolveSparseFrom) keep the column potentials and the
// assignment of a previous solve on a superset of the pairs, re-derive
// u[i] = min_j (c_ij − v_j) over the new entries and release every row whose
// assigned pair is no longer tight (within warmTightRelTol). A released
// column whose v is negative ("deficit") breaks the sign condition until it
// is assigned again or reaches the unassigned columns' common potential;
// augmentAll keeps the invariant in the sense of the square problem with
// zero-cost vacancy rows (see there), so no row is released for it. The
// greedy start and row reduction are skipped when there are deficit
// columns.

// CSR is a sparse cost matrix in compressed sparse row form: the entries of
// row i are Col[Ptr[i]:Ptr[i+1]] with costs Cost[Ptr[i]:Ptr[i+1]], columns
// strictly increasing. A pair that is not stored is forbidden. Costs are
// finite.
type CSR struct {
	// Rows and Cols are the dimensions.
	Rows, Cols int
	// Ptr has Rows+1 offsets into Col and Cost.
	Ptr []int
	// Col are the column indices of the entries.
	Col []int32
	// Cost are the costs of the entries.
	Cost []float64
}

// NewCSR checks ptr, col and cost and returns them as a CSR (not copied).
// Columns must be strictly increasing within a row and in range, costs
// finite and at most math.MaxFloat64/(8·(rows+cols)) in magnitude (the same
// limit as Solve).
func NewCSR(rows, cols int, ptr []int, col []int32, cost []float64) (*CSR, error) {
	if rows < 0 || cols < 0 || cols > math.MaxInt32 {
		return nil, fmt.Errorf("solver: csr: bad dimensions %d×%d", rows, cols)
	}
	if len(ptr) != rows+1 || ptr[0] != 0 || ptr[rows] != len(col) || len(col) != len(cost) {
		return nil, fmt.Errorf("solver: csr: %d row pointers (want %d) ending at %d for %d columns and %d costs",
			len(ptr), rows+1, ptr[len(ptr)-1], len(col), len(cost))
	}
	limit := math.MaxFloat64 / (8 * float64(rows+cols))
	for i := 0; i < rows; i++ {
		if ptr[i+1] < ptr[i] {
			return nil, fmt.Errorf("solver: csr: row pointer %d decreases (%d after %d)", i+1, ptr[i+1], ptr[i])
		}
		prev := int32(-1)
		for k := ptr[i]; k < ptr[i+1]; k++ {
			j, x := col[k], cost[k]
			if j <= prev || int(j) >= cols {
				return nil, fmt.Errorf("solver: csr: row %d: column %d out of range or not increasing", i, j)
			}
			prev = j
			if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > limit {
				return nil, &ValueError{Row: i, Col: int(j), Value: x,
					Reason: fmt.Sprintf("a sparse cost must be finite and at most %.3g in magnitude", limit)}
			}
		}
	}
	return &CSR{Rows: rows, Cols: cols, Ptr: ptr, Col: col, Cost: cost}, nil
}

// NNZ returns the number of stored pairs.
func (a *CSR) NNZ() int { return len(a.Col) }

// Transpose returns the CSR of the transposed matrix.
func (a *CSR) Transpose() *CSR {
	t := &CSR{Rows: a.Cols, Cols: a.Rows, Ptr: make([]int, a.Cols+1),
		Col: make([]int32, len(a.Col)), Cost: make([]float64, len(a.Cost))}
	for _, j := range a.Col {
		t.Ptr[j+1]++
	}
	for j := 0; j < a.Cols; j++ {
		t.Ptr[j+1] += t.Ptr[j]
	}
	next := slices.Clone(t.Ptr[:a.Cols])
	for i := 0; i < a.Rows; i++ {
		for k := a.Ptr[i]; k < a.Ptr[i+1]; k++ {
			j := a.Col[k]
			p := next[j]
			next[j]++
			t.Col[p] = int32(i)
			t.Cost[p] = a.Cost[k]
		}
	}
	return t
}

// CSRBuilder collects entries in any order and builds a CSR.
type CSRBuilder struct {
	rows, cols int
	i, j       []int32
	c          []float64
}

// NewCSRBuilder starts a rows × cols sparse matrix.
func NewCSRBuilder(rows, cols int) *CSRBuilder { return &CSRBuilder{rows: rows, cols: cols} }

// Add stores cost c for the pair (i, j). Out-of-range indices, duplicates and
// bad costs are reported by Build.
func (b *CSRBuilder) Add(i, j int, c float64) {
	b.i = append(b.i, int32(i))
	b.j = append(b.j, int32(j))
	b.c = append(b.c, c)
}

// Build sorts the entries by row and column and returns the CSR, or an error
// naming the first bad entry (out of range, duplicate, not finite).
func (b *CSRBuilder) Build() (*CSR, error) {
	ptr := make([]int, b.rows+1)
	for k, i := range b.i {
		if i < 0 || int(i) >= b.rows || b.j[k] < 0 || int(b.j[k]) >= b.cols {
			return nil, fmt.Errorf("solver: csr builder: entry (%d, %d) outside %d×%d", i, b.j[k], b.rows, b.cols)
		}
		ptr[i+1]++
	}
	for i := 0; i < b.rows; i++ {
		ptr[i+1] += ptr[i]
	}
	next := slices.Clone(ptr[:b.rows])
	col := make([]int32, len(b.i))
	cost := make([]float64, len(b.i))
	for k, i := range b.i {
		p := next[i]
		next[i]++
		col[p], cost[p] = b.j[k], b.c[k]
	}
	for i := 0; i < b.rows; i++ {
		lo, hi := ptr[i], ptr[i+1]
		sortEntries(col[lo:hi], cost[lo:hi])
		for k := lo + 1; k < hi; k++ {
			if col[k] == col[k-1] {
				return nil, fmt.Errorf("solver: csr builder: pair (%d, %d) added twice", i, col[k])
			}
		}
	}
	return NewCSR(b.rows, b.cols, ptr, col, cost)
}

// sortEntries sorts one row's entries by column (insertion sort for the short
// rows of candidate lists, slices.SortFunc on an index otherwise).
func sortEntries(col []int32, cost []float64) {
	if len(col) <= 32 {
		for a := 1; a < len(col); a++ {
			for b := a; b > 0 && col[b] < col[b-1]; b-- {
				col[b], col[b-1] = col[b-1], col[b]
				cost[b], cost[b-1] = cost[b-1], cost[b]
			}
		}
		return
	}
	idx := make([]int, len(col))
	for k := range idx {
		idx[k] = k
	}
	slices.SortFunc(idx, func(a, b int) int { return int(col[a]) - int(col[b]) })
	c2, x2 := slices.Clone(col), slices.Clone(cost)
	for k, p := range idx {
		col[k], cost[k] = c2[p], x2[p]
	}
}

// SparseStats describes one sparse solve.
type SparseStats struct {
	// Components is the number of connected components solved separately.
	Components int
	// Greedy is the number of rows assigned by the greedy start.
	Greedy int
	// Augmentations is the number of Dijkstra searches.
	Augmentations int
	// Released is the number of rows a warm start had to release.
	Released int
	// ARR is the number of augmenting row reduction steps.
	ARR int
}

// SolveSparse returns an optimal assignment of a's rows to its columns using
// stored pairs only, with the shapes, certificate and errors of Solve: with
// rows ≤ columns every row is assigned, otherwise every column; an
// *InfeasibleError names a Hall violator. The connected components of the
// bipartite graph of stored pairs are solved concurrently on GOMAXPROCS
// goroutines. Options: Maximize, WithContext. VerifySparse checks the result.
func SolveSparse(a *CSR, opts ...Option) (*Result, error) {
	res, _, err := SolveSparseFrom(a, nil, opts...)
	return res, err
}

// SolveSparseFrom is SolveSparse started from the assignment and column
// potentials of a previous result (nil for none) on the same dimensions,
// typically a solve on a subset of a's pairs. Pairs of start that a no
// longer stores are dropped. It also returns statistics of the solve.
func SolveSparseFrom(a *CSR, start *Result, opts ...Option) (*Result, SparseStats, error) {
	o := options{ctx: context.Background(), arrPasses: -1}
	for _, f := range opts {
		f(&o)
	}
	if o.ctx == nil {
		o.ctx = context.Background()
	}
	var st SparseStats
	if a == nil {
		return nil, st, errors.New("solver: nil sparse matrix")
	}
	r, c := a.Rows, a.Cols
	res := &Result{RowCol: filled(r, -1), ColRow: filled(c, -1), U: make([]float64, r), V: make([]float64, c), Maximize: o.maximize}
	if r == 0 || c == 0 {
		return res, st, nil
	}
	if start != nil && (len(start.RowCol) != r || len(start.ColRow) != c || len(start.V) != c || len(start.U) != r) {
		return nil, st, fmt.Errorf("solver: warm start of %d×%d for a %d×%d matrix", len(start.RowCol), len(start.ColRow), r, c)
	}
	w := a
	transposed := r > c
	if transposed {
		w = a.Transpose()
	}
	if o.maximize {
		neg := make([]float64, len(w.Cost))
		for k, c := range w.Cost {
			neg[k] = -c
		}
		w = &CSR{Rows: w.Rows, Cols: w.Cols, Ptr: w.Ptr, Col: w.Col, Cost: neg}
	}
	n, m := w.Rows, w.Cols
	x, y := filled(n, -1), filled(m, -1)
	u, v := make([]float64, n), make([]float64, m)
	if start != nil {
		sx, sy, sv := start.RowCol, start.ColRow, start.V
		if transposed {
			sx, sy, sv = start.ColRow, start.RowCol, start.U
		}
		sign := 1.0
		if start.Maximize {
			sign = -1
		}
		copy(x, sx)
		copy(y, sy)
		for j := range v {
			v[j] = sign * sv[j]
			if v[j] > 0 || math.IsNaN(v[j]) || math.IsInf(v[j], 0) {
				v[j] = 0 // not a potential this solver could have left
			}
		}
	}

	// A column without entries stays unassigned with v = 0.
	used := make([]bool, m)
	for _, j := range w.Col {
		used[j] = true
	}
	for j, ok := range used {
		if !ok {
			y[j], v[j] = -1, 0
		}
	}
	comps := components(w)
	st.Components = len(comps)
	errs := make([]error, len(comps))
	stats := make([]SparseStats, len(comps))
	// Largest components first, so that a long one does not start last;
	// each worker takes the next component of that order.
	order := make([]int, len(comps))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(p, q int) int { return len(comps[q].rows) - len(comps[p].rows) })
	num := numberComponents(comps, n, m)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(comps)) {
		wg.Go(func() {
			for t := int(next.Add(1)) - 1; t < len(order); t = int(next.Add(1)) - 1 {
				k := order[t]
				stats[k], errs[k] = solveComponent(o.ctx, w, comps[k], int32(k), num, x, y, u, v)
			}
		})
	}
	wg.Wait()
	for k := range comps {
		st.Greedy += stats[k].Greedy
		st.Augmentations += stats[k].Augmentations
		st.Released += stats[k].Released
		st.ARR += stats[k].ARR
	}
	var inf *InfeasibleError
	for _, err := range errs { // the first component's error, deterministically
		if err == nil {
			continue
		}
		if errors.As(err, &inf) {
			inf.Transposed = transposed
		}
		return nil, st, err
	}

	if start != nil {
		// A component whose start left more deficit columns (unassigned,
		// v < 0) than free rows ends with some of them still below 0: a
		// row freed in one component whose column is in another (a pair
		// the matrix no longer stores). The cold solve is exact there.
		for j, yj := range y {
			if yj < 0 && v[j] < 0 {
				res, cst, err := SolveSparseFrom(a, nil, opts...)
				cst.Released += st.Released
				return res, cst, err
			}
		}
	}
	rowCol, colRow, ru, rv := x, y, u, v
	if transposed {
		rowCol, colRow, ru, rv = y, x, v, u
	}
	copy(res.RowCol, rowCol)
	copy(res.ColRow, colRow)
	copy(res.U, ru)
	copy(res.V, rv)
	for i, j := range res.RowCol {
		if j >= 0 {
			res.Total += a.at(i, j)
		}
	}
	if o.maximize {
		for i := range res.U {
			res.U[i] = -res.U[i]
		}
		for j := range res.V {
			res.V[j] = -res.V[j]
		}
	}
	return res, st, nil
}

// at returns the cost of the stored pair (i, j) (binary search in row i),
// NaN when not stored.
func (a *CSR) at(i, j int) float64 {
	lo, hi := a.Ptr[i], a.Ptr[i+1]
	k, ok := slices.BinarySearch(a.Col[lo:hi], int32(j))
	if !ok {
		return math.NaN()
	}
	return a.Cost[lo+k]
}

// component is one connected component: its rows and columns, ascending.
type component struct {
	rows, cols []int
}

// components splits the bipartite graph of w's entries into connected
// components (union-find with path halving over rows 0..n−1 and columns
// n..n+m−1). Columns without entries are left out: they stay unassigned with
// v = 0. Components come out ordered by their smallest row.
func components(w *CSR) []component {
	n, m := w.Rows, w.Cols
	parent := make([]int32, n+m)
	for k := range parent {
		parent[k] = int32(k)
	}
	find := func(a int32) int32 {
		for parent[a] != a {
			parent[a] = parent[parent[a]]
			a = parent[a]
		}
		return a
	}
	for i := 0; i < n; i++ {
		ri := find(int32(i))
		for _, j := range w.Col[w.Ptr[i]:w.Ptr[i+1]] {
			rj := find(int32(n) + j)
			if rj != ri {
				if rj < ri {
					ri, rj = rj, ri
				}
				parent[rj] = ri
			}
		}
	}
	index := make(map[int32]int)
	var comps []component
	for i := 0; i < n; i++ {
		root := find(int32(i))
		k, ok := index[root]
		if !ok {
			k = len(comps)
			index[root] = k
			comps = append(comps, component{})
		}
		comps[k].rows = append(comps[k].rows, i)
	}
	for j := 0; j < m; j++ {
		if k, ok := index[find(int32(n+j))]; ok {
			comps[k].cols = append(comps[k].cols, j)
		}
	}
	return comps
}

// componentNumbers numbers the rows (first n) and columns (after them)
// within their components: owner is the component, −1 for a column without
// entries, and local the position in its rows or columns.
type componentNumbers struct {
	owner, local []int32
}

// numberComponents numbers comps' rows and columns for solveComponent,
// before the components are solved concurrently; empty when one component
// is the whole matrix.
func numberComponents(comps []component, n, m int) componentNumbers {
	if len(comps) == 1 && len(comps[0].rows) == n && len(comps[0].cols) == m {
		return componentNumbers{}
	}
	num := componentNumbers{owner: make([]int32, n+m), local: make([]int32, n+m)}
	for k := range num.owner {
		num.owner[k] = -1
	}
	for k, c := range comps {
		for t, i := range c.rows {
			num.owner[i], num.local[i] = int32(k), int32(t)
		}
		for t, j := range c.cols {
			num.owner[n+j], num.local[n+j] = int32(k), int32(t)
		}
	}
	return num
}

// solveComponent solves component c, number id of num, in place in the
// global x, y, u, v (components touch disjoint entries, so goroutines need
// no lock). When the whole matrix is one component it works on w directly.
func solveComponent(ctx context.Context, w *CSR, c component, id int32, num componentNumbers, x, y []int, u, v []float64) (SparseStats, error) {
	if len(c.rows) == w.Rows && len(c.cols) == w.Cols {
		s := &spLap{a: w, x: x, y: y, u: u, v: v}
		return s.solve(ctx)
	}
	// local returns the local number of row (or column, offset by w.Rows)
	// g, and whether it is in this component.
	local := func(g int) (int, bool) {
		return int(num.local[g]), num.owner[g] == id
	}
	nnz := 0
	for _, i := range c.rows {
		nnz += w.Ptr[i+1] - w.Ptr[i]
	}
	sub := &CSR{Rows: len(c.rows), Cols: len(c.cols), Ptr: make([]int, len(c.rows)+1), Col: make([]int32, 0, nnz), Cost: make([]float64, 0, nnz)}
	for k, i := range c.rows {
		for p := w.Ptr[i]; p < w.Ptr[i+1]; p++ {
			sub.Col = append(sub.Col, num.local[w.Rows+int(w.Col[p])])
			sub.Cost = append(sub.Cost, w.Cost[p])
		}
		sub.Ptr[k+1] = len(sub.Col)
	}
	lx, ly := make([]int, len(c.rows)), make([]int, len(c.cols))
	lu, lv := make([]float64, len(c.rows)), make([]float64, len(c.cols))
	for k, i := range c.rows {
		lx[k] = -1
		if j := x[i]; j >= 0 {
			if l, ok := local(w.Rows + j); ok {
				lx[k] = l
			}
		}
	}
	for k, j := range c.cols {
		ly[k] = -1
		if i := y[j]; i >= 0 {
			if l, ok := local(i); ok && lx[l] == k {
				ly[k] = l
			}
		}
		lv[k] = v[j]
	}
	for k := range lx { // keep only pairs consistent on both sides
		if lx[k] >= 0 && ly[lx[k]] != k {
			lx[k] = -1
		}
	}
	s := &spLap{a: sub, x: lx, y: ly, u: lu, v: lv}
	st, err := s.solve(ctx)
	if err != nil {
		var inf *InfeasibleError
		if errors.As(err, &inf) {
			for k := range inf.Rows {
				inf.Rows[k] = c.rows[inf.Rows[k]]
			}
			for k := range inf.Cols {
				inf.Cols[k] = c.cols[inf.Cols[k]]
			}
		}
		return st, err
	}
	for k, i := range c.rows {
		x[i] = -1
		if lx[k] >= 0 {
			x[i] = c.cols[lx[k]]
		}
		u[i] = lu[k]
	}
	for k, j := range c.cols {
		y[j] = -1
		if ly[k] >= 0 {
			y[j] = c.rows[ly[k]]
		}
		v[j] = lv[k]
	}
	return st, nil
}

// spLap is the state of the sparse shortest augmenting path solver on n ≤ m
// rows (checked by solve), minimised.
type spLap struct {
	a    *CSR
	x, y []int
	u, v []float64
	xe   []int // entry index of row i's assigned pair, −1 when free
}

func (s *spLap) solve(ctx context.Context) (SparseStats, error) {
	var st SparseStats
	a := s.a
	n, m := a.Rows, a.Cols
	if n > m {
		// A component with more rows than columns: any n−m+... rows of it
		// violate Hall's condition; all of them together do.
		return st, &InfeasibleError{Rows: seq(n), Cols: seq(m)}
	}
	s.xe = filled(n, -1)
	// Drop a start assignment that is not a stored pair or is inconsistent.
	for i := 0; i < n; i++ {
		j := s.x[i]
		if j < 0 {
			continue
		}
		lo, hi := a.Ptr[i], a.Ptr[i+1]
		k, ok := slices.BinarySearch(a.Col[lo:hi], int32(j))
		if !ok || s.y[j] != i {
			s.x[i] = -1
			continue
		}
		s.xe[i] = lo + k
	}
	for j := 0; j < m; j++ {
		if i := s.y[j]; i >= 0 && s.x[i] != j {
			s.y[j] = -1
		}
	}
	// Row potentials: u = min over the row of c − v; release rows whose
	// assigned pair is not tight. "Tight" allows a few units of rounding
	// (warmTightRelTol): the start's duals come from another solve, whose
	// row potentials were accumulated along its searches, and an exact test
	// released many more rows in each late pricing round, for differences
	// in the last bits (bench/README.md).
	for i := 0; i < n; i++ {
		lo, hi := a.Ptr[i], a.Ptr[i+1]
		if lo == hi {
			return st, &InfeasibleError{Rows: []int{i}, Cols: []int{}}
		}
		best := math.Inf(1)
		for k := lo; k < hi; k++ {
			best = math.Min(best, a.Cost[k]-s.v[a.Col[k]])
		}
		s.u[i] = best
		if e := s.xe[i]; e >= 0 {
			c, vj := a.Cost[e], s.v[a.Col[e]]
			if c-vj-best <= warmTightRelTol*(math.Abs(c)+math.Abs(vj)+math.Abs(best)) {
				continue
			}
			j := int(a.Col[e])
			s.x[i], s.xe[i], s.y[j] = -1, -1, -1
			st.Released++
		}
	}
	// The greedy start and augmenting row reduction may give a free row any
	// free column; with deficit columns (unassigned, v < 0: see augmentAll)
	// that could leave a deficit column nobody can take, so a warm start
	// that has them goes straight to the searches.
	deficits := false
	for j := 0; j < m; j++ {
		deficits = deficits || s.y[j] < 0 && s.v[j] < 0
	}
	if !deficits {
		// Greedy start: a free row takes a free column that attains its u.
		for i := 0; i < n; i++ {
			if s.x[i] >= 0 {
				continue
			}
			for k := a.Ptr[i]; k < a.Ptr[i+1]; k++ {
				j := a.Col[k]
				if s.y[j] < 0 && a.Cost[k]-s.v[j] == s.u[i] {
					s.x[i], s.xe[i], s.y[j] = int(j), k, i
					st.Greedy++
					break
				}
			}
		}
		s.arr(defaultARRPasses, &st)
	}
	if err := s.augmentAll(ctx, &st); err != nil {
		return st, err
	}
	return st, nil
}

// augmentAll assigns every free row along a shortest augmenting path
// (Dijkstra's algorithm with a binary heap on the reduced costs), in the
// order of freeByLeastCost, or returns an *InfeasibleError.
//
// Columns left unassigned by a warm start with v < 0 ("deficit" columns)
// must end assigned or at the common potential of the unassigned columns
// (the rectangular sign condition, normalised to 0 at the end). The search
// handles them as the square problem would, where every unassigned column
// is held by one of c − r identical zero-cost "vacancy" rows: while there
// are more free rows than deficit columns, a search may end at any free
// column; once there are as many, reaching an unassigned non-deficit column
// k at distance δ0 lets the vacancy row holding k move to any column c at
// δ0 + T − v_c, where T is the unassigned columns' common potential, so the
// search ends at a deficit column. Along such a path k is assigned and the
// end column (or an assigned column the vacancy row takes) becomes
// unassigned; T falls by the distance travelled beyond δ0, which keeps
// every unassigned column at T. This replaces raising deficit columns to 0,
// which released the rows that then preferred them, and cascaded along the
// ties of roster matrices (three quarters of the rows released in every
// pricing round).
func (s *spLap) augmentAll(ctx context.Context, st *SparseStats) error {
	a := s.a
	n, m := a.Rows, a.Cols
	// col[j] holds the distance of column j in the current search (+Inf
	// unreached, NaN finished) and its potential, side by side: a
	// relaxation reads one cache line per pair instead of three arrays.
	col := make([]spCol, m)
	pred := make([]int, m)    // entry index of the pair reaching column j
	predRow := make([]int, m) // its row, or −1 for the vacancy row
	var touched, final []int
	var finalD []float64
	var h spHeap
	// deficit[j]: j is unassigned with v[j] < T. The other unassigned
	// columns have potential T, and v = NaN marks them while the searches
	// run; the deferred normalisation writes real potentials back, with T
	// as 0.
	deficit := make([]bool, m)
	var deficits []int
	T := 0.0
	for j := range m {
		col[j] = spCol{d: math.Inf(1), v: s.v[j]}
		switch {
		case s.y[j] >= 0:
		case s.v[j] < 0:
			deficit[j] = true
			deficits = append(deficits, j)
		default:
			col[j].v = math.NaN()
		}
	}
	defer func() {
		for j := range m {
			if s.y[j] < 0 && !deficit[j] {
				s.v[j] = 0
			} else {
				s.v[j] = col[j].v - T
			}
		}
		for i := range n {
			s.u[i] += T
		}
	}()
	nDef := len(deficits)
	vOf := func(j int32) float64 {
		if vj := col[j].v; vj == vj {
			return vj
		}
		return T
	}
	order := s.freeByLeastCost()
	nFree := len(order)
	for _, i0 := range order {
		if st.Augmentations&255 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("solver: sparse: cancelled: %w", err)
			}
		}
		st.Augmentations++
		// u of a row displaced by ARR is stale (still feasible): renew it.
		best := math.Inf(1)
		for k := a.Ptr[i0]; k < a.Ptr[i0+1]; k++ {
			best = math.Min(best, a.Cost[k]-vOf(a.Col[k]))
		}
		s.u[i0] = best
		h = h[:0]
		touched, final, finalD = touched[:0], final[:0], finalD[:0]
		visit := func(j int, nd float64, k, i int) {
			if math.IsInf(col[j].d, 1) {
				touched = append(touched, j)
			}
			col[j].d, pred[j], predRow[j] = nd, k, i
			h.push(nd, int32(j), s.y[j] >= 0)
		}
		relax := func(i int, base float64) {
			ui := s.u[i]
			lo, hi := a.Ptr[i], a.Ptr[i+1]
			cost := a.Cost[lo:hi]
			for k, j := range a.Col[lo:hi] {
				cj := &col[j]
				vj := cj.v
				if vj != vj {
					vj = T
				}
				// A finished column has d = NaN: nd < NaN is false.
				if nd := base + cost[k] - ui - vj; nd < cj.d {
					visit(int(j), nd, lo+k, i)
				}
			}
		}
		relax(i0, 0)
		sink, dmin := -1, 0.0
		vacancy, d0 := -1, 0.0 // the unassigned column whose vacancy row moved, at d0
		for len(h) > 0 {
			dj, j := h.pop()
			if cd := col[j].d; !(dj <= cd) { // finished (NaN) or stale
				continue
			}
			col[j].d = math.NaN()
			if s.y[j] < 0 {
				if deficit[j] || nFree > nDef {
					sink, dmin = int(j), dj
					break
				}
				if vacancy >= 0 {
					continue // held by another vacancy row, already moved
				}
				// The vacancy row holding j moves: to a deficit column, or
				// to an assigned column no further than the nearest deficit.
				vacancy, d0 = int(j), dj
				bound := math.Inf(1)
				for _, c := range deficits {
					if cd := col[c].d; deficit[c] && cd == cd {
						nd := d0 + T - col[c].v
						bound = math.Min(bound, nd)
						if nd < cd {
							visit(c, nd, -1, -1)
						}
					}
				}
				for c := range m {
					if cd := col[c].d; s.y[c] >= 0 && cd == cd {
						if nd := d0 + T - col[c].v; nd < bound && nd < cd {
							visit(c, nd, -1, -1)
						}
					}
				}
				continue
			}
			final = append(final, int(j))
			finalD = append(finalD, dj)
			relax(s.y[j], dj)
		}
		if sink < 0 {
			rows := []int{i0}
			for _, j := range final {
				rows = append(rows, s.y[j])
			}
			slices.Sort(rows)
			return &InfeasibleError{Rows: rows, Cols: sortedCopy(final)}
		}
		// Potentials: finished columns fall by dmin − d[j], their rows rise;
		// the unassigned columns fall by dmin − d0 if a vacancy row moved.
		s.u[i0] += dmin
		for q, j := range final {
			delta := dmin - finalD[q]
			col[j].v -= delta
			s.u[s.y[j]] += delta
		}
		if vacancy >= 0 {
			T -= dmin - d0
		}
		// Augment along the predecessors. Only the sink can be a deficit
		// column (reaching one ends the search); it keeps its v.
		j := sink
		for {
			i, k := predRow[j], pred[j]
			if i < 0 {
				// The vacancy row left column vacancy for j: j becomes
				// unassigned (potential T), vacancy is taken by the row
				// that reached it.
				s.y[j], col[j].v = -1, math.NaN()
				j = vacancy
				continue
			}
			prev := s.x[i]
			if s.y[j] < 0 && !deficit[j] {
				col[j].v = T // an unassigned column becomes assigned at T
			}
			s.y[j], s.x[i], s.xe[i] = i, j, k
			if i == i0 {
				break
			}
			j = prev
		}
		if deficit[sink] {
			deficit[sink] = false
			nDef--
			if s.y[sink] < 0 { // the vacancy row took it
				col[sink].v = math.NaN()
			}
		}
		nFree--
		for _, j := range touched {
			col[j].d = math.Inf(1)
		}
	}
	return nil
}

// spCol is a column's distance in the current search and its potential.
type spCol struct{ d, v float64 }

// warmTightRelTol is the slack, relative to the magnitudes involved, up to
// which a warm start's assigned pair counts as tight: about 4500 units in
// the last place, far below Verify's tolerance (VerifyRelTol).
const warmTightRelTol = 1e-12

// freeByLeastCost returns the free rows in ascending order of their least
// cost, in index order among equal ones: the order of lap.orderFree, which
// on roster matrices shortens the searches by about a third.
func (s *spLap) freeByLeastCost() []int {
	a := s.a
	var free []int
	key := make([]float64, len(s.x))
	for i, j := range s.x {
		if j >= 0 {
			continue
		}
		free = append(free, i)
		mu := math.Inf(1)
		for _, c := range a.Cost[a.Ptr[i]:a.Ptr[i+1]] {
			mu = min(mu, c)
		}
		key[i] = mu
	}
	slices.SortStableFunc(free, func(p, q int) int { return cmp.Compare(key[p], key[q]) })
	return free
}

// arr is augmenting row reduction (JV §4) on the sparse rows: a free row
// takes the column of its least c − v, lowering that column's v by the gap
// to its second least so that the pair is tight, and displaces the column's
// previous row, which is reduced again at once when v fell (else at the end
// of the pass). It only lowers v of a column that becomes (and stays)
// assigned, so v ≤ 0 and v = 0 on unassigned columns still hold, and reduced
// costs stay ≥ 0. Each pass is capped at 2·n reductions: on tied costs
// displacements can go on without progress, and Dijkstra does that work with
// a bound. A row with one entry takes it without changing v.
func (s *spLap) arr(passes int, st *SparseStats) {
	a := s.a
	n := a.Rows
	var free []int
	for i := 0; i < n; i++ {
		if s.x[i] < 0 {
			free = append(free, i)
		}
	}
	for range passes {
		var next []int
		steps, k := 0, 0
		for k < len(free) && steps < 2*n {
			i := free[k]
			k++
			steps++
			u1, u2 := math.Inf(1), math.Inf(1)
			e1, e2 := -1, -1
			for e := a.Ptr[i]; e < a.Ptr[i+1]; e++ {
				h := a.Cost[e] - s.v[a.Col[e]]
				switch {
				case h < u1 || h == u1 && e1 >= 0 && s.y[a.Col[e1]] >= 0 && s.y[a.Col[e]] < 0:
					u2, e2 = u1, e1
					u1, e1 = h, e
				case h < u2:
					u2, e2 = h, e
				}
			}
			j1 := int(a.Col[e1])
			lowered := false
			switch {
			case e2 < 0: // one entry: take it as it is
			case u1 < u2:
				s.v[j1] -= u2 - u1
				lowered = true
			case s.y[j1] >= 0:
				e1 = e2
				j1 = int(a.Col[e1])
			}
			prev := s.y[j1]
			s.x[i], s.xe[i], s.y[j1] = j1, e1, i
			s.u[i] = a.Cost[e1] - s.v[j1]
			st.ARR++
			if prev >= 0 {
				s.x[prev], s.xe[prev] = -1, -1
				if lowered {
					k--
					free[k] = prev
				} else {
					next = append(next, prev)
				}
			}
		}
		free = append(next, free[k:]...)
		if len(free) == 0 {
			return
		}
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for k := range s {
		s[k] = k
	}
	return s
}

// spHeap is a binary min-heap of (distance, column) with lazy deletion.
type spHeap []spItem

type spItem struct {
	d float64
	j int32
	// assigned columns come after free ones at equal distance, so that a
	// free column at the minimum ends the search before any plateau of
	// tied columns is scanned (JV check the minimum's columns for a free
	// one first).
	assigned bool
}

func (h *spHeap) push(d float64, j int32, assigned bool) {
	*h = append(*h, spItem{d, j, assigned})
	q := *h
	k := len(q) - 1
	for k > 0 {
		p := (k - 1) / 2
		if !q.less(k, p) {
			break
		}
		q[k], q[p] = q[p], q[k]
		k = p
	}
}

// less orders by distance, free columns first, then column, so that ties break the same way on
// every run.
func (h spHeap) less(a, b int) bool {
	x, y := h[a], h[b]
	if x.d != y.d {
		return x.d < y.d
	}
	if x.assigned != y.assigned {
		return y.assigned
	}
	return x.j < y.j
}

func (h *spHeap) pop() (float64, int32) {
	q := *h
	top := q[0]
	last := len(q) - 1
	q[0] = q[last]
	q = q[:last]
	k := 0
	for {
		l := 2*k + 1
		if l >= len(q) {
			break
		}
		if r := l + 1; r < len(q) && q.less(r, l) {
			l = r
		}
		if !q.less(l, k) {
			break
		}
		q[k], q[l] = q[l], q[k]
		k = l
	}
	*h = q
	return top.d, top.j
}
