package model

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/mutasi-id/mutasi/solver"
)

// This file is the tie rule: among all the optimal plans of a roster, the
// one a committee receives. The score has many exact ties (two posts of one
// eselon, priority, standard and family cost every outsider the same), and
// without a rule the plan among them would be an accident of the solver's
// path: the dense and the sparse path returned different plans of the same
// objective. The rule is exact and needs no perturbation of the costs:
//
//  1. Any optimal dual (u, v) of the full problem characterises every
//     optimal plan, whichever solve produced it: a plan is optimal exactly
//     when it uses only pairs of zero reduced cost c_ij − u_i − v_j (the
//     tight pairs) and assigns every column whose potential is negative
//     (complementary slackness; an unassigned column must have v_j = 0).
//     "Zero" is within the certificate's tolerance, solver.VerifyRelTol
//     times the largest cost magnitude, the same on every path.
//  2. Among those plans, the fewest moves: an assignment on the tight pairs
//     that minimises the number of holders of a roster post who leave it
//     (rotation, promotion, release), an integer cost solved exactly by
//     solver.SolveSparseFrom (started from the solver's plan), with the
//     negative columns forced by a cost of −L, L larger than any count of
//     moves.
//  3. Among those, the first in canonical order: officials in NIP order,
//     each takes the post of smallest id (release last) that some plan of
//     the fewest moves still allows, given the choices of the officials
//     before. The plans of the fewest moves are again exactly the
//     assignments on the tight pairs of the second solve's dual that assign
//     its negative columns, and whether an official can take a column in
//     one of them is a question of alternating paths (a greedy walk, one
//     search per choice, see canonOrder).
//
//  4. The plan's dual: the least prices (prices.go), the greatest optimal
//     column potentials, so that the reduced costs the plan shows do not
//     depend on the path either.
//
// The result is re-verified against the first dual. Since every step
// depends only on the set of optimal plans, never on the dual or the
// assignment a path found, the dense path, the sparse path through classes
// and the sparse path through pricing give the same plan, byte for byte.

// TieStats describes the tie stage of one plan.
type TieStats struct {
	// Tight is the number of pairs of zero reduced cost: the pairs some
	// optimal plan may use.
	Tight int
	// MovesBefore is the number of holders of a roster post who change post
	// in the solver's plan, Moves in the plan chosen (the fewest of all the
	// optimal plans).
	MovesBefore, Moves int
	// Searches is the number of alternating-path searches of the canonical
	// order, and Changed the number of officials whose post it changed.
	Searches, Changed int
	// LeastPrices says the result carries the plan's least prices
	// (prices.go), found in Corrections label corrections; when they are
	// not found within the bound on corrections (rounding on a roster far
	// from any seen), the result keeps the solver's potentials, a
	// certificate still.
	LeastPrices bool
	Corrections int
	// Tol is the certificate's tolerance, solver.VerifyRelTol times the
	// largest cost magnitude, and Scale that magnitude.
	Tol, Scale float64
}

