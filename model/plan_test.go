package model

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// planBuild scores a roster under a mask, solves it by brute force and
// builds the plan.
func planBuild(t testing.TB, r *Roster, mask scoreRules, pol Policy) (*Scores, *Plan) {
	t.Helper()
	sc := scoreBuild(t, r, mask, pol)
	res, ok := scoreBruteMatrix(sc)
	if !ok {
		t.Fatal("no assignment")
	}
	pl, err := NewPlan(r, nil, sc, res)
	if err != nil {
		t.Fatal(err)
	}
	return sc, pl
}

// planMove returns the move of the official with the NIP's sequence seq.
func planMove(t testing.TB, pl *Plan, name string) *Move {
	t.Helper()
	for k := range pl.Moves {
		if pl.Moves[k].Name == name {
			return &pl.Moves[k]
		}
	}
	t.Fatalf("no move for %s", name)
	return nil
}

func TestPlanHand4x5(t *testing.T) {
	r, mask := scoreRoster45()
	_, pl := planBuild(t, r, mask, scoreNoRules())
	want := map[string]struct {
		typ  MoveType
		from string
		to   string
	}{
		"Dewi Contoh":  {Demote, "Q2", "Q4"}, // III.a to III.b, allowed by the hand-made mask
		"Eko Contoh":   {Stay, "Q1", "Q1"},
		"Fajar Contoh": {Fill, "", "Q2"},
		"Gita Contoh":  {Stay, "Q5", "Q5"},
	}
	for name, w := range want {
		mv := planMove(t, pl, name)
		if mv.Type != w.typ || planID(mv.From) != w.from || planID(mv.To) != w.to {
			t.Errorf("%s: %s %s→%s, want %s %s→%s", name, mv.Type, planID(mv.From), planID(mv.To), w.typ, w.from, w.to)
		}
	}
	obj := 1.0 + 11.0/24 + 1.6 + 0.705*0.8 + 0.5 + 1.5 - 0.4
	if math.Abs(pl.Objective-obj) > scoreTol {
		t.Errorf("objective %v, want %v", pl.Objective, obj)
	}
	if len(pl.Vacant) != 1 || pl.Vacant[0].ID != "Q3" {
		t.Fatalf("vacant %+v, want Q3", pl.Vacant)
	}
	if !strings.Contains(en(pl.Vacant[0].Reason), "eligible candidates") {
		t.Errorf("vacancy reason %q", pl.Vacant[0].Reason)
	}
	s := pl.Summary
	if s.Officials != 4 || s.Positions != 5 || s.Stay != 2 || s.Demote != 1 || s.Fill != 1 || s.Vacant != 1 || s.Filled != 4 {
		t.Errorf("summary %+v", s)
	}
	// Before: D 1 in Q2, E 0.75 in Q1, G 1 in Q5; after: + F not assessed.
	if math.Abs(s.MeanJPMBefore-2.75/3) > scoreTol || math.Abs(s.MeanJPMAfter-2.75/3) > scoreTol {
		t.Errorf("mean JPM %v → %v, want 0.91667 both", s.MeanJPMBefore, s.MeanJPMAfter)
	}
	f := planMove(t, pl, "Fajar Contoh")
	if f.HasJPM || !planHas(ens(f.Warnings), "not assessed") || !planHas(ens(f.Reasons), "succeeds Dewi Contoh in Kepala Q2 (moves to Kepala Q4)") {
		t.Errorf("Fajar: reasons %q warnings %q", f.Reasons, f.Warnings)
	}
	d := planMove(t, pl, "Dewi Contoh")
	if !planHas(ens(d.Reasons), "5 years 4 months in post: rotation due (R-TENURE-MAX)") || !planHas(ens(d.Reasons), "JPM 100% (MS) against Kepala Q4's standard") {
		t.Errorf("Dewi reasons %q", d.Reasons)
	}
	// Dewi's alternatives: Q1 (promotion), Q2 (stay), Q3 … best first, gaps ≥ 0.
	if len(d.Alternatives) != 3 {
		t.Fatalf("Dewi alternatives %+v", d.Alternatives)
	}
	for k, a := range d.Alternatives {
		if a.Gap < 0 || (k > 0 && a.Gap < d.Alternatives[k-1].Gap) {
			t.Errorf("alternatives not sorted by gap ≥ 0: %+v", d.Alternatives)
		}
	}
	g := planMove(t, pl, "Gita Contoh")
	if !planHas(ens(g.Reasons), "new appointee: 10 months in post (R-TENURE-MIN)") {
		t.Errorf("Gita reasons %q", g.Reasons)
	}
}

// planID returns a post reference's id, "" for nil.
func planID(p *PostRef) string {
	if p == nil {
		return ""
	}
	return p.ID
}

