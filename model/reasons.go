package model

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// This file writes the reasons and warnings of a plan in words a review
// committee (Tim Penilai Kinerja, formerly Baperjakat) can read: concrete,
// with the numbers and the rule codes behind them.

// retireWarnMonths is how far after the horizon a retirement still earns a
// warning: the successor should be prepared in this plan.
const retireWarnMonths = 12

// reasonDate is a date as decrees write it: "1 Mei 2027".
func reasonDate(t time.Time) i18n.Date { return i18n.Date(t) }

// reasonPercent is a fraction as a whole percentage: "86%".
func reasonPercent(f float64) i18n.Pct { return i18n.Percent(f) }

// reasonDuration is a number of months as "6 tahun 2 bulan", "1 year",
// "3 months".
func reasonDuration(months int) i18n.Months { return i18n.Months(months) }

// BUPAge returns the retirement age (batas usia pensiun) for a post of the
// level: 60 for JPT, 58 for administrator, pengawas and no post (UU 20/2023;
// UU 5/2014 Pasal 90).
func BUPAge(l Level) int {
	if l == LevelJPT {
		return 60
	}
	return 58
}

// RetirementDate returns the day official o retires at the age: the first
// of the month after the birthday (TMT pensiun); zero when the birth date is
// unknown.
func RetirementDate(o *Official, age int) time.Time {
	b := o.BirthDate
	if b.IsZero() {
		b = o.NIP.Birth
	}
	if b.IsZero() {
		return time.Time{}
	}
	return time.Date(b.Year()+age, b.Month()+1, 1, 0, 0, 0, 0, time.UTC)
}

// performanceText describes the SKP: "SKP Sangat Baik", "SKP 92 (Sangat
// Baik)", with the potential when given.
func performanceText(o *Official) i18n.Msg {
	s := i18n.M(i18n.ReasonSKP, o.Performance.Predicate.String())
	if o.Performance.HasScore {
		s = i18n.M(i18n.ReasonSKPScore, i18n.Num(o.Performance.Score, -1), o.Performance.Predicate.String())
	}
	if o.HasPotential {
		s = i18n.M(i18n.ReasonPotential, s, i18n.Num(o.Potential, -1))
	}
	return s
}

// fitText describes the fit of official i against post j.
func (sc *Scores) fitText(i, j int) i18n.Msg {
	p := &sc.r.Positions[j]
	if f, ok := sc.Fit(i, j); ok {
		return i18n.M(i18n.ReasonFit, reasonPercent(f), JPMCategory(f), p.Name)
	}
	return i18n.M(i18n.ReasonNotAssessed, reasonPercent(NeutralFit))
}

// familyText describes official i's job family against post j's: a match,
// a move outside the family, or the zero Msg when either is unknown or the
// post is a generalist one.
func (sc *Scores) familyText(i, j int) i18n.Msg {
	p := &sc.r.Positions[j]
	fams := sc.r.Officials[i].Families
	switch sc.family(i, sc.postFam[j]) {
	case FamilyMatch:
		if IsGeneralist(p.Family) {
			return i18n.Msg{}
		}
		return i18n.M(i18n.ReasonFamilyMatch, p.Family)
	case FamilyOther:
		return i18n.M(i18n.ReasonFamilyOther, p.Family, strings.Join(fams, ", "))
	}
	return i18n.Msg{}
}

// reasons returns the reasons of official i's move.
func (pc *planContext) reasons(i int) []i18n.Msg {
	sc := pc.sc
	o := &sc.r.Officials[i]
	j := pc.post[i]
	t := pc.kinds[i]
	var out []i18n.Msg
	if j >= 0 {
		if sc.assessed[i] {
			out = append(out, i18n.M(i18n.ReasonPerfAndFit, performanceText(o), sc.fitText(i, j)))
		} else {
			out = append(out, i18n.M(i18n.RuleList, i18n.Join{Items: []any{performanceText(o), sc.fitText(i, j)}, Sep: "; "}))
		}
		out = append(out, pc.placeReasons(i, j, t)...)
	} else {
		out = append(out, pc.releaseReasons(i)...)
	}
	if s := pc.tenureText(i, j); !s.IsZero() && t != Retire {
		out = append(out, s)
	}
	if j >= 0 && sc.talent(i, j) == 1 {
		switch o.TalentBox {
		case 9:
			out = append(out, i18n.M(i18n.ReasonTalentPromote))
		default:
			out = append(out, i18n.M(i18n.ReasonTalentRotate, o.TalentBox))
		}
	}
	if j >= 0 && t != Stay {
		if s := sc.familyText(i, j); !s.IsZero() {
			out = append(out, s)
		}
	}
	// The rules' verdicts on the official as a whole, unless already said.
	if st, vs := sc.el.Status(i); st != Free {
		for _, v := range vs {
			if !reasonMentions(out, v.Rule) {
				out = append(out, i18n.M(i18n.RuleWithCode, v.Reason, v.Rule))
			}
		}
	}
	return out
}

