package model

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The policy file is a small subset of TOML, read by our own code so that no
// dependency is needed and every error can name its line:
//
//	# comments anywhere after '#'
//	date = 2026-12-01            # top level: the plan date
//	[weights]
//	performance = 1.0
//	[rules]
//	tenure_min = true
//	[decisions]
//	pin = ["199001012015031001 -> DINKES-01"]
//	pin = "198805052010011002 -> -"   # a repeated line adds to the list
//
// Values are booleans, numbers, dates, "double" or 'single' quoted strings
// and arrays of strings (which may span lines). Every key of the file is a
// key of Set under its section's prefix, so the file, --weight/--pin/--forbid
// and whatif scenarios share one vocabulary and one validation.

// policyKey describes one key of the policy: its full name, what it means,
// and how to read and print it.
//
// Every number and date a key takes is bounded, so that no value the user
// types can overflow the score or reach the solver as an infinity: build a
// new key with w (a weight: 0 to MaxWeight), ri (a whole number between
// bounds), rf (a decimal between bounds) or rd (a date within the plan
// dates' range), whose setters refuse anything else with the key's name.
// TestPolicyKeysBounded checks every key of this table.
type policyKey struct {
	section string // "" (top level), "weights", "rules", "decisions" or "decree"
	name    string
	doc     string
	list    bool
	get     func(p *Policy) []string
	set     func(p *Policy, v string) error
}

// full returns the key's name with its section prefix ("rules.tenure_min").
func (k *policyKey) full() string {
	if k.section == "" {
		return k.name
	}
	return k.section + "." + k.name
}

