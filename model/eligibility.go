package model

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// Verdict is one rule's finding: its code (e.g. "R-RANK") and a one-line
// reason a committee can read, with the numbers behind it.
type Verdict struct {
	Rule string `json:"rule"`
	// Reason says why, in words rendered in the output's language.
	Reason i18n.Msg `json:"-"`
}

// String returns the verdict in English: "R-RANK: golongan III/b is below …".
func (v Verdict) String() string { return v.Text(i18n.EN) }

// Text returns the verdict in l: "R-RANK: golongan III/b di bawah …".
func (v Verdict) Text(l i18n.Lang) string { return v.Rule + ": " + v.Reason.Text(l) }

// Status is what the rules say of an official as a whole.
type Status uint8

// Official statuses.
const (
	Free      Status = iota // may stay, move or be released
	Locked                  // must stay in the current post
	MustLeave               // may not keep the current post
)

// String returns "free", "locked" or "must-leave".
func (s Status) String() string {
	switch s {
	case Free:
		return "free"
	case Locked:
		return "locked"
	case MustLeave:
		return "must-leave"
	}
	return "?"
}

// Cause is why an official leaves without a post: what makes a release
// lawful (R-RELEASE-CAUSE), or a retirement.
type Cause uint8

// The causes. CauseNone: no cause (a holder then keeps a post).
const (
	CauseNone       Cause = iota
	CauseRetirement       // the BUP was reached on or before the plan date (R-BUP)
	CauseSanction         // a berat discipline sanction in force (R-SANCTION)
	CauseEvaluation       // the evaluation's outcome istirahat (R-EVALUATION)
	CauseDecision         // the user's pin to no post (R-DECISION)
	// CauseDemotion is a berat sanction's demotion one level lower (PP
	// 94/2021 Pasal 8 ayat (4) huruf a) to a level the roster has no post
	// of: the holder leaves the roster's posts for one outside it. Its
	// stable name is "sanction", as for the other kinds.
	CauseDemotion
)

// String returns the stable name of the cause (JSON "cause"): "",
// "retirement", "sanction", "evaluation" or "decision".
func (c Cause) String() string {
	switch c {
	case CauseRetirement:
		return "retirement"
	case CauseSanction, CauseDemotion:
		return "sanction"
	case CauseEvaluation:
		return "evaluation"
	case CauseDecision:
		return "decision"
	}
	return ""
}

// Pin sentinels of rulesFacts.pin.
const (
	noPin      = -1
	pinRelease = -2
)

// rulesFacts is what the rules know of one official at the plan date,
// computed once by Evaluate.
type rulesFacts struct {
	// cur is the index of the current post in the roster, -1 when none.
	cur int32
	// pin is the post the user pinned the official to, noPin or pinRelease.
	pin int32
	// level and eselon are those of the current structural post (in the
	// roster or outside it, Official.Eselon); 0 when none.
	level  Level
	eselon Eselon
	// holds is true when the official holds a structural post.
	holds bool
	// since, tenure: start in the current post and whole months at the plan
	// date, when hasTenure.
	since     time.Time
	tenure    int
	hasTenure bool
	// age at the plan date and retirement dates for a JPT post (0) and any
	// other (1), when hasBirth.
	age      int
	retire   [2]time.Time
	hasBirth bool
	exempt   bool
	// locked: R-TENURE-MIN keeps the official in the current post.
	locked bool
	// retired: the BUP of the current level was reached on or before the
	// plan date (R-BUP on); bupLock: a holder whose BUP falls within the
	// horizon, who stays in the post until then.
	retired, bupLock bool
	// sanction is Sedang or Berat when in force at the plan date, else 0;
	// sanctionKind its kind (0 unknown); sanctionUntil the last day in
	// force as given or derived from sanction_date and the kind's period
	// (zero: unknown); sanctionGuess: derived with the longest period, the
	// kind being unknown.
	sanction      Sanction
	sanctionKind  SanctionKind
	sanctionUntil time.Time
	sanctionGuess bool
	// evaluation is the outcome of the holder's latest evaluation (holders
	// of a roster post only); evalLock: tetap keeps the holder in the post.
	evaluation Evaluation
	evalLock   bool
	// selected: the open selection names the official for some post.
	selected bool
	// adminSince, adminMonths: the start of the first administrator post
	// and the months since, when adminKnown; adminBound when that start is
	// the current post's (a lower bound). The same for pengawas.
	adminSince, pengawasSince   time.Time
	adminMonths, pengawasMonths int
	adminKnown, pengawasKnown   bool
	adminBound, pengawasBound   bool
	// cause is why the official may leave without a post.
	cause Cause
	// pairCheck: some rule tests this official's pairs (pairFor);
	// pairEs the eselons (bits 1<<es) of the posts those rules concern.
	pairCheck bool
	pairEs    uint8
	// training: attends PKN II (or higher) leadership training.
	training bool
	// assessed: at least one competency was assessed.
	assessed bool
	forbids  bool
	// move[es] holds the rules barring a post of eselon es other than the
	// current one; stay those barring the current post (decisions aside);
	// release those barring release.
	move    [EselonIVb + 1]ruleBits
	stay    ruleBits
	release ruleBits
	// status and the rules behind it.
	status     Status
	statusBits ruleBits
}