// reasonMentions reports whether some reason already names the rule code.
func reasonMentions(rs []i18n.Msg, code string) bool {
	for _, r := range rs {
		if strings.Contains(r.Text(i18n.EN), code) {
			return true
		}
	}
	return false
}

// placeReasons says what placing official i in post j does: the promotion,
// the vacancy it fills or whom it succeeds.
func (pc *planContext) placeReasons(i, j int, t MoveType) []i18n.Msg {
	sc := pc.sc
	p := &sc.r.Positions[j]
	var out []i18n.Msg
	if t == Promote {
		out = append(out, i18n.M(i18n.ReasonPromotion, rulesLevelName(sc.level[i]), p.Eselon.Level(), p.Eselon))
	}
	if t == Stay {
		return out
	}
	switch h := pc.before[j]; {
	case h < 0:
		out = append(out, i18n.M(i18n.ReasonFillsVacancy, p.Name, p.Unit))
	case h != i:
		ho := &sc.r.Officials[h]
		var fate i18n.Msg
		switch {
		case pc.kinds[h] == Retire:
			fate = i18n.M(i18n.ReasonFateRetires)
		case pc.kinds[h] == Demote && pc.post[h] < 0:
			fate = i18n.M(i18n.ReasonFateDemoted)
		case pc.post[h] < 0:
			fate = i18n.M(i18n.ReasonFateReleased)
		default:
			fate = i18n.M(i18n.ReasonFateMoves, sc.r.Positions[pc.post[h]].Name)
		}
		out = append(out, i18n.M(i18n.ReasonSucceeds, ho.Name, p.Name, fate))
	}
	return out
}

// releaseReasons says why official i is left without a post: a retirement
// (pensiun, never in a sanction's words), a release and its cause, or a
// candidate not placed.
func (pc *planContext) releaseReasons(i int) []i18n.Msg {
	sc := pc.sc
	o := &sc.r.Officials[i]
	cur := sc.cur[i]
	if pc.kinds[i] == Retire {
		return retireReasons(o, sc.level[i], sc.pol.Date)
	}
	verb := i18n.M(i18n.ReasonReleased)
	if pc.kinds[i] == Demote {
		verb = i18n.M(i18n.ReasonDemoted)
	}
	if cur < 0 {
		verb = i18n.M(i18n.ReasonNotPlaced)
	}
	var out []i18n.Msg
	if cur >= 0 {
		for _, v := range sc.el.Blocked(i, cur) {
			out = append(out, i18n.M(i18n.ReasonBecause, verb, v.Reason, v.Rule))
		}
	}
	if pc.kinds[i] == Demote {
		out = append(out, i18n.M(i18n.ReasonDemotedTo, sc.level[i]+1))
	}
	if len(out) > 0 {
		verb = i18n.M(i18n.ReasonElsewhere)
	}
	// The posts it could have taken, and what became of them.
	open, taken, bestVacant, bestScore := pc.openPosts(i)
	switch {
	case sc.Positions() == 0:
		out = append(out, i18n.M(i18n.ReasonNoPosts, verb))
	case open == 0:
		out = append(out, i18n.M(i18n.ReasonNoPostOpen, verb, pc.blockedSummary(i)))
	case taken == open:
		out = append(out, i18n.M(i18n.ReasonAllTaken, verb, open))
	default:
		p := &sc.r.Positions[bestVacant]
		out = append(out, i18n.M(i18n.ReasonBelowCosts,
			verb, p.Name, i18n.Num(bestScore, 2), i18n.Num(-(sc.VacancyCost(bestVacant)+sc.release[i]), 2)))
	}
	if cur >= 0 {
		out = append(out, i18n.M(i18n.ReasonReleaseCost, i18n.Num(sc.release[i], 2), performanceText(o)))
	} else if o.Eselon != 0 {
		out = append(out, i18n.M(i18n.ReasonKeepsOutside, o.Eselon))
	}
	return out
}