// policyKeys lists every key in the order WritePolicy prints them.
func policyKeys() []policyKey {
	w := func(name, doc string, f func(*Weights) *float64) policyKey {
		return policyKey{section: "weights", name: name, doc: doc,
			get: func(p *Policy) []string { return []string{policyFloat(*f(&p.Weights))} },
			set: func(p *Policy, v string) error { return policySetWeight(f(&p.Weights), v) }}
	}
	rb := func(name, doc string, f func(*Rules) *bool) policyKey {
		return policyKey{section: "rules", name: name, doc: doc,
			get: func(p *Policy) []string { return []string{strconv.FormatBool(*f(&p.Rules))} },
			set: func(p *Policy, v string) error { return policySetBool(f(&p.Rules), v) }}
	}
	ri := func(name, doc string, lo, hi int, f func(*Rules) *int) policyKey {
		return policyKey{section: "rules", name: name, doc: doc,
			get: func(p *Policy) []string { return []string{strconv.Itoa(*f(&p.Rules))} },
			set: func(p *Policy, v string) error { return policySetInt(f(&p.Rules), v, lo, hi) }}
	}
	rf := func(name, doc string, lo, hi float64, f func(*Rules) *float64) policyKey {
		return policyKey{section: "rules", name: name, doc: doc,
			get: func(p *Policy) []string { return []string{policyFloat(*f(&p.Rules))} },
			set: func(p *Policy, v string) error { return policySetFloat(f(&p.Rules), v, lo, hi) }}
	}
	// ds is a text field of the decree, checked and normalised by check.
	ds := func(name, doc string, f func(*Decree) *string, check func(string) (string, error)) policyKey {
		return policyKey{section: "decree", name: name, doc: doc,
			get: func(p *Policy) []string { return []string{policyQuote(*f(&p.Decree))} },
			set: func(p *Policy, v string) error {
				s, err := check(v)
				if err == nil {
					*f(&p.Decree) = s
				}
				return err
			}}
	}
	rd := func(section, name, doc string, f func(*Policy) *time.Time) policyKey {
		return policyKey{section: section, name: name, doc: doc,
			get: func(p *Policy) []string {
				if f(p).IsZero() {
					return []string{`""`}
				}
				return []string{f(p).Format(time.DateOnly)}
			},
			set: func(p *Policy, v string) error { return policySetDate(f(p), v) }}
	}
	return []policyKey{
		rd("", "date", "the plan date (YYYY-MM-DD): tenure, age and retirement are computed at it", func(p *Policy) *time.Time { return &p.Date }),

		w("performance", "SKP performance (blended with potential) times the post's priority", func(w *Weights) *float64 { return &w.Performance }),
		w("fit", "competency fit: the JPM of the official against the post's standard", func(w *Weights) *float64 { return &w.Fit }),
		w("tenure", "tenure in the current post: continuity up to 2 years, then a rotation pressure that grows to 5 years", func(w *Weights) *float64 { return &w.Tenure }),
		w("talent", "talent box: boxes 4, 7, 8 favour a rotation, box 9 a promotion", func(w *Weights) *float64 { return &w.Talent }),
		w("family", "job family (rumpun): 1 in a post of the official's family, 0 in another, 0.5 when unknown or a generalist post", func(w *Weights) *float64 { return &w.Family }),
		w("vacancy", "cost of leaving a post vacant, times its priority", func(w *Weights) *float64 { return &w.Vacancy }),
		w("release", "cost of releasing an official from the structure (non-job), higher for good performers", func(w *Weights) *float64 { return &w.Release }),

		rb("tenure_min", "R-TENURE-MIN: no move before tenure_min_months in the current post", func(r *Rules) *bool { return &r.TenureMin }),
		ri("tenure_min_months", "months in post before a move is allowed", 0, 600, func(r *Rules) *int { return &r.TenureMinMonths }),
		rb("tenure_max_hard", "R-TENURE-MAX as a rule: a post held tenure_max_months or longer must be left (otherwise only a cost)", func(r *Rules) *bool { return &r.TenureMaxHard }),
		ri("tenure_max_months", "months in the same post after which the official must move", 1, 600, func(r *Rules) *int { return &r.TenureMaxMonths }),
		rb("rank", "R-RANK: rank at least one step below the lowest rank of the post's eselon", func(r *Rules) *bool { return &r.Rank }),
		rb("bup", "R-BUP: not placed when retirement falls within horizon_months of the plan date", func(r *Rules) *bool { return &r.BUP }),
		ri("horizon_months", "the plan horizon in months (R-BUP and retirement warnings)", 0, 600, func(r *Rules) *int { return &r.HorizonMonths }),
		rb("sanction", "R-SANCTION: the kinds of PP 94/2021 Pasal 8 in force: a berat demotion one level lower, other berat kinds no post, sedang no promotion", func(r *Rules) *bool { return &r.Sanction }),
		rb("training", "R-TRAINING (a regional policy, not a regulation): an official in PKN II training moves only by promotion", func(r *Rules) *bool { return &r.Training }),
		rb("promotion", "R-PROMOTION: one level up at most, JPT age and cumulative experience, SKP at least Baik, no demotion", func(r *Rules) *bool { return &r.Promotion }),
		ri("jpt_max_age", "oldest age (years) of a candidate promoted to a JPT post", 1, 120, func(r *Rules) *int { return &r.JPTMaxAge }),
		ri("admin_min_months", "cumulative months as administrator before a promotion to a JPT post", 0, 600, func(r *Rules) *int { return &r.AdminMinMonths }),
		ri("pengawas_min_months", "cumulative months as pengawas before a promotion to an administrator post", 0, 600, func(r *Rules) *int { return &r.PengawasMinMonths }),
		rb("allow_demotion", "allow a move to a lower eselon (II.a to II.b, III.a to III.b, or a lower level)", func(r *Rules) *bool { return &r.AllowDemotion }),
		rb("same_family", "R-FAMILY: no move to a post of another job family; generalist posts (empty or umum family) are open to all", func(r *Rules) *bool { return &r.SameFamily }),
		rb("jpm_min", "R-JPM-MIN: a JPM below jpm_min_value cannot fill a post", func(r *Rules) *bool { return &r.JPMMin }),
		{section: "rules", name: "max_moves", doc: "the most holders of a roster post who may change post (rotate, promote, release), or none: the best plan within the budget, with a bound on how far it can be from the best one",
			get: func(p *Policy) []string {
				if !p.Rules.MoveBudget {
					return []string{"none"}
				}
				return []string{strconv.Itoa(p.Rules.MaxMoves)}
			},
			set: policySetMaxMoves},
		rf("jpm_min_value", "the JPM floor of R-JPM-MIN, 0 to 1 (0.68 is the MMS/KMS boundary)", 0, 1, func(r *Rules) *float64 { return &r.JPMMinValue }),
		rb("evaluation", "R-EVALUATION: the evaluation's outcome tetap keeps the holder, rotasi moves them, istirahat releases them", func(r *Rules) *bool { return &r.Evaluation }),
		rb("release_cause", "R-RELEASE-CAUSE: a holder is released (non-job) only with a cause: istirahat, a sanction, a pin to no post", func(r *Rules) *bool { return &r.ReleaseCause }),
		rb("jpt_selection", "R-JPT-SELECTION: a JPT post is open to one not holding a JPT post only when the open selection lists them", func(r *Rules) *bool { return &r.JPTSelection }),
		rb("jpt_rotation", "R-JPT-ROTATION: a JPT holder moves to another JPT post only with an evaluation (uji kompetensi) on record", func(r *Rules) *bool { return &r.JPTRotation }),
		rb("education", "R-EDUCATION: administrator and JPT posts need at least S1/D4", func(r *Rules) *bool { return &r.Education }),

		rd("calendar", "candidates_set", "the day the candidates of the next regional election are set (penetapan paslon); a ban runs from 6 months before it to term_end (UU 10/2016 Pasal 71 ayat 2)", func(p *Policy) *time.Time { return &p.Calendar.CandidatesSet }),
		rd("calendar", "term_end", "the last day of the regional head's term", func(p *Policy) *time.Time { return &p.Calendar.TermEnd }),
		rd("calendar", "inaugurated", "the day the regional head was inaugurated; approval needed for 6 months after it (UU 10/2016 Pasal 162 ayat 3)", func(p *Policy) *time.Time { return &p.Calendar.Inaugurated }),
		{section: "calendar", name: "acting_head", doc: "true when the regional head is an acting one (Pj): approval always needed (PP 49/2008 Pasal 132A)",
			get: func(p *Policy) []string { return []string{strconv.FormatBool(p.Calendar.ActingHead)} },
			set: func(p *Policy, v string) error { return policySetBool(&p.Calendar.ActingHead, v) }},
		{section: "calendar", name: "approval_letter", doc: "number and date of the Minister of Home Affairs' written approval, when obtained",
			get: func(p *Policy) []string { return []string{policyQuote(p.Calendar.ApprovalLetter)} },
			set: func(p *Policy, v string) error { p.Calendar.ApprovalLetter = v; return nil }},

		{section: "decisions", name: "pin", list: true,
			doc: `"NIP -> POST" places the official in the post (R-DECISION); "NIP -> -" releases them`,
			get: func(p *Policy) []string { return policyDecisions(p.Pins) },
			set: policySetPin},
		{section: "decisions", name: "forbid", list: true,
			doc: `"NIP -> POST" keeps the official out of the post (R-DECISION)`,
			get: func(p *Policy) []string { return policyDecisions(p.Forbids) },
			set: policySetForbid},
		{section: "decisions", name: "exempt", list: true,
			doc: `"NIP" exempts the official from R-TENURE-MIN (SE MenPANRB 19/2023 exceptions)`,
			get: func(p *Policy) []string {
				out := make([]string, len(p.Exempt))
				for k, n := range p.Exempt {
					out[k] = policyQuote(n)
				}
				return out
			},
			set: policySetExempt},

		ds("title", "the office that signs the decree: WALI KOTA, BUPATI or GUBERNUR", func(d *Decree) *string { return &d.Title },
			decreeTitle),
		ds("region", `the region's name after the office, e.g. "CONTOH" for WALI KOTA CONTOH`, func(d *Decree) *string { return &d.Region },
			func(v string) (string, error) { return decreeText(v, 80) }),
		ds("number", "the decree's number (NOMOR)", func(d *Decree) *string { return &d.Number },
			func(v string) (string, error) { return decreeText(v, 80) }),
		{section: "decree", name: "issued", doc: "the decree's date (TANGGAL), YYYY-MM-DD or 1 Maret 2028",
			get: func(p *Policy) []string {
				if p.Decree.Date.IsZero() {
					return []string{`""`}
				}
				return []string{p.Decree.Date.Format(time.DateOnly)}
			},
			set: func(p *Policy, v string) error {
				t, err := decreeDate(v)
				if err == nil {
					p.Decree.Date = t
				}
				return err
			}},
		ds("subject", "what the decree is about (TENTANG)", func(d *Decree) *string { return &d.Subject },
			func(v string) (string, error) { return decreeText(v, 400) }),
		ds("signer", "the signer's name, printed under the signature", func(d *Decree) *string { return &d.Signer },
			func(v string) (string, error) { return decreeText(v, 120) }),
		ds("signer_nip", "the signer's NIP, printed under the name when set (a regional head has none)", func(d *Decree) *string { return &d.SignerNIP },
			decreeNIP),
	}
}