// rulesHot is the part of an official's facts that every pair test reads.
type rulesHot struct {
	cur int32
	// pairEs holds the eselons (bits 1<<es) of the posts for which a rule
	// tests the pair itself or a pin decides; a post of another eselon,
	// other than the current one, is judged by move alone. 0 for most.
	pairEs uint8
	// move is rulesFacts.move, padded to 8 so that an index masked with 7
	// needs no bounds check.
	move [8]ruleBits
}

// Eligibility holds the rules' findings on a roster at a plan date. The
// verdicts of a pair are not stored: Allowed combines per-official and
// per-post facts in a few table look-ups, and Blocked writes the reasons
// only when asked. It is read-only after Evaluate and safe for concurrent
// use.
type Eligibility struct {
	r          *Roster
	rules      Rules
	date       time.Time
	horizonEnd time.Time
	table      []rule
	// pairRules are the enabled rules that test the pair itself for every
	// official; offPairRules those that do for some (rule.pairFor).
	pairRules    []rule
	offPairRules []rule
	enabled      ruleBits
	// selection lists, per official, the posts the open selection names
	// them for, with the rank (0 when not given); nil for most officials.
	// A short slice scanned beats a map in the pair test.
	selection [][]selEntry
	facts     []rulesFacts
	// hot holds the facts Allowed reads, packed for the cache.
	hot []rulesHot
	// comp and req are the officials' assessed and the posts' required
	// competencies, packed for R-JPM-MIN, and den the sum of each post's
	// required managerial and socio-cultural levels (the JPM's denominator
	// but for the technical term, which depends on the official).
	comp, req []Profile
	den       []int
	// eselon and pinnedBy are per post: its eselon and the official pinned
	// to it (-1 for none).
	eselon   []Eselon
	pinnedBy []int32
	forbid   map[uint64]struct{}
	// postFam, offFam and offFamKnown index the job families for R-FAMILY
	// (rulesFamilies); nil when the rule is off.
	postFam     []int32
	offFam      [][]int32
	offFamKnown []bool
}