// openPosts returns the posts official i may take (open), how many of them
// the plan gives others (taken), and the vacant one of the highest score,
// the first by post among equals (−1 when none).
func (pc *planContext) openPosts(i int) (open, taken, bestVacant int, bestScore float64) {
	if pc.cls != nil {
		return pc.classOpenPosts(i)
	}
	sc := pc.sc
	bestVacant, bestScore = -1, math.Inf(-1)
	for j := range sc.Positions() {
		if !sc.allowed(i, j) {
			continue
		}
		open++
		if pc.holder[j] >= 0 {
			taken++
			continue
		}
		if b := sc.Benefit(i, j); b > bestScore {
			bestVacant, bestScore = j, b
		}
	}
	return open, taken, bestVacant, bestScore
}

// retireReasons says that official o, holding a post of level l, retires:
// the BUP was reached on or before the plan date. Retirement is not a
// release: it has a decree of its own and no word of a sanction.
func retireReasons(o *Official, l Level, date time.Time) []i18n.Msg {
	age := BUPAge(l)
	d := RetirementDate(o, age)
	return []i18n.Msg{
		i18n.M(i18n.ReasonRetires, reasonDate(d), age, reasonDate(date)),
		i18n.M(i18n.ReasonRetireDecree),
	}
}

// blockedSummary counts, by rule, the posts the rules close to official i,
// e.g. "R-RANK 12 posts, R-PROMOTION 3 posts".
func (pc *planContext) blockedSummary(i int) i18n.Msg {
	sc := pc.sc
	counts := map[string]int{}
	var codes []string
	if pc.cls != nil {
		pc.classBlocked(i, counts)
		return countText(counts, i18n.UnitPost)
	}
	for j := range sc.Positions() {
		if sc.allowed(i, j) {
			continue
		}
		codes = pc.blockedCodes(codes[:0], i, j)
		for _, c := range codes {
			counts[c]++
		}
	}
	return countText(counts, i18n.UnitPost)
}