// policyLookup finds a key by its full name or, when short is true, by its
// bare name as well ("performance", "tenure_min", "pin").
func policyLookup(keys []policyKey, key string, short bool) *policyKey {
	for k := range keys {
		if keys[k].full() == key || (short && keys[k].name == key) {
			return &keys[k]
		}
	}
	return nil
}

// PolicyKeys returns the full name of every key Set accepts, in the order of
// the policy file ("date", "weights.performance", …, "decisions.exempt").
func PolicyKeys() []string {
	keys := policyKeys()
	out := make([]string, len(keys))
	for k := range keys {
		out[k] = keys[k].full()
	}
	return out
}

// Set changes one setting of the policy, by the names of the policy file:
// a weight ("performance" or "weights.performance"), a rule switch or
// parameter ("tenure_min", "rules.tenure_min_months", …), "date"
// (YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY), "pin" ("NIP=POST" or "NIP -> POST";
// a POST of "-" or "" releases the official; a new pin of the same NIP
// replaces the old one), "forbid" ("NIP=POST") or "exempt" ("NIP"). It is
// what --weight, --pin, --forbid and whatif scenarios use. The error names
// the key and, for a bad value, the value.
func (p *Policy) Set(key, value string) error {
	k := policyLookup(policyKeys(), strings.TrimSpace(key), true)
	if k == nil {
		return fmt.Errorf("unknown policy key %q", key)
	}
	if err := policyText(value); err != nil {
		return fmt.Errorf("%s: %w", k.full(), err)
	}
	if err := k.set(p, strings.TrimSpace(value)); err != nil {
		return fmt.Errorf("%s: %w", k.full(), err)
	}
	return nil
}

