package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// rulesRandomRoster builds a random roster of n officials and m posts around
// the plan date 2026-12-01: every eselon, holders of roster posts (each post
// held at most once), candidates from outside the roster's posts and
// without a post, random tenure, ages from 35 to 62, ranks III/a–IV/e,
// sanctions ending around the plan date, training in progress and random or
// missing competency profiles. Days of the month stay within 1–28 so that
// the oracle may use time.AddDate.
func rulesRandomRoster(rng *rand.Rand, n, m int) *Roster {
	day := func(y0, years int) time.Time {
		return time.Date(y0+rng.IntN(years), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
	}
	r := &Roster{Positions: make([]Position, m), Officials: make([]Official, n)}
	for j := range r.Positions {
		es := Eselon(1 + rng.IntN(6))
		p := Position{ID: fmt.Sprintf("P%05d", j), Name: "Jabatan Contoh", Unit: fmt.Sprintf("OPD %d", j%25), Eselon: es, Priority: 3}
		for k := range p.Required {
			p.Required[k] = es.Level().DefaultRequired()
			if rng.IntN(4) == 0 {
				p.Required[k] = uint8(1 + rng.IntN(5))
			}
		}
		p.Family = []string{"", "umum", "kesehatan", "hukum", "keuangan"}[rng.IntN(5)]
		r.Positions[j] = p
	}
	free := rng.Perm(m)
	for i := range r.Officials {
		birth := day(1964, 28)
		o := Official{
			NIP:  NIP{Raw: birth.Format("20060102") + "200501" + "1" + fmt.Sprintf("%03d", i%1000), Birth: birth, Seq: 1 + i%999},
			Name: fmt.Sprintf("Pejabat %d", i), Rank: Rank(9 + rng.IntN(9)),
			Performance: Performance{Predicate: Predicate(1 + rng.IntN(5))},
		}
		o.BirthDate = birth
		switch k := rng.IntN(10); {
		case k < 7 && len(free) > 0:
			o.Position = r.Positions[free[0]].ID
			free = free[1:]
		case k < 8:
			o.Eselon = Eselon(1 + rng.IntN(6))
		}
		if (o.Position != "" || o.Eselon != 0) && rng.IntN(10) != 0 {
			o.PositionSince = day(2019, 8)
			if o.PositionSince.After(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)) {
				o.PositionSince = o.PositionSince.AddDate(-1, 0, 0)
			}
		}
		if rng.IntN(5) == 0 {
			o.Sanction = Sanction(1 + rng.IntN(3))
			if rng.IntN(2) == 0 {
				// A kind of the severity (PP 94/2021 Pasal 8).
				o.SanctionKind = SanctionKind(1 + 3*(int(o.Sanction)-1) + rng.IntN(3))
			}
			switch rng.IntN(4) {
			case 0, 1:
				o.SanctionUntil = time.Date(2026, 11, 20+rng.IntN(20), 0, 0, 0, 0, time.UTC)
			case 2:
				o.SanctionDate = time.Date(2025, time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
			}
		}
		if o.Position != "" && rng.IntN(3) == 0 {
			o.Evaluation = Evaluation(1 + rng.IntN(3))
		}
		if rng.IntN(4) != 0 {
			o.Education = Education(1 + rng.IntN(6))
		}
		for _, f := range []string{"kesehatan", "hukum", "keuangan"} {
			if rng.IntN(3) == 0 {
				o.Families = append(o.Families, f)
			}
		}
		if rng.IntN(2) == 0 {
			o.AdministratorSince = day(2018, 8)
		}
		if rng.IntN(2) == 0 {
			o.PengawasSince = day(2016, 10)
		}
		if rng.IntN(6) == 0 {
			o.TrainingInProgress = true
			o.Training = Training(rng.IntN(4))
		}
		if rng.IntN(4) != 0 {
			for k := range o.Competency {
				o.Competency[k] = uint8(1 + rng.IntN(5))
			}
		}
		r.Officials[i] = o
	}
	// Open-selection results for some JPT posts: up to three names each.
	for j, p := range r.Positions {
		if p.Eselon.Level() != LevelJPT || rng.IntN(2) == 0 {
			continue
		}
		for k, i := range rng.Perm(n)[:min(n, 1+rng.IntN(3))] {
			r.Selections = append(r.Selections, Selection{Position: r.Positions[j].ID, NIP: r.Officials[i].NIP.Raw, Rank: k + 1})
		}
	}
	return r
}

// rulesRandomPolicy draws the switches and parameters, and a few forbids.
func rulesRandomPolicy(rng *rand.Rand, r *Roster) *Policy {
	coin := func() bool { return rng.IntN(3) != 0 }
	pol := &Policy{Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Rules: Rules{
		TenureMin: coin(), TenureMinMonths: 12 + rng.IntN(25),
		TenureMaxHard: coin(), TenureMaxMonths: 48 + rng.IntN(25),
		Rank: coin(), BUP: coin(), HorizonMonths: rng.IntN(25),
		Sanction: coin(), Training: coin(),
		Promotion: coin(), JPTMaxAge: 54 + rng.IntN(4), AdminMinMonths: 12 + rng.IntN(25), AllowDemotion: rng.IntN(3) == 0,
		PengawasMinMonths: 24 + rng.IntN(25),
		JPMMin:            coin(), JPMMinValue: 0.5 + 0.3*rng.Float64(),
		Evaluation: coin(), ReleaseCause: coin(), JPTSelection: coin(), JPTRotation: coin(), Education: coin(),
		SameFamily: coin(),
	}}
	for range rng.IntN(4) {
		pol.Forbids = append(pol.Forbids, Decision{
			NIP:      r.Officials[rng.IntN(len(r.Officials))].NIP.Raw,
			Position: r.Positions[rng.IntN(len(r.Positions))].ID,
		})
	}
	for range rng.IntN(3) {
		pol.Exempt = append(pol.Exempt, r.Officials[rng.IntN(len(r.Officials))].NIP.Raw)
	}
	return pol
}

// rulesOracle judges official i in post j straight from docs/rules.md,
// with none of Evaluate's machinery: time.AddDate instead of MonthsBetween
// (the days are ≤ 28), the rank floors and sanction periods written out,
// the JPM summed here, the precedences spelt out. It knows no pins
// (TestRulesDecisions covers them).
func rulesOracle(r *Roster, pol *Policy, i, j int) []string {
	o, p, d, ru := &r.Officials[i], &r.Positions[j], pol.Date, pol.Rules
	floor := map[Eselon]Rank{EselonIIa: RankIVb, EselonIIb: RankIVa, EselonIIIa: RankIIId,
		EselonIIIb: RankIIIc, EselonIVa: RankIIIb, EselonIVb: RankIIIa}
	curEs, stay, inRoster := o.Eselon, false, false
	if o.Position != "" {
		for k := range r.Positions {
			if r.Positions[k].ID == o.Position {
				curEs, stay, inRoster = r.Positions[k].Eselon, k == j, true
			}
		}
	}
	cur, to := curEs.Level(), p.Eselon.Level() // 1 JPT, 2 administrator, 3 pengawas
	known := !o.PositionSince.IsZero() && cur != 0
	atLeast := func(since time.Time, months int) bool { return !since.AddDate(0, months, 0).After(d) }
	age := d.Year() - o.BirthDate.Year()
	if o.BirthDate.AddDate(age, 0, 0).After(d) {
		age--
	}
	retireAt := func(l Level) time.Time {
		bup := 58
		if l == LevelJPT {
			bup = 60
		}
		b := o.BirthDate.AddDate(bup, 0, 0)
		return time.Date(b.Year(), b.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	}
	horizon := d.AddDate(0, ru.HorizonMonths, 0)
	retired := ru.BUP && !retireAt(cur).After(d)
	bupLock := ru.BUP && cur != 0 && !retired && !retireAt(cur).After(horizon)
	locked := ru.TenureMin && known && !atLeast(o.PositionSince, ru.TenureMinMonths) && !slices.Contains(pol.Exempt, o.NIP.Raw)
	// The sanction in force: until the given end; else its period from
	// its start (12 months when the kind is unknown); a discharge for ever.
	until := o.SanctionUntil
	months := map[SanctionKind]int{PotonganTukin6: 6, PotonganTukin9: 9, PotonganTukin12: 12, PenurunanJabatan: 12, PembebasanJabatan: 12}[o.SanctionKind]
	if o.SanctionKind == 0 {
		months = 12
	}
	if until.IsZero() && !o.SanctionDate.IsZero() && months > 0 && o.SanctionKind != Pemberhentian {
		until = o.SanctionDate.AddDate(0, months, -1)
	}
	inForce := o.Sanction >= Sedang && (o.SanctionKind == Pemberhentian || until.IsZero() || !until.Before(d))
	berat := ru.Sanction && inForce && o.Sanction == Berat
	demotion := berat && o.SanctionKind == PenurunanJabatan && cur != 0
	eval := Evaluation(0)
	if inRoster {
		eval = o.Evaluation
	}
	forbidden := func(id string) bool {
		return slices.Contains(pol.Forbids, Decision{NIP: o.NIP.Raw, Position: id})
	}
	selected := false
	for _, s := range r.Selections {
		selected = selected || s.NIP == o.NIP.Raw && s.Position == p.ID
	}
	promotes := curEs == 0 || p.Eselon < curEs
	var num, den int
	assessed := false
	for k := range p.Required {
		num += int(min(o.Competency[k], p.Required[k]))
		den += int(p.Required[k])
		assessed = assessed || o.Competency[k] != 0
	}

	var out []string
	if ru.TenureMin && !stay && locked {
		out = append(out, "R-TENURE-MIN")
	}
	tenureMax := ru.TenureMaxHard && known && atLeast(o.PositionSince, ru.TenureMaxMonths) && !bupLock
	if stay && tenureMax {
		out = append(out, "R-TENURE-MAX")
	}
	if ru.Rank && !stay && o.Rank < floor[p.Eselon] {
		out = append(out, "R-RANK")
	}
	if stay && retired || !stay && ru.BUP && (retired || bupLock || !retireAt(to).After(horizon)) {
		out = append(out, "R-BUP")
	}
	switch {
	case stay && berat,
		!stay && berat && !(demotion && to == cur+1),
		!stay && ru.Sanction && inForce && o.Sanction == Sedang && promotes:
		out = append(out, "R-SANCTION")
	}
	if ru.Training && o.TrainingInProgress && o.Training != PKP && !stay && !promotes {
		out = append(out, "R-TRAINING")
	}
	if ru.Promotion && !stay {
		var bar bool
		if cur == 0 {
			bar = to == LevelJPT || to == LevelAdministrator
		} else {
			skip := to+1 < cur
			// A lower eselon than the one held is a demotion, within a
			// level too; a berat demotion orders one level down.
			demote := p.Eselon > curEs && !ru.AllowDemotion && !(demotion && to == cur+1)
			var up bool
			if p.Eselon < curEs {
				adminSince := o.AdministratorSince
				if adminSince.IsZero() && cur == LevelAdministrator && known {
					adminSince = o.PositionSince
				}
				pengSince := o.PengawasSince
				if pengSince.IsZero() && cur == LevelPengawas && known {
					pengSince = o.PositionSince
				}
				up = o.Performance.Predicate > Baik ||
					to == LevelJPT && cur == LevelAdministrator && (age > ru.JPTMaxAge ||
						!adminSince.IsZero() && !atLeast(adminSince, ru.AdminMinMonths)) ||
					to == LevelAdministrator && cur == LevelPengawas && !pengSince.IsZero() && !atLeast(pengSince, ru.PengawasMinMonths)
			}
			bar = skip || demote || up
		}
		if bar {
			out = append(out, "R-PROMOTION")
		}
	}
	if ru.Education && !stay && o.Education != 0 && o.Education < D4 && (to == LevelJPT || to == LevelAdministrator) {
		out = append(out, "R-EDUCATION")
	}
	if ru.Evaluation {
		// tetap locks only a holder whom nothing else keeps out of the post.
		otherStayBar := tenureMax || retired || berat || inRoster && forbidden(o.Position)
		switch {
		case eval == EvalIstirahat,
			eval == EvalRotasi && stay && !locked && !bupLock,
			eval == EvalRotasi && !stay && to > cur && !berat,
			eval == EvalTetap && !stay && !otherStayBar:
			out = append(out, "R-EVALUATION")
		}
	}
	if ru.JPTSelection && !stay && to == LevelJPT && cur != LevelJPT && !selected {
		out = append(out, "R-JPT-SELECTION")
	}
	if ru.JPTRotation && !stay && to == LevelJPT && cur == LevelJPT && eval == 0 && !selected {
		out = append(out, "R-JPT-ROTATION")
	}
	if ru.JPMMin && !stay && assessed && float64(num)/float64(den) < ru.JPMMinValue {
		out = append(out, "R-JPM-MIN")
	}
	if ru.SameFamily && !stay && p.Family != "" && p.Family != "umum" && len(o.Families) > 0 && !slices.Contains(o.Families, p.Family) {
		out = append(out, "R-FAMILY")
	}
	if forbidden(p.ID) {
		out = append(out, "R-DECISION")
	}
	return out
}

// TestRulesOracle compares every pair of random rosters with the oracle.
func TestRulesOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 3))
	rounds := 200
	if testing.Short() {
		rounds = 40
	}
	seen := map[string]int{}
	defer func() {
		// The random rosters must exercise every rule that bars pairs.
		for _, ru := range RuleCatalog() {
			if ru.Code != "R-RELEASE-CAUSE" && seen[ru.Code] == 0 {
				t.Errorf("no pair barred by %s in %d rounds", ru.Code, rounds)
			}
		}
	}()
	for round := range rounds {
		r := rulesRandomRoster(rng, 10+rng.IntN(30), 5+rng.IntN(25))
		pol := rulesRandomPolicy(rng, r)
		el, err := Evaluate(r, pol)
		if err != nil {
			t.Fatalf("round %d: Evaluate: %v", round, err)
		}
		for i := range r.Officials {
			for j := range r.Positions {
				want := rulesOracle(r, pol, i, j)
				for _, c := range want {
					seen[c]++
				}
				got := el.Blocked(i, j)
				if !slices.Equal(rulesCodes(got), want) {
					t.Fatalf("round %d: official %d %+v in post %s (%v), rules %+v:\n got %v\nwant %v",
						round, i, r.Officials[i], r.Positions[j].ID, r.Positions[j].Eselon, pol.Rules, got, want)
				}
				if el.Allowed(i, j) != (want == nil) {
					t.Fatalf("round %d: Allowed(%d, %d) = %v, oracle %v", round, i, j, el.Allowed(i, j), want)
				}
				for _, v := range got {
					if v.Reason.IsZero() {
						t.Fatalf("round %d: empty reason for %s", round, v.Rule)
					}
				}
			}
		}
	}
}

