package model

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mutasi-id/mutasi/solver"
)

// planSolve scores a roster under any rules, solves it with the real solver
// and builds the plan.
func planSolve(t testing.TB, r *Roster, el scoreRules, pol Policy) (*Scores, *solver.Result, *Plan) {
	t.Helper()
	sc, err := scoreWith(context.Background(), r, el, &pol)
	if err != nil {
		t.Fatal(err)
	}
	res, err := solver.Solve(sc.Cost)
	if err != nil {
		t.Fatal(err)
	}
	pl, err := NewPlan(r, nil, sc, res)
	if err != nil {
		t.Fatal(err)
	}
	return sc, res, pl
}

// TestPlanSolverMatchesBrute: on random small rosters the real solver's
// plan is certified optimal and has the brute force's objective; its
// alternatives, from the duals, have gaps ≥ 0 and at least the true loss's
// lower bound (the reduced cost never exceeds the loss of forcing the pair,
// checked by brute force with the pair forced).
func TestPlanSolverMatchesBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 21))
	cases := 200
	if testing.Short() {
		cases = 40
	}
	for c := range cases {
		r, mask := scoreRandomRoster(rng, 1+rng.IntN(5), 1+rng.IntN(5))
		sc := scoreBuild(t, r, mask, scoreNoRules())
		want := scoreBruteObjective(sc)
		res, err := solver.Solve(sc.Cost)
		if math.IsInf(want, -1) {
			if err == nil {
				t.Fatalf("case %d: solver found a plan where brute force found none", c)
			}
			continue
		}
		if err != nil {
			t.Fatalf("case %d: %v", c, err)
		}
		pl, err := NewPlan(r, nil, sc, res)
		if err != nil {
			t.Fatal(err)
		}
		if !pl.Optimal {
			t.Fatalf("case %d: plan not certified", c)
		}
		if math.Abs(pl.Objective-want) > 1e-9 {
			t.Fatalf("case %d: objective %v, brute force %v", c, pl.Objective, want)
		}
		for _, mv := range pl.Moves {
			for _, a := range mv.Alternatives {
				if a.Gap < 0 {
					t.Fatalf("case %d: negative gap %v", c, a.Gap)
				}
				col := sc.Positions() + mv.Official
				if a.Post != nil {
					col = sc.posIdx[a.Post.ID]
				}
				forced := planForcedObjective(sc, mv.Official, col)
				if loss := pl.Objective - forced; a.Gap > loss+1e-9 {
					t.Fatalf("case %d: official %d, column %d: gap %v exceeds the true loss %v", c, mv.Official, col, a.Gap, loss)
				}
			}
		}
	}
}

// planForcedObjective is the best objective with official i forced into
// column col (a post, or m+i for release), by brute force on the matrix.
func planForcedObjective(sc *Scores, i, col int) float64 {
	saved := make([]float64, sc.Cost.RawMatrix().Cols)
	copy(saved, sc.Cost.RawRowView(i))
	defer copy(sc.Cost.RawRowView(i), saved)
	row := sc.Cost.RawRowView(i)
	for k := range row {
		if k != col {
			row[k] = math.Inf(1)
		}
	}
	res, ok := scoreBruteMatrix(sc)
	if !ok {
		return math.Inf(-1)
	}
	return -res.Total - sc.VacancyTotal
}

// TestPlanSolverProperties checks the plan's invariants on random rosters
// too large for brute force (up to 40 × 40), solved by the real solver: the
// certificate, no forbidden pair, locked officials stay, no vacant post
// next to a released official allowed there, and monotonicity in each
// weight (raising it never lowers its component's total in the optimum).
func TestPlanSolverProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 31))
	cases := 60
	if testing.Short() {
		cases = 15
	}
	names := []string{CompPerformance, CompFit, CompTenure, CompTalent, "vacancy", CompRelease}
	for c := range cases {
		n, m := 5+rng.IntN(36), 5+rng.IntN(36)
		r, mask := scoreRandomRoster(rng, n, m)
		// Keep every official releasable so that each case is feasible
		// (a locked official keeps a post nobody else is locked in).
		mask.noRelease = map[int]bool{}
		sc, _, pl := planSolve(t, r, mask, scoreNoRules())
		if !pl.Optimal {
			t.Fatalf("case %d: not certified", c)
		}
		idx := r.PositionIndex()
		filled := make([]bool, m)
		for _, mv := range pl.Moves {
			if mv.To != nil {
				j := idx[mv.To.ID]
				filled[j] = true
				if !sc.Allowed(mv.Official, j) {
					t.Fatalf("case %d: forbidden pair used", c)
				}
			}
			if mask.status[mv.Official] == Locked && mv.Type != Stay {
				t.Fatalf("case %d: locked official %d: %s", c, mv.Official, mv.Type)
			}
		}
		for _, mv := range pl.Moves {
			if mv.Type != Release {
				continue
			}
			for j := range m {
				if !filled[j] && sc.VacancyCost(j) > 0 && sc.Allowed(mv.Official, j) && j != sc.Current(mv.Official) {
					t.Fatalf("case %d: post %d vacant while official %d, allowed there, is released", c, j, mv.Official)
				}
			}
		}
		k := rng.IntN(len(names))
		w0 := 0.2 + rng.Float64()
		total := func(w float64) float64 {
			pol := scoreNoRules()
			planSetWeight(&pol.Weights, names[k], w)
			sc, _, pl := planSolve(t, r, mask, pol)
			return planComponentTotal(sc, pl, names[k], w)
		}
		if lo, hi := total(w0), total(w0+0.5+rng.Float64()); hi < lo-1e-7 {
			t.Fatalf("case %d: raising %s lowered its total %v → %v", c, names[k], lo, hi)
		}
	}
}