// Clone returns a deep copy of p, so that a scenario's Set never changes the
// slices of the policy it started from.
func (p *Policy) Clone() *Policy {
	q := *p
	q.Pins = slices.Clone(p.Pins)
	q.Forbids = slices.Clone(p.Forbids)
	q.Exempt = slices.Clone(p.Exempt)
	return &q
}

func policyFloat(v float64) string {
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}

// policyParseFloat reads a decimal; one too large for a float64 comes back
// as an infinity, for the caller's range check to refuse.
func policyParseFloat(v string) (float64, error) {
	f, err := strconv.ParseFloat(strings.ReplaceAll(v, "_", ""), 64)
	var ne *strconv.NumError
	if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) {
		return f, nil
	}
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, fmt.Errorf("bad value %q: not a number", v)
	}
	return f, nil
}

// MaxWeight is the largest weight a policy takes. Every component of the
// score lies in [0, 1], so weights compare by their ratios: 1000 leaves room
// for weights written as percentages and keeps every sum of the score, over
// the largest roster, far from overflow.
const MaxWeight = 1000

func policySetWeight(dst *float64, v string) error {
	// A negative weight would reward what the component penalises; a
	// region that wants that should say so by a different component.
	return policySetFloat(dst, v, 0, MaxWeight)
}

