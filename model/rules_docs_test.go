package model

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// rulesDocScenarios are variations of the rules' fixture (rulesFixture)
// whose messages docs/rules.md quotes: each changes the base official
// (index 0) or the policy.
func rulesDocScenarios(t testing.TB) map[string]func(r *Roster, p *Policy) {
	day := func(s string) time.Time { return rulesDay(t, s) }
	o := func(r *Roster) *Official { return &r.Officials[0] }
	sanction := func(s Sanction, k SanctionKind, date, until string) func(r *Roster, p *Policy) {
		return func(r *Roster, _ *Policy) {
			o(r).Sanction, o(r).SanctionKind = s, k
			if date != "" {
				o(r).SanctionDate = day(date)
			}
			if until != "" {
				o(r).SanctionUntil = day(until)
			}
		}
	}
	return map[string]func(r *Roster, p *Policy){
		"default":          func(*Roster, *Policy) {},
		"new in the post":  func(r *Roster, _ *Policy) { o(r).PositionSince = day("2024-12-02") },
		"start unknown":    func(r *Roster, _ *Policy) { o(r).PositionSince = time.Time{} },
		"exempt":           func(r *Roster, p *Policy) { o(r).PositionSince = day("2024-12-02"); p.Exempt = []string{o(r).NIP.Raw} },
		"67 months, soft":  func(r *Roster, _ *Policy) { o(r).PositionSince = day("2021-05-01") },
		"60 months, hard":  func(r *Roster, p *Policy) { o(r).PositionSince = day("2021-12-01"); p.Rules.TenureMaxHard = true },
		"III/b pengawas":   func(r *Roster, _ *Policy) { o(r).Position, o(r).Rank = "PGW-A", RankIIIb },
		"III/c in III.a":   func(r *Roster, _ *Policy) { o(r).Position, o(r).Rank = "ADM-A", RankIIIc },
		"rank unknown":     func(r *Roster, _ *Policy) { o(r).Rank = 0 },
		"retires in 2027":  func(r *Roster, _ *Policy) { rulesBorn(t, r, 0, "1969-11-15") },
		"retires in April": func(r *Roster, _ *Policy) { rulesBorn(t, r, 0, "1969-03-10") },
		"retired":          func(r *Roster, _ *Policy) { rulesBorn(t, r, 0, "1968-11-15") },
		"birth unknown": func(r *Roster, _ *Policy) {
			o(r).BirthDate, o(r).NIP.Birth = time.Time{}, time.Time{}
		},
		"berat until the plan date": sanction(Berat, 0, "", "2026-12-01"),
		"berat, no end":             sanction(Berat, 0, "", ""),
		"sedang until January":      sanction(Sedang, 0, "", "2027-01-31"),
		"demoted":                   sanction(Berat, PenurunanJabatan, "2026-06-01", ""),
		"demoted JPT": func(r *Roster, p *Policy) {
			sanction(Berat, PenurunanJabatan, "2026-06-01", "")(r, p)
			o(r).Position, o(r).Rank = "JPT-A", RankIVc
			r.Officials[1].Position = ""
		},
		"demoted pengawas": func(r *Roster, p *Policy) {
			sanction(Berat, PenurunanJabatan, "2026-06-01", "")(r, p)
			o(r).Position, o(r).Rank = "PGW-A", RankIIId
		},
		"released to pelaksana": sanction(Berat, PembebasanJabatan, "2026-06-01", ""),
		"discharged":            sanction(Berat, Pemberhentian, "2020-01-01", ""),
		"cut 6 months":          sanction(Sedang, PotonganTukin6, "2026-10-01", ""),
		"sedang, date only":     sanction(Sedang, 0, "2026-03-01", ""),
		"sedang, no dates":      sanction(Sedang, 0, "", ""),
		"sedang ended":          sanction(Sedang, PotonganTukin9, "2025-09-01", ""),
		"sedang, no post": func(r *Roster, p *Policy) {
			sanction(Sedang, 0, "", "2027-01-31")(r, p)
			o(r).Position = ""
		},
		"training": func(r *Roster, p *Policy) {
			p.Rules.Training = true
			o(r).Training, o(r).TrainingInProgress = PKA, true
		},
		"pengawas": func(r *Roster, _ *Policy) { o(r).Position, o(r).Rank = "PGW-A", RankIIId },
		"pengawas, 35 months": func(r *Roster, p *Policy) {
			o(r).Position, o(r).Rank, o(r).PositionSince = "PGW-A", RankIIId, day("2023-12-02")
			p.Exempt = []string{o(r).NIP.Raw}
		},
		"JPT in II.a": func(r *Roster, _ *Policy) {
			o(r).Position, o(r).Rank = "JPT-B", RankIVb
			r.Officials[1].Evaluation = EvalRotasi
		},
		"aged 57":      func(r *Roster, _ *Policy) { rulesBorn(t, r, 0, "1969-12-01") },
		"admin 35":     func(r *Roster, p *Policy) { o(r).PositionSince = day("2023-12-02"); p.Rules.AdminMinMonths = 36 },
		"admin since":  func(r *Roster, p *Policy) { o(r).AdministratorSince = day("2023-12-02"); p.Rules.AdminMinMonths = 36 },
		"SKP Kurang":   func(r *Roster, _ *Policy) { o(r).Performance.Predicate = ButuhPerbaikan },
		"no post":      func(r *Roster, _ *Policy) { o(r).Position = "" },
		"D3":           func(r *Roster, _ *Policy) { o(r).Education = D3 },
		"no education": func(r *Roster, _ *Policy) { o(r).Education = 0 },
		"tetap":        func(r *Roster, _ *Policy) { o(r).Evaluation = EvalTetap },
		"tetap, barred": func(r *Roster, p *Policy) {
			o(r).Evaluation = EvalTetap
			p.Forbids = []Decision{{NIP: o(r).NIP.Raw, Position: "ADM-B"}}
		},
		"rotasi": func(r *Roster, _ *Policy) { o(r).Evaluation = EvalRotasi; o(r).EvaluationDate = day("2026-09-20") },
		"rotasi, new": func(r *Roster, _ *Policy) {
			o(r).Evaluation, o(r).PositionSince = EvalRotasi, day("2025-06-01")
		},
		"rotasi, retiring": func(r *Roster, _ *Policy) { o(r).Evaluation = EvalRotasi; rulesBorn(t, r, 0, "1969-03-10") },
		"istirahat":        func(r *Roster, _ *Policy) { o(r).Evaluation = EvalIstirahat; o(r).EvaluationDate = day("2026-10-01") },
		"no selection":     func(r *Roster, _ *Policy) { r.Selections = nil },
		"JPT, no test": func(r *Roster, p *Policy) {
			r.Selections = nil
			o(r).Position, o(r).Rank = "JPT-B", RankIVc
			p.Rules.AllowDemotion = true
		},
		"JPM 64": func(r *Roster, p *Policy) {
			p.Rules.JPMMin = true
			r.Positions[4].Required = Profile{5, 5, 5, 5, 5}
			o(r).Competency = Profile{5, 5, 5, 1}
		},
		"not assessed": func(r *Roster, p *Policy) { p.Rules.JPMMin = true; o(r).Competency = Profile{} },
		"family": func(r *Roster, p *Policy) {
			p.Rules.SameFamily = true
			o(r).Families = []string{"hukum", "pemerintahan"}
			r.Positions[4].Family = "kesehatan"
		},
		"family unknown": func(_ *Roster, p *Policy) { p.Rules.SameFamily = true },
		"pinned":         func(r *Roster, p *Policy) { p.Pins = []Decision{{NIP: o(r).NIP.Raw, Position: "ADM-C"}} },
		"pinned here":    func(r *Roster, p *Policy) { p.Pins = []Decision{{NIP: o(r).NIP.Raw, Position: "ADM-B"}} },
		"released":       func(r *Roster, p *Policy) { p.Pins = []Decision{{NIP: o(r).NIP.Raw}} },
		"post pinned":    func(r *Roster, p *Policy) { p.Pins = []Decision{{NIP: r.Officials[1].NIP.Raw, Position: "ADM-B"}} },
		"forbidden":      func(r *Roster, p *Policy) { p.Forbids = []Decision{{NIP: o(r).NIP.Raw, Position: "ADM-C"}} },
	}
}

