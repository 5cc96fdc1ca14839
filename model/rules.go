package model

import (
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
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
	bitEducation
	bitEvaluation
	bitJPTSelection
	bitJPTRotation
	bitReleaseCause
	bitJPMMin
	bitFamily
	bitDecision
)

// hardBits are the rules a pin (R-DECISION) cannot override: rank,
// education, the retirement age, a discipline sanction and the process of
// filling a JPT post (open selection, a competency test for a rotation)
// make a decree void, whatever the committee wants. A pin that runs into
// one is an error of Evaluate.
const hardBits = bitRank | bitEducation | bitBUP | bitSanction | bitJPTSelection | bitJPTRotation

// jptEselons are the eselons of JPT Pratama posts as a set (rule.pairEs).
const jptEselons uint8 = 1<<EselonIIa | 1<<EselonIIb

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
	source i18n.Key
	// keys names the policy keys (internal/policyfile.Keys) that switch and tune it.
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
	// pairFor, when set, limits the pair test to the officials for whom it
	// reports true (the others are judged by move alone), so that a pair
	// rule about a few officials keeps the common case a table look-up.
	pairFor func(e *Eligibility, i int) bool
	// pairEs, with pairFor, are the eselons (bits 1<<es) of the posts whose
	// pairs the rule tests; for the others move alone decides.
	pairEs uint8
	// why is the one-line reason why the rule bars official i from post j
	// (the current post when staying, whyOutside for a current post outside
	// the roster, whyRelease for release).
	why func(e *Eligibility, i, j int) i18n.Msg
	// note is a finding on official i that bars nothing but that a
	// committee should see (e.g. a fact the rule could not check); the
	// zero Msg for none. It is asked whether or not the rule is on.
	note func(e *Eligibility, i int) i18n.Msg
}

