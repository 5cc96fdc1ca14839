package model

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/mutasi-id/mutasi/solver"
)

// TestNextPlansBrute checks the ranking over classes against enumeration:
// on small rosters of few kinds of posts (so that many posts are
// identical), every plan is listed, plans that are renamings of identical
// posts (one class assignment) are merged, and the k next plans must be the
// 2nd … (k+1)th distinct class assignments by total, each handed out to
// posts at its class total, distinct, and never the best plan again.
func TestNextPlansBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 13))
	pol := scoreNoRules()
	ctx := context.Background()
	checked, renamings := 0, 0
	for rep := range 80 {
		n, m := 2+rng.IntN(5), 2+rng.IntN(4)
		r := classRoster(rng, n, m)
		mask := newScoreMask()
		for range rng.IntN(3) {
			mask.forbid(rng.IntN(n), rng.IntN(m), "R-DECISION")
		}
		if rng.IntN(4) == 0 {
			mask.noRelease[rng.IntN(n)] = true
		}
		name := fmt.Sprintf("rep %d (%d×%d)", rep, n, m)
		sc := scoreBuild(t, r, mask, pol)
		res, err := solver.Solve(sc.Cost)
		if err != nil {
			continue // infeasible
		}
		best, _, err := Canonical(ctx, sc, res)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cp, err := classProblem(ctx, r, sc, make([]bool, m))
		if err != nil || cp == nil {
			t.Fatalf("%s: class problem: %v", name, err)
		}
		// Every plan, by class assignment: the least total of each.
		c := len(cp.cs.posts)
		least := map[string]float64{}
		sig := func(rowCol []int) string {
			b := make([]byte, 0, n)
			for _, j := range rowCol {
				k := c
				if j < m {
					k = int(cp.cs.of[j])
				}
				b = append(b, byte(k))
			}
			return string(b)
		}
		plans := 0
		var walk func(i int, rowCol []int, used []bool, total float64)
		walk = func(i int, rowCol []int, used []bool, total float64) {
			if i == n {
				plans++
				s := sig(rowCol)
				if x, ok := least[s]; !ok || total < x {
					least[s] = total
				}
				return
			}
			for j := range m + 1 {
				col := j
				if j == m {
					col = m + i
				} else if used[j] {
					continue
				}
				x := sc.Cost.At(i, col)
				if math.IsInf(x, 1) {
					continue
				}
				rowCol[i] = col
				if j < m {
					used[j] = true
				}
				walk(i+1, rowCol, used, total+x)
				if j < m {
					used[j] = false
				}
			}
		}
		walk(0, make([]int, n), make([]bool, m), 0)
		renamings += plans - len(least)
		bestSig := sig(best.RowCol)
		var rest []float64
		for s, x := range least {
			if s != bestSig {
				rest = append(rest, x)
			}
		}
		slices.Sort(rest)
		const k = 4
		got, own, err := cp.rank(ctx, sc, best, k)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if own >= 0 {
			continue // handed out above the class total: NextPlans ranks again
		}
		if want := min(k, len(rest)); len(got) != want {
			t.Fatalf("%s: %d plans, want %d (%d distinct of %d plans)", name, len(got), want, len(least), plans)
		}
		tol := 1e-9 * (1 + math.Abs(best.Total))
		seen := map[string]bool{bestSig: true}
		for q, g := range got {
			s := sig(g.RowCol)
			if seen[s] {
				t.Errorf("%s: plan %d repeats a class assignment", name, q+1)
			}
			seen[s] = true
			if math.Abs(g.Total-rest[q]) > tol {
				t.Errorf("%s: plan %d totals %v, enumeration %v (all: %v)", name, q+1, g.Total, rest[q], rest)
			}
			if math.Abs(g.Total-least[s]) > tol {
				t.Errorf("%s: plan %d is handed out at %v, its class assignment's least is %v", name, q+1, g.Total, least[s])
			}
		}
		checked++
	}
	if checked < 50 || renamings == 0 {
		t.Errorf("%d rosters checked, %d renamings merged", checked, renamings)
	}
}