// rulesSwitches are the policy's switches, one per switchable rule.
// affects lists the other rules whose verdicts a rule's switch may change,
// by the precedences of docs/rules.md: a holder retiring within the horizon
// stays in post whatever R-TENURE-MAX and rotasi say (R-BUP), a lock
// defers rotasi (R-TENURE-MIN), a berat demotion excuses the demotion
// (R-SANCTION), and tetap holds only when nothing else bars the post.
var rulesSwitches = []struct {
	code    string
	off     func(*Rules)
	affects []string
}{
	{"R-TENURE-MIN", func(r *Rules) { r.TenureMin = false }, []string{"R-EVALUATION"}},
	{"R-TENURE-MAX", func(r *Rules) { r.TenureMaxHard = false }, []string{"R-EVALUATION"}},
	{"R-RANK", func(r *Rules) { r.Rank = false }, nil},
	{"R-BUP", func(r *Rules) { r.BUP = false }, []string{"R-TENURE-MAX", "R-EVALUATION"}},
	{"R-SANCTION", func(r *Rules) { r.Sanction = false }, []string{"R-PROMOTION", "R-EVALUATION"}},
	{"R-TRAINING", func(r *Rules) { r.Training = false }, nil},
	{"R-PROMOTION", func(r *Rules) { r.Promotion = false }, nil},
	{"R-EDUCATION", func(r *Rules) { r.Education = false }, nil},
	{"R-EVALUATION", func(r *Rules) { r.Evaluation = false }, nil},
	{"R-JPT-SELECTION", func(r *Rules) { r.JPTSelection = false }, nil},
	{"R-JPT-ROTATION", func(r *Rules) { r.JPTRotation = false }, nil},
	{"R-JPM-MIN", func(r *Rules) { r.JPMMin = false }, nil},
	{"R-FAMILY", func(r *Rules) { r.SameFamily = false }, nil},
}