// Evaluate applies the policy's rules at pol.Date to every pair of the
// roster. It costs O(officials + posts + decisions) time and memory: pairs
// are judged lazily by Allowed and Blocked. The result refers to r, which
// must not change while it is in use.
//
// Precedence: a pin (R-DECISION) overrides every rule but the hard ones
// (R-RANK, R-BUP, R-SANCTION, R-EDUCATION, R-JPT-SELECTION,
// R-JPT-ROTATION); a pin that runs into one of those, a pin on a forbidden pair,
// two pins for one official or one post, and a decision or exemption naming
// an unknown NIP or post are errors, all reported together. An official
// barred from the current post is MustLeave even when R-TENURE-MIN would
// lock them; the lock still bars the other posts, so such an official can
// only be released unless a pin places them.
func Evaluate(r *Roster, pol *Policy) (*Eligibility, error) {
	if r == nil || pol == nil {
		return nil, errors.New("model: Evaluate: nil roster or policy")
	}
	if err := CheckRosterDate(r, pol.Date); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	e := &Eligibility{
		r:        r,
		rules:    pol.Rules,
		date:     dateOf(pol.Date),
		table:    ruleTable(),
		facts:    make([]rulesFacts, len(r.Officials)),
		eselon:   make([]Eselon, len(r.Positions)),
		pinnedBy: make([]int32, len(r.Positions)),
	}
	e.horizonEnd = AddMonths(e.date, pol.Rules.HorizonMonths)
	idx := r.PositionIndex()
	var errs []error
	for j := range r.Positions {
		p := &r.Positions[j]
		if p.Eselon < EselonIIa || p.Eselon > EselonIVb {
			errs = append(errs, fmt.Errorf("model: post %q: eselon unknown", p.ID))
		}
		e.eselon[j] = min(p.Eselon, EselonIVb)
		e.pinnedBy[j] = -1
	}
	for i := range r.Officials {
		if err := e.rulesFactsOf(i, idx); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	e.rulesSelections(idx)
	// Decisions that name nothing are skipped here and reported together
	// with the conflicts of the others below.
	errs = e.rulesDecisions(pol, idx)
	for _, ru := range e.table {
		if !ru.on(e.rules) {
			continue
		}
		e.enabled |= ru.bit
		switch {
		case ru.pair == nil:
		case ru.pairFor != nil:
			e.offPairRules = append(e.offPairRules, ru)
		case ru.bit != bitDecision || len(pol.Pins)+len(pol.Forbids) > 0:
			e.pairRules = append(e.pairRules, ru)
		}
	}
	// The facts the rules read of each other, in the order they depend on:
	// locks, retirement and cause, then what bars staying, then the
	// evaluation's lock (only when staying is allowed), then the moves and
	// the release.
	for i := range e.facts {
		f := &e.facts[i]
		f.locked = e.rules.TenureMin && f.holds && f.hasTenure &&
			f.tenure < e.rules.TenureMinMonths && !f.exempt
		if e.rules.BUP && f.hasBirth {
			f.retired = !f.retire[rulesBUPIndex(f.level)].After(e.date)
			f.bupLock = f.holds && !f.retired && e.retiresWithin(i, f.level)
		}
		switch {
		case f.retired:
			f.cause = CauseRetirement
		case e.rules.Sanction && f.sanction == Berat && f.sanctionKind == PenurunanJabatan && f.level != 0:
			f.cause = CauseDemotion
		case e.rules.Sanction && f.sanction == Berat:
			f.cause = CauseSanction
		case e.rules.Evaluation && f.evaluation == EvalIstirahat:
			f.cause = CauseEvaluation
		case f.pin == pinRelease:
			f.cause = CauseDecision
		}
		for _, ru := range e.table {
			if e.enabled&ru.bit != 0 && ru.stay != nil && ru.stay(e, i) {
				f.stay |= ru.bit
			}
		}
		f.evalLock = e.rules.Evaluation && f.evaluation == EvalTetap && f.stay == 0 && !e.decisionBarsStay(i)
		for _, ru := range e.table {
			if e.enabled&ru.bit == 0 {
				continue
			}
			if ru.move != nil {
				for es := EselonIIa; es <= EselonIVb; es++ {
					if ru.move(e, i, es) {
						f.move[es] |= ru.bit
					}
				}
			}
			if ru.release != nil && ru.release(e, i) {
				f.release |= ru.bit
			}
			if ru.pairFor != nil && ru.pairFor(e, i) {
				f.pairCheck = true
				f.pairEs |= ru.pairEs
			}
		}
	}
	if e.enabled&bitFamily != 0 {
		e.rulesFamilies()
	}
	if e.enabled&bitJPMMin != 0 {
		e.comp = make([]Profile, len(r.Officials))
		for i := range r.Officials {
			e.comp[i] = r.Officials[i].Competency
		}
		e.req = make([]Profile, len(r.Positions))
		e.den = make([]int, len(r.Positions))
		for j := range r.Positions {
			e.req[j] = r.Positions[j].Required
			for _, v := range e.req[j][:TK] {
				e.den[j] += int(v)
			}
		}
	}
	errs = append(errs, e.rulesPinConflicts()...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for i := range e.facts {
		e.rulesStatus(i)
	}
	e.hot = make([]rulesHot, len(e.facts))
	for i := range e.facts {
		f := &e.facts[i]
		e.hot[i] = rulesHot{cur: f.cur, pairEs: f.pairEs}
		if f.pin != noPin || len(e.pairRules) > 0 {
			e.hot[i].pairEs = 0xff
		}
		copy(e.hot[i].move[:], f.move[:])
	}
	return e, nil
}

// rulesFactsOf fills the facts of official i that do not depend on the
// switches.
func (e *Eligibility) rulesFactsOf(i int, idx map[string]int) error {
	o := &e.r.Officials[i]
	f := &e.facts[i]
	f.cur, f.pin = -1, noPin
	if o.Position != "" {
		j, ok := idx[o.Position]
		if !ok {
			return fmt.Errorf("model: official %s: current post %q is not in the roster", o.NIP.Raw, o.Position)
		}
		f.cur = int32(j)
		f.eselon = e.r.Positions[j].Eselon
	} else {
		f.eselon = o.Eselon
	}
	f.level = f.eselon.Level()
	f.holds = f.level != 0
	if f.holds && !o.PositionSince.IsZero() {
		f.since = dateOf(o.PositionSince)
		f.tenure = MonthsBetween(f.since, e.date)
		f.hasTenure = true
	}
	birth := o.BirthDate
	if birth.IsZero() {
		birth = o.NIP.Birth
	}
	if !birth.IsZero() {
		f.hasBirth = true
		f.age = AgeAt(birth, e.date)
		f.retire[0] = rulesRetirement(birth, LevelJPT)
		f.retire[1] = rulesRetirement(birth, LevelAdministrator)
	}
	e.rulesSanctionFacts(i)
	if f.cur >= 0 {
		f.evaluation = o.Evaluation
	}
	f.adminSince, f.adminMonths, f.adminKnown, f.adminBound = e.rulesExperience(i, o.AdministratorSince, LevelAdministrator)
	f.pengawasSince, f.pengawasMonths, f.pengawasKnown, f.pengawasBound = e.rulesExperience(i, o.PengawasSince, LevelPengawas)
	// The kind of the training in progress is the next level after the
	// last one completed, PKN II when unknown (Official.TrainingInProgress):
	// only PKP completed means PKA in progress, outside R-TRAINING.
	f.training = o.TrainingInProgress && o.Training != PKP
	for _, v := range o.Competency[:TK] {
		if v != 0 {
			f.assessed = true
		}
	}
	return nil
}

// rulesSanctionFacts sets official i's sanction in force at the plan date:
// until sanction_until when given; else, from sanction_date, for the kind's
// statutory period (PP 94/2021 Pasal 8), or 12 months, the longest, when
// the kind is unknown; a discharge is permanent; with neither date the
// sanction is taken to be in force.
func (e *Eligibility) rulesSanctionFacts(i int) {
	o := &e.r.Officials[i]
	f := &e.facts[i]
	if o.Sanction != Sedang && o.Sanction != Berat {
		return
	}
	f.sanctionKind = o.SanctionKind
	until := time.Time{}
	if !o.SanctionUntil.IsZero() {
		until = dateOf(o.SanctionUntil)
	} else if !o.SanctionDate.IsZero() && !o.SanctionKind.Permanent() {
		months := o.SanctionKind.Months()
		if o.SanctionKind == 0 {
			months, f.sanctionGuess = 12, true
		}
		if months > 0 {
			until = AddMonths(dateOf(o.SanctionDate), months).AddDate(0, 0, -1)
		}
	}
	f.sanctionUntil = until
	if o.SanctionKind.Permanent() || until.IsZero() || !until.Before(e.date) {
		f.sanction = o.Sanction
	}
}

// rulesExperience returns official i's experience at level l: from the
// start of the first post at the level (since) when given; else, when the
// current post is at that level, from its start, a lower bound.
func (e *Eligibility) rulesExperience(i int, since time.Time, l Level) (time.Time, int, bool, bool) {
	f := &e.facts[i]
	if !since.IsZero() {
		d := dateOf(since)
		return d, max(MonthsBetween(d, e.date), 0), true, false
	}
	if f.level == l && f.hasTenure {
		return f.since, f.tenure, true, true
	}
	return time.Time{}, 0, false, false
}

// rulesSelections indexes the roster's open-selection results by pair.
// The loader has checked every NIP and post; a pair naming neither is
// skipped.
func (e *Eligibility) rulesSelections(idx map[string]int) {
	if len(e.r.Selections) == 0 {
		return
	}
	byNIP := e.r.OfficialIndex()
	e.selection = make([][]selEntry, len(e.r.Officials))
	for _, s := range e.r.Selections {
		i, ok := byNIP[rulesNIP(s.NIP)]
		j, ok2 := idx[s.Position]
		if !ok || !ok2 {
			continue
		}
		e.selection[i] = append(e.selection[i], selEntry{post: int32(j), rank: int8(s.Rank)})
		e.facts[i].selected = true
	}
}

// isSelected reports whether the open selection names official i for post j.
func (e *Eligibility) isSelected(i, j int) bool {
	_, ok := e.selectionRank(i, j)
	return ok
}

// SelectionRank returns the rank the open selection gives official i for
// post j (0 when not given) and whether it names them at all.
func (e *Eligibility) SelectionRank(i, j int) (int, bool) {
	r, ok := e.selectionRank(i, j)
	return int(r), ok
}

// selEntry is a post the open selection names an official for.
type selEntry struct {
	post int32
	rank int8
}

// selectionRank finds post j among official i's open-selection posts.
func (e *Eligibility) selectionRank(i, j int) (int8, bool) {
	if e.selection == nil {
		return 0, false
	}
	for _, s := range e.selection[i] {
		if int(s.post) == j {
			return s.rank, true
		}
	}
	return 0, false
}

// decisionBarsStay reports whether a decision keeps official i out of the
// current post: a pin elsewhere or to no post, a pin of someone else into
// it, a forbid of it.
func (e *Eligibility) decisionBarsStay(i int) bool {
	f := &e.facts[i]
	if f.cur < 0 {
		return false
	}
	if f.pin != noPin && f.pin != f.cur {
		return true
	}
	if p := e.pinnedBy[f.cur]; p >= 0 && int(p) != i {
		return true
	}
	if f.forbids {
		_, ok := e.forbid[rulesPairKey(i, int(f.cur))]
		return ok
	}
	return false
}

// rulesNIP normalises a NIP as typed in a decision: spaces removed.
func rulesNIP(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), " ", "") }