// Canonical returns the optimal plan the tie rule chooses (see the comment
// at the top of this file): among all the assignments that res's dual
// proves optimal for sc, the one with the fewest moves, then the first in
// canonical order (officials by NIP, posts by id, release last). res must
// be an optimum of sc's full problem (the dense matrix, or rows computed on
// the fly when sc has none) with its dual certificate: Canonical checks the
// certificate on every pair, as solver.Verify and Scores.VerifyFull do, in
// the same pass that finds the tight pairs, and fails when it does not
// hold. The plan chosen is verified against res's potentials; the result
// carries the plan's least prices instead (prices.go), a dual no path
// decides, feasible on every pair by construction to within a step far below
// the tolerance; the scores remember it
// as certified, so that NewPlan need not read the pairs again. It costs one
// pass over the n·(m+n) pairs, a sparse solve on the tight pairs, for the
// canonical order one search per choice an official has among several
// tight columns, and for the prices about one row per post held.
func Canonical(ctx context.Context, sc *Scores, res *solver.Result) (*solver.Result, TieStats, error) {
	var st TieStats
	if sc == nil || res == nil {
		return nil, st, errors.New("model: Canonical needs scores and a result")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	n, m := sc.Officials(), sc.Positions()
	if len(res.RowCol) != n || len(res.U) != n || len(res.V) != m+n || len(res.ColRow) != m+n || res.Maximize {
		return nil, st, fmt.Errorf("model: Canonical: the result is not a minimisation of %d rows and %d columns", n, m+n)
	}
	tg, tol, err := sc.tightPairs(ctx, res)
	if err != nil {
		return nil, st, fmt.Errorf("model: Canonical: the solver's certificate: %w", err)
	}
	st.Tol, st.Scale = tol, tol/solver.VerifyRelTol
	st.Tight = tg.pairs()
	for i, j := range res.RowCol {
		if sc.cur[i] >= 0 && j != sc.cur[i] {
			st.MovesBefore++
		}
	}

	// Stage 2: the fewest moves on the tight pairs, the negative columns
	// forced.
	if err := sc.fewestMoves(ctx, tg); err != nil {
		return nil, st, err
	}

	// Stage 3: the canonical order among the plans of the fewest moves.
	co := newCanonOrder(sc, tg)
	co.run()
	st.Searches, st.Changed = co.searches, co.changed

	out := &solver.Result{RowCol: make([]int, n), ColRow: make([]int, m+n),
		U: slices.Clone(res.U), V: slices.Clone(res.V)}
	for j := range out.ColRow {
		out.ColRow[j] = -1
	}
	for i, j := range co.at {
		out.RowCol[i] = int(j)
		out.ColRow[j] = i
		out.Total += sc.colCost(i, int(j))
		if sc.cur[i] >= 0 && int(j) != sc.cur[i] {
			st.Moves++
		}
	}
	if err := sc.certifyChoice(out, tg, tol); err != nil {
		return nil, st, fmt.Errorf("model: Canonical: the plan chosen among the ties fails the certificate: %w", err)
	}
	// Stage 4: the plan's one dual, the least prices (prices.go).
	switch n, err := sc.leastPrices(ctx, out, tol, 0); {
	case err == nil:
		st.LeastPrices, st.Corrections = true, n
	case ctx.Err() != nil:
		return nil, st, fmt.Errorf("model: Canonical: %w", err)
	default:
		st.Corrections = n // out keeps res's potentials
	}
	sc.certified.Store(out)
	return out, st, nil
}

// certifyChoice re-verifies the chosen plan with the first dual, whose
// feasibility on every pair tightPairs checked: every assigned pair is
// tight, every column of negative potential is assigned, and the duals sum
// to the plan's total (solver.Verify's conditions, within its tolerances).
func (sc *Scores) certifyChoice(out *solver.Result, tg *tightGraph, tol float64) error {
	n, m := sc.Officials(), sc.Positions()
	dual := 0.0
	for i, j := range out.RowCol {
		if out.ColRow[j] != i {
			return fmt.Errorf("official %d and column %d are not assigned to each other", i, j)
		}
		c := sc.colCost(i, j)
		if math.IsInf(c, 0) {
			return fmt.Errorf("official %d is assigned to column %d, a forbidden pair", i, j)
		}
		if red := c - out.U[i] - out.V[j]; math.Abs(red) > tol {
			return fmt.Errorf("assigned pair (%d, %d) has reduced cost %.6g", i, j, red)
		}
		dual += out.U[i]
	}
	for j, v := range out.V {
		if out.ColRow[j] < 0 && math.Abs(v) > tol {
			return fmt.Errorf("column %d is left unassigned with potential %v", j, v)
		}
		dual += v
	}
	if d := math.Abs(dual - out.Total); d > float64(n+m+n)*tol {
		return fmt.Errorf("duals sum to %.17g but Total is %.17g", dual, out.Total)
	}
	return nil
}

// tightGraph holds the tight pairs of every row: columns in canonical
// order (posts by id, then the row's release column).
type tightGraph struct {
	n, m int
	col  [][]int32
	// must marks the columns whose potential is negative (below −tol):
	// every optimal plan assigns them.
	must []bool
	// key orders the columns: the rank of a post's id among the posts;
	// m for every release column.
	key []int32
	// at is the solver's assignment, the start of the search.
	at []int32
}

func (tg *tightGraph) pairs() int {
	k := 0
	for _, c := range tg.col {
		k += len(c)
	}
	return k
}

// tightPairs checks res's certificate on every pair, as Scores.VerifyFull
// and solver.Verify do, and collects in the same parallel pass the pairs
// whose reduced cost is within the certificate's tolerance,
// solver.VerifyRelTol times the largest cost magnitude. It returns the
// tolerance. Each row keeps the pairs within the tolerance the assigned
// pairs' scale already implies, and the least reduced cost above that;
// rows where that least one turns out to be within the global tolerance
// (rare: the assigned pairs hold the largest costs or nearly) are read
// again.
func (sc *Scores) tightPairs(ctx context.Context, res *solver.Result) (*tightGraph, float64, error) {
	if err := sc.certShape(res); err != nil {
		return nil, 0, err
	}
	n, m := sc.Officials(), sc.Positions()
	tg := &tightGraph{n: n, m: m, col: make([][]int32, n), must: make([]bool, m+n),
		key: sc.canonKeys(), at: make([]int32, n)}
	// A lower bound of the scale, known before the pass: the assigned
	// pairs' costs.
	hint := 0.0
	for i, j := range res.RowCol {
		if j < 0 || j >= m+n {
			return nil, 0, fmt.Errorf("model: verify: official %d is not assigned", i)
		}
		tg.at[i] = int32(j)
		if c := sc.colCost(i, j); !math.IsInf(c, 0) {
			hint = max(hint, math.Abs(c))
		}
	}
	checks := make([]rowCheck, n)
	next := make([]float64, n)
	// A row is read through the classes of identical posts when the
	// potentials allow it: one cost per class instead of one per post.
	cs := sc.classesOf(res)
	var reps []int32
	width := m
	if cs != nil {
		reps, width = cs.first, len(cs.posts)
	}
	read := func(i int, row []float64, rt *rowTight) rowCheck {
		if cs != nil {
			return sc.checkClassRow(i, cs, reps, row, res, rt)
		}
		sc.rowCostsInto(i, row)
		return sc.checkRow(i, row, sc.releaseCol(i), res, rt)
	}
	// The first pass keeps the pairs within the tolerance the assigned
	// pairs' scale implies (a lower bound of the global one).
	err := parallelRows(ctx, n, func() func(i int) {
		row := make([]float64, width)
		return func(i int) {
			rt := rowTight{t: solver.VerifyRelTol * hint}
			checks[i] = read(i, row, &rt)
			tg.col[i], next[i] = rt.cols, rt.least
		}
	})
	if err != nil {
		return nil, 0, fmt.Errorf("model: Canonical: %w", err)
	}
	tol, err := sc.certCheck(res, checks)
	if err != nil {
		return nil, 0, err
	}
	row := make([]float64, width)
	for i := range n {
		if next[i] <= tol {
			rt := rowTight{t: tol}
			read(i, row, &rt)
			tg.col[i] = rt.cols
		}
	}
	for j, v := range res.V {
		tg.must[j] = v < -tol
	}
	// Canonical order within each row, so that the greedy walk reads a
	// row's choices best first (a row's keys are distinct: its posts and
	// its own release column).
	key := tg.key
	err = parallelRows(ctx, n, func() func(i int) {
		return func(i int) {
			slices.SortFunc(tg.col[i], func(a, b int32) int { return int(key[a]) - int(key[b]) })
		}
	})
	if err != nil {
		return nil, 0, fmt.Errorf("model: Canonical: %w", err)
	}
	return tg, tol, nil
}

// canonKeys ranks the columns for the canonical order: posts by id (byte
// order), every release column after them.
func (sc *Scores) canonKeys() []int32 {
	n, m := sc.Officials(), sc.Positions()
	order := make([]int, m)
	for j := range order {
		order[j] = j
	}
	ps := sc.r.Positions
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(ps[a].ID, ps[b].ID) })
	key := make([]int32, m+n)
	for r, j := range order {
		key[j] = int32(r)
	}
	for j := m; j < m+n; j++ {
		key[j] = int32(m)
	}
	return key
}

