package model

import (
	"cmp"
	"container/heap"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/mutasi-id/mutasi/solver"
)

// SparseOptions tunes SolveSparse.
type SparseOptions struct {
	// K is the number of best posts kept per official before pricing
	// (default DefaultSparseK). The current post and the release column are
	// kept in addition.
	K int
	// MaxRounds bounds the pricing rounds (default 100); reaching it is an
	// error, never a silently uncertified plan.
	MaxRounds int
	// NoClasses skips the solve through classes of identical posts and
	// takes the pricing rounds at once.
	NoClasses bool
	// From, when not nil, is an optimum of the same roster's full problem
	// under another policy (its assignment and dual potentials, the layout
	// of Scores.Cost): the solve starts from it, through classes or the
	// pricing rounds. The answer does not depend on it.
	From *solver.Result
	// Progress, when not nil, is told how far each class solve is
	// (solver.WithProgress).
	Progress func(done, total int)
	// classSolves bounds the class solves (0: classMaxSolves); tests set
	// it to 1, and noHolders to skip classHolders, to make the pricing
	// rounds finish from a class solution.
	classSolves int
	noHolders   bool
}

// DefaultSparseK is the default number of candidate posts per official.
const DefaultSparseK = 24

// SparseRound describes one solve of the candidate problem.
type SparseRound struct {
	// Pairs is the number of candidate pairs solved in the round.
	Pairs int
	// Added is the number of pairs the pricing after the round added
	// (negative reduced cost, or rows of a Hall violator widened); 0 in the
	// last round, which is what certifies the optimum.
	Added int
	// Stats are the sparse solver's statistics for the round.
	Stats solver.SparseStats
}

// SparseSolution is the optimum of the full problem found on candidate pairs.
type SparseSolution struct {
	// Scores holds the per-official and per-post terms; its Cost is nil:
	// the dense matrix is never built.
	Scores *Scores
	// Result is an optimal assignment of the full n × (m+n) problem (the
	// layout of Scores.Cost) with dual potentials feasible for every pair,
	// candidate or not: solver.Verify on the dense matrix accepts it.
	Result *solver.Result
	// Rounds lists the pricing rounds, the first one on the best K.
	Rounds []SparseRound
	// Tol is the pricing tolerance: a pair with reduced cost below −Tol was
	// added; every pair has reduced cost ≥ −Tol at the end.
	Tol float64
	// Classes describes the solve through classes of identical posts; nil
	// when it was not tried (NoClasses) or the roster did not suit it. When
	// it sufficed, Rounds is empty and the certificate holds by
	// construction (see classSolve); when it left officials unplaced, the
	// rounds finished from it.
	Classes *ClassStats
}

// SolveSparse finds the optimal plan's assignment without the dense matrix.
// It first merges posts alike (eselon, priority, competency standard, job
// family) into classes and solves officials against classes with capacities
// (solver.SolveCapacitated, see classSolve), which is exact and, on the
// rosters measured, all it needs. Otherwise, or with opt.NoClasses, it
// scores every allowed pair on the fly, keeps each official's best K posts
// plus the current post and the release column, solves that sparse problem
// (solver.SolveSparseFrom), and prices every pair left out against the
// duals, round after round.
//
// Why the last round is optimal for the full problem. With n officials and
// m + n columns (rows ≤ columns), the full problem is the LP
//
//	min Σ c_ij x_ij  s.t.  Σ_j x_ij = 1 ∀i,  Σ_i x_ij ≤ 1 ∀j,  x ≥ 0
//
// over the allowed pairs, whose dual is
//
//	max Σ_i u_i + Σ_j v_j  s.t.  u_i + v_j ≤ c_ij (allowed pairs),  v_j ≤ 0.
//
// The sparse solve returns an assignment x* of the candidate pairs and
// potentials (u, v) with v_j ≤ 0 for every column (also the columns with no
// candidate at all, whose v is 0), v_j = 0 on every unassigned column,
// reduced costs ≥ 0 on the candidates and 0 on x*, hence Σu + Σv = cost(x*).
// Pricing checks c_ij − u_i − v_j ≥ −Tol on every other allowed pair. When
// none is below, (u, v) is feasible for the full dual (up to Tol), so by
// weak duality every full assignment costs at least Σu + Σv − n·Tol =
// cost(x*) − n·Tol, and x*, feasible for the full problem, is optimal. The
// sign conditions are what makes this valid for a rectangular problem: a
// column with v_j > 0 or an unassigned column with v_j ≠ 0 would break the
// equality Σu + Σv = cost(x*), which is why the sparse solver keeps them and
// solver.Verify checks them. Otherwise the violating pairs are added and the
// problem re-solved warm from the previous assignment and potentials.
//
// When the candidate problem is infeasible (a Hall violator among officials
// who cannot be released), the violator's officials get all their allowed
// pairs and the round is repeated; if they already had them, the violator is
// one of the full problem and comes back as a *solver.InfeasibleError.
//
// Pricing is parallel over officials; each round costs one pass over n·m
// pairs (a mask test and two multiply-adds each) and O(n·K) memory.
func SolveSparse(ctx context.Context, r *Roster, el *Eligibility, pol *Policy, opt SparseOptions) (*SparseSolution, error) {
	if r == nil || el == nil || pol == nil {
		return nil, errors.New("model: SolveSparse needs a roster, its eligibility and a policy")
	}
	return sparseSolveWith(ctx, r, el, pol, opt)
}

