package model

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mutasi-id/mutasi/solver"
)

// budgetSolver solves a roster under a mask at a move penalty, as the
// pipeline does: the score, the dense solve, the tie rule, the plan.
func budgetSolver(t *testing.T, r *Roster, mask *scoreMask, pol Policy) BudgetSolve[*Plan] {
	return func(ctx context.Context, penalty float64) (BudgetPoint, *Plan, error) {
		p := pol
		p.MovePenalty = penalty
		sc := scoreBuild(t, r, mask, p)
		res, err := solver.Solve(sc.Cost)
		if err != nil {
			return BudgetPoint{}, nil, err
		}
		res, st, err := Canonical(ctx, sc, res)
		if err != nil {
			return BudgetPoint{}, nil, err
		}
		pl, err := NewPlan(r, nil, sc, res)
		if err != nil {
			return BudgetPoint{}, nil, err
		}
		return BudgetPoint{Penalty: penalty, Moves: st.Moves, Objective: pl.Objective,
			Dual: sc.CertifiedBound(res, st.Tol)}, pl, nil
	}
}

// budgetOracle enumerates every assignment of a small roster and returns,
// per number of moves, the best objective (−Inf where no plan has that
// many moves).
func budgetOracle(sc *Scores) []float64 {
	n, m := sc.Officials(), sc.Positions()
	best := make([]float64, n+1)
	for k := range best {
		best[k] = math.Inf(-1)
	}
	used := make([]bool, m+n)
	var rec func(i int, total float64, mv int)
	rec = func(i int, total float64, mv int) {
		if i == n {
			best[mv] = math.Max(best[mv], -total-sc.VacancyTotal)
			return
		}
		for _, c := range append(seq(m), m+i) {
			v := sc.Cost.At(i, c)
			if used[c] || math.IsInf(v, 1) {
				continue
			}
			d := 0
			if sc.cur[i] >= 0 && c != sc.cur[i] {
				d = 1
			}
			used[c] = true
			rec(i+1, total+v, mv+d)
			used[c] = false
		}
	}
	rec(0, 0, 0)
	return best
}

// TestBudgetBrute checks the move budget against exhaustive enumeration on
// small random rosters: for every budget K the plan moves at most K
// holders, its objective is at most the best with at most K moves, the
// bound is at least that best, a gap of 0 means the plan is that best, and
// a budget no plan meets is refused. The frontier's vertices are the
// vertices of the upper concave hull of the best objective per number of
// moves.
func TestBudgetBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 7))
	cases := 150
	if testing.Short() {
		cases = 40
	}
	ctx := context.Background()
	exact, binding := 0, 0
	for c := range cases {
		n, m := 2+rng.IntN(5), 1+rng.IntN(5)
		r, mask := scoreRandomRoster(rng, n, m)
		pol := scoreNoRules()
		pol.Weights.Family = 0.5
		sc := scoreBuild(t, r, mask, pol)
		best := budgetOracle(sc)
		bestWithin := make([]float64, n+1)
		feasible := false
		for k := range best {
			bestWithin[k] = best[k]
			if k > 0 {
				bestWithin[k] = math.Max(bestWithin[k], bestWithin[k-1])
			}
			feasible = feasible || !math.IsInf(best[k], -1)
		}
		if !feasible {
			continue
		}
		solve := budgetSolver(t, r, mask, pol)
		tol := 1e-7 * math.Max(1, budgetScale(sc))
		forced := sc.ForcedMoves()
		for k := 0; k <= n; k++ {
			pl, b, err := SearchBudget(ctx, k, n, forced, budgetScale(sc), solve)
			if math.IsInf(bestWithin[k], -1) {
				var be *BudgetError
				if !errors.As(err, &be) {
					t.Fatalf("case %d, K=%d: no plan has at most K moves, got %v (%+v)", c, k, err, b)
				}
				continue
			}
			if err != nil {
				t.Fatalf("case %d, K=%d: %v", c, k, err)
			}
			if b.Moves > k || planHolderMoves(sc, pl) != b.Moves {
				t.Fatalf("case %d, K=%d: the plan moves %d holders (report %d)", c, k, planHolderMoves(sc, pl), b.Moves)
			}
			if pl.Objective > bestWithin[k]+tol || b.Bound < bestWithin[k]-tol {
				t.Fatalf("case %d, K=%d: objective %v, bound %v, the best within the budget %v", c, k, pl.Objective, b.Bound, bestWithin[k])
			}
			if b.Gap < tol && pl.Objective < bestWithin[k]-tol {
				t.Fatalf("case %d, K=%d: gap %v but the objective %v is below the best %v", c, k, b.Gap, pl.Objective, bestWithin[k])
			}
			if b.Penalty > 0 {
				binding++
				if b.Gap < tol {
					exact++
				}
			}
		}
		// The frontier against the hull of the oracle's points.
		front, err := Frontier(ctx, n, forced, budgetScale(sc), solve)
		if err != nil {
			t.Fatalf("case %d: frontier: %v", c, err)
		}
		hull := budgetHull(best)
		if len(front) != len(hull) {
			t.Fatalf("case %d: frontier %v, hull %v (best per moves %v)", c, budgetPoints(front), hull, best)
		}
		for k, f := range front {
			if f.Moves != hull[k].moves || math.Abs(f.Objective-hull[k].obj) > tol {
				t.Fatalf("case %d: frontier %v, hull %v", c, budgetPoints(front), hull)
			}
		}
	}
	t.Logf("%d budgets below the best plan's moves, %d of them met exactly", binding, exact)
	if binding < cases/2 || exact == 0 {
		t.Errorf("%d binding budgets, %d exact: the test is too weak", binding, exact)
	}
}

