package model

import (
	"cmp"
	"container/heap"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/mutasi-id/mutasi/solver"
)

// This file ranks the plans after the best one through the classes of
// identical posts: Murty's ranking of assignments (solver.KBest's method)
// run on the class problem of classes.go, officials × classes with
// capacities. Two plans that differ only in which of two identical posts
// each of two officials takes (a renaming: the same officials promoted,
// rotated and released, at the same score) are one class assignment, so
// the next plans it lists are distinct plans; plans that score as much as
// the best are still listed, as ties.
//
// A subproblem forces some (official, class) pairs and excludes others. The
// best assignment of a subproblem with its pairs p1..pt that are not forced
// partitions the rest into t children: child k forces p1..p(k−1) and
// excludes pk. Children enter a priority queue keyed by a lower bound from
// the parent's duals (u, v), which stay feasible in a child: every
// assignment of the child costs at least the parent's total, plus the least
// reduced cost at which the official of pk takes another class, plus the
// least at which the class of pk is refilled by an official outside it (or
// −v_K for leaving its post vacant). A child is solved only when it reaches
// the front (solver.SolveCapacitatedFrom, from the parent's assignment
// without pk: one or a few augmenting paths), and re-queued with its
// total. The pairs are partitioned in decreasing order of that bound, so
// that the children most likely to hold the next plans force the most pairs
// (Miller, Stone and Cox's ordering, as in solver.KBest).

// classKMaxSolves bounds the subproblems solved for one ranking: each is a
// capacitated solve warm from its parent.
const classKMaxSolves = 400

// NextPlans returns the k best assignments after best, an optimal
// assignment of sc's full problem (the tie rule's plan), best first, each
// a distinct class assignment (see the comment at the top of classes.go
// and of this file): officials × classes of identical posts, so that no
// plan is a renaming of identical posts of another. Each is handed out to
// posts as near best as the classes allow: an official whose class is the
// same keeps best's post. The results carry the assignment only (RowCol,
// ColRow, Total), no duals. Fewer than k come back when fewer exist.
func NextPlans(ctx context.Context, r *Roster, el *Eligibility, sc *Scores, best *solver.Result, k int) ([]*solver.Result, error) {
	if r == nil || sc == nil || best == nil {
		return nil, errors.New("model: NextPlans needs a roster, its scores and the best plan")
	}
	if sc.r != r || el != nil && sc.el != scoreRules(el) {
		return nil, errors.New("model: NextPlans: the scores were built for another roster or eligibility")
	}
	n, m := sc.Officials(), sc.Positions()
	if len(best.RowCol) != n {
		return nil, fmt.Errorf("model: NextPlans: the best plan assigns %d officials, the roster has %d", len(best.RowCol), n)
	}
	if k <= 0 || n == 0 {
		return nil, nil
	}
	if ctx == nil {
		ctx = context.Background()
	}
	// hard marks the posts that differ from their classmates for some
	// official (named by a pin or a forbid, or found by the split check),
	// soft those set apart for their holders only.
	hard, soft := make([]bool, m), make([]bool, m)
	if e, ok := sc.el.(*Eligibility); ok {
		e.decidedPosts(hard)
	}
	classHolders(sc, postClasses(r, sc, hard), soft)
	classDearer(sc, postClasses(r, sc, hard), soft)
	for try := 0; ; try++ {
		cp, err := classProblem(ctx, r, sc, hard, soft)
		if err != nil {
			return nil, fmt.Errorf("model: NextPlans: %w", err)
		}
		if cp == nil {
			return nil, errors.New("model: NextPlans: the roster has too many classes of posts to rank its plans")
		}
		out, own, err := cp.rank(ctx, sc, best, k)
		if err != nil {
			return nil, fmt.Errorf("model: NextPlans: %w", err)
		}
		if own < 0 || try == classMaxSolves {
			return out, nil
		}
		// A class assignment left an official only their own post, which
		// costs them more than the class: the class problem is a
		// relaxation there. Set the post apart and rank again.
		soft[own] = true
	}
}