// policySetFloat sets a decimal between lo and hi.
func policySetFloat(dst *float64, v string, lo, hi float64) error {
	f, err := policyParseFloat(v)
	if err != nil {
		return err
	}
	if math.IsInf(f, 0) || f < lo || f > hi {
		return fmt.Errorf("bad value %q: must be between %s and %s", v, policyNumber(lo), policyNumber(hi))
	}
	*dst = f
	return nil
}

// policyText refuses a value that holds a control character (IsControl):
// every value of the policy may reach a terminal, the lampiran or the page.
func policyText(v string) error {
	if strings.IndexFunc(v, IsControl) >= 0 {
		return fmt.Errorf("bad value %q: control characters are not allowed", v)
	}
	return nil
}

// policyNumber prints a bound as people write it: 0, 1, 1000, 0.5.
func policyNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func policySetBool(dst *bool, v string) error {
	switch strings.ToLower(v) {
	case "true", "yes", "ya", "on":
		*dst = true
	case "false", "no", "tidak", "off":
		*dst = false
	default:
		return fmt.Errorf("bad value %q: want true or false", v)
	}
	return nil
}

func policySetInt(dst *int, v string, lo, hi int) error {
	n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
	var ne *strconv.NumError
	if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) {
		return fmt.Errorf("bad value %q: must be between %d and %d", v, lo, hi)
	}
	if err != nil {
		return fmt.Errorf("bad value %q: not a whole number", v)
	}
	if n < lo || n > hi {
		return fmt.Errorf("bad value %q: must be between %d and %d", v, lo, hi)
	}
	*dst = n
	return nil
}

// policySetMaxMoves reads max_moves: "none" (or "") for no budget, else a
// whole number of moves.
func policySetMaxMoves(p *Policy, v string) error {
	switch strings.ToLower(v) {
	case "none", "", "-":
		p.Rules.MoveBudget, p.Rules.MaxMoves = false, 0
		return nil
	}
	if err := policySetInt(&p.Rules.MaxMoves, v, 0, MaxMovesLimit); err != nil {
		return fmt.Errorf("%w, or none", err)
	}
	p.Rules.MoveBudget = true
	return nil
}

// policyDateLayouts are the date forms of DESIGN.md.
var policyDateLayouts = [...]string{time.DateOnly, "02-01-2006", "02/01/2006"}

