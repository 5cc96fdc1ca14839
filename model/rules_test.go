package model

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// The rules' fixtures: a plan date of 2026-12-01, seven posts across the
// three levels, and two officials built by hand: rulesBase (index 0), an
// administrator in ADM-B whom each case changes, and a JPT holder in JPT-A
// (index 1) who stays out of the way. The open selection names the base
// official for both JPT posts, so that the other rules decide there unless
// a case drops the selection.
const rulesPlanDate = "2026-12-01"

// rulesNIPOf makes a fictional NIP for a birth date and sequence number.
func rulesNIPOf(t testing.TB, birth string, seq int) NIP {
	raw := strings.ReplaceAll(birth, "-", "") + "199503" + "1" + fmt.Sprintf("%03d", seq)
	return NIP{Raw: raw, Birth: rulesDay(t, birth), Appointed: rulesDay(t, "1995-03-01"), Gender: Male, Seq: seq}
}

// rulesPostFixture returns the posts of the fixture, their competency
// standards at the level's default.
func rulesPostFixture() []Position {
	ps := []Position{
		{ID: "JPT-A", Name: "Kepala Dinas Contoh A", Unit: "Dinas A", Eselon: EselonIIb},
		{ID: "JPT-B", Name: "Sekretaris Daerah Contoh", Unit: "Setda", Eselon: EselonIIa},
		{ID: "ADM-A", Name: "Sekretaris Dinas A", Unit: "Dinas A", Eselon: EselonIIIa},
		{ID: "ADM-B", Name: "Kepala Bidang B", Unit: "Dinas B", Eselon: EselonIIIb},
		{ID: "ADM-C", Name: "Kepala Bidang C", Unit: "Dinas C", Eselon: EselonIIIb},
		{ID: "PGW-A", Name: "Kepala Seksi A", Unit: "Dinas A", Eselon: EselonIVa},
		{ID: "PGW-B", Name: "Kepala Subbagian B", Unit: "Dinas B", Eselon: EselonIVb},
	}
	for j := range ps {
		for k := range ps[j].Required {
			ps[j].Required[k] = ps[j].Eselon.Level().DefaultRequired()
		}
		ps[j].Priority = 3
	}
	return ps
}

// rulesFixture builds the fixture roster.
func rulesFixture(t testing.TB) *Roster {
	var comp Profile
	for k := range comp {
		comp[k] = 3
	}
	base := Official{
		NIP: rulesNIPOf(t, "1975-06-15", 1), Name: "Budi Contoh", Rank: RankIVa,
		Position: "ADM-B", PositionSince: rulesDay(t, "2021-12-02"),
		Performance: Performance{Predicate: Baik}, Competency: comp, Education: S1,
	}
	base.BirthDate = base.NIP.Birth
	other := Official{
		NIP: rulesNIPOf(t, "1972-02-10", 2), Name: "Sari Fiktif", Rank: RankIVc,
		Position: "JPT-A", PositionSince: rulesDay(t, "2023-01-01"),
		Performance: Performance{Predicate: SangatBaik}, Competency: comp, Education: S2,
	}
	other.BirthDate = other.NIP.Birth
	return &Roster{Officials: []Official{base, other}, Positions: rulesPostFixture(),
		Selections: []Selection{{Position: "JPT-A", NIP: base.NIP.Raw, Rank: 1}, {Position: "JPT-B", NIP: base.NIP.Raw, Rank: 2}}}
}

// rulesBorn sets official i's birth date (and NIP) in the fixture.
func rulesBorn(t testing.TB, r *Roster, i int, birth string) {
	old := r.Officials[i].NIP.Raw
	r.Officials[i].NIP = rulesNIPOf(t, birth, i+1)
	r.Officials[i].BirthDate = r.Officials[i].NIP.Birth
	for k := range r.Selections {
		if r.Selections[k].NIP == old {
			r.Selections[k].NIP = r.Officials[i].NIP.Raw
		}
	}
}

// rulesPolicy returns the default policy at the fixture's plan date.
func rulesPolicy(t testing.TB) *Policy {
	return &Policy{Date: rulesDay(t, rulesPlanDate), Rules: DefaultRules()}
}

// rulesCodes returns the rule codes of verdicts.
func rulesCodes(vs []Verdict) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Rule)
	}
	return out
}

// rulesPostIndex finds a post of the fixture by id.
func rulesPostIndex(t testing.TB, r *Roster, id string) int {
	t.Helper()
	j, ok := r.PositionIndex()[id]
	if !ok {
		t.Fatalf("no post %q in the fixture", id)
	}
	return j
}

