package model

import (
	"fmt"
	"strings"
	"time"
)

// The rules of eligibility as data: one row per rule code of DOMAIN.md
// ("Hard rules"), each with its source, the switch that turns it on in
// Rules, and small functions that say whom it bars from what. Evaluate runs
// the per-official functions once per official and per eselon, so that the
// pair test in the hot path is a table look-up; only R-JPM-MIN and
// R-DECISION look at the pair itself.

// ruleBits is a set of rules, one bit per row of the table.
type ruleBits uint16

// The bits of the rules, in the order of the table.
const (
	bitTenureMin ruleBits = 1 << iota
	bitTenureMax
	bitRank
	bitBUP
	bitSanction
	bitTraining
	bitPromotion
	bitJPMMin
	bitFamily
	bitDecision
)

// hardBits are the rules a pin (R-DECISION) cannot override: rank, the
// retirement age and a discipline sanction make a decree void, whatever the
// committee wants. A pin that runs into one is an error of Evaluate.
const hardBits = bitRank | bitBUP | bitSanction

// Sentinels for the post argument of a rule's why: the current post when it
// is outside the roster, and release (no post).
const (
	whyOutside = -1
	whyRelease = -2
)

// rule is one rule of eligibility.
type rule struct {
	bit    ruleBits
	code   string
	source string
	// keys names the policy keys (PolicyKeys) that switch and tune it.
	keys string
	// on reports whether the policy applies the rule.
	on func(Rules) bool
	// move reports whether the rule bars official i from a post of eselon
	// es other than the current one.
	move func(e *Eligibility, i int, es Eselon) bool
	// stay reports whether the rule bars official i from keeping the
	// current structural post (then the status is MustLeave).
	stay func(e *Eligibility, i int) bool
	// release reports whether the rule bars a holder of a roster post from
	// being left without one.
	release func(e *Eligibility, i int) bool
	// pair reports whether the rule bars official i from post j; for the
	// rules that need the pair itself.
	pair func(e *Eligibility, i, j int) bool
	// why is the one-line reason why the rule bars official i from post j
	// (the current post when staying, whyOutside for a current post outside
	// the roster, whyRelease for release).
	why func(e *Eligibility, i, j int) string
	// note is a finding on official i that bars nothing but that a
	// committee should see (e.g. a fact the rule could not check); "" for
	// none. It is asked whether or not the rule is on.
	note func(e *Eligibility, i int) string
}