// rank returns the k best assignments after best through the classes of
// cp, handed out to posts, and −1, or the first post that could not be
// handed out at its class's cost.
func (cp *classProb) rank(ctx context.Context, sc *Scores, best *solver.Result, k int) ([]*solver.Result, int, error) {
	n, m := sc.Officials(), sc.Positions()
	c := len(cp.cs.posts)
	x0 := make([]int, n)
	for i, j := range best.RowCol {
		switch {
		case j >= 0 && j < m:
			x0[i] = int(cp.cs.of[j])
		case j == m+i:
			x0[i] = c
		default:
			return nil, -1, fmt.Errorf("official %d is not assigned in the best plan", i)
		}
	}
	ws, err := solver.NewCapacitatedWorkspace(cp.cm.cost, cp.cm.cap)
	if err != nil {
		return nil, -1, err
	}
	kb := &classKBest{cp: cp, n: n, c: c + 1, cost: cp.cm.cost.RawMatrix().Data, ctx: ctx, ws: ws}
	if err := kb.start(x0); err != nil {
		return nil, -1, err
	}
	// A post set apart from its class (a holder's, or one the ranking
	// could not hand out) is still identical to its classmates for every
	// official but its holder: plans that differ only there are renamings
	// too, and are skipped.
	kind := cp.kind
	sig := func(rowCol []int) string {
		b := make([]byte, 0, 4*n)
		for i, j := range rowCol {
			v := int32(-1)
			if j < m {
				v = 2 * kind[j]
				if j == sc.cur[i] {
					v++
				}
			}
			b = append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
		}
		return string(b)
	}
	seen := map[string]bool{sig(best.RowCol): true}
	out := make([]*solver.Result, 0, k)
	failed := -1
	for skipped := 0; len(out) < k && skipped <= classKMaxSkipped; {
		x, err := kb.next()
		if err != nil {
			return nil, -1, err
		}
		if x == nil {
			break
		}
		res, own := cp.realise(sc, x, x0, best)
		if cp.pointless(sc, res.RowCol) {
			skipped++
			continue
		}
		if s := sig(res.RowCol); seen[s] {
			skipped++
			continue
		} else {
			seen[s] = true
		}
		if own >= 0 && failed < 0 {
			failed = own
		}
		out = append(out, res)
	}
	return out, failed, nil
}

// pointless reports whether rowCol moves a holder to a post of their own
// post's kind that costs them no less than their own: the same plan with
// the holder staying is better or as good, and has fewer moves.
func (cp *classProb) pointless(sc *Scores, rowCol []int) bool {
	m := sc.Positions()
	for i, d := range rowCol {
		if cur := sc.cur[i]; cur >= 0 && d < m && d != cur && cp.kind[d] == cp.kind[cur] && sc.colCost(i, cur) <= sc.colCost(i, d) {
			return true
		}
	}
	return false
}

// classDearer sets apart, in soft, the post of every holder whose own post
// costs them more than the other posts of its class: staying and leaving
// for an identical post are then distinct plans (classProblem checks the
// same on the class matrix). A few single costs per holder.
func classDearer(sc *Scores, cs classSet, soft []bool) {
	for i, j := range sc.cur {
		if j < 0 || soft[j] {
			continue
		}
		for _, o := range cs.posts[cs.of[j]] {
			if o != j {
				if sc.postCost(i, j) > sc.postCost(i, o) {
					soft[j] = true
				}
				break
			}
		}
	}
}

// classKMaxSkipped bounds the renamings one ranking skips.
const classKMaxSkipped = 200

// classProb is a class problem whose classes' posts cost each official
// the same (the split check of classBuild), whose optimum is the full
// problem's, and root the duals of its optimum. kind numbers the posts by
// class without the posts set apart for their holders only: two plans
// that put every official in a post of the same kind (and on their own
// post or not alike) are renamings of each other.
type classProb struct {
	cs   classSet
	cm   *classMatrix
	root *solver.CapacitatedResult
	kind []int32
}