func TestRulesPairs(t *testing.T) {
	type mod func(t testing.TB, r *Roster, p *Policy)
	since := func(d string) mod {
		return func(t testing.TB, r *Roster, _ *Policy) { r.Officials[0].PositionSince = rulesDay(t, d) }
	}
	born := func(d string) mod { return func(t testing.TB, r *Roster, _ *Policy) { rulesBorn(t, r, 0, d) } }
	rank := func(k Rank) mod { return func(_ testing.TB, r *Roster, _ *Policy) { r.Officials[0].Rank = k } }
	at := func(id string) mod { return func(_ testing.TB, r *Roster, _ *Policy) { r.Officials[0].Position = id } }
	rules := func(f func(*Rules)) mod { return func(_ testing.TB, _ *Roster, p *Policy) { f(&p.Rules) } }
	off := func(f func(*Official)) mod { return func(_ testing.TB, r *Roster, _ *Policy) { f(&r.Officials[0]) } }
	sanction := func(s Sanction, until string) mod {
		return func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Sanction = s
			if until != "" {
				r.Officials[0].SanctionUntil = rulesDay(t, until)
			}
		}
	}
	// kind gives a sanction of PP 94/2021 Pasal 8 by its kind, from a
	// start date ("" none) and without an end.
	kind := func(k SanctionKind, start string) mod {
		return func(t testing.TB, r *Roster, _ *Policy) {
			o := &r.Officials[0]
			o.Sanction, o.SanctionKind = k.Severity(), k
			if start != "" {
				o.SanctionDate = rulesDay(t, start)
			}
		}
	}
	eval := func(v Evaluation) mod { return off(func(o *Official) { o.Evaluation = v }) }
	noSelection := func(_ testing.TB, r *Roster, _ *Policy) { r.Selections = nil }
	training := rules(func(r *Rules) { r.Training = true })
	// jpmOn sets ADM-C's standard to five competencies at level 5 (Σ 25)
	// and the official's levels so that Σ min = sum.
	jpmOn := func(sum int) mod {
		return func(_ testing.TB, r *Roster, p *Policy) {
			p.Rules.JPMMin = true
			j := 4
			r.Positions[j].Required = Profile{5, 5, 5, 5, 5}
			var c Profile
			for k := 0; k < 5 && sum > 0; k++ {
				c[k] = uint8(min(sum, 5))
				sum -= int(c[k])
			}
			r.Officials[0].Competency = c
		}
	}
	cases := []struct {
		name   string
		mods   []mod
		post   string
		want   []string
		reason string // the first verdict's reason, when checked
	}{
		{name: "default: rotation allowed", post: "ADM-C"},
		{name: "default: stay allowed", post: "ADM-B"},
		{name: "default: one level up allowed", post: "JPT-A"},
		{name: "default: rank below II.a", post: "JPT-B", want: []string{"R-RANK"},
			reason: "golongan IV/a is below IV/b, the lowest allowed for eselon II.a (range IV/c–IV/d, one step below allowed)"},

		{name: "tenure: exactly 24 months moves", mods: []mod{since("2024-12-01")}, post: "ADM-C"},
		{name: "tenure: one day short is locked", mods: []mod{since("2024-12-02")}, post: "ADM-C", want: []string{"R-TENURE-MIN"},
			reason: "23 months in the current post since 2 December 2024, fewer than 24: stays until 2 December 2026"},
		{name: "tenure: locked may stay", mods: []mod{since("2024-12-02")}, post: "ADM-B"},
		{name: "tenure: locked, not promoted either", mods: []mod{since("2024-12-02"), rules(func(r *Rules) { r.AdminMinMonths = 0 })},
			post: "JPT-A", want: []string{"R-TENURE-MIN"}},
		{name: "tenure: exempt", mods: []mod{since("2024-12-02"), func(_ testing.TB, r *Roster, p *Policy) {
			p.Exempt = []string{r.Officials[0].NIP.String()}
		}}, post: "ADM-C"},
		{name: "tenure: switched off", mods: []mod{since("2024-12-02"), rules(func(r *Rules) { r.TenureMin = false })}, post: "ADM-C"},
		{name: "tenure: unknown start is not locked", mods: []mod{off(func(o *Official) { o.PositionSince = time.Time{} })}, post: "ADM-C"},
		{name: "tenure: longer minimum", mods: []mod{since("2023-12-02"), rules(func(r *Rules) { r.TenureMinMonths = 36 })}, post: "ADM-C", want: []string{"R-TENURE-MIN"}},

		{name: "tenure max: 60 months hard must leave", mods: []mod{since("2021-12-01"), rules(func(r *Rules) { r.TenureMaxHard = true })},
			post: "ADM-B", want: []string{"R-TENURE-MAX"},
			reason: "60 months in the current post since 1 December 2021, at least 60: must leave (hard limit in the policy)"},
		{name: "tenure max: 59 months hard may stay", mods: []mod{since("2021-12-02"), rules(func(r *Rules) { r.TenureMaxHard = true })}, post: "ADM-B"},
		{name: "tenure max: hard, other posts open", mods: []mod{since("2021-12-01"), rules(func(r *Rules) { r.TenureMaxHard = true })}, post: "ADM-C"},
		{name: "tenure max: soft is no bar", mods: []mod{since("2001-12-01")}, post: "ADM-B"},

		{name: "rank: one step below the range", mods: []mod{at("PGW-A"), rank(RankIIIc)}, post: "ADM-C"},
		{name: "rank: two steps below", mods: []mod{at("PGW-A"), rank(RankIIIb)}, post: "ADM-C", want: []string{"R-RANK"},
			reason: "golongan III/b is below III/c, the lowest allowed for eselon III.b (range III/d–IV/a, one step below allowed)"},
		{name: "rank: switched off", mods: []mod{at("PGW-A"), rank(RankIIIb), rules(func(r *Rules) { r.Rank = false })}, post: "ADM-C"},
		{name: "rank: holder below the range may stay", mods: []mod{at("ADM-A"), rank(RankIIIc)}, post: "ADM-A"},
		{name: "rank: holder below the range, another III.a barred", mods: []mod{at("ADM-C"), rank(RankIIIc)}, post: "ADM-A", want: []string{"R-RANK"}},

		{name: "BUP: retires at the end of the horizon", mods: []mod{born("1969-11-15")}, post: "ADM-C", want: []string{"R-BUP"},
			reason: "pensiun 1 December 2027 (BUP 58 for Administrator), within the 12-month horizon ending 1 December 2027"},
		{name: "BUP: stays in the current post until then", mods: []mod{born("1969-11-15")}, post: "ADM-B"},
		{name: "BUP: birthday on the 1st", mods: []mod{born("1969-11-01")}, post: "ADM-C", want: []string{"R-BUP"}},
		{name: "BUP: birthday at the horizon's end", mods: []mod{born("1969-12-01")}, post: "ADM-C"},
		{name: "BUP: a JPT post's 60 does not free a holder retiring at 58", mods: []mod{born("1969-11-15"), rules(func(r *Rules) { r.Promotion = false })}, post: "JPT-A", want: []string{"R-BUP"},
			reason: "pensiun 1 December 2027 (BUP 58 for Administrator), within the 12-month horizon ending 1 December 2027: stays in the post until then, no other post"},
		{name: "BUP: JPT candidate too old", mods: []mod{born("1969-11-15")}, post: "JPT-A", want: []string{"R-BUP", "R-PROMOTION"}},
		{name: "BUP: retired on the plan date leaves the current post", mods: []mod{born("1968-11-15")}, post: "ADM-B", want: []string{"R-BUP"},
			reason: "pensiun 1 December 2026 (BUP 58 for Administrator), on or before the plan date 1 December 2026: retires"},
		{name: "BUP: a JPT holder of 59 stays, no administrator post", mods: []mod{at("JPT-A"), rank(RankIVc), born("1967-06-15"), rules(func(r *Rules) { r.AllowDemotion = true })}, post: "ADM-C", want: []string{"R-BUP"}},
		{name: "BUP: pengawas post at 58 too", mods: []mod{born("1969-11-15"), rules(func(r *Rules) { r.AllowDemotion = true })}, post: "PGW-A", want: []string{"R-BUP"}},
		{name: "BUP: switched off", mods: []mod{born("1969-11-15"), rules(func(r *Rules) { r.BUP = false })}, post: "ADM-C"},
		{name: "BUP: no horizon, retires on the plan date", mods: []mod{born("1968-11-15"), rules(func(r *Rules) { r.HorizonMonths = 0 })}, post: "ADM-C", want: []string{"R-BUP"}},
		{name: "BUP: no horizon, retires the month after", mods: []mod{born("1968-12-01"), rules(func(r *Rules) { r.HorizonMonths = 0 })}, post: "ADM-C"},
		{name: "BUP: longer horizon", mods: []mod{born("1970-05-20"), rules(func(r *Rules) { r.HorizonMonths = 24 })}, post: "ADM-C", want: []string{"R-BUP"}},

		{name: "sanction: berat ended the day before", mods: []mod{sanction(Berat, "2026-11-30")}, post: "ADM-C"},
		{name: "sanction: berat ends on the plan date", mods: []mod{sanction(Berat, "2026-12-01")}, post: "ADM-C", want: []string{"R-SANCTION"},
			reason: "hukuman disiplin berat, in force until 1 December 2026: kind unknown, taken as release to a pelaksana post: no structural post"},
		{name: "sanction: berat bars the current post", mods: []mod{sanction(Berat, "2027-06-30")}, post: "ADM-B", want: []string{"R-SANCTION"}},
		{name: "sanction: berat without end", mods: []mod{sanction(Berat, "")}, post: "ADM-C", want: []string{"R-SANCTION"},
			reason: "hukuman disiplin berat, in force, end date unknown: kind unknown, taken as release to a pelaksana post: no structural post"},
		{name: "sanction: sedang bars promotion", mods: []mod{sanction(Sedang, "2027-01-31")}, post: "JPT-A", want: []string{"R-SANCTION"},
			reason: "hukuman disiplin sedang, in force until 31 January 2027: no promotion from eselon III.b to II.b"},
		{name: "sanction: sedang bars a promotion within the level", mods: []mod{sanction(Sedang, "2027-01-31")}, post: "ADM-A", want: []string{"R-SANCTION"}},
		{name: "sanction: demotion allows one level lower", mods: []mod{kind(PenurunanJabatan, "2026-06-01")}, post: "PGW-A"},
		{name: "sanction: demotion bars the level", mods: []mod{kind(PenurunanJabatan, "2026-06-01")}, post: "ADM-C", want: []string{"R-SANCTION"},
			reason: "hukuman disiplin berat (penurunan jabatan setingkat lebih rendah selama 12 bulan), in force until 31 May 2027: a post one level lower (Pengawas) only (PP 94/2021 Pasal 8 ayat (4) huruf a)"},
		{name: "sanction: demotion bars the current post", mods: []mod{kind(PenurunanJabatan, "2026-06-01")}, post: "ADM-B", want: []string{"R-SANCTION"}},
		{name: "sanction: demotion of a JPT holder to an administrator post", mods: []mod{at("JPT-A"), rank(RankIVc), kind(PenurunanJabatan, "2026-06-01")}, post: "ADM-C"},
		{name: "sanction: demotion, 12 months ended the day before", mods: []mod{kind(PenurunanJabatan, "2025-12-01")}, post: "ADM-C"},
		{name: "sanction: demotion, last day of the 12 months", mods: []mod{kind(PenurunanJabatan, "2025-12-02")}, post: "ADM-C", want: []string{"R-SANCTION"}},
		{name: "sanction: release to pelaksana bars a lower post too", mods: []mod{kind(PembebasanJabatan, "2026-06-01")}, post: "PGW-A", want: []string{"R-SANCTION", "R-PROMOTION"}},
		{name: "sanction: discharge is permanent", mods: []mod{kind(Pemberhentian, "2020-01-01")}, post: "ADM-C", want: []string{"R-SANCTION"}},
		{name: "sanction: cut for 6 months ended", mods: []mod{kind(PotonganTukin6, "2026-06-01")}, post: "JPT-A"},
		{name: "sanction: cut for 6 months, last day", mods: []mod{kind(PotonganTukin6, "2026-06-02")}, post: "JPT-A", want: []string{"R-SANCTION"}},
		{name: "sanction: cut for 9 months", mods: []mod{kind(PotonganTukin9, "2026-03-02")}, post: "JPT-A", want: []string{"R-SANCTION"}},
		{name: "sanction: kind unknown lasts 12 months from its date", mods: []mod{sanction(Sedang, ""), func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].SanctionDate = rulesDay(t, "2025-12-02")
		}}, post: "JPT-A", want: []string{"R-SANCTION"}},
		{name: "sanction: kind unknown, 12 months ended", mods: []mod{sanction(Sedang, ""), func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].SanctionDate = rulesDay(t, "2025-12-01")
		}}, post: "JPT-A"},
		{name: "sanction: an end date beats the period", mods: []mod{kind(PotonganTukin6, "2025-01-01"), func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].SanctionUntil = rulesDay(t, "2027-01-01")
		}}, post: "JPT-A", want: []string{"R-SANCTION"}},
		{name: "sanction: a reprimand has no effect", mods: []mod{kind(TeguranTertulis, "2026-11-01")}, post: "JPT-A"},
		{name: "sanction: sedang allows rotation", mods: []mod{sanction(Sedang, "2027-01-31")}, post: "ADM-C"},
		{name: "sanction: sedang ended the day before", mods: []mod{sanction(Sedang, "2026-11-30")}, post: "JPT-A"},
		{name: "sanction: ringan has no effect", mods: []mod{sanction(Ringan, "")}, post: "JPT-A"},
		{name: "sanction: switched off", mods: []mod{sanction(Berat, ""), rules(func(r *Rules) { r.Sanction = false })}, post: "ADM-B"},
		{name: "sanction: sedang, no structural post", mods: []mod{at(""), sanction(Sedang, "")}, post: "PGW-B", want: []string{"R-SANCTION"}},

		{name: "training: off by default (a regional policy)", mods: []mod{off(func(o *Official) { o.Training, o.TrainingInProgress = PKA, true })}, post: "ADM-C"},
		{name: "training: PKN II bars rotation", mods: []mod{training, off(func(o *Official) { o.Training, o.TrainingInProgress = PKA, true })}, post: "ADM-C", want: []string{"R-TRAINING"},
			reason: "attending PKN II leadership training: may stay or be promoted, not moved to another Administrator post (a regional policy)"},
		{name: "training: PKN II allows promotion", mods: []mod{training, off(func(o *Official) { o.Training, o.TrainingInProgress = PKA, true })}, post: "JPT-A"},
		{name: "training: PKN II allows a promotion within the level", mods: []mod{training, off(func(o *Official) { o.Training, o.TrainingInProgress = PKA, true })}, post: "ADM-A"},
		{name: "training: PKN II allows staying", mods: []mod{training, off(func(o *Official) { o.Training, o.TrainingInProgress = PKA, true })}, post: "ADM-B"},
		{name: "training: unknown kind is PKN II", mods: []mod{training, off(func(o *Official) { o.TrainingInProgress = true })}, post: "ADM-C", want: []string{"R-TRAINING"}},
		{name: "training: PKA in progress is not PKN II", mods: []mod{training, off(func(o *Official) { o.Training, o.TrainingInProgress = PKP, true })}, post: "ADM-C"},
		{name: "training: and demotion", mods: []mod{training, off(func(o *Official) { o.TrainingInProgress = true })}, post: "PGW-A", want: []string{"R-TRAINING", "R-PROMOTION"}},

		{name: "promotion: pengawas to JPT skips a level", mods: []mod{at("PGW-A")}, post: "JPT-A", want: []string{"R-PROMOTION"},
			reason: "Pengawas to JPT Pratama skips a level: promotion is one level at a time"},
		{name: "promotion: pengawas to administrator", mods: []mod{at("PGW-A")}, post: "ADM-C"},
		{name: "promotion: demotion barred", post: "PGW-A", want: []string{"R-PROMOTION"},
			reason: "Administrator to Pengawas is a demotion, not allowed by the policy"},
		{name: "promotion: demotion allowed by the policy", mods: []mod{rules(func(r *Rules) { r.AllowDemotion = true })}, post: "PGW-A"},
		{name: "promotion: JPT candidate aged exactly 56", mods: []mod{born("1970-12-01")}, post: "JPT-A"},
		{name: "promotion: JPT candidate a day before 57", mods: []mod{born("1969-12-02")}, post: "JPT-A"},
		{name: "promotion: JPT candidate aged 57", mods: []mod{born("1969-12-01")}, post: "JPT-A", want: []string{"R-PROMOTION"},
			reason: "age 57 on 1 December 2026, above 56 for a JPT Pratama candidate"},
		{name: "promotion: JPT holder of 58 rotates", mods: []mod{at("JPT-A"), rank(RankIVc), born("1968-06-15")}, post: "JPT-B"},
		{name: "promotion: II.a to II.b is a demotion", mods: []mod{at("JPT-B"), rank(RankIVb), born("1968-06-15")}, post: "JPT-A", want: []string{"R-PROMOTION"},
			reason: "eselon II.a to II.b is a demotion, not allowed by the policy"},
		{name: "promotion: II.a to II.b allowed by the policy", mods: []mod{at("JPT-B"), rank(RankIVb), rules(func(r *Rules) { r.AllowDemotion = true })}, post: "JPT-A"},
		{name: "promotion: exactly the months as administrator", mods: []mod{since("2023-12-01"), rules(func(r *Rules) { r.AdminMinMonths = 36 })}, post: "JPT-A"},
		{name: "promotion: a day short as administrator", mods: []mod{since("2023-12-02"), rules(func(r *Rules) { r.AdminMinMonths = 36 })}, post: "JPT-A", want: []string{"R-PROMOTION"},
			reason: "35 months as administrator (since 2 December 2023, the current post's start: earlier posts at the level are not in the files), fewer than 36 months for a JPT Pratama candidate (PP 11/2017 jo PP 17/2020 Pasal 107)"},
		{name: "promotion: cumulative time as administrator counts", mods: []mod{since("2025-06-01"), off(func(o *Official) {
			o.AdministratorSince = time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)
		}), func(_ testing.TB, r *Roster, p *Policy) {
			p.Exempt = []string{r.Officials[0].NIP.Raw}
			p.Rules.AdminMinMonths = 36
		}}, post: "JPT-A"},
		{name: "promotion: cumulative time, a day short", mods: []mod{since("2025-06-01"), off(func(o *Official) {
			o.AdministratorSince = time.Date(2023, 12, 2, 0, 0, 0, 0, time.UTC)
		}), func(_ testing.TB, r *Roster, p *Policy) {
			p.Exempt = []string{r.Officials[0].NIP.Raw}
			p.Rules.AdminMinMonths = 36
		}}, post: "JPT-A", want: []string{"R-PROMOTION"},
			reason: "35 months as administrator (since 2 December 2023), fewer than 36 months for a JPT Pratama candidate (PP 11/2017 jo PP 17/2020 Pasal 107)"},
		{name: "promotion: SKP below Baik", mods: []mod{off(func(o *Official) { o.Performance.Predicate = ButuhPerbaikan })}, post: "JPT-A", want: []string{"R-PROMOTION"},
			reason: "SKP Butuh Perbaikan, below Baik: a promotion needs at least Baik (PP 11/2017 Pasal 54 ayat (1); PP 100/2000 Pasal 5)"},
		{name: "promotion: SKP below Baik, within the level too", mods: []mod{off(func(o *Official) { o.Performance.Predicate = Kurang })}, post: "ADM-A", want: []string{"R-PROMOTION"}},
		{name: "promotion: SKP below Baik may rotate", mods: []mod{off(func(o *Official) { o.Performance.Predicate = SangatKurang })}, post: "ADM-C"},
		{name: "promotion: pengawas with 36 months as pengawas", mods: []mod{at(""), off(func(o *Official) {
			o.Eselon, o.PositionSince = EselonIVa, time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)
		})}, post: "ADM-C"},
		{name: "promotion: pengawas a day short of 36 months", mods: []mod{at(""), off(func(o *Official) {
			o.Eselon, o.PositionSince = EselonIVa, time.Date(2023, 12, 2, 0, 0, 0, 0, time.UTC)
		}), func(_ testing.TB, r *Roster, p *Policy) { p.Exempt = []string{r.Officials[0].NIP.Raw} }}, post: "ADM-C", want: []string{"R-PROMOTION"},
			reason: "35 months as pengawas (since 2 December 2023, the current post's start: earlier posts at the level are not in the files), fewer than 36 months for an administrator candidate (PP 11/2017 Pasal 54 ayat (1))"},
		{name: "promotion: earlier pengawas posts count", mods: []mod{at(""), off(func(o *Official) {
			o.Eselon, o.PositionSince = EselonIVa, time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC)
			o.PengawasSince = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
		}), func(_ testing.TB, r *Roster, p *Policy) { p.Exempt = []string{r.Officials[0].NIP.Raw} }}, post: "ADM-C"},
		{name: "promotion: no structural post, no JPT post", mods: []mod{at("")}, post: "JPT-A", want: []string{"R-PROMOTION"},
			reason: "no structural post: a JPT Pratama post needs experience as administrator (PP 11/2017 jo PP 17/2020 Pasal 107)"},
		{name: "promotion: no structural post, no administrator post", mods: []mod{at("")}, post: "ADM-C", want: []string{"R-PROMOTION"}},
		{name: "promotion: no structural post fills pengawas", mods: []mod{at("")}, post: "PGW-B"},
		{name: "promotion: outside pengawas to JPT", mods: []mod{at(""), off(func(o *Official) { o.Eselon = EselonIVa })}, post: "JPT-A", want: []string{"R-PROMOTION"}},
		{name: "promotion: outside pengawas to administrator", mods: []mod{at(""), off(func(o *Official) { o.Eselon = EselonIVa })}, post: "ADM-C"},
		{name: "promotion: switched off", mods: []mod{at("PGW-A"), rules(func(r *Rules) { r.Promotion = false })}, post: "JPT-A"},

		{name: "JPM: exactly the floor", mods: []mod{jpmOn(17)}, post: "ADM-C"},
		{name: "JPM: below the floor", mods: []mod{jpmOn(16)}, post: "ADM-C", want: []string{"R-JPM-MIN"},
			reason: "JPM 64.0% (KMS) against the post's standard, below the 68% floor"},
		{name: "JPM: not assessed", mods: []mod{jpmOn(0)}, post: "ADM-C"},
		{name: "JPM: staying is not a placement", mods: []mod{jpmOn(1)}, post: "ADM-B"},
		{name: "JPM: off by default", mods: []mod{jpmOn(16), rules(func(r *Rules) { r.JPMMin = false })}, post: "ADM-C"},

		{name: "education: D3 bars an administrator post", mods: []mod{off(func(o *Official) { o.Education = D3 })}, post: "ADM-C", want: []string{"R-EDUCATION"},
			reason: "education D3, below S1/D4, the minimum for Administrator posts"},
		{name: "education: D4 is enough", mods: []mod{off(func(o *Official) { o.Education = D4 })}, post: "ADM-C"},
		{name: "education: S1 is enough for JPT", mods: []mod{off(func(o *Official) { o.Education = S1 })}, post: "JPT-A"},
		{name: "education: SMA bars a JPT post", mods: []mod{off(func(o *Official) { o.Education = SMA })}, post: "JPT-A", want: []string{"R-EDUCATION"}},
		{name: "education: unknown passes", mods: []mod{off(func(o *Official) { o.Education = 0 })}, post: "JPT-A"},
		{name: "education: staying is not a placement", mods: []mod{off(func(o *Official) { o.Education = D3 })}, post: "ADM-B"},
		{name: "education: a pengawas post needs no S1", mods: []mod{off(func(o *Official) { o.Education = D3 }), rules(func(r *Rules) { r.AllowDemotion = true })}, post: "PGW-A"},
		{name: "education: switched off", mods: []mod{off(func(o *Official) { o.Education = D3 }), rules(func(r *Rules) { r.Education = false })}, post: "ADM-C"},

		{name: "evaluation: tetap keeps the post", mods: []mod{eval(EvalTetap)}, post: "ADM-C", want: []string{"R-EVALUATION"},
			reason: "evaluation: tetap: keeps the current post"},
		{name: "evaluation: tetap, staying allowed", mods: []mod{eval(EvalTetap)}, post: "ADM-B"},
		{name: "evaluation: tetap gives way to a hard R-TENURE-MAX", mods: []mod{eval(EvalTetap), since("2021-12-01"), rules(func(r *Rules) { r.TenureMaxHard = true })}, post: "ADM-C"},
		{name: "evaluation: rotasi leaves the post", mods: []mod{eval(EvalRotasi)}, post: "ADM-B", want: []string{"R-EVALUATION"},
			reason: "evaluation: rotasi: leaves the current post for another of the level (or a promotion)"},
		{name: "evaluation: rotasi to another post of the level", mods: []mod{eval(EvalRotasi)}, post: "ADM-C"},
		{name: "evaluation: rotasi to a promotion", mods: []mod{eval(EvalRotasi)}, post: "JPT-A"},
		{name: "evaluation: rotasi, not a lower level", mods: []mod{eval(EvalRotasi), rules(func(r *Rules) { r.AllowDemotion = true })}, post: "PGW-A", want: []string{"R-EVALUATION"}},
		{name: "evaluation: rotasi deferred by R-TENURE-MIN", mods: []mod{eval(EvalRotasi), since("2024-12-02")}, post: "ADM-B"},
		{name: "evaluation: rotasi deferred by a retirement", mods: []mod{eval(EvalRotasi), born("1969-05-15")}, post: "ADM-B"},
		{name: "evaluation: istirahat bars every post", mods: []mod{eval(EvalIstirahat), func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].EvaluationDate = rulesDay(t, "2026-10-01")
		}}, post: "ADM-C", want: []string{"R-EVALUATION"},
			reason: "evaluation on 1 October 2026: istirahat (diistirahatkan): released from the post"},
		{name: "evaluation: istirahat bars the current post", mods: []mod{eval(EvalIstirahat)}, post: "ADM-B", want: []string{"R-EVALUATION"}},
		{name: "evaluation: switched off", mods: []mod{eval(EvalIstirahat), rules(func(r *Rules) { r.Evaluation = false })}, post: "ADM-B"},

		{name: "JPT selection: not named", mods: []mod{noSelection}, post: "JPT-A", want: []string{"R-JPT-SELECTION"},
			reason: "JPT-A is filled by open selection (seleksi terbuka): not among the names proposed for it"},
		{name: "JPT selection: named for another post", mods: []mod{func(_ testing.TB, r *Roster, _ *Policy) { r.Selections = r.Selections[1:] }}, post: "JPT-A", want: []string{"R-JPT-SELECTION"}},
		{name: "JPT selection: named for this post", mods: []mod{func(_ testing.TB, r *Roster, _ *Policy) { r.Selections = r.Selections[1:] }}, post: "JPT-B", want: []string{"R-RANK"}},
		{name: "JPT selection: not for a post of the level below", mods: []mod{noSelection}, post: "ADM-A"},
		{name: "JPT selection: switched off", mods: []mod{noSelection, rules(func(r *Rules) { r.JPTSelection = false })}, post: "JPT-A"},

		{name: "JPT rotation: no evaluation on record", mods: []mod{noSelection, at("JPT-B"), rank(RankIVc), rules(func(r *Rules) { r.AllowDemotion = true })}, post: "JPT-A", want: []string{"R-JPT-ROTATION"},
			reason: "a JPT holder moves to another JPT post after a competency test (uji kompetensi): no evaluation on record"},
		{name: "JPT rotation: after a competency test", mods: []mod{noSelection, at("JPT-B"), rank(RankIVc), eval(EvalRotasi), rules(func(r *Rules) { r.AllowDemotion = true })}, post: "JPT-A"},
		{name: "JPT rotation: named by an open selection", mods: []mod{at("JPT-B"), rank(RankIVc), rules(func(r *Rules) { r.AllowDemotion = true })}, post: "JPT-A"},
		{name: "JPT rotation: staying needs no test", mods: []mod{noSelection, at("JPT-B"), rank(RankIVc)}, post: "JPT-B"},
		{name: "JPT rotation: switched off", mods: []mod{noSelection, at("JPT-B"), rank(RankIVc), rules(func(r *Rules) { r.JPTRotation, r.AllowDemotion = false, true })}, post: "JPT-A"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := rulesFixture(t)
			pol := rulesPolicy(t)
			for _, m := range c.mods {
				m(t, r, pol)
			}
			el, err := Evaluate(r, pol)
			if err != nil {
				t.Fatalf("Evaluate: %v", err)
			}
			j := rulesPostIndex(t, r, c.post)
			got := el.Blocked(0, j)
			if codes := rulesCodes(got); !slices.Equal(codes, c.want) {
				t.Fatalf("Blocked(base, %s) = %v, want codes %v", c.post, got, c.want)
			}
			if el.Allowed(0, j) != (c.want == nil) {
				t.Errorf("Allowed(base, %s) = %v, want %v", c.post, el.Allowed(0, j), c.want == nil)
			}
			if c.reason != "" && en(got[0].Reason) != c.reason {
				t.Errorf("reason:\n got %q\nwant %q", got[0].Reason, c.reason)
			}
		})
	}
}