// ruleTable returns the rules in the order their verdicts are listed.
func ruleTable() []rule {
	return []rule{
		{
			// R-TENURE-MIN: PP 11/2017 Pasal 190(3); for JPT UU 5/2014
			// Pasal 116; exceptions per official after SE MenPANRB
			// 19/2023 (Policy.Exempt).
			bit: bitTenureMin, code: "R-TENURE-MIN",
			source: "PP 11/2017 Pasal 190(3); UU 5/2014 Pasal 116 (JPT); exceptions per SE MenPANRB 19/2023",
			keys:   "rules.tenure_min, rules.tenure_min_months, decisions.exempt",
			on:     func(r Rules) bool { return r.TenureMin },
			move: func(e *Eligibility, i int, _ Eselon) bool {
				return e.facts[i].locked
			},
			release: func(e *Eligibility, i int) bool {
				return e.facts[i].locked && e.facts[i].cur >= 0
			},
			why:  rulesWhyTenureMin,
			note: rulesNoteTenureMin,
		},
		{
			// R-TENURE-MAX: PP 11/2017 Pasal 190(3); UU 5/2014 Pasal 117;
			// PP 11/2017 Pasal 133. A cost in the score; a rule only when
			// the policy makes it hard.
			bit: bitTenureMax, code: "R-TENURE-MAX",
			source: "PP 11/2017 Pasal 190(3) and Pasal 133; UU 5/2014 Pasal 117",
			keys:   "rules.tenure_max_hard, rules.tenure_max_months",
			on:     func(r Rules) bool { return r.TenureMaxHard },
			stay: func(e *Eligibility, i int) bool {
				f := &e.facts[i]
				return f.holds && f.hasTenure && f.tenure >= e.rules.TenureMaxMonths
			},
			why:  rulesWhyTenureMax,
			note: rulesNoteTenureMax,
		},
		{
			// R-RANK: PP 100/2000 Pasal 5 jo PP 13/2002: rank at least one
			// step below the lowest of the eselon's range.
			bit: bitRank, code: "R-RANK",
			source: "PP 100/2000 Pasal 5 jo PP 13/2002",
			keys:   "rules.rank",
			on:     func(r Rules) bool { return r.Rank },
			move: func(e *Eligibility, i int, es Eselon) bool {
				rk := e.r.Officials[i].Rank
				return rk != 0 && rk < es.MinRank()
			},
			why:  rulesWhyRank,
			note: rulesNoteRank,
		},
		{
			// R-BUP: UU 20/2023; UU 5/2014 Pasal 90: 60 for JPT, 58 for
			// administrator and pengawas, retiring on the 1st of the month
			// after the birthday.
			bit: bitBUP, code: "R-BUP",
			source: "UU 20/2023; UU 5/2014 Pasal 90",
			keys:   "rules.bup, rules.horizon_months",
			on:     func(r Rules) bool { return r.BUP },
			move: func(e *Eligibility, i int, es Eselon) bool {
				return e.retiresWithin(i, es.Level())
			},
			stay: func(e *Eligibility, i int) bool {
				f := &e.facts[i]
				return f.holds && e.retiresWithin(i, f.level)
			},
			why:  rulesWhyBUP,
			note: rulesNoteBUP,
		},
		{
			// R-SANCTION: PP 94/2021 Pasal 8; the blocking effect is the
			// usual practice: berat in force bars every structural post,
			// sedang in force bars promotion.
			bit: bitSanction, code: "R-SANCTION",
			source: "PP 94/2021 Pasal 8 (blocking effect: usual practice)",
			keys:   "rules.sanction",
			on:     func(r Rules) bool { return r.Sanction },
			move: func(e *Eligibility, i int, es Eselon) bool {
				f := &e.facts[i]
				switch f.sanction {
				case Berat:
					return true
				case Sedang:
					return rulesUp(f.level, es.Level())
				}
				return false
			},
			stay: func(e *Eligibility, i int) bool {
				f := &e.facts[i]
				return f.holds && f.sanction == Berat
			},
			why: rulesWhySanction,
		},
		{
			// R-TRAINING: KASN finding, Padang 2021: an official attending
			// PKN II is not moved except by promotion.
			bit: bitTraining, code: "R-TRAINING",
			source: "KASN finding, Padang 2021",
			keys:   "rules.training",
			on:     func(r Rules) bool { return r.Training },
			move: func(e *Eligibility, i int, es Eselon) bool {
				f := &e.facts[i]
				return f.training && !rulesUp(f.level, es.Level())
			},
			release: func(e *Eligibility, i int) bool {
				return e.facts[i].training && e.facts[i].cur >= 0
			},
			why: rulesWhyTraining,
		},
		{
			// R-PROMOTION: PP 17/2020 amending PP 11/2017 Pasal 107: one
			// level up at most; JPT Pratama candidates at most 56 years old
			// with 2 years as administrator; no demotion unless allowed.
			bit: bitPromotion, code: "R-PROMOTION",
			source: "PP 17/2020 (amending PP 11/2017 Pasal 107)",
			keys:   "rules.promotion, rules.jpt_max_age, rules.admin_min_months, rules.allow_demotion",
			on:     func(r Rules) bool { return r.Promotion },
			move: func(e *Eligibility, i int, es Eselon) bool {
				skip, demote, old, short := e.promotionBars(i, es)
				return skip || demote || old || short
			},
			why:  rulesWhyPromotion,
			note: rulesNotePromotion,
		},
		{
			// R-JPM-MIN: assessment-centre practice: a job-person match in
			// category KMS (below 68 %) cannot fill a post.
			bit: bitJPMMin, code: "R-JPM-MIN",
			source: "assessment-centre practice (JPM categories MS/MMS/KMS)",
			keys:   "rules.jpm_min, rules.jpm_min_value",
			on:     func(r Rules) bool { return r.JPMMin },
			pair: func(e *Eligibility, i, j int) bool {
				if int(e.facts[i].cur) == j {
					return false
				}
				if !e.facts[i].assessed {
					return false
				}
				// JPM(comp, req) < floor, summed in place: the same
				// quotient as JPM, without copying the profiles.
				a, q := &e.comp[i], &e.req[j]
				num, den := 0, e.den[j]
				for k := range TK {
					num += int(min(a[k], q[k]))
				}
				if a[TK] != 0 && q[TK] != 0 {
					num += int(min(a[TK], q[TK]))
					den += int(q[TK])
				}
				return den > 0 && float64(num)/float64(den) < e.rules.JPMMinValue
			},
			why:  rulesWhyJPM,
			note: rulesNoteJPM,
		},
		{
			// R-FAMILY: a regional policy, not a regulation: officials stay
			// within their job family (rumpun), whose technical competency
			// standards PermenPANRB 38/2017 sets per field; generalist
			// posts are open to every family.
			bit: bitFamily, code: "R-FAMILY",
			source: "regional policy (practice, not a regulation); technical competency by field: PermenPANRB 38/2017",
			keys:   "rules.same_family",
			on:     func(r Rules) bool { return r.SameFamily },
			pair:   rulesFamilyBars,
			why:    rulesWhyFamily,
			note:   rulesNoteFamily,
		},
		{
			// R-DECISION: the user's own pins and forbids (no regulation).
			bit: bitDecision, code: "R-DECISION",
			source: "the user's decisions (Policy.Pins, Policy.Forbids)",
			keys:   "decisions.pin, decisions.forbid",
			on:     func(Rules) bool { return true },
			pair:   rulesDecisionBars,
			why:    rulesWhyDecision,
		},
	}
}

