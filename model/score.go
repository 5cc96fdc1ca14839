package model

import (
	"context"
	"errors"

	"github.com/mutasi-id/mutasi/solver"
	"gonum.org/v1/gonum/mat"
)

// This file is the contract of scoring and planning. Its bodies are a
// temporary stand-in until the scoring lands.

// Scores is a roster turned into a cost matrix for the solver.
type Scores struct {
	// Cost is the matrix to minimise: one row per official; one column per
	// post, then one release column per official.
	Cost *mat.Dense
}

// Score turns a roster, its eligibility and a policy into a cost matrix.
func Score(ctx context.Context, r *Roster, el *Eligibility, pol *Policy) (*Scores, error) {
	return nil, errors.New("model: Score not implemented yet")
}

// NewPlan turns the solver's optimal assignment back into moves with reasons.
func NewPlan(r *Roster, el *Eligibility, sc *Scores, res *solver.Result) (*Plan, error) {
	return nil, errors.New("model: NewPlan not implemented yet")
}
