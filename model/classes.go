package model

import (
	"cmp"
	"context"
	"math"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/solver"
)

// This file solves the full problem through classes of identical posts.
// A post's cost to an official other than its holder depends only on its
// eselon (rules and level), priority, competency standard and job family
// (R-FAMILY and the family term): a pooled
// province's 10,000 posts fall into about 1,600 classes, and 40,000 posts
// into about 5,300. Merging each class into one column whose capacity
// is the number of its posts gives a capacitated problem of n officials ×
// (classes + 1), the last column standing for every release (each official
// may use only their own, so one column of capacity n is the same LP).
// solver.SolveCapacitated solves it exactly; handing each class's officials
// its posts gives an optimum of the full problem, and the class potentials
// repeated on their posts are a certificate for every pair: see
// classSolve.

// classMaxColumns bounds the classes the capacitated solve accepts: it
// keeps an m × m table of transfer costs with lists of least rows, 18
// bytes per entry (14 below 2,048 classes) plus 12 per listed row (1.2 GB
// of entries at 8192²). Rosters with more classes take the pricing rounds,
// which on a generated province of 40,000 posts took more than twice the
// CPU of the classes (bench/README.md, "Pipeline targets"); classMaxCells
// bounds the matrices.
const classMaxColumns = 8192

// classCollectCells is the size of class matrix from which classSolve
// collects the garbage of one class solve before the next (2^25 cells,
// 256 MiB): a collection costs little next to allocating and filling such
// a matrix, and the runtime would otherwise let the heap grow to twice the
// live matrices before collecting.
const classCollectCells = 1 << 25

// classMaxCells bounds the class matrix (n × (classes+1) costs, held twice
// by the solver): 2^28 cells, 2 GiB per copy.
const classMaxCells = 1 << 28

// ClassStats describes the solve through classes of identical posts.
type ClassStats struct {
	// Classes is the number of classes the posts fell into.
	Classes int
	// Solves is the number of capacitated solves (more than one when an
	// official could not be handed a post at the class cost, see Unplaced).
	Solves int
	// Stats are the capacitated solver's statistics, summed over the solves.
	Stats solver.CapacitatedStats
	// Kept is the number of officials whose class a warm start (the
	// earlier optimum SparseOptions.From, or the previous class solve)
	// kept, summed over the solves; Warm says the first solve had one.
	Kept int
	// FirstKept is the part of Kept the first solve kept: the officials
	// whose class the earlier optimum SparseOptions.From gave them.
	FirstKept int
	Warm      bool
	// Unplaced is the number of officials the last class optimum could not
	// hand a post at the class cost: a class's last post was their own,
	// which costs them more than the class's least (the class problem is a
	// relaxation there). Each is solved again with their post as a class of
	// its own; when some are left after classMaxSolves solves, the pricing
	// rounds finish the solve from the last one.
	Unplaced int
}

// classSet is a partition of the posts into classes.
type classSet struct {
	of    []int32 // class of each post
	posts [][]int // posts of each class, ascending
	first []int32 // first post of each class
}

// postClasses groups the posts by what the score reads of them besides
// their holder: eselon, priority, competency standard and job family. Posts
// named by a pin or a forbid are classes of their own, and so are the posts
// of any class in split (found to differ for some official after all).
func postClasses(r *Roster, sc *Scores, single []bool) classSet {
	m := len(r.Positions)
	type key struct {
		es   Eselon
		prio int
		prof int
		fam  int32
		post int // -1, or the post itself for a class of its own
	}
	keys := make([]key, m)
	for j := range m {
		p := &r.Positions[j]
		keys[j] = key{p.Eselon, p.Priority, sc.prof[j], sc.postFam[j], -1}
		if single[j] {
			keys[j].post = j
		}
	}
	// Classes in key order, so that similar posts are neighbours.
	order := make([]int, m)
	for j := range order {
		order[j] = j
	}
	slices.SortStableFunc(order, func(a, b int) int {
		x, y := keys[a], keys[b]
		return cmp.Or(cmp.Compare(x.es, y.es), cmp.Compare(x.prio, y.prio), cmp.Compare(x.prof, y.prof),
			cmp.Compare(x.fam, y.fam), cmp.Compare(x.post, y.post))
	})
	cs := classSet{of: make([]int32, m)}
	for k, j := range order {
		if k == 0 || keys[j] != keys[order[k-1]] {
			cs.posts = append(cs.posts, nil)
		}
		c := len(cs.posts) - 1
		cs.of[j] = int32(c)
		cs.posts[c] = append(cs.posts[c], j)
	}
	cs.first = make([]int32, len(cs.posts))
	for k, p := range cs.posts {
		slices.Sort(p)
		cs.first[k] = int32(p[0])
	}
	return cs
}