// RuleInfo describes a rule of eligibility for documentation and reports.
type RuleInfo struct {
	// Code is the rule code, e.g. "R-RANK".
	Code string
	// Source is the regulation or practice the rule comes from.
	Source string
	// Keys names the policy keys that switch and tune the rule, as the
	// policy file, --weight and whatif scenarios write them.
	Keys string
	// Hard is true when a pin cannot override the rule.
	Hard bool
}

// RuleCatalog returns every rule of eligibility in the order Blocked lists
// their verdicts.
func RuleCatalog() []RuleInfo {
	t := ruleTable()
	out := make([]RuleInfo, len(t))
	for k, r := range t {
		out[k] = RuleInfo{Code: r.code, Source: r.source, Keys: r.keys, Hard: r.bit&hardBits != 0}
	}
	return out
}

// rulesUp reports whether a post of level to is above the current level
// from. Levels count downwards (JPT 1, administrator 2, pengawas 3); an
// official with no structural post (0) goes up into any post.
func rulesUp(from, to Level) bool {
	if to == 0 {
		return false
	}
	return from == 0 || to < from
}

// rulesDate formats a date as the rules' messages print it.
func rulesDate(t time.Time) string { return t.Format("2006-01-02") }

// rulesPost names post j for a message.
func (e *Eligibility) rulesPost(j int) string {
	if j < 0 {
		return "the current post"
	}
	p := &e.r.Positions[j]
	if p.Name == "" {
		return p.ID
	}
	return fmt.Sprintf("%s (%s)", p.ID, p.Name)
}

// rulesLevelOf returns the level of post j, or the official's current level
// for whyOutside.
func (e *Eligibility) rulesLevelOf(i, j int) Level {
	if j >= 0 {
		return e.r.Positions[j].Eselon.Level()
	}
	return e.facts[i].level
}