// classProblem builds the class problem of sc with the posts marked in
// hard or soft as classes of their own; more are marked: the posts of a
// class the split check finds different (in hard), a holder's own post
// that costs them more than its classmates (in soft: staying and leaving
// for an identical post are distinct plans), and the own post of an
// official the optimum could not hand a post at the class's cost (in soft:
// the class problem is a relaxation there), until its optimum is the full
// problem's. nil when the roster has too many classes.
func classProblem(ctx context.Context, r *Roster, sc *Scores, hard, soft []bool) (*classProb, error) {
	n, m := sc.Officials(), sc.Positions()
	single := make([]bool, m)
	for {
		for j := range single {
			single[j] = hard[j] || soft[j]
		}
		cs := postClasses(r, sc, single)
		c := len(cs.posts)
		if c+1 > classMaxColumns || n*(c+1) > classMaxCells {
			return nil, nil
		}
		cm, split, err := classBuild(ctx, sc, cs)
		if err != nil {
			return nil, err
		}
		if classSplit(cs, split, hard) {
			continue
		}
		// A holder whose own post costs them more than its classmates
		// may stay or leave for an identical post: two distinct plans,
		// which the classes tell apart only with the post set apart.
		again := false
		for i, j := range cm.curOf {
			if j >= 0 && !single[j] && cm.curCost[i] > cm.other[i] {
				soft[j], again = true, true
			}
		}
		if again {
			continue
		}
		res, _, err := solver.SolveCapacitated(cm.cost, cm.cap, solver.WithContext(ctx))
		if err != nil {
			return nil, err
		}
		out, unplaced := classRealise(n, m, cs, cm, res)
		if unplaced == 0 {
			return &classProb{cs: cs, cm: cm, root: res, kind: postClasses(r, sc, hard).of}, nil
		}
		for i, j := range out.RowCol {
			if j < 0 {
				soft[sc.cur[i]] = true
			}
		}
	}
}

// realise hands out the posts of class assignment x (class c for release),
// each class's officials among its posts: first a holder whose own post is
// in the class and costs them no more than the others takes it; then an
// official in the same class as in best (x0) keeps best's post when it is
// still free; the others take the posts left in order of post id, never
// their own when it costs them more: when that is the only post left,
// another official of the class who is not on their own post gives theirs
// and takes it. It returns −1, or the post that could not be handed out at
// its class's cost (its holder's own, given to them when nobody could
// swap).
func (cp *classProb) realise(sc *Scores, x, x0 []int, best *solver.Result) (*solver.Result, int) {
	n, m := sc.Officials(), sc.Positions()
	c := len(cp.cs.posts)
	cm := cp.cm
	out := &solver.Result{RowCol: make([]int, n), ColRow: make([]int, m+n)}
	for j := range out.ColRow {
		out.ColRow[j] = -1
	}
	taken := make([]bool, m)
	byClass := make([][]int, c)
	for i, k := range x {
		out.RowCol[i] = -1
		if k == c {
			out.RowCol[i] = m + i
			continue
		}
		byClass[k] = append(byClass[k], i)
		if j := cm.curOf[i]; j >= 0 && int(cp.cs.of[j]) == k && cm.curCost[i] <= cm.other[i] {
			out.RowCol[i], taken[j] = j, true
		}
	}
	for k, rows := range byClass {
		for _, i := range rows {
			if j := best.RowCol[i]; out.RowCol[i] < 0 && x0[i] == k && !taken[j] && j != cm.curOf[i] {
				out.RowCol[i], taken[j] = j, true
			}
		}
	}
	ids := sc.r.Positions
	failed := -1
	for k, rows := range byClass {
		var rest []int
		for _, i := range rows {
			if out.RowCol[i] < 0 {
				rest = append(rest, i)
			}
		}
		if len(rest) == 0 {
			continue
		}
		var free []int
		for _, j := range cp.cs.posts[k] {
			if !taken[j] {
				free = append(free, j)
			}
		}
		slices.SortFunc(free, func(a, b int) int { return strings.Compare(ids[a].ID, ids[b].ID) })
		for p, i := range rest {
			if free[p] == cm.curOf[i] && p+1 < len(free) {
				free[p], free[p+1] = free[p+1], free[p]
			}
			j := free[p]
			taken[j] = true
			if j == cm.curOf[i] {
				// Only their own post is left: swap with an official of
				// the class on another's post.
				swapped := false
				for _, r := range rows {
					if jr := out.RowCol[r]; r != i && jr >= 0 && jr != cm.curOf[r] {
						out.RowCol[r], j, swapped = j, jr, true
						break
					}
				}
				if !swapped {
					failed = j
				}
			}
			out.RowCol[i] = j
		}
	}
	for i, j := range out.RowCol {
		out.ColRow[j] = i
		out.Total += sc.colCost(i, j)
	}
	return out, failed
}

