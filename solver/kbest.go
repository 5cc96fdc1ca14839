package solver

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"

	"gonum.org/v1/gonum/mat"
)

// This file is Murty's ranking of assignments:
//
//	K. G. Murty, "An algorithm for ranking all the assignments in order of
//	increasing cost", Operations Research 16(3) (1968) 682–687.
//	M. L. Miller, H. S. Stone, I. J. Cox, "Optimizing Murty's ranked
//	assignment method", IEEE Trans. Aerospace and Electronic Systems 33(3)
//	(1997) 851–862.
//
// A subproblem is the original problem with some pairs forced (row i may
// only take column j, and column j only row i) and some pairs excluded. The
// best assignment A of a subproblem with its t assigned pairs p1..pt that
// are not forced partitions the rest of the subproblem's assignments into t
// children: child k forces p1..p(k−1) and excludes pk. Every assignment is
// in exactly one subproblem, so the ranking never repeats one.
//
// Improvements over Murty's original, after Miller, Stone and Cox:
//
//   - Lazy evaluation: a child enters the priority queue unsolved, keyed by a
//     lower bound on its cost, and is solved only when it reaches the front.
//     The bound comes from the parent's duals (u, v), which stay feasible in
//     the child: every assignment of the child costs at least the parent's
//     total plus the least reduced cost row i of pk can move to (another
//     allowed column) plus the least reduced cost with which another row can
//     take column j of pk (or, with fewer rows than columns, −v[j] for
//     leaving it unassigned). A child whose bound is +Inf has no assignment
//     and is never solved.
//   - Ordering: the pairs are partitioned in decreasing order of that bound,
//     so the children most likely to hold the next assignments come last,
//     with the most forced pairs, which raises their bounds (forced columns
//     are no longer alternatives) and so avoids solving many of them.
//   - Warm start: the child inherits the parent's assignment minus pk and
//     its column potentials, which stay feasible because the child only
//     forbids more pairs; one shortest augmenting path from the freed row
//     then solves it, instead of a full solve. Square problems use Solve's
//     augmentation. With fewer rows than columns (after Solve's
//     transposition) the freed column j may keep v[j] < 0, which the
//     rectangular dual forbids on an unassigned column (see Verify); there
//     the search is that of the square problem with virtual dummy rows
//     (augmentRect), which is exact whatever v[j].
//
// A warm-started child costs O(depth) to set up: forced and excluded pairs
// are not written into a copy of the matrix (see solve). KBest keeps one r·c
// copy of the matrix, which it modifies for the time of a solve.

// KBest returns the k best distinct assignments of cost in non-decreasing
// total cost (non-increasing with Maximize), or all of them when fewer than
// k exist. The first is the one Solve finds (the same optimum, though among
// tied optima possibly another). Shapes, forbidden pairs and errors are as
// for Solve; an infeasible problem returns Solve's *InfeasibleError. k ≤ 0
// returns no assignment.
//
// Each Result carries the dual potentials that prove it optimal within its
// Murty subproblem: the matrix with that subproblem's forced pairs (the row
// and the column of each forced pair forbidden elsewhere) and excluded pairs
// set to forbidden. On the unmodified matrix only the first is certified
// (the duals of the others may price a pair their subproblem forbids below
// zero).
//
// Cost: one solve of the whole problem, then for each further assignment the
// subproblems that reach the front of the queue, each one augmentation
// (O(r·c) worst case), plus O(r·c) per returned assignment for the bounds of
// its children. Memory: one r·c copy of the matrix plus O(r+c) per solved
// subproblem and O(1) per queued one. BenchmarkKBest in bench/ measures it.
func KBest(cost mat.Matrix, k int, opts ...Option) ([]*Result, error) {
	nodes, w, err := kbest(cost, k, opts...)
	if err != nil {
		return nil, err
	}
	o := kbestOptions(opts)
	out := make([]*Result, len(nodes))
	for t, nd := range nodes {
		out[t] = nd.result(w, o.maximize)
	}
	return out, nil
}

func kbestOptions(opts []Option) options {
	o := options{ctx: context.Background(), arrPasses: -1}
	for _, f := range opts {
		f(&o)
	}
	if o.ctx == nil {
		o.ctx = context.Background()
	}
	return o
}