// rowCostsInto writes official i's costs in the m posts into row: a copy
// of the dense matrix's row, or the row computed as the sparse path does.
func (sc *Scores) rowCostsInto(i int, row []float64) {
	if sc.Cost != nil {
		copy(row, sc.Cost.RawRowView(i)[:len(row)])
		return
	}
	sc.sparseRowCosts(i, row)
}

// classesOf returns the scores' classes of identical posts when res's
// post potentials are equal on each class (as the class solve leaves
// them), nil otherwise: a row's reduced costs are then the same on every
// post of a class but the official's own.
func (sc *Scores) classesOf(res *solver.Result) *classSet {
	cs := sc.classes
	if cs == nil || sc.Cost != nil {
		return nil
	}
	for _, posts := range cs.posts {
		v := math.Float64bits(res.V[posts[0]])
		for _, j := range posts[1:] {
			if math.Float64bits(res.V[j]) != v {
				return nil
			}
		}
	}
	return cs
}

// checkClassRow is checkRow on official i's row read through the classes
// cs (classesOf): one cost per class (classRow) into buf, then the same
// checks and the same tight columns as checkRow on the whole row gives,
// every post of a tight class but the official's own listed.
func (sc *Scores) checkClassRow(i int, cs *classSet, reps []int32, buf []float64, res *solver.Result, tight *rowTight) rowCheck {
	m := len(sc.prio)
	rc := rowCheck{minRed: math.Inf(1), asgRed: math.NaN(), minCol: -1}
	ui := res.U[i]
	if math.IsNaN(ui) || math.IsInf(ui, 0) {
		rc.err = fmt.Errorf("model: verify: potential U[%d] is %v", i, ui)
		return rc
	}
	own := sc.classRow(i, cs, reps, buf)
	cur, asg := sc.cur[i], res.RowCol[i]
	inf := math.Inf(1)
	scale, minRed, minCol := 0.0, inf, -1
	least := inf
	var cols []int32
	if tight != nil {
		cols = tight.cols[:0]
	}
	// consider takes the pair (i, j) at cost c into the row's checks; the
	// posts of a class come in ascending order, so the first of the least
	// reduced cost is the one checkRow names.
	consider := func(j int, c float64) {
		scale = max(scale, c, -c)
		red := c - ui - res.V[j]
		if red < minRed || red == minRed && j < minCol {
			minRed, minCol = red, j
		}
		if tight == nil {
			return
		}
		if red <= tight.t || j == asg {
			cols = append(cols, int32(j))
		} else if red < least {
			least = red
		}
	}
	for k, c := range buf {
		if c == inf {
			continue
		}
		posts := cs.posts[k]
		j := posts[0]
		if j == cur {
			j = posts[1]
		}
		red := c - ui - res.V[j]
		if tight == nil || red <= tight.t {
			// Every post of the class is taken, or (without tight) the
			// first one stands for all.
			for _, j := range posts {
				if j != cur {
					consider(j, c)
					if tight == nil {
						break
					}
				}
			}
			continue
		}
		// Not tight: the first post stands for the least (counted even
		// when it is the assigned one, which at worst reads the row again
		// at the global tolerance), the assigned one is listed.
		consider(j, c)
		if asg >= 0 && asg < m && asg != cur && cs.of[asg] == int32(k) && asg != j {
			consider(asg, c)
		}
		if tight != nil && red < least {
			least = red
		}
	}
	if own != inf {
		consider(cur, own)
	}
	release := sc.releaseCol(i)
	if release != inf {
		consider(m+i, release)
	}
	if tight != nil {
		tight.cols, tight.least = cols, least
	}
	rc.scale, rc.minRed, rc.minCol = scale, minRed, minCol
	switch j := asg; {
	case j == cur && j >= 0 && own != inf:
		rc.cost, rc.asgRed = own, own-ui-res.V[j]
	case j >= 0 && j < m && j != cur && buf[cs.of[j]] != inf:
		c := buf[cs.of[j]]
		rc.cost, rc.asgRed = c, c-ui-res.V[j]
	case j == m+i && release != inf:
		rc.cost, rc.asgRed = release, release-ui-res.V[j]
	case j >= 0:
		rc.err = fmt.Errorf("model: verify: official %d is assigned to column %d, a forbidden pair", i, j)
	}
	return rc
}