func TestRulesStatus(t *testing.T) {
	type mod func(t testing.TB, r *Roster, p *Policy)
	cases := []struct {
		name    string
		mod     mod
		want    Status
		codes   []string
		release bool
		cause   Cause
		reason  string // the first verdict's reason, when checked
	}{
		{name: "free: keeps a post, no cause to release", mod: func(testing.TB, *Roster, *Policy) {}, want: Free},
		{name: "free, release without cause allowed by the policy", mod: func(_ testing.TB, _ *Roster, p *Policy) {
			p.Rules.ReleaseCause = false
		}, want: Free, release: true},
		{name: "new appointee locked", mod: func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
		}, want: Locked, codes: []string{"R-TENURE-MIN"},
			reason: "18 months in the current post since 1 June 2025, fewer than 24: stays until 1 June 2027"},
		{name: "locked but berat must leave", mod: func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
			r.Officials[0].Sanction = Berat
		}, want: MustLeave, codes: []string{"R-SANCTION"}, release: true, cause: CauseSanction},
		{name: "over five years, hard: must move, no cause to release", mod: func(t testing.TB, r *Roster, p *Policy) {
			r.Officials[0].PositionSince = rulesDay(t, "2020-01-01")
			p.Rules.TenureMaxHard = true
		}, want: MustLeave, codes: []string{"R-TENURE-MAX"}},
		{name: "over five years, soft", mod: func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].PositionSince = rulesDay(t, "2020-01-01")
		}, want: Free},
		{name: "retires within the horizon: stays until then", mod: func(t testing.TB, r *Roster, _ *Policy) {
			rulesBorn(t, r, 0, "1969-03-20")
		}, want: Locked, codes: []string{"R-BUP"},
			reason: "pensiun 1 April 2027 (BUP 58 for Administrator), within the 12-month horizon ending 1 December 2027: stays in the post until then, no other post"},
		{name: "JPT holder retires at 60", mod: func(t testing.TB, r *Roster, _ *Policy) {
			rulesBorn(t, r, 1, "1967-03-20")
			r.Officials[0], r.Officials[1] = r.Officials[1], r.Officials[0]
		}, want: Locked, codes: []string{"R-BUP"},
			reason: "pensiun 1 April 2027 (BUP 60 for JPT Pratama), within the 12-month horizon ending 1 December 2027: stays in the post until then, no other post"},
		{name: "retiring and over five years, hard: stays until the retirement", mod: func(t testing.TB, r *Roster, p *Policy) {
			rulesBorn(t, r, 0, "1969-03-20")
			r.Officials[0].PositionSince = rulesDay(t, "2020-01-01")
			p.Rules.TenureMaxHard = true
		}, want: Locked, codes: []string{"R-BUP"}},
		{name: "locked and retiring", mod: func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
			rulesBorn(t, r, 0, "1969-03-20")
		}, want: Locked, codes: []string{"R-TENURE-MIN", "R-BUP"}},
		{name: "retired on the plan date", mod: func(t testing.TB, r *Roster, _ *Policy) {
			rulesBorn(t, r, 0, "1968-11-15")
		}, want: MustLeave, codes: []string{"R-BUP"}, release: true, cause: CauseRetirement,
			reason: "pensiun 1 December 2026 (BUP 58 for Administrator), on or before the plan date 1 December 2026: retires"},
		{name: "retiring, released by the user", mod: func(t testing.TB, r *Roster, p *Policy) {
			rulesBorn(t, r, 0, "1969-03-20")
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw}}
		}, want: MustLeave, codes: []string{"R-DECISION"}, release: true, cause: CauseDecision},
		{name: "in PKN II training (a regional policy)", mod: func(_ testing.TB, r *Roster, p *Policy) {
			r.Officials[0].TrainingInProgress = true
			p.Rules.Training, p.Rules.ReleaseCause = true, false
		}, want: Free, release: false},
		{name: "evaluation tetap", mod: func(_ testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Evaluation = EvalTetap
		}, want: Locked, codes: []string{"R-EVALUATION"}, reason: "evaluation: tetap: keeps the current post"},
		{name: "evaluation rotasi: must move, not released", mod: func(_ testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Evaluation = EvalRotasi
		}, want: MustLeave, codes: []string{"R-EVALUATION"}},
		{name: "evaluation istirahat: released with the cause", mod: func(_ testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Evaluation = EvalIstirahat
		}, want: MustLeave, codes: []string{"R-EVALUATION"}, release: true, cause: CauseEvaluation},
		{name: "evaluation istirahat of a new appointee", mod: func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Evaluation = EvalIstirahat
			r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
		}, want: MustLeave, codes: []string{"R-EVALUATION"}, release: true, cause: CauseEvaluation},
		{name: "evaluation rotasi of a new appointee waits", mod: func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Evaluation = EvalRotasi
			r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
		}, want: Locked, codes: []string{"R-TENURE-MIN"}},
		{name: "evaluation tetap, own post forbidden: may move", mod: func(_ testing.TB, r *Roster, p *Policy) {
			r.Officials[0].Evaluation = EvalTetap
			p.Forbids = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-B"}}
		}, want: MustLeave, codes: []string{"R-DECISION"}},
		{name: "demoted by a sanction: a lower post, or released with the cause", mod: func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Sanction, r.Officials[0].SanctionKind = Berat, PenurunanJabatan
			r.Officials[0].SanctionDate = rulesDay(t, "2026-09-01")
		}, want: MustLeave, codes: []string{"R-SANCTION"}, release: true, cause: CauseDemotion},
		{name: "no structural post: unplaced, not released", mod: func(_ testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Position = ""
		}, want: Free, release: true},
		{name: "outside pengawas locked, release keeps them there", mod: func(t testing.TB, r *Roster, _ *Policy) {
			r.Officials[0].Position, r.Officials[0].Eselon = "", EselonIVa
			r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
		}, want: Locked, codes: []string{"R-TENURE-MIN"}, release: true},
		{name: "pinned to the current post", mod: func(_ testing.TB, r *Roster, p *Policy) {
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-B"}}
		}, want: Locked, codes: []string{"R-DECISION"}, release: false},
		{name: "pinned elsewhere", mod: func(_ testing.TB, r *Roster, p *Policy) {
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-C"}}
		}, want: MustLeave, codes: []string{"R-DECISION"}, release: false,
			reason: "pinned by the user to ADM-C (Kepala Bidang C)"},
		{name: "released by the user", mod: func(_ testing.TB, r *Roster, p *Policy) {
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw}}
		}, want: MustLeave, codes: []string{"R-DECISION"}, release: true, cause: CauseDecision,
			reason: "released by the user (pinned to no post)"},
		{name: "locked official's post pinned to another", mod: func(t testing.TB, r *Roster, p *Policy) {
			r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
			p.Pins = []Decision{{NIP: r.Officials[1].NIP.Raw, Position: "ADM-B"}}
			p.Rules.Promotion = false
		}, want: MustLeave, codes: []string{"R-DECISION"},
			reason: "post ADM-B is pinned by the user to Sari Fiktif (NIP 197202101995031002)"},
		{name: "own post forbidden", mod: func(_ testing.TB, r *Roster, p *Policy) {
			p.Forbids = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-B"}}
		}, want: MustLeave, codes: []string{"R-DECISION"}, reason: "forbidden by the user"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := rulesFixture(t)
			pol := rulesPolicy(t)
			c.mod(t, r, pol)
			el, err := Evaluate(r, pol)
			if err != nil {
				t.Fatalf("Evaluate: %v", err)
			}
			st, vs := el.Status(0)
			if st != c.want || !slices.Equal(rulesCodes(vs), c.codes) {
				t.Fatalf("Status = %v %v, want %v %v", st, vs, c.want, c.codes)
			}
			if c.reason != "" && en(vs[0].Reason) != c.reason {
				t.Errorf("reason:\n got %q\nwant %q", vs[0].Reason, c.reason)
			}
			if got := el.CanRelease(0); got != c.release {
				t.Errorf("CanRelease = %v, want %v", got, c.release)
			}
			if got := el.Cause(0); got != c.cause {
				t.Errorf("Cause = %v, want %v", got, c.cause)
			}
			if rb := el.ReleaseBlocked(0); (rb == nil) != c.release {
				t.Errorf("ReleaseBlocked = %v, want nil exactly when CanRelease", rb)
			}
			// Status agrees with the pair of the current post.
			if cur, ok := r.PositionIndex()[r.Officials[0].Position]; ok && r.Officials[0].Position != "" {
				if el.Allowed(0, cur) != (st != MustLeave) {
					t.Errorf("Allowed(current) = %v with status %v", el.Allowed(0, cur), st)
				}
				if st == Locked {
					for j := range r.Positions {
						if j != cur && el.Allowed(0, j) {
							t.Errorf("locked official allowed in %s", r.Positions[j].ID)
						}
					}
				}
			}
		})
	}
}