// budgetScale is the largest finite cost magnitude of the matrix.
func budgetScale(sc *Scores) float64 {
	s := 0.0
	rows, cols := sc.Cost.Dims()
	for i := range rows {
		for j := range cols {
			if v := sc.Cost.At(i, j); !math.IsInf(v, 1) {
				s = math.Max(s, math.Abs(v))
			}
		}
	}
	return s
}

// planHolderMoves counts the holders of a roster post whose post changes.
func planHolderMoves(sc *Scores, pl *Plan) int {
	k := 0
	for _, mv := range pl.Moves {
		if sc.cur[mv.Official] >= 0 && mv.Type != Stay {
			k++
		}
	}
	return k
}

type budgetVertex struct {
	moves int
	obj   float64
}

// budgetHull returns the vertices of the upper concave hull of the points
// (moves, best objective), most moves first, without collinear points.
func budgetHull(best []float64) []budgetVertex {
	var pts []budgetVertex
	for k := len(best) - 1; k >= 0; k-- {
		if !math.IsInf(best[k], -1) {
			pts = append(pts, budgetVertex{k, best[k]})
		}
	}
	// The frontier starts at the plan of the best objective (the fewest
	// moves among those tied, as the tie rule chooses) and keeps to fewer
	// moves.
	most := math.Inf(-1)
	for _, p := range pts {
		most = math.Max(most, p.obj)
	}
	top := 0
	for k, p := range pts {
		if p.obj >= most-1e-9 {
			top = k
		}
	}
	var h []budgetVertex
	for _, p := range pts[top:] {
		for len(h) >= 2 {
			a, b := h[len(h)-2], h[len(h)-1]
			// Drop b when it lies on or under the segment a → p.
			if (b.obj-a.obj)*float64(a.moves-p.moves) <= (p.obj-a.obj)*float64(a.moves-b.moves)+1e-9 {
				h = h[:len(h)-1]
				continue
			}
			break
		}
		h = append(h, p)
	}
	return h
}

func budgetPoints(fs []FrontierPoint[*Plan]) []budgetVertex {
	out := make([]budgetVertex, len(fs))
	for k, f := range fs {
		out[k] = budgetVertex{f.Moves, f.Objective}
	}
	return out
}
