package model

import (
	"context"
	"fmt"
	"math"
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
