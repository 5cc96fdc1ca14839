package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// diffPlan builds a plan from (NIP, from, to, score, components) rows.
func diffPlan(objective float64, moves ...Move) *Plan {
	return &Plan{Objective: objective, Moves: moves}
}

func diffPost(id string) *PostRef {
	if id == "" {
		return nil
	}
	return &PostRef{ID: id, Name: "Kepala " + id, Unit: "OPD " + id}
}

func diffMove(nip, from, to string, typ MoveType, perf, fit float64) Move {
	return Move{NIP: nip, Name: "Pejabat " + nip[len(nip)-3:], From: diffPost(from), To: diffPost(to), Type: typ,
		Score: perf + fit, Components: map[string]float64{"performance": perf, "fit": fit}}
}

func TestDiff(t *testing.T) {
	const a, b, c, d = "197001012000031001", "197001012000031002", "197001012000031003", "197001012000031004"
	base := diffPlan(2.5,
		diffMove(a, "P1", "P1", Stay, 0.5, 0.5),
		diffMove(b, "P2", "P3", Rotate, 0.75, 0.25),
		diffMove(c, "", "P2", Fill, 0.25, 0.25),
		diffMove(d, "P4", "", Release, 0, -0.5),
	)
	other := diffPlan(2.0,
		diffMove(a, "P1", "P1", Stay, 0.5, 0.5),    // same post: not a change
		diffMove(b, "P2", "P2", Stay, 0.75, 0.125), // stays instead of rotating: lower fit
		diffMove(c, "", "P3", Fill, 0.375, 0.25),   // takes b's post, scores higher
		diffMove(d, "P4", "", Release, 0, -0.75),   // released in both: not a change, though its cost grew
	)
	got := Diff(base, other)
	if len(got) != 2 {
		t.Fatalf("got %d changes, want 2: %+v", len(got), got)
	}
	if got[0].NIP != b || got[1].NIP != c {
		t.Fatalf("changes %s, %s: want sorted %s, %s", got[0].NIP, got[1].NIP, b, c)
	}
	gb := got[0]
	if gb.Base.ID != "P3" || gb.Other.ID != "P2" || gb.BaseType != Rotate || gb.OtherType != Stay {
		t.Errorf("b: %+v", gb)
	}
	assert.Equal(t, []ComponentChange{{"fit", 0.25, 0.125}}, gb.Components, "b's components")
	if want := "score 1.000 → 0.875: fit -0.125; gives way so that the plan's total gains elsewhere"; en(gb.Reason) != want {
		t.Errorf("b reason %q, want %q", gb.Reason, want)
	}
	if want := "score 0.500 → 0.625: performance +0.125"; en(got[1].Reason) != want {
		t.Errorf("c reason %q, want %q", got[1].Reason, want)
	}
	if len(Diff(base, base)) != 0 {
		t.Error("a plan differs from itself")
	}
}

func TestDiffReleaseAndMissing(t *testing.T) {
	const a, b = "197001012000031001", "197001012000031002"
	base := diffPlan(1, diffMove(a, "P1", "P1", Stay, 0.5, 0.5))
	other := diffPlan(1, diffMove(a, "P1", "", Release, 0, -1), diffMove(b, "", "P1", Fill, 1, 0))
	got := Diff(base, other)
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	if got[0].Other != nil || got[0].OtherType != Release || got[0].Base.ID != "P1" {
		t.Errorf("release not reported: %+v", got[0])
	}
	// Components sorted by the size of the change, then by name.
	want := []ComponentChange{{"fit", 0.5, -1}, {"performance", 0.5, 0}}
	assert.Equal(t, want, got[0].Components)
	if got[1].NIP != b || en(got[1].Reason) != "only in the scenario's roster" || got[1].Base != nil {
		t.Errorf("official only in the scenario: %+v", got[1])
	}
}

func TestComponentTotals(t *testing.T) {
	p := diffPlan(1.25,
		diffMove("197001012000031001", "P1", "P1", Stay, 0.5, 0.5),
		diffMove("197001012000031002", "", "P2", Fill, 0.25, 0.5),
	)
	got := ComponentTotals(p)
	// Σ scores = 1.75, objective 1.25: the vacancies cost 0.5.
	want := map[string]float64{"performance": 0.75, "fit": 1, VacancyComponent: -0.5}
	assert.Equal(t, want, got)
	p.Objective = 1.75
	if v := ComponentTotals(p)[VacancyComponent]; v != 0 {
		t.Errorf("no vacancy: got %v", v)
	}
}