// planHas reports whether some string contains sub.
func planHas(xs []string, sub string) bool {
	for _, x := range xs {
		if strings.Contains(x, sub) {
			return true
		}
	}
	return false
}

// TestPlanRelease: when E may not stay (must leave) and may take nothing
// else, E is released with the rule in the reasons and D takes Q1.
func TestPlanRelease(t *testing.T) {
	r, mask := scoreRoster45()
	mask.forbid(1, 0, "R-SANCTION")
	_, pl := planBuild(t, r, mask, scoreNoRules())
	e := planMove(t, pl, "Eko Contoh")
	if e.Type != Release || e.To != nil {
		t.Fatalf("Eko: %s to %v", e.Type, e.To)
	}
	if !planHas(ens(e.Reasons), "released: test R-SANCTION (R-SANCTION)") || !planHas(ens(e.Reasons), "no post is open") {
		t.Errorf("Eko reasons %q", e.Reasons)
	}
	if e.Components[CompRelease] != -0.5 || e.Score != -0.5 {
		t.Errorf("Eko components %v score %v", e.Components, e.Score)
	}
	d := planMove(t, pl, "Dewi Contoh")
	if d.Type != Promote || planID(d.To) != "Q1" || !planHas(ens(d.Reasons), "promotion from Administrator to JPT Pratama") ||
		!planHas(ens(d.Reasons), "talent box 9") || !planHas(ens(d.Reasons), "succeeds Eko Contoh") {
		t.Errorf("Dewi: %s %s, reasons %q", d.Type, planID(d.To), d.Reasons)
	}
}

// TestPlanVacantJPT: a JPT post nobody may take asks for open selection and
// counts the blocks by rule.
func TestPlanVacantJPT(t *testing.T) {
	r, mask := scoreRoster45()
	mask.forbid(0, 0, "R-RANK")
	mask.forbid(1, 0, "R-SANCTION")
	_, pl := planBuild(t, r, mask, scoreNoRules())
	var q1 *Vacancy
	for k := range pl.Vacant {
		if pl.Vacant[k].ID == "Q1" {
			q1 = &pl.Vacant[k]
		}
	}
	if q1 == nil {
		t.Fatalf("Q1 not vacant: %+v", pl.Vacant)
	}
	want := "no eligible candidate: needs an open selection (seleksi terbuka; UU 5/2014 Pasal 108 ayat (3), Pasal 113); blocked by R-RANK 3 officials, R-SANCTION 1 official"
	if en(q1.Reason) != want {
		t.Errorf("reason %q\nwant   %q", q1.Reason, want)
	}
}

// TestPlanProperties checks the plan on random rosters against the brute
// force: no forbidden pair, locked officials stay, objective identities, no
// vacancy next to a released candidate who could fill it, determinism.
func TestPlanProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 11))
	cases := 200
	if testing.Short() {
		cases = 40
	}
	feasible, locked, released := 0, 0, 0
	defer func() {
		if feasible < cases/2 || locked == 0 || released == 0 {
			t.Errorf("the cases check too little: %d feasible of %d, %d locked, %d released", feasible, cases, locked, released)
		}
	}()
	for c := range cases {
		n, m := 1+rng.IntN(5), 1+rng.IntN(5)
		r, mask := scoreRandomRoster(rng, n, m)
		sc := scoreBuild(t, r, mask, scoreNoRules())
		res, ok := scoreBruteMatrix(sc)
		if !ok {
			continue
		}
		feasible++
		pl, err := NewPlan(r, nil, sc, res)
		if err != nil {
			t.Fatalf("case %d: %v", c, err)
		}
		idx := r.PositionIndex()
		filled := map[int]bool{}
		sum := 0.0
		for _, mv := range pl.Moves {
			i := mv.Official
			sum += mv.Score
			j := -1
			if mv.To != nil {
				j = idx[mv.To.ID]
				filled[j] = true
			}
			if !sc.Allowed(i, j) {
				t.Fatalf("case %d: forbidden pair (%d, %d) used", c, i, j)
			}
			if mask.status[i] == Locked {
				locked++
				if mv.Type != Stay {
					t.Fatalf("case %d: locked official %d moved: %s", c, i, mv.Type)
				}
			}
			if mv.Type == Release {
				released++
			}
		}
		for j := range m {
			if !filled[j] {
				sum -= sc.VacancyCost(j)
			}
		}
		if math.Abs(sum-pl.Objective) > 1e-9 || math.Abs(pl.Objective-(-res.Total-sc.VacancyTotal)) > 1e-9 {
			t.Fatalf("case %d: objective %v, Σ moves − vacancies %v, −Total − VacancyTotal %v",
				c, pl.Objective, sum, -res.Total-sc.VacancyTotal)
		}
		if want := scoreBruteObjective(sc); math.Abs(pl.Objective-want) > 1e-9 {
			t.Fatalf("case %d: plan objective %v, best %v", c, pl.Objective, want)
		}
		// A vacant post with a positive vacancy cost is never left next to
		// a released official allowed there (other than in the post the
		// official held, where tenure pressure can make the benefit
		// negative).
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
		a, _ := json.Marshal(pl)
		pl2, _ := NewPlan(r, nil, sc, res)
		b, _ := json.Marshal(pl2)
		if string(a) != string(b) {
			t.Fatalf("case %d: plan differs between runs", c)
		}
	}
}