// rulesDecisions resolves the policy's pins, forbids and exemptions.
func (e *Eligibility) rulesDecisions(pol *Policy, idx map[string]int) []error {
	var errs []error
	byNIP := e.r.OfficialIndex()
	find := func(kind string, d Decision, needPost bool) (int, int, bool) {
		nip, pos := rulesNIP(d.NIP), strings.TrimSpace(d.Position)
		i, ok := byNIP[nip]
		if !ok {
			errs = append(errs, i18n.Errorf(i18n.RuleErrNoOfficial, kind, d.NIP, d.Position, d.NIP))
			return 0, 0, false
		}
		if pos == "" {
			if needPost {
				errs = append(errs, i18n.Errorf(i18n.RuleErrNoPostGiven, kind, d.NIP))
				return 0, 0, false
			}
			return i, pinRelease, true
		}
		j, ok := idx[pos]
		if !ok {
			errs = append(errs, i18n.Errorf(i18n.RuleErrNoPost, kind, d.NIP, d.Position, d.Position))
			return 0, 0, false
		}
		return i, j, true
	}
	for _, d := range pol.Pins {
		i, j, ok := find("pin", d, false)
		if !ok {
			continue
		}
		f := &e.facts[i]
		if f.pin != noPin && int(f.pin) != j {
			errs = append(errs, i18n.Errorf(i18n.RuleErrPinnedTwice,
				d.NIP, d.Position, d.NIP, e.rulesPinName(int(f.pin))))
			continue
		}
		if j >= 0 && e.pinnedBy[j] >= 0 && int(e.pinnedBy[j]) != i {
			errs = append(errs, i18n.Errorf(i18n.RuleErrPostPinned,
				d.NIP, d.Position, d.Position, e.r.Officials[e.pinnedBy[j]].NIP.Raw))
			continue
		}
		f.pin = int32(j)
		if j >= 0 {
			e.pinnedBy[j] = int32(i)
		}
	}
	for _, d := range pol.Forbids {
		i, j, ok := find("forbid", d, true)
		if !ok {
			continue
		}
		if e.forbid == nil {
			e.forbid = make(map[uint64]struct{})
		}
		e.forbid[rulesPairKey(i, j)] = struct{}{}
		e.facts[i].forbids = true
	}
	for _, nip := range pol.Exempt {
		i, ok := byNIP[rulesNIP(nip)]
		if !ok {
			errs = append(errs, i18n.Errorf(i18n.RuleErrExempt, nip))
			continue
		}
		e.facts[i].exempt = true
	}
	return errs
}