func TestRulesDecisions(t *testing.T) {
	r := rulesFixture(t)
	pol := rulesPolicy(t)
	// The base official is a new appointee (locked) pinned to ADM-C: the
	// pin overrides the lock, bars the other posts for them and ADM-C for
	// everyone else.
	r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
	pol.Pins = []Decision{{NIP: r.Officials[0].NIP.String(), Position: " ADM-C "}}
	pol.Forbids = []Decision{{NIP: r.Officials[1].NIP.Raw, Position: "JPT-B"}}
	pol.Rules.AllowDemotion = true // the JPT holder could take ADM-C but for the pin
	pol.Rules.JPTRotation = false  // … and JPT-B but for the forbid
	el, err := Evaluate(r, pol)
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	admC := rulesPostIndex(t, r, "ADM-C")
	for j := range r.Positions {
		if got := el.Allowed(0, j); got != (j == admC) {
			t.Errorf("pinned official: Allowed(%s) = %v", r.Positions[j].ID, got)
		}
	}
	if vs := el.Blocked(1, admC); !slices.Equal(rulesCodes(vs), []string{"R-DECISION"}) {
		t.Errorf("the other official in the pinned post: %v", vs)
	}
	if vs := el.Blocked(1, rulesPostIndex(t, r, "JPT-B")); !slices.Equal(rulesCodes(vs), []string{"R-DECISION"}) || en(vs[0].Reason) != "forbidden by the user" {
		t.Errorf("forbidden pair: %v", vs)
	}
	if !el.Allowed(1, rulesPostIndex(t, r, "JPT-A")) {
		t.Errorf("the forbid spilled over to another post")
	}
	if el.CanRelease(0) {
		t.Errorf("a pinned official may not be released")
	}
}