// TestPlanWeightMonotone: raising one weight never lowers that component's
// total in the optimal plan (exchange argument: the old plan stays
// available, and optimality of both plans gives the inequality). Ties are
// unlikely with random continuous data; the check allows 1e-9.
func TestPlanWeightMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	cases := 80
	if testing.Short() {
		cases = 20
	}
	names := []string{CompPerformance, CompFit, CompTenure, CompTalent, "vacancy", CompRelease}
	changed := 0
	defer func() {
		if changed == 0 {
			t.Error("raising a weight never changed a plan: the test checks nothing")
		}
	}()
	for c := range cases {
		r, mask := scoreRandomRoster(rng, 1+rng.IntN(4), 1+rng.IntN(5))
		k := rng.IntN(len(names))
		total := func(w float64) (float64, bool) {
			pol := scoreNoRules()
			planSetWeight(&pol.Weights, names[k], w)
			sc := scoreBuild(t, r, mask, pol)
			res, ok := scoreBruteMatrix(sc)
			if !ok {
				return 0, false
			}
			pl, err := NewPlan(r, nil, sc, res)
			if err != nil {
				t.Fatal(err)
			}
			return planComponentTotal(sc, pl, names[k], w), true
		}
		w0 := 0.2 + rng.Float64()
		lo, ok := total(w0)
		if !ok {
			continue
		}
		hi, _ := total(w0 + 0.5 + rng.Float64())
		if hi > lo+1e-9 {
			changed++
		}
		if hi < lo-1e-9 {
			t.Fatalf("case %d: raising %s lowered its total %v → %v", c, names[k], lo, hi)
		}
	}
}

// planSetWeight sets one weight by component name.
func planSetWeight(w *Weights, name string, v float64) {
	switch name {
	case CompPerformance:
		w.Performance = v
	case CompFit:
		w.Fit = v
	case CompTenure:
		w.Tenure = v
	case CompTalent:
		w.Talent = v
	case CompFamily:
		w.Family = v
	case "vacancy":
		w.Vacancy = v
	case CompRelease:
		w.Release = v
	}
}

// planComponentTotal returns the plan's unweighted total of one component,
// as the objective sees it (vacancy and release counted negative).
func planComponentTotal(sc *Scores, pl *Plan, name string, w float64) float64 {
	sum := 0.0
	for _, mv := range pl.Moves {
		sum += mv.Components[name] / w
	}
	if name == "vacancy" {
		for _, v := range pl.Vacant {
			sum -= sc.VacancyCost(sc.posIdx[v.ID]) / w
		}
	}
	return sum
}

func TestPlanRejectsBadResults(t *testing.T) {
	r := scoreRoster3()
	sc := scoreBuild(t, r, newScoreMask(), scoreNoRules())
	res, _ := scoreBruteMatrix(sc)
	bad := *res
	bad.RowCol = []int{0, 0, 2}
	if _, err := NewPlan(r, nil, sc, &bad); err == nil {
		t.Error("post assigned twice accepted")
	}
	bad.RowCol = []int{4, 1, 2}
	if _, err := NewPlan(r, nil, sc, &bad); err == nil {
		t.Error("another official's release column accepted")
	}
	bad.RowCol = []int{0, 1}
	if _, err := NewPlan(r, nil, sc, &bad); err == nil {
		t.Error("short result accepted")
	}
	if _, err := NewPlan(scoreRoster3(), nil, sc, res); err == nil {
		t.Error("scores of another roster accepted")
	}
}

// TestPlanNotesAndRules: the rules' notes become warnings and every move
// lists the rules checked.
func TestPlanNotesAndRules(t *testing.T) {
	r, mask := scoreRoster45()
	mask.notes = map[int][]Verdict{2: {{Rule: "R-BUP", Reason: rawReason("birth date unknown: retirement not checked")}}}
	_, pl := planBuild(t, r, mask, scoreNoRules())
	f := planMove(t, pl, "Fajar Contoh")
	if !planHas(ens(f.Warnings), "birth date unknown: retirement not checked (R-BUP)") {
		t.Errorf("warnings %q", f.Warnings)
	}
	for _, mv := range pl.Moves {
		if len(mv.Rules) != 2 || mv.Rules[0] != "R-RANK" || mv.Rules[1] != "R-DECISION" {
			t.Errorf("%s: rules %v", mv.Name, mv.Rules)
		}
	}
	b, err := json.Marshal(f)
	if err != nil || !strings.Contains(string(b), `"type":"fill"`) {
		t.Errorf("move JSON %s (%v)", b, err)
	}
}