// rulesPinName names a pin target for a message.
func (e *Eligibility) rulesPinName(j int) any {
	if j == pinRelease {
		return i18n.M(i18n.RulePinRelease)
	}
	return e.r.Positions[j].ID
}

// rulesPinConflicts reports the pins that run into a rule a pin cannot
// override, or into a forbid.
func (e *Eligibility) rulesPinConflicts() []error {
	var errs []error
	for i := range e.facts {
		f := &e.facts[i]
		if f.pin < 0 {
			continue
		}
		j := int(f.pin)
		o := &e.r.Officials[i]
		p := &e.r.Positions[j]
		if f.forbids {
			if _, ok := e.forbid[rulesPairKey(i, j)]; ok {
				errs = append(errs, i18n.Errorf(i18n.RuleErrPinForbidden, o.NIP.Raw, p.ID))
			}
		}
		m := e.bits(i, j, true) & hardBits
		for _, ru := range e.table {
			if m&ru.bit != 0 {
				errs = append(errs, i18n.Errorf(i18n.RuleErrPinConflict,
					o.NIP.Raw, p.ID, ru.code, ru.why(e, i, j)))
			}
		}
	}
	return errs
}

// rulesStatus sets official i's status: MustLeave when a rule or a decision
// bars the current post, else Locked when R-TENURE-MIN or a pin to the
// current post keeps them there, else Free.
func (e *Eligibility) rulesStatus(i int) {
	f := &e.facts[i]
	var bar ruleBits
	switch {
	case f.cur >= 0:
		bar = e.bits(i, int(f.cur), true)
	case f.holds:
		bar = f.stay
		if f.pin != noPin {
			bar |= bitDecision
		}
	}
	if bar != 0 {
		f.status, f.statusBits = MustLeave, bar
		return
	}
	var lock ruleBits
	if f.locked {
		lock |= bitTenureMin
	}
	if f.bupLock {
		lock |= bitBUP
	}
	if f.evalLock {
		lock |= bitEvaluation
	}
	if f.cur >= 0 && f.pin == f.cur {
		lock |= bitDecision
	}
	if lock != 0 {
		f.status, f.statusBits = Locked, lock
	}
}