func TestRulesDecisionErrors(t *testing.T) {
	cases := []struct {
		name string
		mod  func(t testing.TB, r *Roster, p *Policy)
		want []string // substrings of the error
	}{
		{"unknown NIP", func(_ testing.TB, _ *Roster, p *Policy) {
			p.Pins = []Decision{{NIP: "199901012020011999", Position: "ADM-C"}}
		}, []string{"R-DECISION", "199901012020011999", "no official"}},
		{"unknown post", func(_ testing.TB, r *Roster, p *Policy) {
			p.Forbids = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-Z"}}
		}, []string{"R-DECISION", "ADM-Z", "no post"}},
		{"forbid without a post", func(_ testing.TB, r *Roster, p *Policy) {
			p.Forbids = []Decision{{NIP: r.Officials[0].NIP.Raw}}
		}, []string{"R-DECISION", "no post given"}},
		{"unknown exemption", func(_ testing.TB, _ *Roster, p *Policy) {
			p.Exempt = []string{"199901012020011998"}
		}, []string{"R-TENURE-MIN", "199901012020011998"}},
		{"pin against BUP", func(t testing.TB, r *Roster, p *Policy) {
			rulesBorn(t, r, 0, "1969-05-05")
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-C"}}
		}, []string{"R-DECISION", "196905051995031001", "ADM-C", "R-BUP", "pensiun 1 June 2027"}},
		{"pin against berat", func(_ testing.TB, r *Roster, p *Policy) {
			r.Officials[0].Sanction = Berat
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-B"}}
		}, []string{"ADM-B", "R-SANCTION"}},
		{"pin against rank", func(_ testing.TB, r *Roster, p *Policy) {
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "JPT-B"}}
		}, []string{"JPT-B", "R-RANK", "IV/b"}},
		{"pin on a forbidden pair", func(_ testing.TB, r *Roster, p *Policy) {
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-C"}}
			p.Forbids = p.Pins
		}, []string{"ADM-C", "forbidden"}},
		{"two pins for one official", func(_ testing.TB, r *Roster, p *Policy) {
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-C"}, {NIP: r.Officials[0].NIP.Raw, Position: "ADM-A"}}
		}, []string{"already pinned to ADM-C"}},
		{"two pins for one post", func(_ testing.TB, r *Roster, p *Policy) {
			p.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "ADM-C"}, {NIP: r.Officials[1].NIP.Raw, Position: "ADM-C"}}
		}, []string{"post ADM-C is already pinned"}},
		{"no plan date", func(_ testing.TB, _ *Roster, p *Policy) { p.Date = time.Time{} }, []string{"plan date"}},
		{"current post not in the roster", func(_ testing.TB, r *Roster, _ *Policy) { r.Officials[0].Position = "GONE" }, []string{"GONE"}},
		{"post without eselon", func(_ testing.TB, r *Roster, _ *Policy) { r.Positions[4].Eselon = 0 }, []string{"ADM-C", "eselon"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := rulesFixture(t)
			pol := rulesPolicy(t)
			c.mod(t, r, pol)
			_, err := Evaluate(r, pol)
			if err == nil {
				t.Fatalf("Evaluate: no error, want one with %q", c.want)
			}
			for _, s := range c.want {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
	// The pin overrides the soft rules: a locked official pinned into a
	// promotion for which they are too old.
	r := rulesFixture(t)
	pol := rulesPolicy(t)
	r.Officials[0].PositionSince = rulesDay(t, "2025-06-01")
	rulesBorn(t, r, 0, "1969-10-20") // 57, retires as administrator 2027-11-01: within the horizon
	pol.Rules.HorizonMonths = 6      // … but not within six months
	r.Officials[0].Rank = RankIVb
	pol.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "JPT-B"}}
	el, err := Evaluate(r, pol)
	if err != nil {
		t.Fatalf("a pin over soft rules: %v", err)
	}
	if vs := el.Blocked(0, rulesPostIndex(t, r, "JPT-B")); vs != nil {
		t.Errorf("pinned pair blocked: %v", vs)
	}
}

