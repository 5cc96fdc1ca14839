package model

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// This file writes the reasons and warnings of a plan in words a review
// committee (Tim Penilai Kinerja, formerly Baperjakat) can read: concrete,
// with the numbers and the rule codes behind them.

// retireWarnMonths is how far after the horizon a retirement still earns a
// warning: the successor should be prepared in this plan.
const retireWarnMonths = 12

// reasonDate writes a date as Indonesian decrees do, e.g. "1 Mei 2027".
func reasonDate(t time.Time) string { return FormatDate(t, "id") }

// reasonPercent writes a fraction as a whole percentage, e.g. "86 %".
func reasonPercent(f float64) string {
	return fmt.Sprintf("%d %%", int(math.Round(f*100)))
}

// reasonDuration writes months as "6 years 2 months", "1 year", "3 months".
func reasonDuration(months int) string {
	y, mo := months/12, months%12
	unit := func(n int, s string) string {
		if n == 1 {
			return "1 " + s
		}
		return fmt.Sprintf("%d %ss", n, s)
	}
	switch {
	case y == 0:
		return unit(mo, "month")
	case mo == 0:
		return unit(y, "year")
	}
	return unit(y, "year") + " " + unit(mo, "month")
}

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
func performanceText(o *Official) string {
	s := "SKP " + o.Performance.Predicate.String()
	if o.Performance.HasScore {
		s = fmt.Sprintf("SKP %s (%s)", strconvG(o.Performance.Score), o.Performance.Predicate)
	}
	if o.HasPotential {
		s += ", potential " + strconvG(o.Potential)
	}
	return s
}

// strconvG writes a number without trailing zeros.
func strconvG(f float64) string { return fmt.Sprintf("%g", f) }

// fitText describes the fit of official i against post j.
func (sc *Scores) fitText(i, j int) string {
	p := &sc.r.Positions[j]
	if f, ok := sc.Fit(i, j); ok {
		return fmt.Sprintf("JPM %s (%s) against %s's standard", reasonPercent(f), JPMCategory(f), p.Name)
	}
	return fmt.Sprintf("not assessed: competency fit taken as %s", reasonPercent(NeutralFit))
}

// familyText describes official i's job family against post j's: a match,
// a move outside the family, or "" when either is unknown or the post is a
// generalist one.
func (sc *Scores) familyText(i, j int) string {
	p := &sc.r.Positions[j]
	fams := sc.r.Officials[i].Families
	switch sc.family(i, sc.postFam[j]) {
	case FamilyMatch:
		if IsGeneralist(p.Family) {
			return ""
		}
		return fmt.Sprintf("job family %s, the post's", p.Family)
	case FamilyOther:
		return fmt.Sprintf("outside the job family: the post is %s, the official %s", p.Family, strings.Join(fams, ", "))
	}
	return ""
}

// reasons returns the reasons of official i's move.
func (pc *planContext) reasons(i int) []string {
	sc := pc.sc
	o := &sc.r.Officials[i]
	j := pc.post[i]
	t := pc.kinds[i]
	var out []string
	if j >= 0 {
		sep := " and "
		if !sc.assessed[i] {
			sep = "; "
		}
		out = append(out, performanceText(o)+sep+sc.fitText(i, j))
		out = append(out, pc.placeReasons(i, j, t)...)
	} else {
		out = append(out, pc.releaseReasons(i)...)
	}
	if s := pc.tenureText(i, j); s != "" && t != Retire {
		out = append(out, s)
	}
	if j >= 0 && sc.talent(i, j) == 1 {
		switch o.TalentBox {
		case 9:
			out = append(out, "talent box 9: promotion recommended (PermenPANRB 3/2020)")
		default:
			out = append(out, fmt.Sprintf("talent box %d: rotation recommended (PermenPANRB 3/2020)", o.TalentBox))
		}
	}
	if j >= 0 && t != Stay {
		if s := sc.familyText(i, j); s != "" {
			out = append(out, s)
		}
	}
	// The rules' verdicts on the official as a whole, unless already said.
	if st, vs := sc.el.Status(i); st != Free {
		for _, v := range vs {
			if !reasonMentions(out, v.Rule) {
				out = append(out, fmt.Sprintf("%s (%s)", v.Reason, v.Rule))
			}
		}
	}
	return out
}

// reasonMentions reports whether some reason already names the rule code.
func reasonMentions(rs []string, code string) bool {
	for _, r := range rs {
		if strings.Contains(r, code) {
			return true
		}
	}
	return false
}