// TestRulesSwitchOff checks, on random rosters with every rule on, that
// switching one rule off removes exactly that rule's verdicts and changes
// no other rule's but those of its documented precedences (affects); a
// switch without any forbids no pair that was allowed.
func TestRulesSwitchOff(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	rounds := 60
	if testing.Short() {
		rounds = 15
	}
	for round := range rounds {
		r := rulesRandomRoster(rng, 10+rng.IntN(30), 5+rng.IntN(25))
		pol := rulesRandomPolicy(rng, r)
		pol.Rules.TenureMin, pol.Rules.TenureMaxHard, pol.Rules.Rank, pol.Rules.BUP = true, true, true, true
		pol.Rules.Sanction, pol.Rules.Training, pol.Rules.Promotion, pol.Rules.JPMMin = true, true, true, true
		pol.Rules.Education, pol.Rules.Evaluation, pol.Rules.JPTSelection, pol.Rules.JPTRotation = true, true, true, true
		pol.Rules.SameFamily = true
		all, err := Evaluate(r, pol)
		if err != nil {
			t.Fatalf("Evaluate: %v", err)
		}
		for _, sw := range rulesSwitches {
			p2 := *pol
			sw.off(&p2.Rules)
			el, err := Evaluate(r, &p2)
			if err != nil {
				t.Fatalf("Evaluate without %s: %v", sw.code, err)
			}
			if slices.Contains(el.Checked(), sw.code) {
				t.Errorf("%s still checked when switched off", sw.code)
			}
			for i := range r.Officials {
				for j := range r.Positions {
					var want, got []Verdict
					for _, v := range all.Blocked(i, j) {
						if v.Rule != sw.code && !slices.Contains(sw.affects, v.Rule) {
							want = append(want, v)
						}
					}
					for _, v := range el.Blocked(i, j) {
						if !slices.Contains(sw.affects, v.Rule) {
							got = append(got, v)
						}
					}
					if !slices.Equal(textVerdicts(got), textVerdicts(want)) {
						t.Fatalf("round %d, %s off, pair (%d, %d):\n got %v\nwant %v", round, sw.code, i, j, got, want)
					}
					if len(sw.affects) == 0 && all.Allowed(i, j) && !el.Allowed(i, j) {
						t.Fatalf("round %d: switching %s off forbids pair (%d, %d)", round, sw.code, i, j)
					}
				}
			}
		}
	}
}