func TestRulesNotes(t *testing.T) {
	r := rulesFixture(t)
	pol := rulesPolicy(t)
	pol.Rules.JPMMin = true
	o := &r.Officials[0]
	o.PositionSince = time.Time{}
	o.Competency = Profile{}
	o.Education = 0
	o.Position, o.Rank = "ADM-A", RankIIIc
	el, err := Evaluate(r, pol)
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	want := []textVerdict{
		{"R-TENURE-MIN", "start in the current post (position_since) unknown: not locked"},
		{"R-RANK", "golongan III/c is below III/d, the lowest allowed for the current eselon III.a: staying is allowed (the rule applies to new placements)"},
		{"R-PROMOTION", "start as administrator unknown (administrator_since, position_since): time as administrator not checked for JPT posts"},
		{"R-EDUCATION", "education unknown: the S1/D4 of administrator and JPT posts is not checked"},
		{"R-JPM-MIN", "competencies not assessed: the JPM floor is not applied"},
	}
	if got := textVerdicts(el.Notes(0)); !slices.Equal(got, want) {
		t.Errorf("Notes =\n%v\nwant\n%v", got, want)
	}
	// A post held beyond the limit when the limit is only a cost, and an
	// exemption used: both as docs/rules.md quotes them.
	r.Officials[0].PositionSince = rulesDay(t, "2021-05-01")
	r.Officials[1].PositionSince = rulesDay(t, "2025-05-01")
	pol.Exempt = []string{r.Officials[1].NIP.Raw}
	if el, err = Evaluate(r, pol); err != nil {
		t.Fatal(err)
	}
	if got := textVerdicts(el.Notes(0)); len(got) == 0 || got[0] != (textVerdict{"R-TENURE-MAX", "67 months in the current post since 1 May 2021, at least 60: a cost in the score, not a bar"}) {
		t.Errorf("Notes = %v", got)
	}
	if got := textVerdicts(el.Notes(1)); len(got) != 1 || got[0] != (textVerdict{"R-TENURE-MIN", "19 months in the current post, fewer than 24, but exempt by the policy (SE MenPANRB 19/2023)"}) {
		t.Errorf("Notes = %v", got)
	}
	if st, _ := el.Status(1); st != Free {
		t.Errorf("exempt official: status %v", st)
	}
	r.Officials[1].PositionSince = rulesDay(t, "2023-01-01")
	pol.Exempt = nil
	if el, err = Evaluate(r, pol); err != nil {
		t.Fatal(err)
	}
	if st, _ := el.Status(0); st != Free {
		t.Errorf("unknown start: status %v, want free", st)
	}
	if n := el.Notes(1); n != nil {
		t.Errorf("notes on an official with nothing to note: %v", n)
	}
	if got, want := el.Checked(), []string{"R-TENURE-MIN", "R-RANK", "R-BUP", "R-SANCTION", "R-PROMOTION", "R-EDUCATION",
		"R-EVALUATION", "R-JPT-SELECTION", "R-JPT-ROTATION", "R-RELEASE-CAUSE", "R-JPM-MIN", "R-DECISION"}; !slices.Equal(got, want) {
		t.Errorf("Checked = %v, want %v", got, want)
	}
	// The law's notes: the current post's start as a lower bound of the
	// time as administrator, a sanction's kind or end unknown, a rotasi
	// deferred by R-TENURE-MIN.
	r = rulesFixture(t)
	o = &r.Officials[0]
	o.Sanction, o.SanctionDate = Sedang, rulesDay(t, "2026-03-01")
	o.Evaluation, o.PositionSince = EvalRotasi, rulesDay(t, "2025-06-01")
	if el, err = Evaluate(r, rulesPolicy(t)); err != nil {
		t.Fatal(err)
	}
	want = []textVerdict{
		{"R-SANCTION", "hukuman disiplin sedang: kind unknown, taken as lasting its longest statutory period (12 months) from 1 March 2026 (PP 94/2021 Pasal 8): give sanction_kind"},
		{"R-PROMOTION", "administrator_since unknown: the time as administrator counts from the current post's start (1 June 2025), a lower bound"},
		{"R-EVALUATION", "evaluation rotasi, but 18 months in the post, fewer than 24 (R-TENURE-MIN): stays until 1 June 2027"},
	}
	if got := textVerdicts(el.Notes(0)); !slices.Equal(got, want) {
		t.Errorf("Notes =\n%v\nwant\n%v", got, want)
	}
}