// classMatrix holds the capacitated problem and what realising it needs.
type classMatrix struct {
	cost *mat.Dense // n × (C+1)
	cap  []int
	// curOf is each official's current post (-1 none); curCost the cost of
	// keeping it (+Inf when barred or none); other the cost of the other
	// posts of its class (+Inf when none or barred).
	curOf          []int
	curCost, other []float64
}

// newClassMatrix allocates the class matrix of cs for n officials.
func newClassMatrix(sc *Scores, cs classSet) *classMatrix {
	n, c := len(sc.perf), len(cs.posts)
	cost := make([]float64, n*(c+1))
	adviseHuge(cost)
	cm := &classMatrix{cost: mat.NewDense(n, c+1, cost), cap: make([]int, c+1),
		curOf: sc.cur, curCost: make([]float64, n), other: make([]float64, n)}
	for k, p := range cs.posts {
		cm.cap[k] = len(p)
	}
	cm.cap[c] = n
	return cm
}

// classBuild fills the class matrix: cost[i][K] is the least cost of
// official i over K's posts. Under the rules of Evaluate it reads one post
// of each class per official (classBuildExact); under other rules it reads
// every pair and reports the classes whose posts other than i's own did
// not all cost i the same (split), which makes the merge unsound for them.
func classBuild(ctx context.Context, sc *Scores, cs classSet) (*classMatrix, []bool, error) {
	if _, ok := sc.el.(*Eligibility); ok {
		cm, err := classBuildExact(ctx, sc, cs)
		return cm, make([]bool, len(cs.posts)), err
	}
	return classBuildPairs(ctx, sc, cs)
}

// classBuildExact fills the class matrix from one post of each class per
// official, besides the official's own post: n·(classes+1) costs instead
// of n·m. It is exact under the rules of Evaluate, with the posts a
// decision or the open selection names in classes of their own
// (Eligibility.decidedPosts): a post's cost to an official other than its
// holder reads of the post only its eselon (the rules that bar by eselon
// and level, the talent term), priority, competency standard (fit,
// R-JPM-MIN) and job family (the family term, R-FAMILY), which is the class
// key, and the pins, forbids and selections, which are singled out
// (TestClassBuildExact compares it with classBuildPairs).
func classBuildExact(ctx context.Context, sc *Scores, cs classSet) (*classMatrix, error) {
	c := len(cs.posts)
	cm := newClassMatrix(sc, cs)
	reps := cs.first
	err := parallelRows(ctx, len(sc.perf), func() func(i int) {
		return func(i int) {
			out := cm.cost.RawRowView(i)
			own := sc.classRow(i, &cs, reps, out[:c])
			cm.curCost[i], cm.other[i] = own, math.Inf(1)
			if cur := sc.cur[i]; cur >= 0 {
				k := cs.of[cur]
				cm.other[i] = out[k]
				out[k] = min(own, out[k])
			}
			out[c] = sc.releaseCol(i)
		}
	})
	if err != nil {
		return nil, err
	}
	return cm, nil
}