// TestRulesStatusInvariants checks statuses against the pairs on random
// rosters: MustLeave exactly when the current post is barred, a locked
// official allowed nowhere else and never released, release allowed
// whenever a holder has a cause to leave and, under R-RELEASE-CAUSE, only
// then (without it, whenever a holder must leave).
func TestRulesStatusInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	for round := range 30 {
		r := rulesRandomRoster(rng, 40, 30)
		pol := rulesRandomPolicy(rng, r)
		el, err := Evaluate(r, pol)
		if err != nil {
			t.Fatalf("Evaluate: %v", err)
		}
		idx := r.PositionIndex()
		for i, o := range r.Officials {
			st, vs := el.Status(i)
			if (st == Free) != (vs == nil) {
				t.Fatalf("round %d: official %d status %v with verdicts %v", round, i, st, vs)
			}
			cur, ok := idx[o.Position]
			if !ok || o.Position == "" {
				continue
			}
			if el.Allowed(i, cur) == (st == MustLeave) {
				t.Fatalf("round %d: official %d: status %v, Allowed(current) %v", round, i, st, el.Allowed(i, cur))
			}
			switch cause := el.Cause(i); {
			case cause != CauseNone && !el.CanRelease(i):
				t.Fatalf("round %d: official %d has a cause (%v) but cannot be released", round, i, cause)
			case pol.Rules.ReleaseCause && cause == CauseNone && el.CanRelease(i):
				t.Fatalf("round %d: official %d may be released without a cause", round, i)
			case !pol.Rules.ReleaseCause && st == MustLeave && !el.CanRelease(i):
				t.Fatalf("round %d: official %d must leave but cannot be released", round, i)
			}
			if st == Locked {
				if el.CanRelease(i) {
					t.Fatalf("round %d: locked official %d may be released", round, i)
				}
				for j := range r.Positions {
					if j != cur && el.Allowed(i, j) {
						t.Fatalf("round %d: locked official %d allowed in %d", round, i, j)
					}
				}
			}
		}
	}
}

