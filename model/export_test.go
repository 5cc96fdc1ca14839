package model

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"

	"github.com/mutasi-id/mutasi/solver"
)

// WithClassSolves bounds the class solves of SolveSparse and skips the
// split of small classes' holders, for tests of the pricing rounds
// finishing from a class solution.
func WithClassSolves(o SparseOptions, k int) SparseOptions {
	o.classSolves = k
	o.noHolders = true // else classHolders leaves nothing for the rounds
	return o
}

// ClassBuildCompare builds the class matrix of r under pol both ways, from
// one post per class (classBuildExact) and from every pair
// (classBuildPairs), on the classes classSolve would start from, and
// reports the first difference: a class found split, or a cost, own-post
// cost or other-post cost that differs in a bit. It returns the number of
// classes.
func ClassBuildCompare(ctx context.Context, r *Roster, el *Eligibility, pol *Policy) (int, error) {
	sc := scorePrepare(r, el, pol)
	single := make([]bool, len(r.Positions))
	el.decidedPosts(single)
	classHolders(sc, postClasses(r, sc, single), single)
	cs := postClasses(r, sc, single)
	exact, err := classBuildExact(ctx, sc, cs)
	if err != nil {
		return 0, err
	}
	pairs, split, err := classBuildPairs(ctx, sc, cs)
	if err != nil {
		return 0, err
	}
	for k, s := range split {
		if s {
			return 0, fmt.Errorf("class %d (posts %v) is split", k, cs.posts[k])
		}
	}
	n, c := exact.cost.Dims()
	for i := range n {
		for k := range c {
			if x, y := exact.cost.At(i, k), pairs.cost.At(i, k); math.Float64bits(x) != math.Float64bits(y) {
				return 0, fmt.Errorf("official %d class %d: %v from one post, %v from every pair", i, k, x, y)
			}
		}
		if x, y := exact.curCost[i], pairs.curCost[i]; math.Float64bits(x) != math.Float64bits(y) {
			return 0, fmt.Errorf("official %d: own post %v from one post, %v from every pair", i, x, y)
		}
		if x, y := exact.other[i], pairs.other[i]; math.Float64bits(x) != math.Float64bits(y) {
			return 0, fmt.Errorf("official %d: other posts of the class %v from one post, %v from every pair", i, x, y)
		}
	}
	return len(cs.posts), nil
}

// TightCompare finds the tight pairs of res through the scores' classes
// and over every pair, and reports the first difference (tolerance, or a
// row's tight columns, or a row's costs as sparseRowCosts copies them
// from the classes); an error too when res cannot be read through the
// classes, so that a test of it cannot pass by reading every pair twice.
func TightCompare(ctx context.Context, sc *Scores, res *solver.Result) (pairs int, err error) {
	if sc.classesOf(res) == nil {
		return 0, fmt.Errorf("the result is not read through classes")
	}
	byClass, tolC, err := sc.tightPairs(ctx, res)
	if err != nil {
		return 0, err
	}
	cs := sc.classes
	sc.classes = nil
	defer func() { sc.classes = cs }()
	all, tolA, err := sc.tightPairs(ctx, res)
	if err != nil {
		return 0, err
	}
	if tolC != tolA {
		return 0, fmt.Errorf("tolerance %v through classes, %v over every pair", tolC, tolA)
	}
	for i := range all.col {
		if !slices.Equal(byClass.col[i], all.col[i]) {
			return 0, fmt.Errorf("official %d: tight columns %v through classes, %v over every pair", i, byClass.col[i], all.col[i])
		}
	}
	if !slices.Equal(byClass.must, all.must) || !slices.Equal(byClass.at, all.at) {
		return 0, fmt.Errorf("the must columns or the start differ")
	}
	// The rows sparseRowCosts copies from the classes are postCosts's.
	sc.classes = cs
	m := sc.Positions()
	row, want := make([]float64, m), make([]float64, m)
	for i := range sc.Officials() {
		sc.sparseRowCosts(i, row)
		sc.postCosts(i, want)
		for j := range m {
			if math.Float64bits(row[j]) != math.Float64bits(want[j]) {
				return 0, fmt.Errorf("official %d post %d: %v through the classes, %v computed", i, j, row[j], want[j])
			}
		}
	}
	return all.pairs(), nil
}

// PlanClassCompare builds every move of the plan res describes twice, its
// rows read through the classes of identical posts and read post by post,
// and reports the first move that differs in any field (reasons and
// alternatives included); an error too when res cannot be read through
// the classes. It returns the number of moves with alternatives and of
// moves without a post, so that a test can see what it compared.
func PlanClassCompare(r *Roster, sc *Scores, res *solver.Result) (alts, unplaced int, err error) {
	pc, err := newPlanContext(r, sc, res)
	if err != nil {
		return 0, 0, err
	}
	if pc.cls == nil {
		return 0, 0, fmt.Errorf("the plan is not read through classes")
	}
	byPost, err := newPlanContext(r, sc, res)
	if err != nil {
		return 0, 0, err
	}
	byPost.cls = nil
	for i := range sc.Officials() {
		a, b := pc.move(i), byPost.move(i)
		if !reflect.DeepEqual(a, b) {
			return 0, 0, fmt.Errorf("official %d: through the classes %+v, post by post %+v", i, a, b)
		}
		if len(a.Alternatives) > 0 {
			alts++
		}
		if a.To == nil {
			unplaced++
		}
	}
	return alts, unplaced, nil
}