// bits returns the rules that bar official i from post j. With all false it
// may stop at the first rule found (enough for Allowed). A pinned pair
// keeps only the rules a pin cannot override. It allocates nothing.
func (e *Eligibility) bits(i, j int, all bool) ruleBits {
	f := &e.facts[i]
	var m ruleBits
	if int(f.cur) == j {
		m = f.stay
	} else {
		m = f.move[e.eselon[j]]
	}
	if f.pairCheck {
		for k := range e.offPairRules {
			if e.offPairRules[k].pair(e, i, j) {
				m |= e.offPairRules[k].bit
			}
		}
	}
	if int(f.pin) == j {
		return m & hardBits
	}
	for k := range e.pairRules {
		if m != 0 && !all {
			return m
		}
		if e.pairRules[k].pair(e, i, j) {
			m |= e.pairRules[k].bit
		}
	}
	return m
}

// verdicts turns a set of rules barring official i from post j into
// verdicts, in the order of the rule table.
func (e *Eligibility) verdicts(m ruleBits, i, j int) []Verdict {
	if m == 0 {
		return nil
	}
	var out []Verdict
	for _, ru := range e.table {
		if m&ru.bit != 0 {
			out = append(out, Verdict{Rule: ru.code, Reason: ru.why(e, i, j)})
		}
	}
	return out
}