// kbestPair is a (row, column) pair of the working matrix.
type kbestPair struct{ i, j int }

// kbestNode is a Murty subproblem. Its constraints are its parent's plus
// parent.order[:k] forced and parent.order[k] excluded.
type kbestNode struct {
	parent *kbestNode
	k      int
	key    float64 // a lower bound until solved, then the total
	seq    int     // insertion order: ties are broken by it, so runs repeat
	solved bool

	// Set once solved, in the working matrix (minimised, rows ≤ columns).
	forced   []kbestPair
	excluded []kbestPair
	total    float64
	x, y     []int
	u, v     []float64
	order    []kbestPair // its non-forced assigned pairs, in partition order
}

// kbestQueue is a min-heap of nodes by key, solved before unsolved on equal
// keys (an output needs no further solve), then by insertion order.
type kbestQueue []*kbestNode

func (q kbestQueue) Len() int { return len(q) }
func (q kbestQueue) Less(a, b int) bool {
	if q[a].key != q[b].key {
		return q[a].key < q[b].key
	}
	if q[a].solved != q[b].solved {
		return q[a].solved
	}
	return q[a].seq < q[b].seq
}
func (q kbestQueue) Swap(a, b int) { q[a], q[b] = q[b], q[a] }
func (q *kbestQueue) Push(x any)   { *q = append(*q, x.(*kbestNode)) }
func (q *kbestQueue) Pop() any {
	old := *q
	nd := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	return nd
}

// kbestRun is the state of one ranking.
type kbestRun struct {
	w      work
	ctx    context.Context
	passes int
	s      *lap      // the warm-start solver, reused
	saved  []float64 // the costs under the excluded pairs during a solve
	// scratch of augmentRect
	dist  []float64
	done  []bool
	pred  []int
	ready []int
	tol   float64 // slack taken off every bound against rounding
	seq   int
	// solves counts the subproblems solved.
	solves int
}

// kbest ranks the assignments and returns the solved nodes, best first,
// with the working matrix they refer to.
func kbest(cost mat.Matrix, k int, opts ...Option) ([]*kbestNode, work, error) {
	o := kbestOptions(opts)
	if cost == nil {
		return nil, work{}, errors.New("solver: nil cost matrix")
	}
	if k <= 0 {
		return nil, work{}, nil
	}
	r, c := cost.Dims()
	if r == 0 || c == 0 {
		// The only assignment is the empty one.
		w := work{n: min(r, c), m: max(r, c), transposed: r > c}
		return []*kbestNode{{solved: true, x: []int{}, y: filled(w.m, -1), u: []float64{}, v: make([]float64, w.m)}}, w, nil
	}
	w, err := load(cost, o.maximize, false)
	if err != nil {
		return nil, work{}, err
	}
	// KBest forbids excluded pairs by writing +Inf into the matrix for the
	// time of a solve, so it works on a copy that it owns: the one load
	// made, or a new one when load read the caller's matrix in place.
	if d, ok := cost.(*mat.Dense); ok && (w.stride != w.m || &d.RawMatrix().Data[0] == &w.data[0]) {
		own := make([]float64, w.n*w.m)
		for i := 0; i < w.n; i++ {
			copy(own[i*w.m:(i+1)*w.m], w.data[i*w.stride:i*w.stride+w.m])
		}
		w.data, w.stride = own, w.m
	}
	run := &kbestRun{w: w, ctx: o.ctx, passes: defaultARRPasses}
	if o.arrPasses >= 0 {
		run.passes = o.arrPasses
	}
	scale := 0.0
	for i := 0; i < w.n; i++ {
		for _, x := range w.data[i*w.stride : i*w.stride+w.m] {
			if !math.IsInf(x, 1) {
				scale = math.Max(scale, math.Abs(x))
			}
		}
	}
	run.tol = VerifyRelTol * scale

	root := &kbestNode{}
	if err := run.solve(root); err != nil {
		var inf *InfeasibleError
		if errors.As(err, &inf) {
			inf.Transposed = w.transposed
		}
		return nil, work{}, err
	}
	q := &kbestQueue{root}
	var out []*kbestNode
	for q.Len() > 0 && len(out) < k {
		nd := heap.Pop(q).(*kbestNode)
		if !nd.solved {
			if err := run.ctx.Err(); err != nil {
				return nil, work{}, fmt.Errorf("solver: k-best cancelled after %d assignments: %w", len(out), err)
			}
			err := run.solve(nd)
			var inf *InfeasibleError
			switch {
			case errors.As(err, &inf):
				continue // this part of the partition is empty
			case err != nil:
				return nil, work{}, err
			}
			heap.Push(q, nd)
			continue
		}
		out = append(out, nd)
		if len(out) < k {
			run.expand(nd, q)
		}
	}
	return out, w, nil
}

