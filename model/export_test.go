package model

// WithClassSolves bounds the class solves of SolveSparse and skips the
// split of small classes' holders, for tests of the pricing rounds
// finishing from a class solution.
func WithClassSolves(o SparseOptions, k int) SparseOptions {
	o.classSolves = k
	o.noHolders = true // else classHolders leaves nothing for the rounds
	return o
}