func rulesWhyTenureMin(e *Eligibility, i, _ int) string {
	f := &e.facts[i]
	return fmt.Sprintf("%d months in the current post since %s, fewer than %d: stays until %s",
		f.tenure, rulesDate(f.since), e.rules.TenureMinMonths,
		rulesDate(AddMonths(f.since, e.rules.TenureMinMonths)))
}

func rulesNoteTenureMin(e *Eligibility, i int) string {
	f := &e.facts[i]
	if !e.rules.TenureMin || !f.holds {
		return ""
	}
	if !f.hasTenure {
		return "start in the current post (position_since) unknown: not locked"
	}
	if f.exempt && f.tenure < e.rules.TenureMinMonths {
		return fmt.Sprintf("%d months in the current post, fewer than %d, but exempt by the policy (SE MenPANRB 19/2023)",
			f.tenure, e.rules.TenureMinMonths)
	}
	return ""
}

func rulesWhyTenureMax(e *Eligibility, i, _ int) string {
	f := &e.facts[i]
	return fmt.Sprintf("%d months in the current post since %s, at least %d: must leave (hard limit in the policy)",
		f.tenure, rulesDate(f.since), e.rules.TenureMaxMonths)
}

func rulesNoteTenureMax(e *Eligibility, i int) string {
	f := &e.facts[i]
	if e.rules.TenureMaxHard || !f.holds || !f.hasTenure || e.rules.TenureMaxMonths <= 0 ||
		f.tenure < e.rules.TenureMaxMonths {
		return ""
	}
	return fmt.Sprintf("%d months in the current post since %s, at least %d: a cost in the score, not a bar",
		f.tenure, rulesDate(f.since), e.rules.TenureMaxMonths)
}

func rulesWhyRank(e *Eligibility, i, j int) string {
	es := e.facts[i].eselon
	if j >= 0 {
		es = e.r.Positions[j].Eselon
	}
	lo, hi := es.RankRange()
	return fmt.Sprintf("golongan %s is below %s, the lowest allowed for eselon %s (range %s–%s, one step below allowed)",
		e.r.Officials[i].Rank, es.MinRank(), es, lo, hi)
}

func rulesNoteRank(e *Eligibility, i int) string {
	if !e.rules.Rank {
		return ""
	}
	f := &e.facts[i]
	rk := e.r.Officials[i].Rank
	if rk == 0 {
		return "golongan unknown: not checked"
	}
	if f.eselon != 0 && rk < f.eselon.MinRank() {
		return fmt.Sprintf("golongan %s is below %s, the lowest allowed for the current eselon %s: staying is allowed (the rule applies to new placements)",
			rk, f.eselon.MinRank(), f.eselon)
	}
	return ""
}

// retiresWithin reports whether official i, holding a post of level l,
// retires on or before the end of the horizon: the BUP birthday falls
// before the horizon's end, so the age is reached within the horizon.
func (e *Eligibility) retiresWithin(i int, l Level) bool {
	f := &e.facts[i]
	return f.hasBirth && !f.retire[rulesBUPIndex(l)].After(e.horizonEnd)
}

// rulesBUPIndex selects Official facts' retirement date for a level.
func rulesBUPIndex(l Level) int {
	if l == LevelJPT {
		return 0
	}
	return 1
}

func rulesWhyBUP(e *Eligibility, i, j int) string {
	l := e.rulesLevelOf(i, j)
	f := &e.facts[i]
	return fmt.Sprintf("pensiun %s (BUP %d for %s), within the %d-month horizon ending %s",
		rulesDate(f.retire[rulesBUPIndex(l)]), BUPAge(l), l, e.rules.HorizonMonths,
		rulesDate(e.horizonEnd))
}

func rulesNoteBUP(e *Eligibility, i int) string {
	if !e.rules.BUP || e.facts[i].hasBirth {
		return ""
	}
	return "birth date unknown: retirement not checked"
}