// Allowed reports whether official i may be placed in post j (staying when
// j is the current post). It costs a few table look-ups (plus a JPM when
// R-JPM-MIN is on) and allocates nothing. It panics if i or j is out of
// range, like a slice index.
func (e *Eligibility) Allowed(i, j int) bool {
	h := &e.hot[i]
	es := e.eselon[j] & 7
	if h.pairEs>>es&1 == 0 && int(h.cur) != j {
		return h.move[es] == 0 // the common case, inlined
	}
	return e.bits(i, j, false) == 0
}

// Blocked returns the verdicts that forbid official i in post j, in the
// order of RuleCatalog; nil when the pair is allowed.
func (e *Eligibility) Blocked(i, j int) []Verdict {
	return e.verdicts(e.bits(i, j, true), i, j)
}

// BlockedCodes appends to dst the codes of the rules that forbid official
// i in post j, in the order of RuleCatalog, without their reasons: what
// counting blocks by rule over many pairs needs, at no formatting cost. It
// returns dst unchanged when the pair is allowed.
func (e *Eligibility) BlockedCodes(dst []string, i, j int) []string {
	m := e.bits(i, j, true)
	for k := range e.table {
		if m&e.table[k].bit != 0 {
			dst = append(dst, e.table[k].code)
		}
	}
	return dst
}

// Status returns official i's status and the verdicts behind it: for
// MustLeave the rules that bar the current post, for Locked the rules that
// keep the official there (R-TENURE-MIN, R-BUP for a retirement within the
// horizon, R-EVALUATION for tetap, R-DECISION for a pin to the current
// post).
func (e *Eligibility) Status(i int) (Status, []Verdict) {
	f := &e.facts[i]
	j := int(f.cur)
	if j < 0 {
		j = whyOutside
	}
	if f.status == Locked && f.statusBits&bitDecision != 0 {
		vs := e.verdicts(f.statusBits&^bitDecision, i, j)
		return Locked, append(vs, Verdict{Rule: "R-DECISION", Reason: i18n.M(i18n.RuleDecisionHere)})
	}
	return f.status, e.verdicts(f.statusBits, i, j)
}

// CanRelease reports whether official i may be left without a post. Never
// when pinned to a post; always for an official without a roster post
// (left where they are), a retiree and one pinned to no post. Under
// R-RELEASE-CAUSE a holder of a roster post is released only with a cause
// (Cause); without it, one who must leave may be, and one who may keep the
// post may not when R-TENURE-MIN locks them or R-TRAINING keeps them.
func (e *Eligibility) CanRelease(i int) bool {
	f := &e.facts[i]
	switch {
	case f.pin >= 0:
		return false
	case f.pin == pinRelease, f.cur < 0, f.retired:
		return true
	case e.enabled&bitReleaseCause != 0:
		return f.cause != CauseNone
	case f.status == MustLeave:
		return true
	}
	return f.release == 0
}

