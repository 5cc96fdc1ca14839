package solver

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// CapacitatedWorkspace solves many neighbouring capacitated problems on one
// cost matrix and one set of capacities: the subproblems of Murty's
// ranking, each of which forbids a few pairs of the matrix and starts from
// its parent's solution (SolveCapacitatedFrom). A solve needs buffers of
// the size of columns × columns; a workspace checks the matrix once and
// keeps the buffers from one solve to the next, so that a subproblem costs
// its searches, not a check of the matrix.
//
// The workspace reads and writes the matrix it was made with: Forbid sets a
// pair's cost to +Inf and Restore puts back every cost
// Forbid changed. The caller must change the matrix through them only. A
// workspace is not safe for concurrent use.
type CapacitatedWorkspace struct {
	cost  *mat.Dense
	s     *capLap
	saved []capSaved
}

type capSaved struct {
	at int
	x  float64
}

// NewCapacitatedWorkspace checks cost and capacity as SolveCapacitated
// does and prepares the solves. cost must be a dense matrix whose rows are
// contiguous (stride equal to its columns), as mat.NewDense makes it.
func NewCapacitatedWorkspace(cost *mat.Dense, capacity []int) (*CapacitatedWorkspace, error) {
	if cost == nil {
		return nil, errors.New("solver: capacitated workspace: nil matrix")
	}
	n, m := cost.Dims()
	if cost.RawMatrix().Stride != m {
		return nil, fmt.Errorf("solver: capacitated workspace: a %d×%d matrix with stride %d (want contiguous rows)", n, m, cost.RawMatrix().Stride)
	}
	_, c, err := capacitatedInput(cost, capacity, nil)
	if err != nil {
		return nil, err
	}
	return &CapacitatedWorkspace{cost: cost, s: newCapLap(n, m, c, capacity, true)}, nil
}

// Forbid sets the cost of pair (i, j) to +Inf until Restore.
func (w *CapacitatedWorkspace) Forbid(i, j int) {
	s := w.s
	at := i*s.m + j
	if math.IsInf(s.c[at], 1) {
		return
	}
	w.saved = append(w.saved, capSaved{at, s.c[at]})
	s.c[at] = math.Inf(1)
}

// Restore puts back every cost Forbid changed since the last Restore.
func (w *CapacitatedWorkspace) Restore() {
	s := w.s
	for p := len(w.saved) - 1; p >= 0; p-- {
		at, x := w.saved[p].at, w.saved[p].x
		s.c[at] = x
	}
	w.saved = w.saved[:0]
}

// SolveFrom is SolveCapacitatedFrom on the workspace's matrix as it stands
// (with the pairs Forbid set), reusing the workspace's memory. Its result
// does not share memory with the workspace.
func (w *CapacitatedWorkspace) SolveFrom(start *CapacitatedResult, opts ...Option) (*CapacitatedResult, CapacitatedStats, int, error) {
	if start == nil {
		res, st, err := SolveCapacitated(w.cost, w.s.cap, opts...)
		return res, st, 0, err
	}
	s := w.s
	if len(start.RowCol) != s.n || len(start.V) != s.m {
		return nil, CapacitatedStats{}, 0, fmt.Errorf("solver: capacitated: warm start of %d rows and %d columns for a %d×%d matrix",
			len(start.RowCol), len(start.V), s.n, s.m)
	}
	o, err := capacitatedOptions(opts)
	if err != nil {
		return nil, CapacitatedStats{}, 0, err
	}
	s.reset()
	return s.solveFrom(o, w.cost, start, opts)
}