// classKBest is Murty's ranking on a class problem.
type classKBest struct {
	cp   *classProb
	n, c int // officials, classes with the release column
	// cost is the class matrix, row-major, modified in place for the time
	// of a subproblem's solve (through ws, which keeps its column-major
	// copy alike) or of its bounds, and restored after.
	cost []float64
	ws   *solver.CapacitatedWorkspace
	ctx  context.Context
	// saved are the entries a subproblem's constraints overwrote.
	saved  []classSaved
	seq    int
	q      classQueue
	solves int
}

type classSaved struct {
	at int
	x  float64
}

// classNode is a subproblem: its parent's constraints, plus the pairs of
// parent.order[:k] forced and parent.order[k] excluded (as (row, class)).
type classNode struct {
	parent *classNode
	k      int
	key    float64 // a lower bound until solved, then the total
	seq    int
	solved bool
	// Set once solved.
	x     []int
	v     []float64
	order []int // its rows not forced, in partition order
	// bnd is the bound of excluding each row's pair, until the children
	// are queued.
	bnd []float64
	// graph is the column graph of its solution, for its children's
	// refined bounds.
	graph *classGraph
	// refined says an unsolved node's key is its refined bound.
	refined bool
}

// classGraph is a solved node's residual graph on the classes: w[A*c+B]
// is the least reduced cost at which an official of class A (not forced
// there) takes class B; room marks the classes with a post left, hole the
// potential −v_K a full class K loses when an official leaves it and
// nobody takes the post, refill the least reduced cost at which an
// official of another class takes K; toRoom and to hold shortest distances
// to the classes with room and to single classes, computed on demand.
type classGraph struct {
	c      int
	w      []float64
	room   []bool
	hole   []float64
	refill []float64
	toRoom []float64
	to     map[int][]float64
}

type classQueue []*classNode

func (q classQueue) Len() int { return len(q) }