// sparseSolveWith is SolveSparse on any source of eligibility.
func sparseSolveWith(ctx context.Context, r *Roster, el scoreRules, pol *Policy, opt SparseOptions) (*SparseSolution, error) {
	ctx, err := scoreBegin(ctx, r, pol, "SolveSparse")
	if err != nil {
		return nil, err
	}
	n, m := len(r.Officials), len(r.Positions)
	k := opt.K
	if k <= 0 {
		k = DefaultSparseK
	}
	maxRounds := opt.MaxRounds
	if maxRounds <= 0 {
		maxRounds = 100
	}
	sc := scorePrepare(r, el, pol)
	sol := &SparseSolution{Scores: sc}
	var prev *solver.Result
	if !opt.NoClasses {
		res, cst, err := classSolve(ctx, r, el, sc, cmp.Or(opt.classSolves, classMaxSolves), !opt.noHolders, sparseStart(opt.From, n, m), opt.Progress)
		if err != nil {
			return nil, fmt.Errorf("model: SolveSparse: %w", err)
		}
		sol.Classes = cst
		if res != nil && cst.Unplaced == 0 {
			sol.Result = res
			return sol, nil
		}
		prev = res // nil, or a warm start for the rounds
	}
	if prev == nil {
		prev = sparseStart(opt.From, n, m)
	}

	// Round 0: the best k posts of every official, and the cost scale.
	cand := make([][]sparseEntry, n)
	full := make([]bool, n) // every allowed pair of the row is a candidate
	scales := make([]float64, n)
	err = sparseRows(ctx, n, m, func(i int, row []float64) {
		sc.sparseRowCosts(i, row)
		scales[i] = sparseInitial(i, m, k, sc, row, &cand[i], &full[i])
		if prev != nil {
			// Keep the warm start's pair, so that it stays tight (unless
			// the policy now forbids it).
			if j := prev.RowCol[i]; j >= 0 && j < m && !math.IsInf(row[j], 1) && !slices.ContainsFunc(cand[i], func(e sparseEntry) bool { return int(e.col) == j }) {
				cand[i] = append(cand[i], sparseEntry{int32(j), row[j]})
				slices.SortFunc(cand[i], func(a, b sparseEntry) int { return int(a.col) - int(b.col) })
			}
		}
	})
	if err != nil {
		return nil, err
	}
	scale := 0.0
	for _, s := range scales {
		scale = math.Max(scale, s)
	}
	sol.Tol = solver.VerifyRelTol * scale / 16

	// rowCap[i] is how many violating pairs row i may add in a round:
	// max(k, sparseMinAdd) at first, doubled after every round in which the
	// row had more violators than that. Where officials compete for the
	// same posts and the optimum needs hundreds of pairs for some rows, a
	// fixed cap took dozens of rounds, each pricing every pair
	// (bench/README.md).
	rowCap := make([]int, n)
	for i := range rowCap {
		rowCap[i] = max(k, sparseMinAdd)
	}
	for round := 0; ; round++ {
		if round == maxRounds {
			return nil, fmt.Errorf("model: SolveSparse: no certificate after %d pricing rounds", maxRounds)
		}
		a, err := sparseBuild(n, m, cand)
		if err != nil {
			return nil, err
		}
		res, st, err := solver.SolveSparseFrom(a, prev, solver.WithContext(ctx))
		rd := SparseRound{Pairs: a.NNZ(), Stats: st}
		var inf *solver.InfeasibleError
		if errors.As(err, &inf) {
			// Widen the violator's rows beyond the violator's columns.
			added, err := sparseWidenViolator(ctx, n, m, sc, inf, cand, full, rowCap)
			if err != nil {
				return nil, err
			}
			if added == 0 {
				return nil, fmt.Errorf("model: SolveSparse: %w", inf)
			}
			rd.Added = added
			sol.Rounds = append(sol.Rounds, rd)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("model: SolveSparse: %w", err)
		}
		// Price every pair against the duals; each row adds at most
		// max(k, sparseMinAdd) of its most negative pairs per round
		// (partial pricing: adding every violator floods the problem with
		// pairs that tie; adding only k = 1 or 2 takes hundreds of rounds).
		addedRow := make([]int, n)
		err = sparseRows(ctx, n, m, func(i int, row []float64) {
			if full[i] {
				return
			}
			sc.sparseRowCosts(i, row)
			ui := res.U[i]
			have := cand[i] // sorted by column
			p := 0
			h := sparseMaxHeap{row: uint64(i)}
			violators := 0
			for j, c := range row {
				red := c - ui - res.V[j]
				if math.IsInf(c, 1) || red >= -sol.Tol {
					continue
				}
				for p < len(have) && int(have[p].col) < j {
					p++
				}
				if p < len(have) && int(have[p].col) == j {
					continue
				}
				h.offer(rowCap[i], sparseEntry{int32(j), red})
				violators++
			}
			if violators > rowCap[i] {
				rowCap[i] *= 2
			}
			for _, e := range h.e {
				cand[i] = append(cand[i], sparseEntry{e.col, row[e.col]})
			}
			addedRow[i] = len(h.e)
			if addedRow[i] > 0 {
				slices.SortFunc(cand[i], func(a, b sparseEntry) int { return int(a.col) - int(b.col) })
			}
		})
		if err != nil {
			return nil, err
		}
		for _, a := range addedRow {
			rd.Added += a
		}
		sol.Rounds = append(sol.Rounds, rd)
		if rd.Added == 0 {
			sol.Result = res
			return sol, nil
		}
		prev = res
	}
}

