package model

import (
	"math"
	"sync/atomic"

	"github.com/mutasi-id/mutasi/solver"
)

// Ahead computes the moves' alternatives of an optimum before the tie rule
// has chosen among the optimal plans (Canonical), on one core while the
// tie stage's searches, which run on one, leave the other idle. A move's
// alternatives read of the plan only the official's column and the
// potentials, which Canonical keeps: NewPlanWith (PlanOptions.Ahead) takes
// those computed for an official whose column the tie rule kept, and
// computes the others.
type Ahead struct {
	sc  *Scores
	res *solver.Result
	// col is the column each official's alternatives were computed for,
	// −1 when not computed; alts the alternatives.
	col  []int
	alts [][]Alternative
	stop atomic.Bool
	done chan struct{}
}

// StartAhead starts computing, officials in order, the alternatives of the
// moves of res, an optimum of sc's full problem with its potentials, until
// Stop. It returns nil where it would not help: a result without
// potentials, or scores whose rows are not read by class (a small roster,
// whose plan takes a fraction of the tie stage).
func StartAhead(sc *Scores, res *solver.Result) *Ahead {
	n, m := sc.Officials(), sc.Positions()
	if res == nil || len(res.RowCol) != n || len(res.U) != n || len(res.V) != m+n {
		return nil
	}
	holder := make([]int, m)
	for j := range holder {
		holder[j] = -1
	}
	for i, j := range res.RowCol {
		if j < 0 || j >= m+n {
			return nil
		}
		if j < m {
			holder[j] = i
		}
	}
	pc := &planContext{sc: sc, res: res, cls: newPlanClasses(sc, res, holder)}
	if pc.cls == nil {
		return nil
	}
	a := &Ahead{sc: sc, res: res, col: make([]int, n), alts: make([][]Alternative, n), done: make(chan struct{})}
	for i := range a.col {
		a.col[i] = -1
	}
	go func() {
		defer close(a.done)
		for i := range n {
			if a.stop.Load() {
				return
			}
			a.alts[i] = pc.alternatives(i, planAlternatives)
			a.col[i] = res.RowCol[i]
		}
	}()
	return a
}

// Stop ends the computation and waits for it to end. A nil Ahead does
// nothing.
func (a *Ahead) Stop() {
	if a == nil {
		return
	}
	a.stop.Store(true)
	<-a.done
}

// reusable reports whether the alternatives computed for res can stand in
// a plan of sc built from out: the same scores and, bit for bit, the same
// potentials. Stop must have returned.
func (a *Ahead) reusable(sc *Scores, out *solver.Result) bool {
	if a == nil || a.sc != sc || len(out.U) != len(a.res.U) || len(out.V) != len(a.res.V) {
		return false
	}
	for i, u := range out.U {
		if math.Float64bits(u) != math.Float64bits(a.res.U[i]) {
			return false
		}
	}
	for j, v := range out.V {
		if math.Float64bits(v) != math.Float64bits(a.res.V[j]) {
			return false
		}
	}
	return true
}