// releaseCol returns the cost of official i's own release column, +Inf
// when the official may not be released.
func (sc *Scores) releaseCol(i int) float64 {
	if sc.Cost != nil {
		return sc.Cost.At(i, sc.Positions()+i)
	}
	if sc.canRelease[i] {
		return sc.relCol[i]
	}
	return math.Inf(1)
}

// colCost returns the cost of official i in column j (a post, or the own
// release column), +Inf for a forbidden or foreign column.
func (sc *Scores) colCost(i, j int) float64 {
	m := sc.Positions()
	switch {
	case j < m && sc.Cost != nil:
		return sc.Cost.At(i, j)
	case j < m:
		return sc.postCost(i, j)
	case j == m+i:
		return sc.releaseCol(i)
	}
	return math.Inf(1)
}

// fewestMoves solves stage 2 of the tie rule: on the tight pairs, the
// assignment of every official with the fewest holders leaving their post,
// every column of negative potential assigned (a cost of −L on its pairs,
// L = n+1 more than any count of moves can save). The costs are integers,
// so the solve and its potentials are exact.
func (sc *Scores) fewestMoves(ctx context.Context, tg *tightGraph) error {
	n, m := tg.n, tg.m
	big := float64(n + 1)
	ptr := make([]int, n+1)
	for i, c := range tg.col {
		ptr[i+1] = ptr[i] + len(c)
	}
	cols := make([]int32, ptr[n])
	costs := make([]float64, ptr[n])
	// cost is the stage's cost of the tight pair (i, j).
	cost := func(i int, j int32) float64 {
		c := 0.0
		if sc.cur[i] >= 0 && int(j) != sc.cur[i] {
			c = 1
		}
		if tg.must[j] {
			c -= big
		}
		return c
	}
	err := parallelRows(ctx, n, func() func(i int) {
		return func(i int) {
			// solver.NewCSR wants a row's columns increasing.
			row := cols[ptr[i]:ptr[i+1]]
			copy(row, tg.col[i])
			slices.Sort(row)
			for k, j := range row {
				costs[ptr[i]+k] = cost(i, j)
			}
		}
	})
	if err != nil {
		return fmt.Errorf("model: Canonical: %w", err)
	}
	a, err := solver.NewCSR(n, m+n, ptr, cols, costs)
	if err != nil {
		return fmt.Errorf("model: Canonical: %w", err)
	}
	// Warm: the solver's plan, an optimal plan and most often one of the
	// fewest moves already, with the column potentials that cancel the
	// forcing cost; the rows it moves off a post they could keep are
	// released and searched again.
	start := &solver.Result{RowCol: make([]int, n), ColRow: make([]int, m+n),
		U: make([]float64, n), V: make([]float64, m+n)}
	for j := range start.ColRow {
		start.ColRow[j] = -1
		if tg.must[j] {
			start.V[j] = -big
		}
	}
	for i, j := range tg.at {
		start.RowCol[i] = int(j)
		start.ColRow[j] = i
	}
	res, _, err := solver.SolveSparseFrom(a, start, solver.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("model: Canonical: the fewest moves: %w", err)
	}
	for j, must := range tg.must {
		if must && res.ColRow[j] < 0 {
			return fmt.Errorf("model: Canonical: the fewest moves leave column %d unassigned, which every optimal plan assigns", j)
		}
	}
	// Stage 3 works on the pairs tight for this dual, and the columns it
	// must keep assigned: the plans of the fewest moves, exactly.
	err = parallelRows(ctx, n, func() func(i int) {
		return func(i int) {
			keep := tg.col[i][:0]
			for _, j := range tg.col[i] {
				if math.Abs(cost(i, j)-res.U[i]-res.V[j]) < 0.5 {
					keep = append(keep, j)
				}
			}
			tg.col[i] = keep
			tg.at[i] = int32(res.RowCol[i])
		}
	})
	if err != nil {
		return fmt.Errorf("model: Canonical: %w", err)
	}
	for j, v := range res.V {
		tg.must[j] = v < -0.5
	}
	return nil
}

