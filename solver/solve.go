package solver

import (
	"context"
	"errors"

	"gonum.org/v1/gonum/mat"
)

// This file is the contract of the solver. Its bodies are a temporary
// stand-in until the solver lands.

// Option configures Solve.
type Option func(*options)

type options struct {
	maximize bool
	ctx      context.Context
}

// Maximize makes Solve maximise the total instead of minimising it.
func Maximize() Option { return func(o *options) { o.maximize = true } }

// WithContext lets a long solve be cancelled.
func WithContext(ctx context.Context) Option { return func(o *options) { o.ctx = ctx } }

// Solve returns an optimal assignment of cost's rows to its columns.
func Solve(cost mat.Matrix, opts ...Option) (*Result, error) {
	return nil, errors.New("solver: not implemented yet")
}

// Verify checks that res is a feasible assignment of cost and that its duals
// prove it optimal.
func Verify(cost mat.Matrix, res *Result) error {
	return errors.New("solver: Verify not implemented yet")
}