// Cause returns why official i may leave without a post (CauseNone when
// nothing calls for it).
func (e *Eligibility) Cause(i int) Cause { return e.facts[i].cause }

// RetiresOn returns the day a holder who stays in the post until their
// retirement within the horizon retires (R-BUP); ok is false for anyone
// else.
func (e *Eligibility) RetiresOn(i int) (day time.Time, ok bool) {
	f := &e.facts[i]
	if !f.bupLock {
		return time.Time{}, false
	}
	return f.retire[rulesBUPIndex(f.level)], true
}

// ReleaseBlocked returns the verdicts that forbid leaving official i
// without a post; nil when CanRelease(i).
func (e *Eligibility) ReleaseBlocked(i int) []Verdict {
	if e.CanRelease(i) {
		return nil
	}
	f := &e.facts[i]
	if f.pin >= 0 {
		return []Verdict{{Rule: "R-DECISION", Reason: i18n.M(i18n.RuleDecisionPinned, e.rulesPost(int(f.pin)))}}
	}
	return e.verdicts(f.release, i, whyRelease)
}

// Notes returns findings on official i that bar nothing but that a
// committee should see: facts a rule could not check (unknown start in the
// post, unknown birth date, no assessment under R-JPM-MIN), an exemption
// used, a current holder below the rank of the post, a post held beyond
// TenureMaxMonths when that is only a cost.
func (e *Eligibility) Notes(i int) []Verdict {
	var out []Verdict
	for _, ru := range e.table {
		if ru.note == nil {
			continue
		}
		if s := ru.note(e, i); !s.IsZero() {
			out = append(out, Verdict{Rule: ru.code, Reason: s})
		}
	}
	return out
}

// Checked returns the codes of the rules the policy applies, in the order
// of RuleCatalog. R-DECISION is always checked.
func (e *Eligibility) Checked() []string {
	var out []string
	for _, ru := range e.table {
		if e.enabled&ru.bit != 0 {
			out = append(out, ru.code)
		}
	}
	return out
}

// Date returns the plan date the rules were evaluated at.
func (e *Eligibility) Date() time.Time { return e.date }

// TenureMonths returns the whole months official i has held the current
// structural post at the plan date; ok is false when the start is unknown
// or the official holds no structural post.
func (e *Eligibility) TenureMonths(i int) (months int, ok bool) {
	f := &e.facts[i]
	return f.tenure, f.hasTenure
}

// Age returns official i's age in whole years at the plan date; ok is false
// when the birth date is unknown.
func (e *Eligibility) Age(i int) (years int, ok bool) {
	f := &e.facts[i]
	return f.age, f.hasBirth
}

// Retirement returns official i's retirement date at the BUP of the current
// level (60 for JPT, 58 otherwise, also without a structural post); the
// zero time when the birth date is unknown.
func (e *Eligibility) Retirement(i int) time.Time {
	f := &e.facts[i]
	if !f.hasBirth {
		return time.Time{}
	}
	return f.retire[rulesBUPIndex(f.level)]
}

// decidedPosts marks the posts a pin, a forbid or an open selection names:
// their costs differ from those of posts like them for some official.
func (e *Eligibility) decidedPosts(mark []bool) {
	for _, ss := range e.selection {
		for _, s := range ss {
			if j := int(s.post); j < len(mark) {
				mark[j] = true
			}
		}
	}
	for j, i := range e.pinnedBy {
		if i >= 0 {
			mark[j] = true
		}
	}
	for key := range e.forbid {
		if j := int(int32(uint32(key))); j >= 0 && j < len(mark) {
			mark[j] = true
		}
	}
}
