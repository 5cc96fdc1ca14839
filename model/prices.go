package model

import (
	"container/heap"
	"context"
	"fmt"
	"math"

	"github.com/mutasi-id/mutasi/solver"
)

// This file gives every optimal plan one dual: the least prices. The dual
// of an assignment problem is seldom unique — a roster's many ties leave a
// whole polytope of optimal potentials — and each solver path (dense, the
// classes, the pricing rounds, a warm start) ends at a point of it of its
// own. The plan's reduced costs c_ij − u_i − v_j are what the plan shows as
// each alternative's gap, and what explain and the what-if ranges read: left
// to the path, the same roster and policy would explain themselves
// differently by the way they were solved.
//
// The potentials chosen are the greatest column potentials v ≤ 0 of any
// optimal dual: in the language of the assignment game (Shapley and Shubik
// 1971; Demange, Gale and Sotomayor 1986), the least prices p = −v at which
// the plan is an equilibrium, the point of the core best for the officials.
// With the plan's assignment x fixed, a dual (u, v) with u_i = c_i,x(i) −
// v_x(i) is optimal exactly when
//
//	v_j ≤ v_x(i) + c_ij − c_i,x(i)  for every official i and column j,
//	v_j ≤ 0, and v_j = 0 on every column left vacant,
//
// and these difference constraints have a greatest solution: the shortest
// distances from a source joined to every column at 0, on the graph with an
// arc from the column x(i) holds to every column j of weight c_ij −
// c_i,x(i). Such a solution is the same for every optimal plan (it is the
// greatest point of the optimal face of the dual LP), so it depends on the
// roster and the policy alone. A release column is reached by no other
// official, so its potential is 0.
//
// The distances are found by label correcting in the order of Dijkstra's
// algorithm on the reduced costs of the solver's own dual (a feasible
// potential, so each column is settled about once), every candidate
// computed as fl(fl(v_x(i) − c_i,x(i)) + c_ij). Ties make cycles of weight
// zero, around which rounding alone could lower a label by an ulp per turn
// for ever; a label is therefore lowered only by more than a step far below
// the certificate's tolerance (leastPricesStep), and the prices are the
// greatest solution to within that step: on two paths they agree far
// beyond the six decimals of the output. A column's costs are the same to
// every official but the post's former holder on all the posts of a class
// of identical posts, so a relaxation costs one step per class, not per
// post.

// leastPricesStep is the least fall of a label, as a fraction of the
// certificate's tolerance.
const leastPricesStep = 1.0 / 1024

// leastPricesMaxRounds bounds the label corrections, in multiples of the
// columns: Dijkstra's order settles each column about once.
const leastPricesMaxRounds = 64

// leastPrices replaces res's potentials by the least prices of its plan
// (see the comment at the top of this file) and returns the number of label
// corrections. res must be an optimal assignment of every official with a
// dual certificate for sc (Canonical's result); its potentials order the
// search. It fails, leaving res unchanged, when the queue hands out more
// than limit posts (0: leastPricesMaxRounds per post), or when the plan
// leaves a post vacant at a negative price beyond tol, which an optimal
// plan cannot.
func (sc *Scores) leastPrices(ctx context.Context, res *solver.Result, tol float64, limit int) (int, error) {
	n, m := sc.Officials(), sc.Positions()
	lp := newPriceSearch(sc, res)
	lp.step = leastPricesStep * tol
	// Every post starts at the source's 0; the released officials' arcs
	// leave their release columns, at 0 too.
	for j := range m {
		heap.Push(&lp.h, priceItem{key: 0 - res.V[j], post: int32(j)})
	}
	for i, j := range res.RowCol {
		if j == m+i {
			lp.relax(i, -1, 0)
		}
	}
	if limit <= 0 {
		limit = leastPricesMaxRounds * (m + 1)
	}
	pops, relaxed := 0, 0
	for ; lp.h.Len() > 0; pops++ {
		if pops%256 == 0 {
			if err := ctx.Err(); err != nil {
				return relaxed, fmt.Errorf("model: least prices: %w", err)
			}
		}
		if pops > limit {
			return relaxed, fmt.Errorf("model: least prices: no fixed point after %d corrections", relaxed)
		}
		e := heap.Pop(&lp.h).(priceItem)
		j := e.post
		dj := lp.d[j]
		if e.key != dj-res.V[j] || dj == lp.done[j] {
			continue // stale, or already relaxed at this price
		}
		lp.done[j] = dj
		relaxed++
		if i := res.ColRow[j]; i >= 0 {
			lp.relax(i, int(j), dj)
		}
	}
	for j := range m {
		if res.ColRow[j] < 0 && lp.d[j] < -tol {
			return relaxed, fmt.Errorf("model: least prices: vacant post %d priced at %g", j, -lp.d[j])
		}
	}
	copy(res.V, lp.d)
	for j := m; j < m+n; j++ {
		res.V[j] = 0
	}
	for i, j := range res.RowCol {
		res.U[i] = sc.colCost(i, j) - res.V[j]
	}
	return relaxed, nil
}