// canonOrder is stage 3 of the tie rule: the greedy walk in canonical order
// over the assignments of the tight graph that assign every must column.
//
// Think of the columns as nodes and of an assignment M as arcs: from the
// column a row holds to every other column tight for that row ("the row at
// a may move to b"), and from every free column to a node S, and from S to
// every assigned column that need not stay assigned (S is the slack of the
// problem: an assignment covers n of the m+n columns, and any column not
// forced may be the one left free). Another feasible assignment differs
// from M by cycles of this graph, so official i, at column c, may take
// column j in some feasible assignment exactly when j and c lie on a
// common cycle: when c can be reached from j. The walk takes the officials
// in NIP order, moves each to the first column (in canonical order) from
// which its own column is reachable, flipping the cycle found, and then
// fixes the official and the column: later searches never use them. An
// arc that lies on no cycle at the start never does later (fixing only
// removes nodes), so the strongly connected components of the start prune
// the choices and bound every search.
type canonOrder struct {
	tg    *tightGraph
	n, m  int
	at    []int32 // column of each row
	mate  []int32 // row of each column, -1 free
	fixed []bool  // per column: taken by an official already placed
	// comp is the strongly connected component of each column, compS the
	// component of the node S (numbered m+n), and optional lists per
	// component the columns S leads to.
	comp     []int32
	compS    int32
	optional [][]int32
	order    []int // rows in NIP order
	// search state: seen is reset by epoch; prev holds each reached node's
	// predecessor (nodes are the columns, then S).
	seen  []uint32
	prev  []int32
	epoch uint32
	// dead[a] == turn marks a node that a failed search of the current
	// official reached: it cannot reach the official's column, and nor can
	// anything it reaches, so the official's later searches skip it. The
	// graph does not change between an official's failed searches, so the
	// mark holds until the official's turn ends (turn counts the turns).
	dead []uint32
	turn uint32
	// noMemo turns the marks off (a test's reference); pruned counts the
	// nodes and searches they saved.
	noMemo   bool
	pruned   int
	queue    []int32
	steps    [][2]int32
	searches int
	changed  int
	start    []int32
}