// ParseDate reads a date as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY, in UTC,
// and checks it with CheckPlanDate: it is how every plan date (--date, the
// policy file, the page) and every date of the policy is read.
func ParseDate(v string) (time.Time, error) {
	for _, l := range policyDateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			if err := planYears(t); err != nil {
				return time.Time{}, err
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", v)
}

// The years of plan dates (and of every date of a policy): wide enough for
// any reshuffle of the past or the future a personnel agency plans, narrow
// enough that a mistyped year (0001, 12027) is refused instead of planned.
const (
	MinPlanYear = 1970
	MaxPlanYear = 2100
)

// CheckPlanDate refuses a plan date outside the years MinPlanYear to
// MaxPlanYear (a zero date included). Evaluate calls it, so that every path
// that plans (the command line, the page, a scenario) refuses the same
// dates.
func CheckPlanDate(d time.Time) error {
	if d.IsZero() {
		return errors.New("the plan date is not set")
	}
	return planYears(d)
}

// planYears refuses a date outside the years MinPlanYear to MaxPlanYear.
func planYears(d time.Time) error {
	if y := d.Year(); y < MinPlanYear || y > MaxPlanYear {
		return fmt.Errorf("bad date %q: a plan date lies between %d-01-01 and %d-12-31", d.Format(time.DateOnly), MinPlanYear, MaxPlanYear)
	}
	return nil
}

func policySetDate(dst *time.Time, v string) error {
	if v == "" {
		*dst = time.Time{}
		return nil
	}
	t, err := ParseDate(v)
	if err != nil {
		return err
	}
	*dst = t
	return nil
}

// policyNIP checks that v is 18 digits (spaces allowed between groups).
func policyNIP(v string) (string, error) {
	n := strings.ReplaceAll(v, " ", "")
	if len(n) != 18 || strings.Trim(n, "0123456789") != "" {
		return "", fmt.Errorf("bad NIP %q: want 18 digits", v)
	}
	return n, nil
}

// policyDecision reads "NIP=POST" or "NIP -> POST".
func policyDecision(v string) (Decision, error) {
	nip, post, ok := strings.Cut(v, "->")
	if !ok {
		nip, post, ok = strings.Cut(v, "=")
	}
	if !ok {
		return Decision{}, fmt.Errorf("bad value %q: want NIP=POST", v)
	}
	n, err := policyNIP(strings.TrimSpace(nip))
	if err != nil {
		return Decision{}, err
	}
	post = strings.TrimSpace(post)
	if post == "-" {
		post = ""
	}
	return Decision{NIP: n, Position: post}, nil
}

func policySetPin(p *Policy, v string) error {
	d, err := policyDecision(v)
	if err != nil {
		return err
	}
	for k := range p.Pins {
		if p.Pins[k].NIP == d.NIP {
			p.Pins[k] = d
			return nil
		}
	}
	p.Pins = append(p.Pins, d)
	return nil
}

func policySetForbid(p *Policy, v string) error {
	d, err := policyDecision(v)
	if err != nil {
		return err
	}
	if d.Position == "" {
		return fmt.Errorf("bad value %q: a forbid names a post", v)
	}
	if !slices.Contains(p.Forbids, d) {
		p.Forbids = append(p.Forbids, d)
	}
	return nil
}

func policySetExempt(p *Policy, v string) error {
	n, err := policyNIP(v)
	if err != nil {
		return err
	}
	if !slices.Contains(p.Exempt, n) {
		p.Exempt = append(p.Exempt, n)
	}
	return nil
}

func policyDecisions(ds []Decision) []string {
	out := make([]string, len(ds))
	for k, d := range ds {
		post := d.Position
		if post == "" {
			post = "-"
		}
		out[k] = policyQuote(d.NIP + " -> " + post)
	}
	return out
}

// policySections are the sections a policy file may have.
var policySections = [...]string{"weights", "rules", "decisions", "calendar", "decree"}

// ReadPolicy applies the policy file read from r over p: every key it sets
// replaces p's value, pins and forbids are added. name is the file's name for
// errors, which read "name:line: ..." and name the key and the bad value. An
// unknown section or key, a key given twice and a malformed line are errors.
func ReadPolicy(r io.Reader, name string, p *Policy) error {
	keys := policyKeys()
	q := p.Clone()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	section := ""
	seenSection := map[string]bool{}
	seenKey := map[string]int{}
	pinLine := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		t := strings.TrimSpace(policyStripComment(text))
		if t == "" {
			continue
		}
		at := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
		}
		if strings.HasPrefix(t, "[") {
			if !strings.HasSuffix(t, "]") {
				return at("bad section header %q", t)
			}
			s := strings.TrimSpace(t[1 : len(t)-1])
			if !slices.Contains(policySections[:], s) {
				return at("unknown section [%s] (want [weights], [rules], [decisions], [calendar] or [decree])", s)
			}
			if seenSection[s] {
				return at("section [%s] given twice", s)
			}
			seenSection[s] = true
			section = s
			continue
		}
		kname, raw, ok := strings.Cut(t, "=")
		if !ok {
			return at("want key = value, got %q", t)
		}
		kname = strings.TrimSpace(kname)
		raw = strings.TrimSpace(raw)
		if !policyBareKey(kname) {
			return at("bad key %q", kname)
		}
		full := kname
		if section != "" {
			full = section + "." + kname
		}
		k := policyLookup(keys, full, false)
		if k == nil {
			where := "at the top level"
			if section != "" {
				where = "in [" + section + "]"
			}
			return at("unknown key %q %s", kname, where)
		}
		startLine := line
		// An array may continue on the following lines up to its "]".
		if strings.HasPrefix(raw, "[") {
			for !policyArrayClosed(raw) {
				if !sc.Scan() {
					return fmt.Errorf("%s:%d: %s: array not closed with ]", name, startLine, kname)
				}
				line++
				raw += " " + strings.TrimSpace(policyStripComment(sc.Text()))
			}
		}
		vals, isList, err := policyValues(raw)
		if err != nil {
			return fmt.Errorf("%s:%d: %s: %w", name, startLine, kname, err)
		}
		if !k.list {
			if isList {
				return fmt.Errorf("%s:%d: %s: want a single value, got a list", name, startLine, kname)
			}
			if prev, dup := seenKey[full]; dup {
				return fmt.Errorf("%s:%d: %s: given twice (first at line %d)", name, startLine, kname, prev)
			}
			seenKey[full] = startLine
		}
		for _, v := range vals {
			if k.name == "pin" {
				if d, err := policyDecision(v); err == nil {
					if prev, dup := pinLine[d.NIP]; dup {
						return fmt.Errorf("%s:%d: pin: NIP %s pinned twice (first at line %d)", name, startLine, d.NIP, prev)
					}
					pinLine[d.NIP] = startLine
				}
			}
			if err := policyText(v); err != nil {
				return fmt.Errorf("%s:%d: %s: %w", name, startLine, kname, err)
			}
			if err := k.set(q, v); err != nil {
				return fmt.Errorf("%s:%d: %s: %w", name, startLine, kname, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	*p = *q
	return nil
}

// policyStripComment cuts a line at the first '#' outside quotes.
func policyStripComment(s string) string {
	if i := policyIndexUnquoted(s, '#'); i >= 0 {
		return s[:i]
	}
	return s
}

// policyArrayClosed reports whether s holds a "]" outside quotes.
func policyArrayClosed(s string) bool {
	return policyIndexUnquoted(s, ']') >= 0
}

// policyIndexUnquoted returns the index of the first c in s that is outside
// single or double quotes (a backslash escapes inside double quotes only), or
// -1 if there is none.
func policyIndexUnquoted(s string, c byte) int {
	var quote byte
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case quote != 0 && b == '\\' && quote == '"':
			i++
		case quote != 0 && b == quote:
			quote = 0
		case quote == 0 && (b == '"' || b == '\''):
			quote = b
		case quote == 0 && b == c:
			return i
		}
	}
	return -1
}

func policyBareKey(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// policyValues reads a value: a scalar, or an array of scalars.
func policyValues(raw string) (vals []string, isList bool, err error) {
	if raw == "" {
		return nil, false, errors.New("missing value")
	}
	if raw[0] != '[' {
		v, rest, err := policyScalar(raw)
		if err != nil {
			return nil, false, err
		}
		if strings.TrimSpace(rest) != "" {
			return nil, false, fmt.Errorf("bad value %q: unexpected %q after the value", raw, strings.TrimSpace(rest))
		}
		return []string{v}, false, nil
	}
	s := strings.TrimSpace(raw[1:])
	for {
		if strings.HasPrefix(s, "]") {
			break
		}
		v, rest, err := policyScalar(s)
		if err != nil {
			return nil, true, err
		}
		vals = append(vals, v)
		rest = strings.TrimSpace(rest)
		switch {
		case strings.HasPrefix(rest, ","):
			s = strings.TrimSpace(rest[1:])
		case strings.HasPrefix(rest, "]"):
			s = rest
		default:
			return nil, true, fmt.Errorf("bad list %q: want \",\" or \"]\" after %q", raw, v)
		}
	}
	if tail := strings.TrimSpace(s[1:]); tail != "" {
		return nil, true, fmt.Errorf("bad list %q: unexpected %q after \"]\"", raw, tail)
	}
	return vals, true, nil
}

// policyScalar reads one value at the start of s: a quoted string or a bare
// word (boolean, number, date). It returns the value and the rest of s.
func policyScalar(s string) (v, rest string, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", "", errors.New("missing value")
	}
	switch s[0] {
	case '\'':
		end := strings.IndexByte(s[1:], '\'')
		if end < 0 {
			return "", "", fmt.Errorf("bad value %s: string not closed", s)
		}
		return s[1 : 1+end], s[2+end:], nil
	case '"':
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '"':
				return b.String(), s[i+1:], nil
			case c == '\\' && i+1 < len(s):
				i++
				switch s[i] {
				case '"', '\\':
					b.WriteByte(s[i])
				case 'n':
					b.WriteByte('\n')
				case 't':
					b.WriteByte('\t')
				default:
					return "", "", fmt.Errorf("bad value %s: unknown escape \\%c", s, s[i])
				}
			default:
				b.WriteByte(c)
			}
		}
		return "", "", fmt.Errorf("bad value %s: string not closed", s)
	}
	end := strings.IndexAny(s, " \t,]")
	if end < 0 {
		end = len(s)
	}
	word := s[:end]
	for _, c := range word {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("_.:+-/", c)) {
			return "", "", fmt.Errorf("bad value %q: quote text values", s)
		}
	}
	return word, s[end:], nil
}