// sparseStart returns from when it is a result of the full problem of n
// officials and m posts, nil otherwise.
func sparseStart(from *solver.Result, n, m int) *solver.Result {
	if from == nil || from.Maximize || len(from.RowCol) != n || len(from.ColRow) != m+n || len(from.U) != n || len(from.V) != m+n {
		return nil
	}
	return from
}

// sparseMinAdd is the least number of violating pairs a row may add per
// pricing round, whatever K.
const sparseMinAdd = 16

// sparseEntry is one candidate pair of a row: a column and its cost.
type sparseEntry struct {
	col  int32
	cost float64
}

// sparseRows calls f for every row in parallel, each worker with its own
// row buffer of m costs, and honours ctx between blocks of rows.
func sparseRows(ctx context.Context, n, m int, f func(i int, row []float64)) error {
	err := parallelRows(ctx, n, func() func(i int) {
		row := make([]float64, m)
		return func(i int) { f(i, row) }
	})
	if err != nil {
		return fmt.Errorf("model: SolveSparse: %w", err)
	}
	return nil
}

// sparseInitial sets row i's candidates to its k cheapest allowed posts, the
// current post when allowed, and the release column when allowed, sorted by
// column; full says the candidates are all the allowed pairs. It returns the
// largest cost magnitude of the row's allowed pairs.
func sparseInitial(i, m, k int, sc *Scores, row []float64, out *[]sparseEntry, full *bool) float64 {
	scale := 0.0
	h := sparseMaxHeap{row: uint64(i)}
	allowed := 0
	for j, c := range row {
		if math.IsInf(c, 1) {
			continue
		}
		allowed++
		scale = max(scale, c, -c)
		h.offer(k, sparseEntry{int32(j), c})
	}
	cand := make([]sparseEntry, 0, len(h.e)+2)
	cand = append(cand, h.e...)
	if cur := sc.cur[i]; cur >= 0 && !math.IsInf(row[cur], 1) && !slices.ContainsFunc(cand, func(e sparseEntry) bool { return int(e.col) == cur }) {
		cand = append(cand, sparseEntry{int32(cur), row[cur]})
	}
	if sc.canRelease[i] {
		cand = append(cand, sparseEntry{int32(m + i), sc.relCol[i]})
		scale = math.Max(scale, math.Abs(sc.relCol[i]))
	}
	slices.SortFunc(cand, func(a, b sparseEntry) int { return int(a.col) - int(b.col) })
	*out = cand
	*full = len(h.e) == allowed
	return scale
}