// ruleTable returns the rules in the order their verdicts are listed.
func ruleTable() []rule {
	return []rule{
		{
			// R-TENURE-MIN: PP 11/2017 Pasal 190(3); for JPT UU 5/2014
			// Pasal 116; exceptions per official after SE MenPANRB
			// 19/2023 (Policy.Exempt).
			bit: bitTenureMin, code: "R-TENURE-MIN",
			source: i18n.RuleSourceTenureMin,
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
			// the policy makes it hard. A holder who retires within the
			// horizon stays until then (R-BUP).
			bit: bitTenureMax, code: "R-TENURE-MAX",
			source: i18n.RuleSourceTenureMax,
			keys:   "rules.tenure_max_hard, rules.tenure_max_months",
			on:     func(r Rules) bool { return r.TenureMaxHard },
			stay: func(e *Eligibility, i int) bool {
				f := &e.facts[i]
				return f.holds && f.hasTenure && f.tenure >= e.rules.TenureMaxMonths && !f.bupLock
			},
			why:  rulesWhyTenureMax,
			note: rulesNoteTenureMax,
		},
		{
			// R-RANK: PP 100/2000 Pasal 5 jo PP 13/2002: rank at least one
			// step below the lowest of the eselon's range.
			bit: bitRank, code: "R-RANK",
			source: i18n.RuleSourceRank,
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
			// R-BUP: UU 20/2023 Pasal 55; UU 5/2014 Pasal 90; PP 11/2017
			// Pasal 239:
			// 60 for JPT, 58 for administrator and pengawas, retiring on
			// the 1st of the month after the birthday. Reached on or before
			// the plan date: the official retires (every post barred, the
			// current one too). Reached within the horizon: the holder stays
			// in the post until then (bupLock) and takes no other.
			bit: bitBUP, code: "R-BUP",
			source: i18n.RuleSourceBup,
			keys:   "rules.bup, rules.horizon_months",
			on:     func(r Rules) bool { return r.BUP },
			move: func(e *Eligibility, i int, es Eselon) bool {
				f := &e.facts[i]
				return f.retired || f.bupLock || e.retiresWithin(i, es.Level())
			},
			stay: func(e *Eligibility, i int) bool {
				f := &e.facts[i]
				return f.holds && f.retired
			},
			release: func(e *Eligibility, i int) bool {
				return e.facts[i].bupLock && e.facts[i].cur >= 0
			},
			why:  rulesWhyBUP,
			note: rulesNoteBUP,
		},
		{
			// R-SANCTION: PP 94/2021 Pasal 8: the kind in force decides. A
			// berat demotion (penurunan jabatan setingkat lebih rendah)
			// leaves only the posts one level lower; the other berat kinds
			// (release to a pelaksana post, discharge) or an unknown kind
			// bar every structural post; sedang bars promotion (practice).
			bit: bitSanction, code: "R-SANCTION",
			source: i18n.RuleSourceSanction,
			keys:   "rules.sanction",
			on:     func(r Rules) bool { return r.Sanction },
			move: func(e *Eligibility, i int, es Eselon) bool {
				f := &e.facts[i]
				switch f.sanction {
				case Berat:
					if f.sanctionKind == PenurunanJabatan && f.level != 0 {
						return es.Level() != f.level+1
					}
					return true
				case Sedang:
					return rulesPromotes(f.eselon, es)
				}
				return false
			},
			stay: func(e *Eligibility, i int) bool {
				f := &e.facts[i]
				return f.holds && f.sanction == Berat
			},
			why:  rulesWhySanction,
			note: rulesNoteSanction,
		},
		{
			// R-TRAINING: a regional policy, not a regulation (a KASN
			// finding, Padang 2021): an official attending PKN II is not
			// moved except by promotion. Off by default.
			bit: bitTraining, code: "R-TRAINING",
			source: i18n.RuleSourceTraining,
			keys:   "rules.training",
			on:     func(r Rules) bool { return r.Training },
			move: func(e *Eligibility, i int, es Eselon) bool {
				f := &e.facts[i]
				return f.training && !rulesPromotes(f.eselon, es)
			},
			release: func(e *Eligibility, i int) bool {
				return e.facts[i].training && e.facts[i].cur >= 0
			},
			why: rulesWhyTraining,
		},
		{
			// R-PROMOTION: PP 11/2017 as amended by PP 17/2020: Pasal 107
			// (JPT Pratama: 2 years as administrator, at most 56 years
			// old), Pasal 54 ayat (1) (administrator: 3 years as pengawas,
			// an SKP of at least Baik in the last 2 years); PP 100/2000
			// Pasal 5; one level up at most; no demotion unless allowed or
			// ordered by a sanction.
			bit: bitPromotion, code: "R-PROMOTION",
			source: i18n.RuleSourcePromotion,
			keys:   "rules.promotion, rules.jpt_max_age, rules.admin_min_months, rules.pengawas_min_months, rules.allow_demotion",
			on:     func(r Rules) bool { return r.Promotion },
			move: func(e *Eligibility, i int, es Eselon) bool {
				return e.promotionBars(i, es) != 0
			},
			why:  rulesWhyPromotion,
			note: rulesNotePromotion,
		},
		{
			// R-EDUCATION: PP 11/2017 jo PP 17/2020 Pasal 54 ayat (1) huruf
			// b (administrator) and Pasal 107 huruf c (JPT Pratama): at
			// least S1 or D4.
			bit: bitEducation, code: "R-EDUCATION",
			source: i18n.RuleSourceEducation,
			keys:   "rules.education",
			on:     func(r Rules) bool { return r.Education },
			move: func(e *Eligibility, i int, es Eselon) bool {
				ed := e.r.Officials[i].Education
				l := es.Level()
				return ed != 0 && ed < D4 && (l == LevelJPT || l == LevelAdministrator)
			},
			why:  rulesWhyEducation,
			note: rulesNoteEducation,
		},
		{
			// R-EVALUATION: the outcomes agencies report after an
			// evaluation (evaluasi jabatan, uji kompetensi, job fit; PP
			// 11/2017 Pasal 132 for JPT): tetap keeps the holder, rotasi
			// moves them within the level or up, istirahat releases them.
			// The outcomes themselves are practice, not a regulation.
			bit: bitEvaluation, code: "R-EVALUATION",
			source: i18n.RuleSourceEvaluation,
			keys:   "rules.evaluation",
			on:     func(r Rules) bool { return r.Evaluation },
			move: func(e *Eligibility, i int, es Eselon) bool {
				f := &e.facts[i]
				switch f.evaluation {
				case EvalIstirahat:
					return true
				case EvalTetap:
					return f.evalLock
				case EvalRotasi:
					// A berat sanction decides where its holder goes (a
					// demotion one level lower), not the evaluation.
					return es.Level() > f.level && !(e.rules.Sanction && f.sanction == Berat)
				}
				return false
			},
			stay: func(e *Eligibility, i int) bool {
				f := &e.facts[i]
				switch f.evaluation {
				case EvalIstirahat:
					return true
				case EvalRotasi:
					return !f.locked && !f.bupLock
				}
				return false
			},
			release: func(e *Eligibility, i int) bool {
				return e.facts[i].evalLock
			},
			why:  rulesWhyEvaluation,
			note: rulesNoteEvaluation,
		},
		{
			// R-JPT-SELECTION: UU 5/2014 Pasal 108 ayat (3) and Pasal 113;
			// PP 11/2017 Pasal 127; PermenPANRB 15/2019: a JPT Pratama post
			// is filled by open selection, the committee proposing three
			// names; one who does not hold a JPT post takes one only when
			// named for it.
			bit: bitJPTSelection, code: "R-JPT-SELECTION",
			source: i18n.RuleSourceJptSelection,
			keys:   "rules.jpt_selection",
			on:     func(r Rules) bool { return r.JPTSelection },
			move: func(e *Eligibility, i int, es Eselon) bool {
				f := &e.facts[i]
				return es.Level() == LevelJPT && f.level != LevelJPT && !f.selected
			},
			pair: func(e *Eligibility, i, j int) bool {
				return e.eselon[j].Level() == LevelJPT && e.facts[i].level != LevelJPT && !e.isSelected(i, j)
			},
			pairFor: func(e *Eligibility, i int) bool { return e.facts[i].selected },
			pairEs:  jptEselons,
			why:     rulesWhyJPTSelection,
		},
		{
			// R-JPT-ROTATION: PP 11/2017 Pasal 132 ayat (1) and (2): a JPT
			// holder moves to another JPT post through a competency test
			// (uji kompetensi) among the agency's JPT holders: an
			// evaluation on record, or a name in an open selection.
			bit: bitJPTRotation, code: "R-JPT-ROTATION",
			source: i18n.RuleSourceJptRotation,
			keys:   "rules.jpt_rotation",
			on:     func(r Rules) bool { return r.JPTRotation },
			move: func(e *Eligibility, i int, es Eselon) bool {
				f := &e.facts[i]
				return es.Level() == LevelJPT && f.level == LevelJPT && f.evaluation == 0 && !f.selected
			},
			pair: func(e *Eligibility, i, j int) bool {
				f := &e.facts[i]
				return e.eselon[j].Level() == LevelJPT && f.level == LevelJPT && f.evaluation == 0 &&
					int(f.cur) != j && !e.isSelected(i, j)
			},
			pairFor: func(e *Eligibility, i int) bool { return e.facts[i].selected },
			pairEs:  jptEselons,
			why:     rulesWhyJPTRotation,
		},
		{
			// R-RELEASE-CAUSE: a holder is released (non-job) only with a
			// cause: the evaluation's istirahat, a discipline sanction, or
			// the user's pin to no post; retirement is not a release.
			// Practice of the agencies (a release for no cause is what BKN
			// and KASN send back), not a single article.
			bit: bitReleaseCause, code: "R-RELEASE-CAUSE",
			source: i18n.RuleSourceReleaseCause,
			keys:   "rules.release_cause",
			on:     func(r Rules) bool { return r.ReleaseCause },
			release: func(e *Eligibility, i int) bool {
				f := &e.facts[i]
				return f.cur >= 0 && f.cause == CauseNone
			},
			why: rulesWhyReleaseCause,
		},
		{
			// R-JPM-MIN: assessment-centre practice: a job-person match in
			// category KMS (below 68 %) cannot fill a post.
			bit: bitJPMMin, code: "R-JPM-MIN",
			source: i18n.RuleSourceJpmMin,
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
			source: i18n.RuleSourceFamily,
			keys:   "rules.same_family",
			on:     func(r Rules) bool { return r.SameFamily },
			pair:   rulesFamilyBars,
			why:    rulesWhyFamily,
			note:   rulesNoteFamily,
		},
		{
			// R-DECISION: the user's own pins and forbids (no regulation).
			bit: bitDecision, code: "R-DECISION",
			source: i18n.RuleSourceDecision,
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
	// Source is the regulation or practice the rule comes from, a
	// message of the catalogue.
	Source i18n.Key
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

// rulesPromotes reports whether a post of eselon to is a promotion from
// eselon from: a higher eselon, within a level too (III.b to III.a).
// Eselon codes count downwards (II.a is 1); an official with no structural
// post (0) goes up into any post.
func rulesPromotes(from, to Eselon) bool {
	if to == 0 {
		return false
	}
	return from == 0 || to < from
}

// rulesDate is a date as an argument of the rules' messages: "1 Mei 2027".
func rulesDate(t time.Time) i18n.Date { return i18n.Date(t) }

// rulesPost names post j for a message.
func (e *Eligibility) rulesPost(j int) any {
	if j < 0 {
		return i18n.M(i18n.RuleCurrentPost)
	}
	p := &e.r.Positions[j]
	if p.Name == "" {
		return p.ID
	}
	return i18n.M(i18n.RulePostNamed, p.ID, p.Name)
}

// rulesLevelOf returns the level of post j, or the official's current level
// for whyOutside.
func (e *Eligibility) rulesLevelOf(i, j int) Level {
	if j >= 0 {
		return e.r.Positions[j].Eselon.Level()
	}
	return e.facts[i].level
}

func rulesWhyTenureMin(e *Eligibility, i, _ int) i18n.Msg {
	f := &e.facts[i]
	return i18n.M(i18n.RuleTenureMin,
		f.tenure, rulesDate(f.since), e.rules.TenureMinMonths,
		rulesDate(AddMonths(f.since, e.rules.TenureMinMonths)))
}

func rulesNoteTenureMin(e *Eligibility, i int) i18n.Msg {
	f := &e.facts[i]
	if !e.rules.TenureMin || !f.holds {
		return i18n.Msg{}
	}
	if !f.hasTenure {
		return i18n.M(i18n.RuleTenureMinNoStart)
	}
	if f.exempt && f.tenure < e.rules.TenureMinMonths {
		return i18n.M(i18n.RuleTenureMinExempt,
			f.tenure, e.rules.TenureMinMonths)
	}
	return i18n.Msg{}
}

func rulesWhyTenureMax(e *Eligibility, i, _ int) i18n.Msg {
	f := &e.facts[i]
	return i18n.M(i18n.RuleTenureMax,
		f.tenure, rulesDate(f.since), e.rules.TenureMaxMonths)
}

func rulesNoteTenureMax(e *Eligibility, i int) i18n.Msg {
	f := &e.facts[i]
	if e.rules.TenureMaxHard || !f.holds || !f.hasTenure || e.rules.TenureMaxMonths <= 0 ||
		f.tenure < e.rules.TenureMaxMonths {
		return i18n.Msg{}
	}
	return i18n.M(i18n.RuleTenureMaxCost,
		f.tenure, rulesDate(f.since), e.rules.TenureMaxMonths)
}

func rulesWhyRank(e *Eligibility, i, j int) i18n.Msg {
	es := e.facts[i].eselon
	if j >= 0 {
		es = e.r.Positions[j].Eselon
	}
	lo, hi := es.RankRange()
	return i18n.M(i18n.RuleRank,
		e.r.Officials[i].Rank, es.MinRank(), es, lo, hi)
}

func rulesNoteRank(e *Eligibility, i int) i18n.Msg {
	if !e.rules.Rank {
		return i18n.Msg{}
	}
	f := &e.facts[i]
	rk := e.r.Officials[i].Rank
	if rk == 0 {
		return i18n.M(i18n.RuleRankUnknown)
	}
	if f.eselon != 0 && rk < f.eselon.MinRank() {
		return i18n.M(i18n.RuleRankCurrent,
			rk, f.eselon.MinRank(), f.eselon)
	}
	return i18n.Msg{}
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

func rulesWhyBUP(e *Eligibility, i, j int) i18n.Msg {
	l := e.rulesLevelOf(i, j)
	f := &e.facts[i]
	if f.retired {
		cl := f.level
		return i18n.M(i18n.RuleBUPRetired,
			rulesDate(f.retire[rulesBUPIndex(cl)]), BUPAge(cl), rulesLevelName(cl), rulesDate(e.date))
	}
	if f.bupLock && (j < 0 || int(f.cur) == j || !e.retiresWithin(i, l)) {
		cl := f.level
		return i18n.M(i18n.RuleBUPLocked,
			rulesDate(f.retire[rulesBUPIndex(cl)]), BUPAge(cl), rulesLevelName(cl), e.rules.HorizonMonths, rulesDate(e.horizonEnd))
	}
	return i18n.M(i18n.RuleBUPWithin,
		rulesDate(f.retire[rulesBUPIndex(l)]), BUPAge(l), rulesLevelName(l), e.rules.HorizonMonths,
		rulesDate(e.horizonEnd))
}

// rulesLevelName names a level, "no structural post" for 0.
func rulesLevelName(l Level) any {
	if l == 0 {
		return i18n.M(i18n.RuleLevelNone)
	}
	return l.String()
}

func rulesNoteBUP(e *Eligibility, i int) i18n.Msg {
	if !e.rules.BUP || e.facts[i].hasBirth {
		return i18n.Msg{}
	}
	return i18n.M(i18n.RuleBUPNoBirth)
}

func rulesWhySanction(e *Eligibility, i, j int) i18n.Msg {
	f := &e.facts[i]
	kind := f.sanction.String()
	if f.sanctionKind != 0 {
		kind += " (" + f.sanctionKind.String() + ")"
	}
	what := i18n.M(i18n.RuleSanctionWhat, kind)
	until := i18n.M(i18n.RuleSanctionUnknown)
	switch {
	case f.sanctionKind.Permanent():
		until = i18n.M(i18n.RuleSanctionPermanent)
	case !f.sanctionUntil.IsZero():
		until = i18n.M(i18n.RuleSanctionUntil, rulesDate(f.sanctionUntil))
	}
	if f.sanction == Berat {
		switch {
		case f.sanctionKind == PenurunanJabatan && f.level != 0 && f.level < LevelPengawas:
			return i18n.M(i18n.RuleSanctionDemote,
				what, until, f.level+1)
		case f.sanctionKind == PenurunanJabatan:
			return i18n.M(i18n.RuleSanctionPelaksana, what, until)
		case f.sanctionKind == Pemberhentian:
			return i18n.M(i18n.RuleSanctionDismissed, what, until)
		case f.sanctionKind == PembebasanJabatan:
			return i18n.M(i18n.RuleSanctionFreed, what, until)
		}
		return i18n.M(i18n.RuleSanctionNoKind, what, until)
	}
	if f.level == 0 {
		return i18n.M(i18n.RuleSanctionNoFirst, what, until)
	}
	to := f.eselon
	if j >= 0 {
		to = e.r.Positions[j].Eselon
	}
	return i18n.M(i18n.RuleSanctionNoPromo, what, until, f.eselon, to)
}

func rulesNoteSanction(e *Eligibility, i int) i18n.Msg {
	f := &e.facts[i]
	o := &e.r.Officials[i]
	if !e.rules.Sanction || o.Sanction < Sedang {
		return i18n.Msg{}
	}
	switch {
	case f.sanction != 0 && f.sanctionGuess:
		return i18n.M(i18n.RuleSanctionGuess,
			o.Sanction, rulesDate(o.SanctionDate))
	case f.sanction != 0 && f.sanctionUntil.IsZero() && !f.sanctionKind.Permanent():
		return i18n.M(i18n.RuleSanctionNoDates, o.Sanction)
	case f.sanction == Berat && f.sanctionKind == 0:
		return i18n.M(i18n.RuleSanctionBeratKind)
	case f.sanction == 0:
		return i18n.M(i18n.RuleSanctionEnded, o.Sanction, rulesDate(f.sanctionUntil))
	}
	return i18n.Msg{}
}

func rulesWhyTraining(e *Eligibility, i, j int) i18n.Msg {
	if j == whyRelease {
		return i18n.M(i18n.RuleTrainingRelease)
	}
	return i18n.M(i18n.RuleTrainingMove,
		e.rulesLevelOf(i, j))
}

// The conditions of R-PROMOTION, as bits of promotionBars.
const (
	promoSkip      uint8 = 1 << iota // two levels up
	promoDemote                      // a lower eselon, not allowed
	promoOld                         // a JPT candidate above the age limit
	promoAdmin                       // too short a time as administrator for JPT
	promoPengawas                    // too short a time as pengawas for administrator
	promoPredicate                   // an SKP below Baik
	promoNoPost                      // no structural post: no administrator or JPT post
)

// promotionBars returns which conditions of R-PROMOTION bar official i
// from a post of eselon toEs other than the current one. A demotion is a
// lower eselon than the one held, within a level too (II.a to II.b, III.a
// to III.b): a committee reads a lower eselon as a demotion (penurunan
// eselon) whatever the level; the policy may allow it, and a berat
// sanction's demotion orders it one level down. A promotion is a higher
// eselon, within a level too: it needs an SKP of at least Baik; a new
// level needs the cumulative time at the level below.
func (e *Eligibility) promotionBars(i int, toEs Eselon) uint8 {
	f := &e.facts[i]
	to := toEs.Level()
	if to == 0 {
		return 0
	}
	var m uint8
	if f.level == 0 {
		if to == LevelJPT || to == LevelAdministrator {
			m |= promoNoPost
		}
		return m
	}
	if to+1 < f.level {
		m |= promoSkip
	}
	if f.eselon != 0 && toEs > f.eselon && !e.rules.AllowDemotion &&
		!(e.rules.Sanction && f.sanction == Berat && f.sanctionKind == PenurunanJabatan && to == f.level+1) {
		m |= promoDemote
	}
	if !rulesPromotes(f.eselon, toEs) {
		return m
	}
	if p := e.r.Officials[i].Performance.Predicate; p > Baik {
		m |= promoPredicate
	}
	switch {
	case to == LevelJPT && f.level == LevelAdministrator:
		if f.hasBirth && f.age > e.rules.JPTMaxAge {
			m |= promoOld
		}
		if f.adminKnown && f.adminMonths < e.rules.AdminMinMonths {
			m |= promoAdmin
		}
	case to == LevelAdministrator && f.level == LevelPengawas:
		if f.pengawasKnown && f.pengawasMonths < e.rules.PengawasMinMonths {
			m |= promoPengawas
		}
	}
	return m
}

// promotionBar returns why R-PROMOTION bars official i from a post of
// eselon toEs other than the current one, or "" when it does not.
func (e *Eligibility) promotionBar(i int, toEs Eselon) i18n.Msg {
	f := &e.facts[i]
	o := &e.r.Officials[i]
	to := toEs.Level()
	m := e.promotionBars(i, toEs)
	var why []any
	if m&promoNoPost != 0 {
		k := i18n.RulePromoNoPostAdmin
		if to == LevelJPT {
			k = i18n.RulePromoNoPostJPT
		}
		why = append(why, i18n.M(k))
	}
	if m&promoSkip != 0 {
		why = append(why, i18n.M(i18n.RulePromoSkip, f.level, to))
	}
	if m&promoDemote != 0 {
		if to != f.level {
			why = append(why, i18n.M(i18n.RulePromoDemoteLevel, f.level, to))
		} else {
			why = append(why, i18n.M(i18n.RulePromoDemoteEselon, f.eselon, toEs))
		}
	}
	if m&promoPredicate != 0 {
		why = append(why, i18n.M(i18n.RulePromoPredicate,
			o.Performance.Predicate))
	}
	if m&promoOld != 0 {
		why = append(why, i18n.M(i18n.RulePromoOld,
			f.age, rulesDate(e.date), e.rules.JPTMaxAge))
	}
	if m&promoAdmin != 0 {
		why = append(why, i18n.M(i18n.RulePromoAdmin,
			rulesMonths(f.adminMonths), rulesDate(f.adminSince), rulesBound(f.adminBound), e.rules.AdminMinMonths))
	}
	if m&promoPengawas != 0 {
		why = append(why, i18n.M(i18n.RulePromoPengawas,
			rulesMonths(f.pengawasMonths), rulesDate(f.pengawasSince), rulesBound(f.pengawasBound), e.rules.PengawasMinMonths))
	}
	if len(why) == 0 {
		return i18n.Msg{}
	}
	return i18n.M(i18n.RuleList, i18n.Join{Items: why, Sep: "; "})
}

// rulesMonths is a number of months for the rules' messages.
func rulesMonths(n int) i18n.Count { return i18n.Count{N: n, Noun: i18n.UnitMonth} }

// rulesBound says that a start of experience is the current post's: a
// lower bound of the time at the level.
func rulesBound(b bool) i18n.Msg {
	if b {
		return i18n.M(i18n.RulePromoBound)
	}
	return i18n.Msg{}
}

func rulesWhyPromotion(e *Eligibility, i, j int) i18n.Msg {
	if j < 0 {
		return e.promotionBar(i, e.facts[i].eselon)
	}
	return e.promotionBar(i, e.r.Positions[j].Eselon)
}

func rulesNotePromotion(e *Eligibility, i int) i18n.Msg {
	f := &e.facts[i]
	if !e.rules.Promotion || f.level == LevelJPT {
		return i18n.Msg{}
	}
	switch {
	case f.level == 0:
		return i18n.M(i18n.RulePromoNoPostNote)
	case f.level == LevelAdministrator && f.adminBound:
		return i18n.M(i18n.RulePromoAdminBound,
			rulesDate(f.adminSince))
	case f.level == LevelAdministrator && !f.adminKnown:
		return i18n.M(i18n.RulePromoAdminUnknown)
	case f.level == LevelPengawas && f.pengawasBound:
		return i18n.M(i18n.RulePromoPengBound,
			rulesDate(f.pengawasSince))
	case f.level == LevelPengawas && !f.pengawasKnown:
		return i18n.M(i18n.RulePromoPengUnknown)
	case f.level == LevelAdministrator && !f.hasBirth:
		return i18n.M(i18n.RulePromoNoBirth)
	}
	return i18n.Msg{}
}

func rulesWhyEducation(e *Eligibility, i, j int) i18n.Msg {
	l := e.rulesLevelOf(i, j)
	return i18n.M(i18n.RuleEducation, e.r.Officials[i].Education, l)
}

func rulesNoteEducation(e *Eligibility, i int) i18n.Msg {
	if !e.rules.Education || e.r.Officials[i].Education != 0 || e.facts[i].level == LevelJPT {
		return i18n.Msg{}
	}
	return i18n.M(i18n.RuleEducationUnknown)
}

func rulesWhyEvaluation(e *Eligibility, i, j int) i18n.Msg {
	f := &e.facts[i]
	var on i18n.Msg
	if d := e.r.Officials[i].EvaluationDate; !d.IsZero() {
		on = i18n.M(i18n.RuleEvalOn, rulesDate(d))
	}
	switch f.evaluation {
	case EvalIstirahat:
		return i18n.M(i18n.RuleEvalIstirahat, on)
	case EvalTetap:
		return i18n.M(i18n.RuleEvalTetap, on)
	}
	if j >= 0 && int(f.cur) != j {
		return i18n.M(i18n.RuleEvalRotasiTo, on)
	}
	return i18n.M(i18n.RuleEvalRotasi, on)
}

func rulesNoteEvaluation(e *Eligibility, i int) i18n.Msg {
	f := &e.facts[i]
	if !e.rules.Evaluation || f.evaluation == 0 {
		return i18n.Msg{}
	}
	switch {
	case f.evaluation == EvalRotasi && f.bupLock:
		return i18n.M(i18n.RuleEvalRotasiBUP,
			rulesDate(f.retire[rulesBUPIndex(f.level)]))
	case f.evaluation == EvalRotasi && f.locked:
		return i18n.M(i18n.RuleEvalRotasiLocked,
			f.tenure, e.rules.TenureMinMonths, rulesDate(AddMonths(f.since, e.rules.TenureMinMonths)))
	case f.evaluation == EvalTetap && !f.evalLock && f.cause == CauseNone:
		return i18n.M(i18n.RuleEvalTetapFree)
	}
	return i18n.Msg{}
}

func rulesWhyJPTSelection(e *Eligibility, i, j int) i18n.Msg {
	var post any = i18n.M(i18n.RuleJPTPost)
	if j >= 0 {
		post = e.r.Positions[j].ID
	}
	return i18n.M(i18n.RuleJPTSelection, post)
}

func rulesWhyJPTRotation(e *Eligibility, i, j int) i18n.Msg {
	return i18n.M(i18n.RuleJPTRotation)
}

func rulesWhyReleaseCause(e *Eligibility, i, _ int) i18n.Msg {
	return i18n.M(i18n.RuleReleaseCause)
}

func rulesWhyJPM(e *Eligibility, i, j int) i18n.Msg {
	v, _ := JPM(e.r.Officials[i].Competency, e.r.Positions[j].Required)
	return i18n.M(i18n.RuleJPM, i18n.Pct{F: v, Prec: 1}, JPMCategory(v), i18n.Pct{F: e.rules.JPMMinValue, Prec: -1})
}

func rulesNoteJPM(e *Eligibility, i int) i18n.Msg {
	if !e.rules.JPMMin || e.facts[i].assessed {
		return i18n.Msg{}
	}
	return i18n.M(i18n.RuleJPMNotAssessed)
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

func rulesWhyFamily(e *Eligibility, i, j int) i18n.Msg {
	return i18n.M(i18n.RuleFamily,
		e.r.Positions[j].Family, strings.Join(e.r.Officials[i].Families, " | "))
}

func rulesNoteFamily(e *Eligibility, i int) i18n.Msg {
	if !e.rules.SameFamily || len(e.r.Officials[i].Families) > 0 {
		return i18n.Msg{}
	}
	return i18n.M(i18n.RuleFamilyUnknown)
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

func rulesWhyDecision(e *Eligibility, i, j int) i18n.Msg {
	f := &e.facts[i]
	switch {
	case f.pin == pinRelease:
		return i18n.M(i18n.RuleDecisionReleased)
	case f.pin >= 0 && int(f.pin) != j:
		return i18n.M(i18n.RuleDecisionPinned, e.rulesPost(int(f.pin)))
	case j >= 0 && e.pinnedBy[j] >= 0 && int(e.pinnedBy[j]) != i:
		o := &e.r.Officials[e.pinnedBy[j]]
		return i18n.M(i18n.RuleDecisionPostTaken, e.r.Positions[j].ID, o.Name, o.NIP.Raw)
	}
	return i18n.M(i18n.RuleDecisionForbidden)
}

// rulesPairKey is the key of a pair in the forbid set.
func rulesPairKey(i, j int) uint64 { return uint64(i)<<32 | uint64(uint32(j)) }
