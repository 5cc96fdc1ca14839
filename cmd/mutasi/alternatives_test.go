package main

import (
	"context"
	"github.com/mutasi-id/mutasi/internal/report"
	"math"
	"slices"
	"sort"
	"testing"

	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// TestNextPlansBrute checks Murty's ranking against all the plans of the
// four-official fixture: the k next-best objectives are the 2nd … (k+1)th
// of the sorted list of every feasible plan's objective, and the plans are
// distinct.
func TestNextPlansBrute(t *testing.T) {
	for _, date := range []string{"2026-12-01", "2024-01-01"} {
		t.Run(date, func(t *testing.T) {
			d, _ := model.ParseDate(date)
			r, _, err := rosterfile.Load(rosterfile.Source{Officials: "testdata/solve/tiny/officials.csv", Positions: "testdata/solve/tiny/positions.csv"}, d)
			if err != nil || r == nil {
				t.Fatalf("loading the fixture: %v", err)
			}
			pol := model.DefaultPolicy(d)
			sol, err := solveRoster(context.Background(), r, &pol)
			if err != nil {
				t.Fatal(err)
			}
			all := altBruteObjectives(sol.Scores, len(r.Officials), len(r.Positions))
			const k = 6
			alts, err := sol.Next(context.Background(), k)
			if err != nil {
				t.Fatal(err)
			}
			if want := min(k, len(all)-1); len(alts) != want {
				t.Fatalf("%d alternatives, want %d (the fixture has %d plans)", len(alts), want, len(all))
			}
			if math.Abs(all[0]-sol.Plan.Objective) > 1e-9 {
				t.Errorf("best %v, brute force %v", sol.Plan.Objective, all[0])
			}
			seen := map[string]bool{altKey(sol.Plan): true}
			for k, a := range alts {
				if math.Abs(a.Objective-all[k+1]) > 1e-9 {
					t.Errorf("alternative %d: objective %v, brute force %v", k+1, a.Objective, all[k+1])
				}
				if seen[altKey(a)] {
					t.Errorf("alternative %d repeats a plan", k+1)
				}
				seen[altKey(a)] = true
				if len(report.AlternativeMoves(sol.Plan, a)) == 0 {
					t.Errorf("alternative %d differs in no move", k+1)
				}
			}
		})
	}
}

func altKey(p *model.Plan) string {
	s := ""
	for _, m := range p.Moves {
		s += m.NIP + ">" + whatifPostID(m.To) + ";"
	}
	return s
}

// altBruteObjectives returns the objective of every feasible plan, best
// first: each official takes an allowed post or, where allowed, its release
// column; every post left empty costs its vacancy.
func altBruteObjectives(sc *model.Scores, n, m int) []float64 {
	var out []float64
	bruteEachPlan(sc, n, m, func(_ []int, total float64) {
		out = append(out, total)
	})
	sort.Sort(sort.Reverse(sort.Float64Slice(out)))
	return slices.Clip(out)
}

// bruteEachPlan calls visit with every feasible plan of n officials and m
// posts and its objective, the brute-force oracle of the alternatives and
// whatif tests: a[i] is official i's post, or −1 for its release column
// where allowed; every post left empty costs its vacancy. visit must not
// keep a.
func bruteEachPlan(sc *model.Scores, n, m int, visit func(a []int, total float64)) {
	a := make([]int, n)
	used := make([]bool, m)
	var rec func(i int, total float64)
	rec = func(i int, total float64) {
		if i == n {
			for j := range m {
				if !used[j] {
					total -= sc.VacancyCost(j)
				}
			}
			visit(a, total)
			return
		}
		if !math.IsInf(sc.Cost.At(i, m+i), 1) {
			a[i] = -1
			rec(i+1, total+sc.Benefit(i, -1))
		}
		for j := range m {
			if !used[j] && !math.IsInf(sc.Cost.At(i, j), 1) {
				used[j], a[i] = true, j
				rec(i+1, total+sc.Benefit(i, j))
				used[j] = false
			}
		}
	}
	rec(0, 0)
}