// sparseWidenViolator widens the rows of a Hall violator of the candidate
// problem: each row not yet full gets its rowCap cheapest allowed posts
// outside the violator's columns that are not candidates yet, and its cap is
// doubled, so that a row found in violators again widens faster. Pairs
// inside the violator's columns cannot break it and are left to pricing.
// Adding every allowed pair instead grew the candidates towards all n·m
// pairs on a provincial roster, whose first violator held most officials
// (bench/README.md, "Sparse path"). It returns the number of pairs added:
// 0 means no row of the violator has an allowed column outside its columns,
// so the violator is one of the full problem.
func sparseWidenViolator(ctx context.Context, n, m int, sc *Scores, inf *solver.InfeasibleError, cand [][]sparseEntry, full []bool, rowCap []int) (int, error) {
	rows, cols := inf.Rows, inf.Cols
	if inf.Transposed {
		rows, cols = nil, nil // not produced for n rows ≤ m+n columns; widen nothing
	}
	inCols := make([]bool, m+n)
	for _, j := range cols {
		inCols[j] = true
	}
	added := make([]int, len(rows))
	err := sparseRows(ctx, len(rows), m, func(p int, row []float64) {
		i := rows[p]
		if full[i] {
			return
		}
		sc.sparseRowCosts(i, row)
		have := cand[i] // sorted by column
		h := sparseMaxHeap{row: uint64(i)}
		q, left := 0, 0
		for j, c := range row {
			if math.IsInf(c, 1) {
				continue
			}
			for q < len(have) && int(have[q].col) < j {
				q++
			}
			if q < len(have) && int(have[q].col) == j {
				continue
			}
			left++
			if !inCols[j] {
				h.offer(rowCap[i], sparseEntry{int32(j), c})
			}
		}
		for _, e := range h.e {
			cand[i] = append(cand[i], e)
		}
		slices.SortFunc(cand[i], func(a, b sparseEntry) int { return int(a.col) - int(b.col) })
		added[p] = len(h.e)
		full[i] = left == len(h.e)
		rowCap[i] *= 2
	})
	total := 0
	for _, a := range added {
		total += a
	}
	return total, err
}

// sparseBuild turns the candidates into a CSR of n × (m+n).
func sparseBuild(n, m int, cand [][]sparseEntry) (*solver.CSR, error) {
	nnz := 0
	for _, c := range cand {
		nnz += len(c)
	}
	ptr := make([]int, n+1)
	col := make([]int32, 0, nnz)
	cost := make([]float64, 0, nnz)
	for i, c := range cand {
		for _, e := range c {
			col = append(col, e.col)
			cost = append(cost, e.cost)
		}
		ptr[i+1] = len(col)
	}
	return solver.NewCSR(n, m+n, ptr, col, cost)
}

// sparseMaxHeap keeps the k smallest entries offered (by cost), the largest
// on top. Ties are broken by a hash of (row, column), not by the column:
// the score has many exact ties (posts of one priority and one standard),
// and breaking them by column would give every official the same few posts
// and make pricing add pairs for rounds. The hash is fixed, so the
// candidates do not depend on the number of workers or on the run.
type sparseMaxHeap struct {
	row uint64
	e   []sparseEntry
}

func (h *sparseMaxHeap) Len() int { return len(h.e) }
func (h *sparseMaxHeap) Less(a, b int) bool {
	x, y := h.e[a], h.e[b]
	return x.cost > y.cost || x.cost == y.cost && sparseTie(h.row, x.col) > sparseTie(h.row, y.col)
}
func (h *sparseMaxHeap) Swap(a, b int) { h.e[a], h.e[b] = h.e[b], h.e[a] }
func (h *sparseMaxHeap) Push(x any)    { h.e = append(h.e, x.(sparseEntry)) }
func (h *sparseMaxHeap) Pop() any {
	x := h.e[len(h.e)-1]
	h.e = h.e[:len(h.e)-1]
	return x
}

// offer keeps e if it is among the k smallest so far.
func (h *sparseMaxHeap) offer(k int, e sparseEntry) {
	if len(h.e) < k {
		heap.Push(h, e)
		return
	}
	top := h.e[0]
	if e.cost < top.cost || e.cost == top.cost && sparseTie(h.row, e.col) < sparseTie(h.row, top.col) {
		h.e[0] = e
		heap.Fix(h, 0)
	}
}

// sparseTie is a fixed hash of a pair (splitmix64 finaliser).
func sparseTie(i uint64, j int32) uint64 {
	x := i*0x9e3779b97f4a7c15 ^ uint64(j)*0xbf58476d1ce4e5b9
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// sparseRowCosts writes the costs of official i in the m posts into row
// (+Inf for a forbidden pair): Scores.postCosts, the very code of the dense
// matrix, so that the sparse and the dense path solve the same numbers (a
// test compares them bit for bit with Score's matrix). Once the scores
// know their classes of identical posts, it computes one cost per class
// (classRow) and copies it to the class's posts.
func (sc *Scores) sparseRowCosts(i int, row []float64) {
	cs := sc.classes
	if cs == nil {
		sc.postCosts(i, row)
		return
	}
	buf, _ := sc.classRows.Get().(*[]float64)
	if buf == nil || len(*buf) != len(cs.posts) {
		b := make([]float64, len(cs.posts))
		buf = &b
	}
	defer sc.classRows.Put(buf)
	own := sc.classRow(i, cs, cs.first, *buf)
	byClass := *buf
	for j, k := range cs.of[:len(row)] {
		row[j] = byClass[k]
	}
	if cur := sc.cur[i]; cur >= 0 {
		row[cur] = own
	}
}