// rulesDocMessages returns every message the rules write for the officials
// of the scenarios: pair verdicts, statuses, release verdicts and notes.
func rulesDocMessages(t *testing.T) map[string]bool {
	msgs := map[string]bool{}
	for name, mod := range rulesDocScenarios(t) {
		r := rulesFixture(t)
		pol := rulesPolicy(t)
		mod(r, pol)
		el, err := Evaluate(r, pol)
		if err != nil {
			t.Fatalf("%s: Evaluate: %v", name, err)
		}
		add := func(vs []Verdict) {
			for _, v := range vs {
				msgs[v.String()] = true
			}
		}
		for i := range r.Officials {
			for j := range r.Positions {
				add(el.Blocked(i, j))
			}
			_, vs := el.Status(i)
			add(vs)
			add(el.ReleaseBlocked(i))
			add(el.Notes(i))
		}
	}
	return msgs
}

// TestRulesDocsQuotes checks that docs/rules.md quotes the rules' messages
// as they are written: every backquoted "R-…: …" without an ellipsis is a
// message of some scenario. With -v it lists the messages.
func TestRulesDocsQuotes(t *testing.T) {
	b, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	msgs := rulesDocMessages(t)
	if testing.Verbose() {
		var all []string
		for m := range msgs {
			all = append(all, m)
		}
		slices.Sort(all)
		t.Logf("the rules' messages:\n%s", strings.Join(all, "\n"))
	}
	re := regexp.MustCompile("`(R-[A-Z-]+: [^`]+)`")
	n := 0
	for _, m := range re.FindAllStringSubmatch(strings.Join(strings.Fields(string(b)), " "), -1) {
		q := m[1]
		if strings.Contains(q, "…") {
			continue
		}
		n++
		if !msgs[q] {
			t.Errorf("docs/rules.md quotes a message the rules do not write:\n%s", q)
		}
	}
	if n < 30 {
		t.Errorf("docs/rules.md quotes %d full messages, want at least 30", n)
	}
	// The political calendar's reasons, for the dates the page quotes.
	day := func(s string) time.Time { return rulesDay(t, s) }
	cal := Calendar{CandidatesSet: day("2029-09-22"), TermEnd: day("2030-02-20"), Inaugurated: day("2026-07-16"), ActingHead: true}
	reasons := map[string]bool{}
	for _, d := range []string{"2026-12-01", "2029-06-01"} {
		for _, r := range ApprovalAt(day(d), cal).Reasons {
			reasons[en(r)] = true
		}
	}
	re = regexp.MustCompile("`((?:UU|PP) [0-9]+/[0-9]+ Pasal [^`]+)`")
	for _, m := range re.FindAllStringSubmatch(strings.Join(strings.Fields(string(b)), " "), -1) {
		if !reasons[m[1]] {
			t.Errorf("docs/rules.md quotes a calendar reason ApprovalAt does not write:\n%s", m[1])
		}
	}
}