// placeReasons says what placing official i in post j does: the promotion,
// the vacancy it fills or whom it succeeds.
func (pc *planContext) placeReasons(i, j int, t MoveType) []string {
	sc := pc.sc
	p := &sc.r.Positions[j]
	var out []string
	if t == Promote {
		out = append(out, fmt.Sprintf("promotion from %s to %s (%s)", sc.level[i], p.Eselon.Level(), p.Eselon))
	}
	if t == Stay {
		return out
	}
	switch h := pc.before[j]; {
	case h < 0:
		out = append(out, fmt.Sprintf("fills the vacancy %s (%s), empty before the plan", p.Name, p.Unit))
	case h != i:
		ho := &sc.r.Officials[h]
		var fate string
		switch {
		case pc.kinds[h] == Retire:
			fate = "retires"
		case pc.kinds[h] == Demote && pc.post[h] < 0:
			fate = "demoted"
		case pc.post[h] < 0:
			fate = "released"
		default:
			fate = "moves to " + sc.r.Positions[pc.post[h]].Name
		}
		out = append(out, fmt.Sprintf("succeeds %s in %s (%s)", ho.Name, p.Name, fate))
	}
	return out
}

// releaseReasons says why official i is left without a post: a retirement
// (pensiun, never in a sanction's words), a release and its cause, or a
// candidate not placed.
func (pc *planContext) releaseReasons(i int) []string {
	sc := pc.sc
	o := &sc.r.Officials[i]
	cur := sc.cur[i]
	if pc.kinds[i] == Retire {
		return retireReasons(o, sc.level[i], sc.pol.Date)
	}
	verb := "released"
	if pc.kinds[i] == Demote {
		verb = "demoted"
	}
	if cur < 0 {
		verb = "not placed"
	}
	var out []string
	if cur >= 0 {
		for _, v := range sc.el.Blocked(i, cur) {
			out = append(out, fmt.Sprintf("%s: %s (%s)", verb, v.Reason, v.Rule))
		}
	}
	if pc.kinds[i] == Demote {
		out = append(out, fmt.Sprintf("demoted to a %s post, one level lower, outside the roster's posts (PP 94/2021 Pasal 8 ayat (4) huruf a)",
			sc.level[i]+1))
	}
	if len(out) > 0 {
		verb = "and elsewhere"
	}
	// The posts it could have taken, and what became of them.
	open, taken := 0, 0
	bestVacant, bestScore := -1, math.Inf(-1)
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
	switch {
	case sc.Positions() == 0:
		out = append(out, verb+": the roster has no posts")
	case open == 0:
		out = append(out, fmt.Sprintf("%s: no post is open to this official (%s)", verb, pc.blockedSummary(i)))
	case taken == open:
		out = append(out, fmt.Sprintf("%s: every post it could take (%d) went to a higher-scoring candidate", verb, open))
	default:
		p := &sc.r.Positions[bestVacant]
		out = append(out, fmt.Sprintf("%s: its score in the vacant %s (%.2f) is below minus the vacancy and release costs (%.2f)",
			verb, p.Name, bestScore, -(sc.VacancyCost(bestVacant)+sc.release[i])))
	}
	if cur >= 0 {
		out = append(out, fmt.Sprintf("release cost %.2f (%s)", sc.release[i], performanceText(o)))
	} else if o.Eselon != 0 {
		out = append(out, fmt.Sprintf("keeps the post held outside the roster (eselon %s)", o.Eselon))
	}
	return out
}

// retireReasons says that official o, holding a post of level l, retires:
// the BUP was reached on or before the plan date. Retirement is not a
// release: it has a decree of its own and no word of a sanction.
func retireReasons(o *Official, l Level, date time.Time) []string {
	age := BUPAge(l)
	d := RetirementDate(o, age)
	return []string{
		fmt.Sprintf("pensiun %s (BUP %d), on or before the plan date %s: retires (R-BUP)", reasonDate(d), age, reasonDate(date)),
		"the retirement has its own decree (SK pensiun): not listed in the lampiran of this reshuffle",
	}
}

// blockedSummary counts, by rule, the posts the rules close to official i,
// e.g. "R-RANK 12 posts, R-PROMOTION 3 posts".
func (pc *planContext) blockedSummary(i int) string {
	sc := pc.sc
	counts := map[string]int{}
	var codes []string
	for j := range sc.Positions() {
		if sc.allowed(i, j) {
			continue
		}
		codes = pc.blockedCodes(codes[:0], i, j)
		for _, c := range codes {
			counts[c]++
		}
	}
	return countText(counts, "post", "posts")
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
			return []Verdict{{Rule: "status", Reason: "locked in the current post"}}
		case MustLeave:
			return []Verdict{{Rule: "status", Reason: "must leave the current post"}}
		}
	}
	return vs
}

// countText writes counts by rule, the largest first, ties by code:
// "R-RANK 12 posts, R-BUP 1 post".
func countText(counts map[string]int, one, many string) string {
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
	parts := make([]string, len(xs))
	for k, x := range xs {
		unit := many
		if x.v == 1 {
			unit = one
		}
		parts[k] = fmt.Sprintf("%s %d %s", x.k, x.v, unit)
	}
	if len(parts) == 0 {
		return "no rule names a reason"
	}
	return strings.Join(parts, ", ")
}