func rulesWhySanction(e *Eligibility, i, j int) string {
	o := &e.r.Officials[i]
	f := &e.facts[i]
	until := "end date unknown, taken as in force"
	if !o.SanctionUntil.IsZero() {
		until = "until " + rulesDate(o.SanctionUntil)
	}
	if f.sanction == Berat {
		return fmt.Sprintf("hukuman disiplin berat in force (%s): no structural post", until)
	}
	if f.level == 0 {
		return fmt.Sprintf("hukuman disiplin sedang in force (%s): no promotion, and a first structural post counts as one", until)
	}
	return fmt.Sprintf("hukuman disiplin sedang in force (%s): no promotion from %s to %s",
		until, f.level, e.rulesLevelOf(i, j))
}

func rulesWhyTraining(e *Eligibility, i, j int) string {
	if j == whyRelease {
		return "attending PKN II leadership training: may stay or be promoted, not released"
	}
	return fmt.Sprintf("attending PKN II leadership training: may stay or be promoted, not moved to another %s post",
		e.rulesLevelOf(i, j))
}

// promotionBars reports which conditions of R-PROMOTION bar official i
// from a post of eselon toEs other than the current one: skipping a level, a
// demotion, a JPT candidate too old, or too short a time as administrator.
// A demotion is a lower eselon than the one held, within a level too
// (II.a to II.b, III.a to III.b): a committee reads a lower eselon as a
// demotion (penurunan eselon) whatever the level.
func (e *Eligibility) promotionBars(i int, toEs Eselon) (skip, demote, old, short bool) {
	f := &e.facts[i]
	to := toEs.Level()
	if to == 0 {
		return
	}
	skip = f.level != 0 && to+1 < f.level
	// Eselon codes count downwards: II.a is 1, IV.b is 6.
	demote = f.eselon != 0 && toEs > f.eselon && !e.rules.AllowDemotion
	if to == LevelJPT && f.level != LevelJPT {
		old = f.hasBirth && f.age > e.rules.JPTMaxAge
		short = f.level == LevelAdministrator && f.hasTenure && f.tenure < e.rules.AdminMinMonths
	}
	return
}

// promotionBar returns why R-PROMOTION bars official i from a post of
// eselon toEs other than the current one, or "" when it does not.
func (e *Eligibility) promotionBar(i int, toEs Eselon) string {
	f := &e.facts[i]
	to := toEs.Level()
	skip, demote, old, short := e.promotionBars(i, toEs)
	var why []string
	if skip {
		why = append(why, fmt.Sprintf("%s to %s skips a level: promotion is one level at a time", f.level, to))
	}
	if demote {
		if to != f.level {
			why = append(why, fmt.Sprintf("%s to %s is a demotion, not allowed by the policy", f.level, to))
		} else {
			why = append(why, fmt.Sprintf("eselon %s to %s is a demotion, not allowed by the policy", f.eselon, toEs))
		}
	}
	if old {
		why = append(why, fmt.Sprintf("age %d on %s, above %d for a JPT Pratama candidate",
			f.age, rulesDate(e.date), e.rules.JPTMaxAge))
	}
	if short {
		why = append(why, fmt.Sprintf("%d months as administrator (since %s), fewer than %d for a JPT Pratama candidate",
			f.tenure, rulesDate(f.since), e.rules.AdminMinMonths))
	}
	return strings.Join(why, "; ")
}

func rulesWhyPromotion(e *Eligibility, i, j int) string {
	if j < 0 {
		return e.promotionBar(i, e.facts[i].eselon)
	}
	return e.promotionBar(i, e.r.Positions[j].Eselon)
}

func rulesNotePromotion(e *Eligibility, i int) string {
	f := &e.facts[i]
	if !e.rules.Promotion || f.level == LevelJPT {
		return ""
	}
	switch {
	case f.level == 0:
		return "no structural post: may fill any post the rank allows; time as administrator not checked for JPT posts"
	case f.level == LevelAdministrator && !f.hasTenure:
		return "start as administrator (position_since) unknown: time as administrator not checked for JPT posts"
	case !f.hasBirth:
		return "birth date unknown: age not checked for JPT posts"
	}
	return ""
}

