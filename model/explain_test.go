package model

import (
	"encoding/json"
	"math"
	"testing"
)

func TestExplainHand4x5(t *testing.T) {
	r, mask := scoreRoster45()
	pol := scoreNoRules()
	sc := scoreBuild(t, r, mask, pol)
	res, _ := scoreBruteMatrix(sc)
	// Gita (3) may only stay in Q5: four posts closed by R-RANK.
	ex, err := Explain(r, nil, sc, res, &pol, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Constraints) != 1 || ex.Constraints[0].Rule != "R-RANK" || ex.Constraints[0].Posts != 4 || ex.Constraints[0].Post != "Q1" {
		t.Errorf("constraints %+v", ex.Constraints)
	}
	if ex.Against == nil || ex.Against.ID != "Q5" || len(ex.Competencies) != NumCompetencies {
		t.Fatalf("against %v, competencies %+v", ex.Against, ex.Competencies)
	}
	if c := ex.Competencies[0]; c.Code != "M1" || c.Actual != 2 || c.Required != 2 || c.Gap != 0 {
		t.Errorf("M1 %+v", c)
	}
	// Gita's only alternative is release, by the gap
	// 1/3 − (−(1.5 + 0.2)) = 2.03333 (no duals: the difference of her costs).
	if alts := ex.Move.Alternatives; len(alts) != 1 || alts[0].Post != nil || math.Abs(alts[0].Gap-(1.0/3+1.5+0.2)) > scoreTol {
		t.Errorf("alternatives %+v", alts)
	}
	if _, err := json.Marshal(ex); err != nil {
		t.Errorf("not JSON-ready: %v", err)
	}
	if _, err := Explain(r, nil, sc, res, &pol, 9); err == nil {
		t.Error("official out of range accepted")
	}
	other := pol
	other.Weights.Fit = 2
	if _, err := Explain(r, nil, sc, res, &other, 0); err == nil {
		t.Error("other weights accepted")
	}
}

// TestExplainFlipsArePairwiseCrossings rescores the roster at each flip
// value and checks that the official's chosen and alternative columns then
// cost the same (the results carry no duals, so the gap is the difference of
// the official's own costs and the estimate is exact pairwise). Alternatives
// cheaper for the official alone (taken by someone else) have their gap
// clamped to 0 and are skipped.
func TestExplainFlipsArePairwiseCrossings(t *testing.T) {
	r, mask := scoreRoster45()
	pol := scoreNoRules()
	sc := scoreBuild(t, r, mask, pol)
	res, _ := scoreBruteMatrix(sc)
	checked := 0
	for i := range r.Officials {
		ex, err := Explain(r, nil, sc, res, &pol, i)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ex.Flips {
			col := len(r.Positions) + i
			if f.To != nil {
				col = sc.posIdx[f.To.ID]
			}
			if sc.Cost.At(i, col) < sc.Cost.At(i, res.RowCol[i]) {
				continue
			}
			p2 := pol
			planSetWeight(&p2.Weights, f.Weight, f.At)
			sc2 := scoreBuild(t, r, mask, p2)
			a, b := sc2.Cost.At(i, col), sc2.Cost.At(i, res.RowCol[i])
			if math.Abs(a-b) > 1e-9 {
				t.Errorf("official %d, %s at %v: alternative costs %v, chosen %v", i, f.Weight, f.At, a, b)
			}
			checked++
		}
	}
	if checked < 5 {
		t.Errorf("only %d flips checked", checked)
	}
}