// tenureText describes official i's time in the current post against the
// 2-to-5-year window, given the post j the plan gives i (−1 none).
func (pc *planContext) tenureText(i, j int) string {
	sc := pc.sc
	mo := sc.months[i]
	if mo < 0 {
		return ""
	}
	lo, hi := scoreTenureBounds(sc.pol.Rules)
	d := reasonDuration(mo)
	stays := j >= 0 && j == sc.cur[i]
	switch {
	case mo >= hi && stays:
		return fmt.Sprintf("%s in post: rotation due (R-TENURE-MAX), kept because no move scores higher", d)
	case mo >= hi:
		return fmt.Sprintf("%s in post: rotation due (R-TENURE-MAX)", d)
	case mo < lo && stays:
		return fmt.Sprintf("new appointee: %s in post (R-TENURE-MIN)", d)
	case mo < lo:
		return fmt.Sprintf("moved after only %s in post (R-TENURE-MIN off or exempted)", d)
	}
	return fmt.Sprintf("%s in post, rotation due in %s (R-TENURE-MAX)", d, reasonDuration(hi-mo))
}

// warnings returns the warnings of official i's move.
func (pc *planContext) warnings(i int) []string {
	sc := pc.sc
	o := &sc.r.Officials[i]
	j := pc.post[i]
	out := []string{}
	for _, v := range sc.el.Notes(i) {
		// Past TenureMaxMonths is only worth a warning for who stays.
		if v.Rule == "R-TENURE-MAX" && pc.kinds[i] != Stay {
			continue
		}
		out = append(out, fmt.Sprintf("%s (%s)", v.Reason, v.Rule))
	}
	if j < 0 {
		return out
	}
	p := &sc.r.Positions[j]
	if p.Approval != "" && pc.kinds[i] != Stay {
		out = append(out, "the post needs approval: "+p.Approval)
	}
	if !sc.assessed[i] {
		out = append(out, fmt.Sprintf("not assessed: competency fit taken as %s", reasonPercent(NeutralFit)))
	} else if f, ok := sc.Fit(i, j); ok && JPMCategory(f) == "KMS" {
		out = append(out, fmt.Sprintf("JPM %s is KMS (below 68 %%) against %s's standard", reasonPercent(f), p.Name))
	}
	age := BUPAge(p.Eselon.Level())
	if ret := RetirementDate(o, age); !ret.IsZero() {
		h := sc.pol.Rules.HorizonMonths
		end := sc.pol.Date.AddDate(0, h, 0)
		switch {
		case !ret.After(end) && pc.kinds[i] == Stay:
			out = append(out, fmt.Sprintf("pensiun %s (BUP %d), within the %d-month horizon: stays until then, the post is an upcoming vacancy", reasonDate(ret), age, h))
		case !ret.After(end):
			out = append(out, fmt.Sprintf("pensiun %s (BUP %d), within the %d-month horizon", reasonDate(ret), age, h))
		case !ret.After(end.AddDate(0, retireWarnMonths, 0)):
			out = append(out, fmt.Sprintf("pensiun %s (BUP %d), %s after the %d-month horizon: prepare a successor",
				reasonDate(ret), age, reasonDuration(scoreMonths(end, ret)), h))
		}
	}
	if mo := sc.months[i]; pc.kinds[i] == Stay && mo >= 0 && !reasonMentions(out, "R-TENURE-MAX") {
		if _, hi := scoreTenureBounds(sc.pol.Rules); mo >= hi {
			out = append(out, fmt.Sprintf("rotation overdue: %s in post (R-TENURE-MAX)", reasonDuration(mo)))
		}
	}
	return out
}

// vacancyReason says why post j is left vacant: what blocked every
// candidate, or where its eligible candidates went instead.
func (pc *planContext) vacancyReason(j int) string {
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
		s := "no eligible candidate"
		if p.Eselon.Level() == LevelJPT {
			s += ": needs an open selection (seleksi terbuka; UU 5/2014 Pasal 108 ayat (3), Pasal 113)"
			if counts["R-JPT-SELECTION"] > 0 {
				s += ", whose results name no eligible candidate for it"
			}
		}
		return s + "; blocked by " + countText(counts, "official", "officials")
	}
	s := fmt.Sprintf("%d eligible candidate", eligible)
	if eligible > 1 {
		s += "s"
	}
	if released == 0 {
		return s + ", all placed where the plan scores higher"
	}
	return fmt.Sprintf("%s: %d placed where the plan scores higher, %d left without a post because their score here does not cover the vacancy and release costs",
		s, placed, released)
}