func newCanonOrder(sc *Scores, tg *tightGraph) *canonOrder {
	n, m := tg.n, tg.m
	co := &canonOrder{tg: tg, n: n, m: m, at: slices.Clone(tg.at), mate: make([]int32, m+n),
		fixed: make([]bool, m+n), seen: make([]uint32, m+n+1), prev: make([]int32, m+n+1),
		dead: make([]uint32, m+n+1), start: slices.Clone(tg.at)}
	for j := range co.mate {
		co.mate[j] = -1
	}
	for i, j := range co.at {
		co.mate[j] = int32(i)
	}
	co.order = make([]int, n)
	for i := range co.order {
		co.order[i] = i
	}
	offs := sc.r.Officials
	slices.SortFunc(co.order, func(a, b int) int { return strings.Compare(offs[a].NIP.Raw, offs[b].NIP.Raw) })
	co.components()
	// Prune every row's choices to the columns on a cycle with its own.
	_ = parallelRows(context.Background(), n, func() func(i int) {
		return func(i int) {
			c := co.comp[co.at[i]]
			keep := tg.col[i][:0]
			for _, j := range tg.col[i] {
				if co.comp[j] == c {
					keep = append(keep, j)
				}
			}
			tg.col[i] = keep
		}
	})
	return co
}

// components computes the strongly connected components of the start
// (Tarjan's algorithm, iterative). Before it, S leads to every column that
// is assigned and not must; afterwards optional keeps, per component, the
// ones in S's component.
func (co *canonOrder) components() {
	nodes := co.m + co.n + 1 // columns, then S
	sIdx := int32(nodes - 1)
	var all []int32
	for j := range co.m + co.n {
		if co.mate[j] >= 0 && !co.tg.must[j] {
			all = append(all, int32(j))
		}
	}
	co.optional = [][]int32{all}
	co.compS = 0
	index := make([]int32, nodes)
	low := make([]int32, nodes)
	onStack := make([]bool, nodes)
	for k := range index {
		index[k] = -1
	}
	comp := make([]int32, nodes)
	var stack []int32
	next := int32(0)
	ncomp := int32(0)
	// A frame walks its node's arcs in place: the row's tight columns but
	// the node itself, S alone from a free column, all from S (arcs, with
	// S numbered sIdx).
	toS := []int32{sIdx}
	type frame struct {
		v    int32
		succ []int32
		k    int
	}
	open := func(a int32) frame {
		switch {
		case a == sIdx:
			return frame{v: a, succ: all}
		case co.mate[a] < 0:
			return frame{v: a, succ: toS}
		}
		return frame{v: a, succ: co.tg.col[co.mate[a]]}
	}
	for root := range int32(nodes) {
		if index[root] >= 0 {
			continue
		}
		frames := []frame{open(root)}
		index[root], low[root] = next, next
		next++
		stack = append(stack, root)
		onStack[root] = true
		for len(frames) > 0 {
			f := &frames[len(frames)-1]
			if f.k < len(f.succ) {
				w := f.succ[f.k]
				f.k++
				switch {
				case w == f.v:
					// A row's own column is in its list: no arc.
				case index[w] < 0:
					index[w], low[w] = next, next
					next++
					stack = append(stack, w)
					onStack[w] = true
					frames = append(frames, open(w))
				case onStack[w]:
					low[f.v] = min(low[f.v], index[w])
				}
				continue
			}
			v := f.v
			frames = frames[:len(frames)-1]
			if len(frames) > 0 {
				p := frames[len(frames)-1].v
				low[p] = min(low[p], low[v])
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = ncomp
					if w == v {
						break
					}
				}
				ncomp++
			}
		}
	}
	co.comp = comp[:nodes-1]
	co.compS = comp[sIdx]
	// In the searches S leads to the columns of its component that need
	// not stay assigned, whichever are assigned at the time: flips move
	// which ones are free.
	var opt []int32
	for b := range int32(co.m + co.n) {
		if comp[b] == co.compS && !co.tg.must[b] {
			opt = append(opt, b)
		}
	}
	co.optional = make([][]int32, ncomp)
	co.optional[co.compS] = opt
}