// classRow writes into out official i's cost in the posts of each class
// other than their own post (+Inf for a class of their post alone), and
// returns the cost of their own post (+Inf when none or barred). cs must
// be exact for the scores (classBuild), reps its first posts.
func (sc *Scores) classRow(i int, cs *classSet, reps []int32, out []float64) float64 {
	if cm := sc.classCosts; cm != nil && cs == sc.classes {
		// The class solve's matrix holds the row: the least of each
		// class, the other posts of the own post's class aside.
		copy(out, cm.cost.RawRowView(i)[:len(out)])
		if cur := sc.cur[i]; cur >= 0 {
			out[cs.of[cur]] = cm.other[i]
		}
		return cm.curCost[i]
	}
	sc.postCostsAt(i, reps, out)
	cur := sc.cur[i]
	if cur < 0 {
		return math.Inf(1)
	}
	k := cs.of[cur]
	own := sc.postCost(i, cur)
	if posts := cs.posts[k]; posts[0] == cur {
		out[k] = math.Inf(1)
		if len(posts) > 1 {
			out[k] = sc.postCost(i, posts[1])
		}
	}
	return own
}

// classBuildPairs fills the class matrix in one parallel pass over every
// pair, and reports the classes found split (see classBuild).
func classBuildPairs(ctx context.Context, sc *Scores, cs classSet) (*classMatrix, []bool, error) {
	n, m := len(sc.perf), len(sc.prio)
	c := len(cs.posts)
	cm := newClassMatrix(sc, cs)
	var mu sync.Mutex
	split := make([]bool, c)
	err := parallelRows(ctx, n, func() func(i int) {
		row := make([]float64, m)
		first := make([]float64, c)
		mine := make([]bool, c)
		return func(i int) {
			sc.sparseRowCosts(i, row)
			out := cm.cost.RawRowView(i)
			for k := range first {
				first[k] = math.NaN()
				out[k] = math.Inf(1)
			}
			cur := sc.cur[i]
			var bad []int
			for j, x := range row {
				k := cs.of[j]
				if x < out[k] {
					out[k] = x
				}
				if j == cur {
					continue
				}
				switch f := first[k]; {
				case math.IsNaN(f):
					first[k] = x
				case f != x && !mine[k]:
					mine[k] = true
					bad = append(bad, int(k))
				}
			}
			out[c] = math.Inf(1)
			if sc.canRelease[i] {
				out[c] = sc.relCol[i]
			}
			cm.curCost[i], cm.other[i] = math.Inf(1), math.Inf(1)
			if cur >= 0 {
				cm.curCost[i] = row[cur]
				if f := first[cs.of[cur]]; !math.IsNaN(f) {
					cm.other[i] = f
				}
			}
			if len(bad) > 0 {
				mu.Lock()
				for _, k := range bad {
					split[k] = true
					mine[k] = false
				}
				mu.Unlock()
			}
		}
	})
	if err != nil {
		return nil, nil, err
	}
	return cm, split, nil
}