// priceSearch is the state of leastPrices.
type priceSearch struct {
	sc  *Scores
	res *solver.Result
	cs  *classSet
	// byPost says cs is one class per post and rows are read whole, the
	// own post's cost taken out (the dense matrix, or the pricing rounds'
	// rows).
	byPost bool
	// One row of class costs (an official's cost in every post of the
	// class but their own post) and the class representatives.
	row  []float64
	reps []int32
	// Per class, the least candidate and the official it came from, and the
	// least from any other official: a post takes the second when the
	// first came from its former holder, whose own post costs another
	// amount.
	best, second []float64
	bestOff      []int32
	// Per post: its former holder (−1 none), the least candidate through
	// that holder's own-post cost, the current label and the label at which
	// its holder last relaxed (NaN never).
	holder  []int32
	special []float64
	d, done []float64
	h       priceHeap
	// step is the least fall of a label.
	step float64
}

func newPriceSearch(sc *Scores, res *solver.Result) *priceSearch {
	m := sc.Positions()
	cs, byPost := sc.classes, false
	if cs == nil || sc.Cost != nil {
		cs, byPost = singletonClasses(m), true
	}
	c := len(cs.posts)
	lp := &priceSearch{sc: sc, res: res, cs: cs, byPost: byPost, row: make([]float64, c), reps: cs.first,
		best: make([]float64, c), second: make([]float64, c), bestOff: make([]int32, c),
		holder: make([]int32, m), special: make([]float64, m), d: make([]float64, m), done: make([]float64, m)}
	inf := math.Inf(1)
	for k := range c {
		lp.best[k], lp.second[k], lp.bestOff[k] = inf, inf, -1
	}
	for j := range m {
		lp.holder[j] = -1
		lp.special[j] = inf
		lp.done[j] = math.NaN()
	}
	for i, j := range sc.cur {
		if j >= 0 {
			lp.holder[j] = int32(i)
		}
	}
	return lp
}

// singletonClasses is the partition of m posts into classes of one.
func singletonClasses(m int) *classSet {
	cs := &classSet{of: make([]int32, m), posts: make([][]int, m), first: make([]int32, m)}
	for j := range m {
		cs.of[j], cs.first[j] = int32(j), int32(j)
		cs.posts[j] = []int{j}
	}
	return cs
}

// readRow fills lp.row with official i's cost in each class (the posts of
// the class but i's own; +Inf when none) and returns i's cost in their own
// post (+Inf when none or barred).
func (lp *priceSearch) readRow(i int) float64 {
	sc := lp.sc
	if lp.byPost {
		sc.rowCostsInto(i, lp.row)
		cur := sc.cur[i]
		if cur < 0 {
			return math.Inf(1)
		}
		own := lp.row[cur]
		lp.row[cur] = math.Inf(1)
		return own
	}
	return sc.classRow(i, lp.cs, lp.reps, lp.row)
}

// relax lowers the labels through official i, who holds column at (−1: their
// release column) priced at dAt: every column j at most fl(fl(dAt − c_i,at) +
// c_ij).
func (lp *priceSearch) relax(i, at int, dAt float64) {
	own := lp.readRow(i)
	cs := lp.cs
	cost := lp.sc.releaseCol(i)
	if at >= 0 {
		cost = own
		if at != lp.sc.cur[i] {
			cost = lp.row[cs.of[at]]
		}
	}
	a := dAt - cost
	off := int32(i)
	for k, x := range lp.row {
		if math.IsInf(x, 1) {
			continue
		}
		y := a + x
		switch {
		case off == lp.bestOff[k]:
			if !(y < lp.best[k]) {
				continue
			}
			lp.best[k] = y
		case y < lp.best[k]:
			lp.second[k], lp.best[k], lp.bestOff[k] = lp.best[k], y, off
		case y < lp.second[k]:
			lp.second[k] = y
		default:
			continue
		}
		for _, j := range cs.posts[k] {
			lp.push(int32(j))
		}
	}
	if cur := lp.sc.cur[i]; cur >= 0 && cur != at && !math.IsInf(own, 1) {
		if y := a + own; y < lp.special[cur] {
			lp.special[cur] = y
			lp.push(int32(cur))
		}
	}
}

// label is post j's current label: the least of 0, its own-post candidate
// and its class's least candidate from an official other than its former
// holder.
func (lp *priceSearch) label(j int32) float64 {
	k := lp.cs.of[j]
	c := lp.best[k]
	if lp.bestOff[k] == lp.holder[j] && lp.holder[j] >= 0 {
		c = lp.second[k]
	}
	return min(0, lp.special[j], c)
}

// push queues post j when its label fell.
func (lp *priceSearch) push(j int32) {
	if x := lp.label(j); x < lp.d[j]-lp.step {
		lp.d[j] = x
		heap.Push(&lp.h, priceItem{key: x - lp.res.V[j], post: j})
	}
}

// priceItem is a queued post and its key, label minus the solver's
// potential (nonnegative on the reduced costs' graph).
type priceItem struct {
	key  float64
	post int32
}

// priceHeap orders the queued posts by key, then post.
type priceHeap struct{ items []priceItem }

func (h *priceHeap) Len() int { return len(h.items) }
func (h *priceHeap) Less(a, b int) bool {
	x, y := h.items[a], h.items[b]
	return x.key < y.key || x.key == y.key && x.post < y.post
}
func (h *priceHeap) Swap(a, b int) { h.items[a], h.items[b] = h.items[b], h.items[a] }
func (h *priceHeap) Push(x any)    { h.items = append(h.items, x.(priceItem)) }
func (h *priceHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