// constraints fills nd.forced and nd.excluded from its parent.
func (run *kbestRun) constraints(nd *kbestNode) {
	p := nd.parent
	if p == nil {
		return
	}
	nd.forced = append(slices.Clip(p.forced), p.order[:nd.k]...)
	nd.excluded = append(slices.Clip(p.excluded), p.order[nd.k])
}

// solve solves nd's subproblem, warm from its parent (see the top of the
// file). An infeasible subproblem returns *InfeasibleError.
//
// The warm start touches O(depth) matrix entries, not O(r·c): the excluded
// pairs are set to +Inf in run's own copy for the time of the solve, and
// every forced column gets the potential −Inf, which makes its reduced cost
// +Inf for every row, so that no search reaches it (and hence its forced row,
// which is only ever scanned through its column). Its real potential, the
// parent's, is put back before the row potentials are computed.
func (run *kbestRun) solve(nd *kbestNode) error {
	run.constraints(nd)
	w := run.w
	n, m := w.n, w.m
	if nd.parent == nil {
		s := newLap(n, m, w.data, m)
		if err := s.solve(run.ctx, run.passes); err != nil {
			return err
		}
		run.solved(nd, s)
		return nil
	}
	if run.s == nil {
		run.s = newLap(n, m, w.data, m)
	}
	s := run.s
	p := nd.parent
	copy(s.x, p.x)
	copy(s.y, p.y)
	copy(s.v, p.v)
	saved := run.saved[:0]
	inf := math.Inf(1)
	for _, e := range nd.excluded {
		saved = append(saved, w.data[e.i*m+e.j])
		w.data[e.i*m+e.j] = inf
	}
	run.saved = saved
	defer func() {
		for k, e := range nd.excluded {
			w.data[e.i*m+e.j] = saved[k]
		}
	}()
	for _, f := range nd.forced {
		s.v[f.j] = math.Inf(-1)
	}
	f := p.order[nd.k]
	s.x[f.i], s.y[f.j] = -1, -1
	if n == m {
		if err := s.augment(f.i); err != nil {
			return err
		}
	} else if err := run.augmentRect(s, f); err != nil {
		return err
	}
	for _, f := range nd.forced {
		s.v[f.j] = p.v[f.j]
	}
	for i := 0; i < n; i++ {
		s.u[i] = w.data[i*m+s.x[i]] - s.v[s.x[i]]
	}
	run.solved(nd, s)
	return nil
}

// kbestDummy marks, in augmentRect's predecessors, the virtual dummy row.
const kbestDummy = -2