// TestRulesErrorsTogether checks that a decision naming nothing and a pin
// in conflict are reported in one error.
func TestRulesErrorsTogether(t *testing.T) {
	r := rulesFixture(t)
	pol := rulesPolicy(t)
	rulesBorn(t, r, 0, "1969-05-05")
	pol.Pins = []Decision{{NIP: "199901012020011999", Position: "ADM-A"}, {NIP: r.Officials[0].NIP.Raw, Position: "ADM-C"}}
	_, err := Evaluate(r, pol)
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	if !strings.Contains(msg, "199901012020011999") || !strings.Contains(msg, "R-BUP") {
		t.Errorf("want both problems in %q", msg)
	}
	// docs/rules.md quotes this error verbatim.
	const doc = "R-DECISION: pin 196905051995031001=ADM-C conflicts with R-BUP: pensiun 1 June 2027 (BUP 58 for Administrator), within the 12-month horizon ending 1 December 2027"
	if !slices.Contains(strings.Split(msg, "\n"), doc) {
		t.Errorf("error lines %q lack the one docs/rules.md quotes:\n%s", msg, doc)
	}
}

// TestRulesDocs checks docs/rules.md: a section per rule code, every policy
// key of the catalogue documented (internal/policyfile's TestRuleKeys checks
// that the policy file knows them).
func TestRulesDocs(t *testing.T) {
	b, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, ru := range RuleCatalog() {
		if !strings.Contains(doc, "\n## "+ru.Code+"\n") {
			t.Errorf("docs/rules.md has no section %q", ru.Code)
		}
		if !i18n.Has(ru.Source) {
			t.Errorf("%s has no source in the catalogue (%q)", ru.Code, ru.Source)
		}
		for _, k := range strings.Split(ru.Keys, ", ") {
			if !strings.Contains(doc, "`"+k+"`") {
				t.Errorf("docs/rules.md does not mention %s's key %q", ru.Code, k)
			}
		}
	}
}

// TestRulesEmpty checks the degenerate rosters: no officials, no posts.
func TestRulesEmpty(t *testing.T) {
	pol := rulesPolicy(t)
	for _, r := range []*Roster{{}, {Positions: rulesPostFixture()}, {Officials: rulesFixture(t).Officials[:1]}} {
		if r.Officials != nil {
			r.Officials[0].Position = ""
		}
		el, err := Evaluate(r, pol)
		if err != nil {
			t.Fatalf("Evaluate(%d officials, %d posts): %v", len(r.Officials), len(r.Positions), err)
		}
		for i := range r.Officials {
			if st, _ := el.Status(i); st != Free || !el.CanRelease(i) {
				t.Errorf("official without posts: %v, release %v", st, el.CanRelease(i))
			}
		}
	}
	if _, err := Evaluate(nil, pol); err == nil {
		t.Error("Evaluate(nil roster): no error")
	}
}