// WritePolicy prints p as a policy file that ReadPolicy reads back to the
// same policy: every key, each with a comment saying what it means and its
// default (DefaultPolicy at p's date).
func WritePolicy(w io.Writer, p *Policy) error {
	def := policyDefaults(p.Date)
	var b strings.Builder
	b.WriteString("# mutasi policy: weights of the score, switches of the rules and the\n")
	b.WriteString("# analyst's decisions. Edit and pass with --policy FILE; flags override it.\n")
	section := ""
	for _, k := range policyKeys() {
		if k.section != section {
			section = k.section
			fmt.Fprintf(&b, "\n[%s]\n", section)
		}
		d := k.get(def)
		dv := strings.Join(d, ", ")
		switch {
		case k.list:
			dv = "none"
		case k.name == "date":
			dv = "today, or the sample's date for the embedded sample"
		}
		fmt.Fprintf(&b, "# %s (default: %s)\n", k.doc, dv)
		vals := k.get(p)
		switch {
		case !k.list:
			fmt.Fprintf(&b, "%s = %s\n", k.name, vals[0])
		case len(vals) == 0:
			fmt.Fprintf(&b, "%s = []\n", k.name)
		default:
			fmt.Fprintf(&b, "%s = [\n", k.name)
			for _, v := range vals {
				fmt.Fprintf(&b, "  %s,\n", v)
			}
			b.WriteString("]\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// policyQuote writes s as a double-quoted string that policyScalar reads back.
func policyQuote(s string) string {
	r := strings.NewReplacer("\\", "\\\\", "\"", "\\\"", "\n", "\\n", "\t", "\\t")
	return `"` + r.Replace(s) + `"`
}

// policyDefaults is the policy the comments of WritePolicy call the default.
func policyDefaults(date time.Time) *Policy {
	p := DefaultPolicy(date)
	return &p
}