// augmentRect assigns the free row f.i of a rectangular warm start (n < m)
// whose freed column f.j may have a negative potential. It runs the shortest
// augmenting path search of the square problem that adds m−n virtual dummy
// rows of zero cost, one on each unassigned column but f.j: there the state
// is dual feasible without sign conditions (u = 0 on the dummy rows, v ≤ 0),
// so one search finds the optimum. All dummy rows are the same row, so the
// first dummy column the search reaches is the only one whose row needs a
// scan: it offers every column l at distance d − v[l]. A path through the
// dummy means, for the real rows, that the dummy's new column becomes
// unassigned. Afterwards the potentials are shifted by their maximum over the
// columns open to the dummy rows, which gives back the rectangular dual
// (v ≤ 0, v = 0 on every unassigned column; see Verify). Forced columns have
// v = −Inf here and are never reached. O(m) per scanned row plus O(m) per
// distance level: O(n·m) worst case.
func (run *kbestRun) augmentRect(s *lap, f kbestPair) error {
	m := s.m
	c := run.w.data
	if run.done == nil {
		run.done = make([]bool, m)
		run.pred = make([]int, m)
		run.dist = make([]float64, m)
	}
	d, done, pred := run.dist, run.done, run.pred
	v, x, y := s.v, s.x, s.y
	row := c[f.i*m : (f.i+1)*m]
	for j := 0; j < m; j++ {
		d[j] = row[j] - v[j]
		done[j] = false
		pred[j] = f.i
	}
	ready := run.ready[:0]
	dummyFrom := -1 // the column whose dummy row was scanned
	end := -1
	var dmin float64
	for end < 0 {
		// The next column: least distance, the square problem's one free
		// column (f.j) first among ties.
		k, dk := -1, math.Inf(1)
		for j := 0; j < m; j++ {
			if !done[j] && (d[j] < dk || (d[j] == dk && j == f.j)) {
				k, dk = j, d[j]
			}
		}
		if k < 0 || math.IsInf(dk, 1) {
			// No allowed path to an unassigned column: the child has no
			// assignment (the parent's Hall violator is not needed here).
			run.ready = ready
			return &InfeasibleError{}
		}
		if k == f.j {
			end, dmin = k, dk
			break
		}
		done[k] = true
		ready = append(ready, k)
		if i := y[k]; i >= 0 {
			ri := c[i*m : (i+1)*m]
			base := dk - (ri[k] - v[k])
			for j := 0; j < m; j++ {
				if h := base + ri[j] - v[j]; !done[j] && h < d[j] {
					d[j], pred[j] = h, i
				}
			}
		} else if dummyFrom < 0 {
			dummyFrom = k
			for j := 0; j < m; j++ {
				if h := dk + v[k] - v[j]; !done[j] && h < d[j] {
					d[j], pred[j] = h, kbestDummy
				}
			}
		}
	}
	run.ready = ready
	for _, j := range ready {
		v[j] += d[j] - dmin
	}
	for j := end; ; {
		i := pred[j]
		if i == kbestDummy {
			// The dummy row moves to j, which becomes unassigned; the
			// column it left needs its predecessor row.
			y[j] = -1
			j = dummyFrom
			continue
		}
		y[j] = i
		j, x[i] = x[i], j
		if i == f.i {
			break
		}
	}
	// Back to the rectangular dual: the dummy rows' potential, −max v over
	// the columns open to them, moves into v.
	vmax := math.Inf(-1)
	for j := 0; j < m; j++ {
		if !math.IsInf(v[j], -1) {
			vmax = math.Max(vmax, v[j])
		}
	}
	for j := 0; j < m; j++ {
		v[j] -= vmax
	}
	return nil
}

// solved records the solution of s as nd's (a copy: s may be reused).
func (run *kbestRun) solved(nd *kbestNode, s *lap) {
	w := run.w
	run.solves++
	nd.x, nd.y = slices.Clone(s.x), slices.Clone(s.y)
	nd.u, nd.v = slices.Clone(s.u), slices.Clone(s.v)
	nd.total = 0
	for i := 0; i < w.n; i++ {
		nd.total += w.data[i*w.m+nd.x[i]]
	}
	nd.key = nd.total
	nd.solved = true
}