// rulesBenchRoster is the province-wide pool of the brief: 12,000 officials
// and 10,000 posts.
func rulesBenchRoster() *Roster {
	return rulesRandomRoster(rand.New(rand.NewPCG(1, 2)), 12000, 10000)
}

func BenchmarkEvaluate(b *testing.B) {
	r := rulesBenchRoster()
	pol := &Policy{Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Rules: DefaultRules()}
	b.ReportAllocs()
	for b.Loop() {
		el, err := Evaluate(r, pol)
		if err != nil || len(el.facts) != len(r.Officials) {
			b.Fatalf("Evaluate: %v", err)
		}
	}
}

// BenchmarkAllowedAll judges all 120 million pairs once per iteration, as
// Score does; it must not allocate.
func BenchmarkAllowedAll(b *testing.B) {
	r := rulesBenchRoster()
	for _, jpm := range []bool{false, true} {
		pol := &Policy{Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Rules: DefaultRules()}
		pol.Rules.JPMMin = jpm
		el, err := Evaluate(r, pol)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("jpm=%v", jpm), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for i := range r.Officials {
					for j := range r.Positions {
						if el.Allowed(i, j) {
							n++
						}
					}
				}
				if n == 0 || n == len(r.Officials)*len(r.Positions) {
					b.Fatalf("%d allowed pairs: the synthetic roster does not exercise the rules", n)
				}
			}
		})
	}
}