// classSolve solves the full problem through classes, in at most maxSolves
// capacitated solves. It returns a nil result (and no error) when the
// roster does not suit it: too many classes for the transfer table or the
// matrix, or a class solve that is infeasible (the pricing rounds then name
// the Hall violator in posts). Officials the last solve could not hand a
// post at the class cost are left unassigned in the result (RowCol −1,
// ClassStats.Unplaced), which is then a warm start for the rounds.
//
// Why the result is optimal for all n·(m+n) pairs: the class solve gives
// potentials u_i and v_K with u_i + v_K ≤ cost[i][K] = min over K's posts
// of c_ij, v_K ≤ 0, equality on the assigned pairs and v_K = 0 where K has a
// post left. With v_j = v_K for every post j of K and v = 0 on the release
// columns, every pair has c_ij − u_i − v_j ≥ cost[i][K] − u_i − v_K ≥ 0;
// every official gets a post of their class at exactly cost[i][K] (their
// own post when that is the least, another one otherwise), so the assigned
// pairs stay tight; a post left vacant is in a class with room, whose v is
// 0. These are the conditions of SolveSparse's certificate.
//
// from, when not nil, is an optimum of the full problem under another
// policy: the first class solve starts from it, and each further one from
// the one before (solver.SolveCapacitatedFrom).
func classSolve(ctx context.Context, r *Roster, el scoreRules, sc *Scores, maxSolves int, holders bool, from *solver.Result, progress func(done, total int)) (*solver.Result, *ClassStats, error) {
	n, m := len(sc.perf), len(sc.prio)
	single := make([]bool, m)
	if e, ok := el.(*Eligibility); ok {
		e.decidedPosts(single)
	}
	if holders {
		classHolders(sc, postClasses(r, sc, single), single)
	}
	total := ClassStats{Warm: from != nil}
	for solves := 0; ; solves++ {
		cs := postClasses(r, sc, single)
		c := len(cs.posts)
		if c+1 > classMaxColumns || n*(c+1) > classMaxCells {
			return nil, nil, nil
		}
		sc.classCosts = nil
		if solves > 0 && n*(c+1) >= classCollectCells {
			// The solve before left its class matrix, the solver's
			// column-major copy and transfer tables unreachable:
			// returned now, before the next ones are allocated, the
			// peak is one solve's and not two.
			runtime.GC()
		}
		cm, split, err := classBuild(ctx, sc, cs)
		if err != nil {
			return nil, nil, err
		}
		if classSplit(cs, split, single) {
			continue
		}
		opts := []solver.Option{solver.WithContext(ctx)}
		if progress != nil {
			opts = append(opts, solver.WithProgress(progress))
		}
		res, st, kept, err := solver.SolveCapacitatedFrom(cm.cost, cm.cap, classStart(cs, m, from), opts...)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil, err
			}
			return nil, nil, nil // the pricing rounds report the violator in posts
		}
		total.Classes = c
		total.Solves++
		total.Stats.Greedy += st.Greedy
		total.Stats.Augmentations += st.Augmentations
		total.Stats.Scanned += st.Scanned
		total.Stats.Moves += st.Moves
		total.Kept += kept
		if total.Solves == 1 {
			total.FirstKept = kept
		}
		out, unplaced := classRealise(n, m, cs, cm, res)
		sc.classes, sc.classCosts = &cs, cm
		total.Unplaced = unplaced
		if unplaced == 0 || total.Solves >= maxSolves {
			return out, &total, nil
		}
		// An official left without a post sits in a class whose only post
		// left is their own: make that post a class of its own, where the
		// official's cost is the true one, and solve again, from this
		// solve's classes and potentials.
		for i, j := range out.RowCol {
			if j < 0 {
				single[sc.cur[i]] = true
			}
		}
		from = out
	}
}

// classStart maps an optimum of the full problem (posts, then release
// columns) to a start of the class problem of cs: each official in the
// class of their post (the release column for a release, none when
// unassigned), each class at the highest potential of its posts (a class
// that had room keeps 0). nil for no start.
func classStart(cs classSet, m int, from *solver.Result) *solver.CapacitatedResult {
	if from == nil {
		return nil
	}
	c := len(cs.posts)
	st := &solver.CapacitatedResult{RowCol: make([]int, len(from.RowCol)), V: make([]float64, c+1)}
	for k, posts := range cs.posts {
		v := math.Inf(-1)
		for _, j := range posts {
			v = max(v, from.V[j])
		}
		st.V[k] = min(v, 0)
	}
	for i, j := range from.RowCol {
		switch {
		case j < 0:
			st.RowCol[i] = -1
		case j < m:
			st.RowCol[i] = int(cs.of[j])
		default:
			st.RowCol[i] = c
		}
	}
	return st
}