// run walks the officials in NIP order (see canonOrder).
func (co *canonOrder) run() {
	for _, i := range co.order {
		co.turn++
		if co.turn == 0 {
			clear(co.dead)
			co.turn = 1
		}
		c := co.at[i]
		for _, j := range co.tg.col[i] {
			if j == c {
				break
			}
			if co.fixed[j] {
				continue
			}
			if co.search(int32(i), j) {
				break
			}
		}
		co.fixed[co.at[i]] = true
		if co.at[i] != co.start[i] {
			co.changed++
		}
	}
}

// search looks for a cycle through row i's move from its column c to j: a
// path from j back to c over unfixed columns of c's component (S counts as
// a node). When found, it flips the cycle, each row on it moving one step
// along it, and reports true. It is the inner loop of the canonical order:
// the arcs are read in place, without a closure per arc. Nodes an earlier
// failed search of the same official reached are skipped: none of them
// leads to c, and a node that does is never first reached through one, so
// the search reaches the same nodes that lead to c in the same order and
// finds the same cycle.
func (co *canonOrder) search(i, j int32) bool {
	co.searches++
	dead, turn := co.dead, co.turn
	if dead[j] == turn {
		co.pruned++
		return false
	}
	c := co.at[i]
	cc := co.comp[c]
	co.epoch++
	if co.epoch == 0 {
		clear(co.seen)
		co.epoch = 1
	}
	ep := co.epoch
	sNode := int32(co.m + co.n)
	useS := cc == co.compS
	seen, prev, fixed, comp, mate := co.seen, co.prev, co.fixed, co.comp, co.mate
	q := co.queue[:0]
	seen[j] = ep
	prev[j] = c
	q = append(q, j)
	found := false
	for h := 0; h < len(q) && !found; h++ {
		a := q[h]
		switch {
		case a == sNode:
			// S leads to the assigned columns of its component that need
			// not stay assigned.
			for _, b := range co.optional[co.compS] {
				if fixed[b] || mate[b] < 0 {
					continue
				}
				if b == c {
					prev[c], found = sNode, true
					break
				}
				if seen[b] != ep && dead[b] != turn {
					seen[b], prev[b] = ep, sNode
					q = append(q, b)
				}
			}
		case mate[a] < 0:
			// A free column leads to S.
			if useS && seen[sNode] != ep && dead[sNode] != turn {
				seen[sNode], prev[sNode] = ep, a
				q = append(q, sNode)
			}
		default:
			for _, b := range co.tg.col[mate[a]] {
				if b == a || fixed[b] || comp[b] != cc {
					continue
				}
				if b == c {
					prev[c], found = a, true
					break
				}
				if seen[b] != ep && dead[b] != turn {
					seen[b], prev[b] = ep, a
					q = append(q, b)
				}
			}
		}
	}
	co.queue = q
	if !found {
		if !co.noMemo {
			for _, a := range q {
				dead[a] = turn
			}
		}
		return false
	}
	// Walk the cycle back from c to j: each arc a → b between columns moves
	// the row at a to b; an arc into or out of S moves nobody (a free
	// column is taken, an optional one freed). Then i moves from c to j.
	steps := co.steps[:0]
	for b := c; b != j; {
		a := prev[b]
		if a != sNode && b != sNode {
			steps = append(steps, [2]int32{mate[a], b})
		}
		b = a
	}
	steps = append(steps, [2]int32{i, j})
	for _, s := range steps {
		if mate[co.at[s[0]]] == s[0] {
			mate[co.at[s[0]]] = -1
		}
	}
	for _, s := range steps {
		co.at[s[0]] = s[1]
		mate[s[1]] = s[0]
	}
	co.steps = steps
	return true
}
