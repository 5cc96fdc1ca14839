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
// posts (each official in a post of the same kind, on their own post or
// not alike) are merged, plans that move a holder to a post of their own
// post's kind for nothing are left out, and the k next plans must be the
// 2nd … (k+1)th distinct plans by total, each handed out to posts at that
// total, distinct, and never the best plan again.
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
		hard, soft := make([]bool, m), make([]bool, m)
		classHolders(sc, postClasses(r, sc, hard), soft)
		cp, err := classProblem(ctx, r, sc, hard, soft)
		if err != nil || cp == nil {
			t.Fatalf("%s: class problem: %v", name, err)
		}
		// Every plan, by what it does with each official: the kind of
		// post (its class but for the posts set apart for their holders)
		// and whether it is their own, or release; the least total of
		// each.
		least := map[string]float64{}
		sig := func(rowCol []int) string {
			b := make([]byte, 0, n)
			for i, j := range rowCol {
				k := 255
				if j < m {
					k = 2 * int(cp.kind[j])
					if j == sc.cur[i] {
						k++
					}
				}
				b = append(b, byte(k))
			}
			return string(b)
		}
		// The ranking lists no plan that moves a holder to a post of their
		// own post's kind for nothing (their own costs them no more):
		// staying is as good, with one move fewer.
		dearer := func(rowCol []int) bool { return cp.pointless(sc, rowCol) }
		plans := 0
		var walk func(i int, rowCol []int, used []bool, total float64)
		walk = func(i int, rowCol []int, used []bool, total float64) {
			if i == n {
				plans++
				if dearer(rowCol) {
					return
				}
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
