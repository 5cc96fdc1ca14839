package model

// WithClassSolves bounds the class solves of SolveSparse, for tests of the
// pricing rounds finishing from a class solution.
func WithClassSolves(o SparseOptions, k int) SparseOptions {
	o.classSolves = k
	return o
}