// expand pushes nd's children, unsolved, keyed by their lower bounds.
//
// The bound of excluding p = (i, j) when the rows and columns of earlier
// pairs of the order are forced: the least reduced cost of another allowed
// column for row i, plus the least reduced cost of another allowed row for
// column j or, with fewer rows than columns, −v[j] if that is less (the
// column left unassigned). Forced rows and columns are never alternatives.
// Why it holds: any assignment A' of the child costs Σu + Σv + Σ_{A'}
// reduced − Σ_{columns A' leaves unassigned} v, the parent's duals being
// feasible in the child, and row i and column j are covered by two different
// pairs of A'. All passes read the matrix row by row: O(r·c) in all.
func (run *kbestRun) expand(nd *kbestNode, q *kbestQueue) {
	w := run.w
	n, m := w.n, w.m
	inf := math.Inf(1)
	forcedRow := make([]bool, n)
	forcedCol := make([]bool, m)
	for _, p := range nd.forced {
		forcedRow[p.i], forcedCol[p.j] = true, true
	}
	// The excluded pairs are few (one per level of the partition): keep
	// them by row and look them up in short slices.
	exclByRow := map[int][]int{}
	for _, p := range nd.excluded {
		exclByRow[p.i] = append(exclByRow[p.i], p.j)
	}
	u, v := nd.u, nd.v
	square := n == m
	row := func(i int) []float64 { return w.data[i*w.stride : i*w.stride+m] }

	// rowMin is the least reduced cost of row i over the allowed columns
	// other than j whose order position is not below k (posCol: earlier
	// pairs' columns are forced in child k).
	posCol := make([]int, m)
	for j := range posCol {
		posCol[j] = n // not in the order: never forced by a child
	}
	rowMin := func(i, j, k int) float64 {
		best := inf
		excl := exclByRow[i]
		ui := u[i]
		for jj, c := range row(i) {
			if jj == j || posCol[jj] < k || forcedCol[jj] {
				continue
			}
			if h := c - ui - v[jj]; h < best && !slices.Contains(excl, jj) {
				best = h
			}
		}
		return best
	}

	// First pass, for the order: the bounds without forcing, with the two
	// least reduced costs of every column found in one sweep.
	pairs := make([]kbestPair, 0, n)
	for i := 0; i < n; i++ {
		if !forcedRow[i] {
			pairs = append(pairs, kbestPair{i, nd.x[i]})
		}
	}
	min1, min2 := make([]float64, m), make([]float64, m)
	arg1 := make([]int, m)
	for j := range min1 {
		min1[j], min2[j], arg1[j] = inf, inf, -1
	}
	for _, p := range pairs {
		excl := exclByRow[p.i]
		ui := u[p.i]
		for j, c := range row(p.i) {
			h := c - ui - v[j]
			if h >= min2[j] || forcedCol[j] || slices.Contains(excl, j) {
				continue
			}
			if h < min1[j] {
				min1[j], min2[j], arg1[j] = h, min1[j], p.i
			} else {
				min2[j] = h
			}
		}
	}
	colOption := func(j int, colMin float64) float64 {
		if !square {
			return math.Min(colMin, -v[j])
		}
		return colMin
	}
	simple := make([]float64, n) // by row
	for _, p := range pairs {
		colMin := min1[p.j]
		if arg1[p.j] == p.i {
			colMin = min2[p.j]
		}
		simple[p.i] = rowMin(p.i, p.j, 0) + colOption(p.j, colMin)
	}
	// Miller–Stone–Cox ordering: largest bound first, so that the likely
	// children come last with the most forced pairs.
	sort.SliceStable(pairs, func(a, b int) bool { return simple[pairs[a].i] > simple[pairs[b].i] })
	nd.order = pairs

	// Second pass: child k forces the rows and columns of pairs[:k]. Row i
	// (order position q) is an alternative for the columns of the children
	// k < q only.
	for k, p := range pairs {
		posCol[p.j] = k
	}
	colMin := make([]float64, len(pairs))
	for k := range colMin {
		colMin[k] = inf
	}
	for q, p := range pairs {
		excl := exclByRow[p.i]
		ri := row(p.i)
		ui := u[p.i]
		for k := 0; k < q; k++ {
			j := pairs[k].j
			if h := ri[j] - ui - v[j]; h < colMin[k] && !slices.Contains(excl, j) {
				colMin[k] = h
			}
		}
	}
	for k, p := range pairs {
		inc := rowMin(p.i, p.j, k)
		if !math.IsInf(inc, 1) {
			inc += colOption(p.j, colMin[k])
		}
		if !math.IsInf(inc, 1) {
			run.seq++
			heap.Push(q, &kbestNode{parent: nd, k: k, key: nd.total + max(0, inc-run.tol), seq: run.seq})
		}
	}
}

// result converts a solved node to a Result of the caller's matrix.
func (nd *kbestNode) result(w work, maximize bool) *Result {
	rowCol, colRow, u, v := nd.x, nd.y, nd.u, nd.v
	if w.transposed {
		rowCol, colRow, u, v = nd.y, nd.x, nd.v, nd.u
	}
	res := &Result{
		RowCol:   slices.Clone(rowCol),
		ColRow:   slices.Clone(colRow),
		U:        slices.Clone(u),
		V:        slices.Clone(v),
		Total:    nd.total,
		Maximize: maximize,
	}
	if maximize {
		res.Total = -res.Total
		for i := range res.U {
			res.U[i] = -res.U[i]
		}
		for j := range res.V {
			res.V[j] = -res.V[j]
		}
	}
	return res
}