func rulesWhyJPM(e *Eligibility, i, j int) string {
	v, _ := JPM(e.r.Officials[i].Competency, e.r.Positions[j].Required)
	return fmt.Sprintf("JPM %.1f %% (%s) against the post's standard, below the %g %% floor",
		100*v, JPMCategory(v), 100*e.rules.JPMMinValue)
}

func rulesNoteJPM(e *Eligibility, i int) string {
	if !e.rules.JPMMin || e.facts[i].assessed {
		return ""
	}
	return "competencies not assessed: the JPM floor is not applied"
}

// rulesFamilyBars is R-FAMILY's pair test: a post other than the current
// one whose family is specific (not empty, not umum) and not among the
// official's, when the official lists any.
func rulesFamilyBars(e *Eligibility, i, j int) bool {
	f := e.postFam[j]
	if f < 0 || int(e.facts[i].cur) == j || !e.offFamKnown[i] {
		return false
	}
	for _, g := range e.offFam[i] {
		if g == f {
			return false
		}
	}
	return true
}

func rulesWhyFamily(e *Eligibility, i, j int) string {
	return fmt.Sprintf("the post's job family %q is not the official's (%s)",
		e.r.Positions[j].Family, strings.Join(e.r.Officials[i].Families, " | "))
}

func rulesNoteFamily(e *Eligibility, i int) string {
	if !e.rules.SameFamily || len(e.r.Officials[i].Families) > 0 {
		return ""
	}
	return "job family (family) unknown: R-FAMILY not applied"
}

// rulesFamilies indexes the specific families of the posts (postFam, −1 for
// a generalist or unknown one) and, per official, those they belong to, for
// R-FAMILY's pair test.
func (e *Eligibility) rulesFamilies() {
	ids := map[string]int32{}
	e.postFam = make([]int32, len(e.r.Positions))
	for j := range e.r.Positions {
		k := FamilyKey(e.r.Positions[j].Family)
		if IsGeneralist(k) {
			e.postFam[j] = -1
			continue
		}
		id, ok := ids[k]
		if !ok {
			id = int32(len(ids))
			ids[k] = id
		}
		e.postFam[j] = id
	}
	e.offFam = make([][]int32, len(e.r.Officials))
	e.offFamKnown = make([]bool, len(e.r.Officials))
	for i := range e.r.Officials {
		for _, f := range e.r.Officials[i].Families {
			k := FamilyKey(f)
			if k == "" {
				continue
			}
			e.offFamKnown[i] = true
			if id, ok := ids[k]; ok {
				e.offFam[i] = append(e.offFam[i], id)
			}
		}
	}
}

// rulesDecisionBars is R-DECISION's pair test: the official is pinned
// elsewhere (or released), the post is pinned to someone else, or the pair
// is forbidden.
func rulesDecisionBars(e *Eligibility, i, j int) bool {
	f := &e.facts[i]
	if f.pin != noPin && int(f.pin) != j {
		return true
	}
	if j >= 0 {
		if p := e.pinnedBy[j]; p >= 0 && int(p) != i {
			return true
		}
		if f.forbids {
			_, ok := e.forbid[rulesPairKey(i, j)]
			return ok
		}
	}
	return false
}

func rulesWhyDecision(e *Eligibility, i, j int) string {
	f := &e.facts[i]
	switch {
	case f.pin == pinRelease:
		return "released by the user (pinned to no post)"
	case f.pin >= 0 && int(f.pin) != j:
		return "pinned by the user to " + e.rulesPost(int(f.pin))
	case j >= 0 && e.pinnedBy[j] >= 0 && int(e.pinnedBy[j]) != i:
		o := &e.r.Officials[e.pinnedBy[j]]
		return fmt.Sprintf("post %s is pinned by the user to %s (NIP %s)", e.r.Positions[j].ID, o.Name, o.NIP.Raw)
	}
	return "forbidden by the user"
}

// rulesPairKey is the key of a pair in the forbid set.
func rulesPairKey(i, j int) uint64 { return uint64(i)<<32 | uint64(uint32(j)) }