// TestPlanReleaseByScore: a Sangat Kurang holder five years in a low-priority
// post with a weak fit, under a heavy tenure weight, scores 0 + 9/27 − 2 =
// −1.667 by staying; releasing costs 1/3 and leaves the post vacant (0.2), a
// total of −0.533, so the plan releases and says why in numbers.
func TestPlanReleaseByScore(t *testing.T) {
	r := &Roster{
		Positions: []Position{scorePost("P1", EselonIIIa, 1)},
		Officials: []Official{scoreOfficial(1, "Hadi Contoh", "P1", 70, SangatKurang, 1)},
	}
	pol := scoreNoRules()
	pol.Weights.Tenure = 2
	_, pl := planBuild(t, r, newScoreMask(), pol)
	mv := pl.Moves[0]
	if mv.Type != Release {
		t.Fatalf("type %s", mv.Type)
	}
	if want := "released: its score in the vacant Kepala P1 (-1.67) is below minus the vacancy and release costs (-0.53)"; !planHas(ens(mv.Reasons), want) {
		t.Errorf("reasons %q, want %q", mv.Reasons, want)
	}
	if len(pl.Vacant) != 1 || !strings.Contains(en(pl.Vacant[0].Reason), "1 eligible candidate: 0 placed where the plan scores higher, 1 left without a post") {
		t.Errorf("vacant %+v", pl.Vacant)
	}
	if want := -1.0/3 - 0.2; math.Abs(pl.Objective-want) > scoreTol {
		t.Errorf("objective %v, want %v", pl.Objective, want)
	}
}

// TestPlanWarnings: a move into a post that needs an approval, with a KMS
// match, by an official who retires 5 months after the horizon.
func TestPlanWarnings(t *testing.T) {
	p2 := scorePost("P2", EselonIIIa, 3)
	p2.Approval = "Persetujuan teknis BKN"
	o := scoreOfficial(1, "Intan Contoh", "P1", 70, Baik, 1)
	o.BirthDate = time.Date(1970, 4, 15, 0, 0, 0, 0, time.UTC)
	r := &Roster{Positions: []Position{scorePost("P1", EselonIIIa, 3), p2}, Officials: []Official{o}}
	_, pl := planBuild(t, r, newScoreMask(), scoreNoRules())
	mv := pl.Moves[0]
	if mv.Type != Rotate || planID(mv.To) != "P2" {
		t.Fatalf("%s to %s", mv.Type, planID(mv.To))
	}
	for _, w := range []string{
		"the post needs approval: Persetujuan teknis BKN",
		"JPM 33% is KMS (below 68%) against Kepala P2's standard",
		"pensiun 1 May 2028 (BUP 58), 5 months after the 12-month horizon: prepare a successor",
	} {
		if !planHas(ens(mv.Warnings), w) {
			t.Errorf("warnings %q lack %q", mv.Warnings, w)
		}
	}
	if !planHas(ens(mv.Reasons), "5 years 10 months in post: rotation due (R-TENURE-MAX)") || !planHas(ens(mv.Reasons), "fills the vacancy Kepala P2 (Dinas P2), empty before the plan") {
		t.Errorf("reasons %q", mv.Reasons)
	}
	if mv.JPMCategory != "KMS" || pl.Summary.Over5Before != 1 || pl.Summary.Over5After != 0 {
		t.Errorf("category %q, summary %+v", mv.JPMCategory, pl.Summary)
	}
}

// TestPlanNoPosts: a roster of candidates and no posts gives a plan of
// candidates not placed (unplaced) at objective 0.
func TestPlanNoPosts(t *testing.T) {
	r := &Roster{Officials: []Official{scoreOfficial(1, "Joko Contoh", "", 0, Baik, 3)}}
	_, pl := planBuild(t, r, newScoreMask(), scoreNoRules())
	if len(pl.Moves) != 1 || pl.Moves[0].Type != Unplaced || pl.Objective != 0 || len(pl.Vacant) != 0 {
		t.Fatalf("plan %+v", pl)
	}
	if !planHas(ens(pl.Moves[0].Reasons), "not placed: the roster has no posts") {
		t.Errorf("reasons %q", pl.Moves[0].Reasons)
	}
}