// classHolders makes a post a class of its own when its holder would rather
// take another post of their class (their own costs them more, or is
// barred) while every other post of the class has a holder who would
// rather stay: the class may then be given to all of them, which leaves the
// first only their own post, and the classes must be solved again
// (classSolve). A vacant post, or a classmate who would rather move, lets
// the first take that post instead. A few single costs per official, no
// pass over the pairs.
func classHolders(sc *Scores, cs classSet, single []bool) {
	holder := make([]int, len(sc.prio))
	for j := range holder {
		holder[j] = -1
	}
	for i, j := range sc.cur {
		if j >= 0 {
			holder[j] = i
		}
	}
	for i, j := range sc.cur {
		if j < 0 {
			continue
		}
		posts := cs.posts[cs.of[j]]
		if len(posts) < 2 {
			continue
		}
		other := posts[0]
		if other == j {
			other = posts[1]
		}
		if !(sc.postCost(i, j) > sc.postCost(i, other)) {
			continue // i would rather stay: nothing to fear
		}
		stay := true
		for _, q := range posts {
			if q == j {
				continue
			}
			if s := holder[q]; s < 0 || sc.postCost(s, q) > sc.postCost(s, j) {
				stay = false
				break
			}
		}
		if stay {
			single[j] = true
		}
	}
}

// classMaxSolves is the default bound on the class solves of classSolve;
// after it the pricing rounds finish from the last one.
const classMaxSolves = 3

// classSplit makes every post of a class in split a class of its own and
// reports whether there was any.
func classSplit(cs classSet, split, single []bool) bool {
	again := false
	for k, s := range split {
		if s && len(cs.posts[k]) > 1 {
			for _, j := range cs.posts[k] {
				single[j] = true
			}
			again = true
		}
	}
	return again
}

// classRealise hands each class's officials its posts: an official whose
// own post is in the class and costs the class's least takes it, the others
// take the remaining posts in order, none its own post (which costs it more
// or is barred). Where that is impossible (a class's last post left for the
// one official who may not take it) the official stays unassigned; it
// returns their number.
func classRealise(n, m int, cs classSet, cm *classMatrix, res *solver.CapacitatedResult) (*solver.Result, int) {
	unplaced := 0
	c := len(cs.posts)
	out := &solver.Result{RowCol: make([]int, n), ColRow: make([]int, m+n), U: make([]float64, n), V: make([]float64, m+n)}
	for j := range out.ColRow {
		out.ColRow[j] = -1
	}
	byClass := make([][]int, c+1)
	for i, k := range res.RowCol {
		byClass[k] = append(byClass[k], i)
	}
	taken := make([]bool, m)
	for k := range c {
		var rest []int
		for _, i := range byClass[k] {
			j := cm.curOf[i]
			if j >= 0 && int(cs.of[j]) == k && cm.curCost[i] <= cm.other[i] {
				out.RowCol[i] = j
				taken[j] = true
			} else {
				rest = append(rest, i)
			}
		}
		free := make([]int, 0, len(cs.posts[k]))
		for _, j := range cs.posts[k] {
			if !taken[j] {
				free = append(free, j)
			}
		}
		for p, i := range rest {
			own := cm.curOf[i]
			j := free[p]
			if j == own {
				switch {
				case p+1 < len(free):
					free[p], free[p+1] = free[p+1], free[p]
				case p > 0:
					free[p], free[p-1] = free[p-1], free[p]
					out.RowCol[rest[p-1]] = free[p-1]
				default:
					out.RowCol[i] = -1
					unplaced++
					continue
				}
				j = free[p]
			}
			out.RowCol[i] = j
		}
	}
	for _, i := range byClass[c] {
		out.RowCol[i] = m + i
	}
	for i, j := range out.RowCol {
		k := res.RowCol[i]
		x := cm.cost.At(i, k)
		out.U[i] = x - res.V[k]
		if j >= 0 {
			out.ColRow[j] = i
			out.Total += x
		}
	}
	for j := range m {
		out.V[j] = res.V[cs.of[j]]
	}
	return out, unplaced
}