// blockedCodes appends the codes of the rules that keep official i out of
// post j, each once: the rules' own codes, else those of i's status (a
// locked official, a post the official must leave).
func (pc *planContext) blockedCodes(dst []string, i, j int) []string {
	n := len(dst)
	dst = pc.sc.el.BlockedCodes(dst, i, j)
	if len(dst) == n {
		if pc.statusCodes[i] == nil {
			for _, v := range pc.statusVerdicts(i) {
				pc.statusCodes[i] = append(pc.statusCodes[i], v.Rule)
			}
		}
		dst = append(dst, pc.statusCodes[i]...)
	}
	// Dedupe in place (a handful of codes).
	out := dst[:n]
	for _, c := range dst[n:] {
		dup := false
		for _, d := range out[n:] {
			dup = dup || d == c
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// statusVerdicts returns the verdicts of official i's status, or a
// placeholder verdict when the status has none.
func (pc *planContext) statusVerdicts(i int) []Verdict {
	st, vs := pc.sc.el.Status(i)
	if len(vs) == 0 {
		switch st {
		case Locked:
			return []Verdict{{Rule: "status", Reason: i18n.M(i18n.RuleStatusLocked)}}
		case MustLeave:
			return []Verdict{{Rule: "status", Reason: i18n.M(i18n.RuleStatusMustLeave)}}
		}
	}
	return vs
}

// countText writes counts by rule, the largest first, ties by code:
// "R-RANK 12 posts, R-BUP 1 post".
func countText(counts map[string]int, noun i18n.Key) i18n.Msg {
	type kv struct {
		k string
		v int
	}
	var xs []kv
	for k, v := range counts {
		xs = append(xs, kv{k, v})
	}
	sort.Slice(xs, func(a, b int) bool {
		if xs[a].v != xs[b].v {
			return xs[a].v > xs[b].v
		}
		return xs[a].k < xs[b].k
	})
	parts := make([]any, len(xs))
	for k, x := range xs {
		parts[k] = i18n.M(i18n.RuleCount, x.k, i18n.Count{N: x.v, Noun: noun})
	}
	if len(parts) == 0 {
		return i18n.M(i18n.RuleCountNone)
	}
	return i18n.M(i18n.RuleList, i18n.Join{Items: parts, Sep: ", "})
}

// tenureText describes official i's time in the current post against the
// 2-to-5-year window, given the post j the plan gives i (−1 none).
func (pc *planContext) tenureText(i, j int) i18n.Msg {
	sc := pc.sc
	mo := sc.months[i]
	if mo < 0 {
		return i18n.Msg{}
	}
	lo, hi := scoreTenureBounds(sc.pol.Rules)
	d := reasonDuration(mo)
	stays := j >= 0 && j == sc.cur[i]
	switch {
	case mo >= hi && stays:
		return i18n.M(i18n.ReasonTenureDueKept, d)
	case mo >= hi:
		return i18n.M(i18n.ReasonTenureDue, d)
	case mo < lo && stays:
		return i18n.M(i18n.ReasonTenureNew, d)
	case mo < lo:
		return i18n.M(i18n.ReasonTenureEarly, d)
	}
	return i18n.M(i18n.ReasonTenureIn, d, reasonDuration(hi-mo))
}

// warnings returns the warnings of official i's move.
func (pc *planContext) warnings(i int) []i18n.Msg {
	sc := pc.sc
	o := &sc.r.Officials[i]
	j := pc.post[i]
	out := []i18n.Msg{}
	for _, v := range sc.el.Notes(i) {
		// Past TenureMaxMonths is only worth a warning for who stays.
		if v.Rule == "R-TENURE-MAX" && pc.kinds[i] != Stay {
			continue
		}
		out = append(out, i18n.M(i18n.RuleWithCode, v.Reason, v.Rule))
	}
	if j < 0 {
		return out
	}
	p := &sc.r.Positions[j]
	if p.Approval != "" && pc.kinds[i] != Stay {
		out = append(out, i18n.M(i18n.WarnApproval, p.Approval))
	}
	if !sc.assessed[i] {
		out = append(out, i18n.M(i18n.ReasonNotAssessed, reasonPercent(NeutralFit)))
	} else if f, ok := sc.Fit(i, j); ok && JPMCategory(f) == "KMS" {
		out = append(out, i18n.M(i18n.WarnKMS, reasonPercent(f), p.Name))
	}
	age := BUPAge(p.Eselon.Level())
	if ret := RetirementDate(o, age); !ret.IsZero() {
		h := sc.pol.Rules.HorizonMonths
		end := sc.pol.Date.AddDate(0, h, 0)
		switch {
		case !ret.After(end) && pc.kinds[i] == Stay:
			out = append(out, i18n.M(i18n.WarnRetireStay, reasonDate(ret), age, h))
		case !ret.After(end):
			out = append(out, i18n.M(i18n.WarnRetireWithin, reasonDate(ret), age, h))
		case !ret.After(end.AddDate(0, retireWarnMonths, 0)):
			out = append(out, i18n.M(i18n.WarnRetireAfter,
				reasonDate(ret), age, reasonDuration(scoreMonths(end, ret)), h))
		}
	}
	if mo := sc.months[i]; pc.kinds[i] == Stay && mo >= 0 && !reasonMentions(out, "R-TENURE-MAX") {
		if _, hi := scoreTenureBounds(sc.pol.Rules); mo >= hi {
			out = append(out, i18n.M(i18n.WarnOverdue, reasonDuration(mo)))
		}
	}
	return out
}

// vacancyReason says why post j is left vacant: what blocked every
// candidate, or where its eligible candidates went instead.
func (pc *planContext) vacancyReason(j int) i18n.Msg {
	sc := pc.sc
	p := &sc.r.Positions[j]
	counts := map[string]int{}
	var codes []string
	eligible, placed, released := 0, 0, 0
	for i := range sc.Officials() {
		if sc.allowed(i, j) {
			eligible++
			if pc.post[i] >= 0 {
				placed++
			} else {
				released++
			}
			continue
		}
		codes = pc.blockedCodes(codes[:0], i, j)
		for _, c := range codes {
			counts[c]++
		}
	}
	if eligible == 0 {
		s := i18n.M(i18n.VacancyNone)
		if p.Eselon.Level() == LevelJPT {
			s = i18n.M(i18n.VacancySelection, s)
			if counts["R-JPT-SELECTION"] > 0 {
				s = i18n.M(i18n.VacancyNoneNamed, s)
			}
		}
		return i18n.M(i18n.VacancyBlocked, s, countText(counts, i18n.UnitOfficial))
	}
	s := i18n.M(i18n.VacancyEligible, eligible)
	if eligible == 1 {
		s = i18n.M(i18n.VacancyEligible1, eligible)
	}
	if released == 0 {
		return i18n.M(i18n.VacancyAllPlaced, s)
	}
	return i18n.M(i18n.VacancySome, s, placed, released)
}