// Less orders by key; on equal keys a solved node first (its key is its
// total: on the ties of a roster nothing queued can beat it), then by the
// order the nodes were queued in, so that runs repeat.
func (q classQueue) Less(a, b int) bool {
	x, y := q[a], q[b]
	switch {
	case x.key != y.key:
		return x.key < y.key
	case x.solved != y.solved:
		return x.solved
	}
	return x.seq < y.seq
}
func (q classQueue) Swap(a, b int) { q[a], q[b] = q[b], q[a] }
func (q *classQueue) Push(x any)   { *q = append(*q, x.(*classNode)) }
func (q *classQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// start makes x0, optimal, the root of the ranking.
func (kb *classKBest) start(x0 []int) error {
	// The root's duals: a cold solve of the class problem, so that the
	// ranking depends on the roster and the policy only, not on the path
	// that found the best plan. x0 is optimal, hence tight under them.
	res := kb.cp.root
	root := &classNode{solved: true, x: x0, v: res.V}
	root.key = kb.total(x0)
	if d := root.key - res.Total; math.Abs(d) > 1e-9*(1+math.Abs(res.Total)) {
		return fmt.Errorf("the best plan costs %v in classes, their optimum %v", root.key, res.Total)
	}
	kb.children(root, &kb.q)
	return nil
}

// next returns the next class assignment of the ranking, nil when there is
// none left.
func (kb *classKBest) next() ([]int, error) {
	for kb.q.Len() > 0 {
		nd := heap.Pop(&kb.q).(*classNode)
		if nd.solved {
			kb.children(nd, &kb.q)
			return nd.x, nil
		}
		if !nd.refined {
			// A tighter bound first: the shortest way to re-place the
			// excluded official, from the parent's residual graph.
			nd.refined = true
			if b := kb.refine(nd); b > nd.key {
				nd.key = b
				if !math.IsInf(b, 1) {
					heap.Push(&kb.q, nd)
				}
				continue
			}
		}
		if kb.solves == classKMaxSolves {
			return nil, fmt.Errorf("the ranking solved %d subproblems", kb.solves)
		}
		kb.solves++
		ok, err := kb.solve(nd)
		if err != nil {
			return nil, err
		}
		if ok {
			heap.Push(&kb.q, nd)
		}
	}
	return nil, nil
}

// total is the class cost of assignment x.
func (kb *classKBest) total(x []int) float64 {
	t := 0.0
	for i, k := range x {
		t += kb.cost[i*kb.c+k]
	}
	return t
}

// constrain writes nd's constraints into the cost matrix: a forced pair's
// row may take only its class, an excluded pair is forbidden. For a solve
// (solving) they go through the workspace, which keeps its column-major
// copy alike. The bounds read the row-major matrix only, and only the
// rows nd does not force (bounds skips the others, refine reads one of
// them): for them the excluded pairs alone are written, where forcing a
// row writes all its classes but one.
func (kb *classKBest) constrain(nd *classNode, solving bool) {
	forbid := func(i, l int) {
		at := i*kb.c + l
		kb.saved = append(kb.saved, classSaved{at, kb.cost[at]})
		kb.cost[at] = math.Inf(1)
	}
	if solving {
		forbid = kb.ws.Forbid
	}
	for c := nd; c.parent != nil; c = c.parent {
		p := c.parent
		if solving {
			for _, i := range p.order[:c.k] {
				for l := range kb.c {
					if l != p.x[i] {
						forbid(i, l)
					}
				}
			}
		}
		i := p.order[c.k]
		forbid(i, p.x[i])
	}
}

// restore undoes constrain.
func (kb *classKBest) restore() {
	kb.ws.Restore()
	for p := len(kb.saved) - 1; p >= 0; p-- {
		kb.cost[kb.saved[p].at] = kb.saved[p].x
	}
	kb.saved = kb.saved[:0]
}

// solve solves subproblem nd from its parent's assignment without the
// excluded pair; false when it has no assignment.
func (kb *classKBest) solve(nd *classNode) (bool, error) {
	kb.constrain(nd, true)
	defer kb.restore()
	p := nd.parent
	start := &solver.CapacitatedResult{RowCol: slices.Clone(p.x), V: p.v}
	start.RowCol[p.order[nd.k]] = -1
	res, _, _, err := kb.ws.SolveFrom(start, solver.WithContext(kb.ctx))
	var inf *solver.InfeasibleError
	if errors.As(err, &inf) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	nd.solved, nd.x, nd.v, nd.key = true, res.RowCol, res.V, res.Total
	kb.seq++
	nd.seq = kb.seq
	return true, nil
}

// children queues the children of solved node nd, each at its bound.
func (kb *classKBest) children(nd *classNode, q *classQueue) {
	if nd.order == nil {
		kb.constrain(nd, false)
		kb.bounds(nd)
		kb.restore()
	}
	for k, i := range nd.order {
		if b := nd.bnd[i]; !math.IsInf(b, 1) {
			kb.seq++
			heap.Push(q, &classNode{parent: nd, k: k, key: b, seq: kb.seq})
		}
	}
	nd.bnd = nil
}

// bounds computes, on nd's constrained matrix, the bound of excluding each
// of its pairs that is not forced, and the partition order: decreasing
// bound, then row.
func (kb *classKBest) bounds(nd *classNode) {
	n, c := kb.n, kb.c
	u := make([]float64, n)
	for i, k := range nd.x {
		u[i] = kb.cost[i*c+k] - nd.v[k]
	}
	// refill[K]: the least reduced cost of an official outside K in K.
	refill := make([]float64, c)
	for k := range refill {
		refill[k] = math.Inf(1)
	}
	forced := kb.forced(nd)
	g := &classGraph{c: c, w: make([]float64, c*c), room: make([]bool, c), hole: make([]float64, c), to: map[int][]float64{}}
	for k := range g.w {
		g.w[k] = math.Inf(1)
	}
	load := make([]int, c)
	for _, k := range nd.x {
		load[k]++
	}
	for k := range c {
		g.room[k] = k == c-1 || load[k] < kb.cp.cm.cap[k]
		if !g.room[k] {
			g.hole[k] = max(-nd.v[k], 0)
		}
	}
	var rows []int
	move := make([]float64, n)
	for i := range n {
		if forced[i] {
			// A forced row may take its class only: it moves nowhere and
			// refills nothing (constrain leaves its other classes open
			// in the matrix the bounds read).
			move[i] = math.Inf(1)
			continue
		}
		row := kb.cost[i*c : (i+1)*c]
		least := math.Inf(1)
		a := nd.x[i]
		wa := g.w[a*c : (a+1)*c]
		for l, x := range row {
			if math.IsInf(x, 1) {
				continue
			}
			red := max(x-u[i]-nd.v[l], 0)
			if l == a {
				continue
			}
			least = min(least, red)
			refill[l] = min(refill[l], red)
			wa[l] = min(wa[l], red)
		}
		move[i] = least
		rows = append(rows, i)
	}
	g.refill = refill
	nd.graph = g
	bnd := make([]float64, n)
	total := kb.total(nd.x)
	for _, i := range rows {
		k := nd.x[i]
		bnd[i] = total + move[i] + min(refill[k], max(-nd.v[k], 0))
	}
	slices.SortStableFunc(rows, func(a, b int) int { return cmp.Compare(bnd[b], bnd[a]) })
	nd.order, nd.bnd = rows, bnd
}

// forced marks the rows whose pairs nd forces.
func (kb *classKBest) forced(nd *classNode) []bool {
	f := make([]bool, kb.n)
	for c := nd; c.parent != nil; c = c.parent {
		for _, i := range c.parent.order[:c.k] {
			f[i] = true
		}
	}
	return f
}

// refine returns a bound of unsolved node nd tighter than its parent's
// first one. Against the parent's solution, nd's optimum moves officials
// between classes along paths and cycles of the parent's residual graph
// (an arc A → B: an official of A takes B at its reduced cost). The
// excluded official i leaves K for some class L; from L, either the moves
// go on back to K (a cycle: at least the distance from L to K), or on to a
// class with room (a path: at least the distance from L to the classes
// with room), and then K is refilled by an official from elsewhere (at
// least refill_K) or keeps a post empty (−v_K). It ignores the pairs nd
// forces beyond its parent's and that an official might move twice, so it
// is a lower bound of nd's optimum.
func (kb *classKBest) refine(nd *classNode) float64 {
	p := nd.parent
	g := p.graph
	i := p.order[nd.k]
	k := p.x[i]
	c := kb.c
	kb.constrain(p, false)
	row := slices.Clone(kb.cost[i*c : (i+1)*c])
	kb.restore()
	ui := row[k] - p.v[k]
	if g.toRoom == nil {
		g.toRoom = g.dist(func(l int) bool { return g.room[l] })
	}
	toK := g.to[k]
	if toK == nil {
		toK = g.dist(func(l int) bool { return l == k })
		g.to[k] = toK
	}
	best := math.Inf(1)
	for l, x := range row {
		if l == k || math.IsInf(x, 1) {
			continue
		}
		red := max(x-ui-p.v[l], 0)
		best = min(best, red+min(toK[l], g.toRoom[l]+min(g.refill[k], g.hole[k])))
	}
	return kb.total(p.x) + best
}

// dist returns every class's shortest distance to the target classes
// along the graph's arcs (Dijkstra's algorithm backwards, on the dense
// graph: O(c²)).
func (g *classGraph) dist(target func(int) bool) []float64 {
	c := g.c
	d := make([]float64, c)
	done := make([]bool, c)
	for l := range d {
		d[l] = math.Inf(1)
		if target(l) {
			d[l] = 0
		}
	}
	for {
		b, db := -1, math.Inf(1)
		for l, x := range d {
			if !done[l] && x < db {
				b, db = l, x
			}
		}
		if b < 0 {
			return d
		}
		done[b] = true
		for a := range c {
			if x := g.w[a*c+b] + db; x < d[a] {
				d[a] = x
			}
		}
	}
}
