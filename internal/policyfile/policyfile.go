package policyfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// The policy file is TOML with fixed sections and keys:
//
//	date = 2026-12-01            # top level: the plan date
//	[weights]
//	performance = 1.0
//	[rules]
//	tenure_min = true
//	max_moves = "none"
//	[decisions]
//	pin = ["199001012015031001 -> DINKES-01"]
//	pin = "198805052010011002 -> -"   # a repeated list key adds to the list
//
// Every key of the file is a key of Set under its section's prefix, so the
// file, --weight/--pin/--forbid and whatif scenarios share one vocabulary
// and one validation.

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
	doc     i18n.Key
	list    bool
	get     func(p *model.Policy) []string
	set     func(p *model.Policy, v string) error
}

// full returns the key's name with its section prefix ("rules.tenure_min").
func (k *policyKey) full() string {
	if k.section == "" {
		return k.name
	}
	return k.section + "." + k.name
}

// policyKeys lists every key in the order Write prints them.
func policyKeys() []policyKey {
	w := func(name string, doc i18n.Key, f func(*model.Weights) *float64) policyKey {
		return policyKey{section: "weights", name: name, doc: doc,
			get: func(p *model.Policy) []string { return []string{policyFloat(*f(&p.Weights))} },
			set: func(p *model.Policy, v string) error { return policySetWeight(f(&p.Weights), v) }}
	}
	rb := func(name string, doc i18n.Key, f func(*model.Rules) *bool) policyKey {
		return policyKey{section: "rules", name: name, doc: doc,
			get: func(p *model.Policy) []string { return []string{strconv.FormatBool(*f(&p.Rules))} },
			set: func(p *model.Policy, v string) error { return policySetBool(f(&p.Rules), v) }}
	}
	ri := func(name string, doc i18n.Key, lo, hi int, f func(*model.Rules) *int) policyKey {
		return policyKey{section: "rules", name: name, doc: doc,
			get: func(p *model.Policy) []string { return []string{strconv.Itoa(*f(&p.Rules))} },
			set: func(p *model.Policy, v string) error { return policySetInt(f(&p.Rules), v, lo, hi) }}
	}
	rf := func(name string, doc i18n.Key, lo, hi float64, f func(*model.Rules) *float64) policyKey {
		return policyKey{section: "rules", name: name, doc: doc,
			get: func(p *model.Policy) []string { return []string{policyFloat(*f(&p.Rules))} },
			set: func(p *model.Policy, v string) error { return policySetFloat(f(&p.Rules), v, lo, hi) }}
	}
	// ds is a text field of the decree, checked and normalised by check.
	ds := func(name string, doc i18n.Key, f func(*model.Decree) *string, check func(string) (string, error)) policyKey {
		return policyKey{section: "decree", name: name, doc: doc,
			get: func(p *model.Policy) []string { return []string{policyQuote(*f(&p.Decree))} },
			set: func(p *model.Policy, v string) error {
				s, err := check(v)
				if err == nil {
					*f(&p.Decree) = s
				}
				return err
			}}
	}
	rd := func(section, name string, doc i18n.Key, f func(*model.Policy) *time.Time) policyKey {
		return policyKey{section: section, name: name, doc: doc,
			get: func(p *model.Policy) []string {
				if f(p).IsZero() {
					return []string{`""`}
				}
				return []string{f(p).Format(time.DateOnly)}
			},
			set: func(p *model.Policy, v string) error { return policySetDate(f(p), v) }}
	}
	return []policyKey{
		rd("", "date", i18n.SettingDate, func(p *model.Policy) *time.Time { return &p.Date }),

		w("performance", i18n.SettingWeightsPerformance, func(w *model.Weights) *float64 { return &w.Performance }),
		w("fit", i18n.SettingWeightsFit, func(w *model.Weights) *float64 { return &w.Fit }),
		w("tenure", i18n.SettingWeightsTenure, func(w *model.Weights) *float64 { return &w.Tenure }),
		w("talent", i18n.SettingWeightsTalent, func(w *model.Weights) *float64 { return &w.Talent }),
		w("family", i18n.SettingWeightsFamily, func(w *model.Weights) *float64 { return &w.Family }),
		w("vacancy", i18n.SettingWeightsVacancy, func(w *model.Weights) *float64 { return &w.Vacancy }),
		w("release", i18n.SettingWeightsRelease, func(w *model.Weights) *float64 { return &w.Release }),

		rb("tenure_min", i18n.SettingRulesTenureMin, func(r *model.Rules) *bool { return &r.TenureMin }),
		ri("tenure_min_months", i18n.SettingRulesTenureMinMonths, 0, 600, func(r *model.Rules) *int { return &r.TenureMinMonths }),
		rb("tenure_max_hard", i18n.SettingRulesTenureMaxHard, func(r *model.Rules) *bool { return &r.TenureMaxHard }),
		ri("tenure_max_months", i18n.SettingRulesTenureMaxMonths, 1, 600, func(r *model.Rules) *int { return &r.TenureMaxMonths }),
		rb("rank", i18n.SettingRulesRank, func(r *model.Rules) *bool { return &r.Rank }),
		rb("bup", i18n.SettingRulesBup, func(r *model.Rules) *bool { return &r.BUP }),
		ri("horizon_months", i18n.SettingRulesHorizonMonths, 0, 600, func(r *model.Rules) *int { return &r.HorizonMonths }),
		rb("sanction", i18n.SettingRulesSanction, func(r *model.Rules) *bool { return &r.Sanction }),
		rb("training", i18n.SettingRulesTraining, func(r *model.Rules) *bool { return &r.Training }),
		rb("promotion", i18n.SettingRulesPromotion, func(r *model.Rules) *bool { return &r.Promotion }),
		ri("jpt_max_age", i18n.SettingRulesJptMaxAge, 1, 120, func(r *model.Rules) *int { return &r.JPTMaxAge }),
		ri("admin_min_months", i18n.SettingRulesAdminMinMonths, 0, 600, func(r *model.Rules) *int { return &r.AdminMinMonths }),
		ri("pengawas_min_months", i18n.SettingRulesPengawasMinMonths, 0, 600, func(r *model.Rules) *int { return &r.PengawasMinMonths }),
		rb("allow_demotion", i18n.SettingRulesAllowDemotion, func(r *model.Rules) *bool { return &r.AllowDemotion }),
		rb("same_family", i18n.SettingRulesSameFamily, func(r *model.Rules) *bool { return &r.SameFamily }),
		rb("jpm_min", i18n.SettingRulesJpmMin, func(r *model.Rules) *bool { return &r.JPMMin }),
		{section: "rules", name: "max_moves", doc: i18n.SettingRulesMaxMoves,
			get: func(p *model.Policy) []string {
				if !p.Rules.MoveBudget {
					return []string{`"none"`}
				}
				return []string{strconv.Itoa(p.Rules.MaxMoves)}
			},
			set: policySetMaxMoves},
		rf("jpm_min_value", i18n.SettingRulesJpmMinValue, 0, 1, func(r *model.Rules) *float64 { return &r.JPMMinValue }),
		rb("evaluation", i18n.SettingRulesEvaluation, func(r *model.Rules) *bool { return &r.Evaluation }),
		rb("release_cause", i18n.SettingRulesReleaseCause, func(r *model.Rules) *bool { return &r.ReleaseCause }),
		rb("jpt_selection", i18n.SettingRulesJptSelection, func(r *model.Rules) *bool { return &r.JPTSelection }),
		rb("jpt_rotation", i18n.SettingRulesJptRotation, func(r *model.Rules) *bool { return &r.JPTRotation }),
		rb("education", i18n.SettingRulesEducation, func(r *model.Rules) *bool { return &r.Education }),

		rd("calendar", "candidates_set", i18n.SettingCalendarCandidatesSet, func(p *model.Policy) *time.Time { return &p.Calendar.CandidatesSet }),
		rd("calendar", "term_end", i18n.SettingCalendarTermEnd, func(p *model.Policy) *time.Time { return &p.Calendar.TermEnd }),
		rd("calendar", "inaugurated", i18n.SettingCalendarInaugurated, func(p *model.Policy) *time.Time { return &p.Calendar.Inaugurated }),
		{section: "calendar", name: "acting_head", doc: i18n.SettingCalendarActingHead,
			get: func(p *model.Policy) []string { return []string{strconv.FormatBool(p.Calendar.ActingHead)} },
			set: func(p *model.Policy, v string) error { return policySetBool(&p.Calendar.ActingHead, v) }},
		{section: "calendar", name: "approval_letter", doc: i18n.SettingCalendarApprovalLetter,
			get: func(p *model.Policy) []string { return []string{policyQuote(p.Calendar.ApprovalLetter)} },
			set: func(p *model.Policy, v string) error { p.Calendar.ApprovalLetter = v; return nil }},

		{section: "decisions", name: "pin", list: true,
			doc: i18n.SettingDecisionsPin,
			get: func(p *model.Policy) []string { return policyDecisions(p.Pins) },
			set: policySetPin},
		{section: "decisions", name: "forbid", list: true,
			doc: i18n.SettingDecisionsForbid,
			get: func(p *model.Policy) []string { return policyDecisions(p.Forbids) },
			set: policySetForbid},
		{section: "decisions", name: "exempt", list: true,
			doc: i18n.SettingDecisionsExempt,
			get: func(p *model.Policy) []string {
				out := make([]string, len(p.Exempt))
				for k, n := range p.Exempt {
					out[k] = policyQuote(n)
				}
				return out
			},
			set: policySetExempt},

		ds("title", i18n.SettingDecreeTitle, func(d *model.Decree) *string { return &d.Title },
			decreeTitle),
		ds("region", i18n.SettingDecreeRegion, func(d *model.Decree) *string { return &d.Region },
			func(v string) (string, error) { return decreeText(v, 80) }),
		ds("number", i18n.SettingDecreeNumber, func(d *model.Decree) *string { return &d.Number },
			func(v string) (string, error) { return decreeText(v, 80) }),
		{section: "decree", name: "issued", doc: i18n.SettingDecreeIssued,
			get: func(p *model.Policy) []string {
				if p.Decree.Date.IsZero() {
					return []string{`""`}
				}
				return []string{p.Decree.Date.Format(time.DateOnly)}
			},
			set: func(p *model.Policy, v string) error {
				t, err := decreeDate(v)
				if err == nil {
					p.Decree.Date = t
				}
				return err
			}},
		ds("subject", i18n.SettingDecreeSubject, func(d *model.Decree) *string { return &d.Subject },
			func(v string) (string, error) { return decreeText(v, 400) }),
		ds("signer", i18n.SettingDecreeSigner, func(d *model.Decree) *string { return &d.Signer },
			func(v string) (string, error) { return decreeText(v, 120) }),
		ds("signer_nip", i18n.SettingDecreeSignerNip, func(d *model.Decree) *string { return &d.SignerNIP },
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

// Keys returns the full name of every key Set accepts, in the order of
// the policy file ("date", "weights.performance", …, "decisions.exempt").
func Keys() []string {
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
func Set(p *model.Policy, key, value string) error {
	k := policyLookup(policyKeys(), strings.TrimSpace(key), true)
	if k == nil {
		return i18n.Errorf(i18n.PolicyUnknownKey, key)
	}
	if err := policyText(value); err != nil {
		return i18n.Errorf(i18n.PolicyKeyErr, k.full(), err)
	}
	if err := k.set(p, strings.TrimSpace(value)); err != nil {
		return i18n.Errorf(i18n.PolicyKeyErr, k.full(), err)
	}
	return nil
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
		return 0, i18n.Errorf(i18n.PolicyNotNumber, v)
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
		return i18n.Errorf(i18n.PolicyBetween, v, policyNumber(lo), policyNumber(hi))
	}
	*dst = f
	return nil
}

// policyText refuses a value that holds a control character (model.IsControl):
// every value of the policy may reach a terminal, the lampiran or the page.
func policyText(v string) error {
	if strings.IndexFunc(v, model.IsControl) >= 0 {
		return i18n.Errorf(i18n.PolicyControl, v)
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
		return i18n.Errorf(i18n.PolicyWantBool, v)
	}
	return nil
}

func policySetInt(dst *int, v string, lo, hi int) error {
	n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
	var ne *strconv.NumError
	if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) {
		return i18n.Errorf(i18n.PolicyBetween, v, strconv.Itoa(lo), strconv.Itoa(hi))
	}
	if err != nil {
		return i18n.Errorf(i18n.PolicyNotWhole, v)
	}
	if n < lo || n > hi {
		return i18n.Errorf(i18n.PolicyBetween, v, strconv.Itoa(lo), strconv.Itoa(hi))
	}
	*dst = n
	return nil
}

// policySetMaxMoves reads max_moves: "none" (or "") for no budget, else a
// whole number of moves.
func policySetMaxMoves(p *model.Policy, v string) error {
	switch strings.ToLower(v) {
	case "none", "", "-":
		p.Rules.MoveBudget, p.Rules.MaxMoves = false, 0
		return nil
	}
	if err := policySetInt(&p.Rules.MaxMoves, v, 0, model.MaxMovesLimit); err != nil {
		return i18n.Errorf(i18n.PolicyOrNone, err)
	}
	p.Rules.MoveBudget = true
	return nil
}

func policySetDate(dst *time.Time, v string) error {
	if v == "" {
		*dst = time.Time{}
		return nil
	}
	t, err := model.ParseDate(v)
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
		return "", i18n.Errorf(i18n.PolicyBadNIP, v)
	}
	return n, nil
}

// policyDecision reads "NIP=POST" or "NIP -> POST".
func policyDecision(v string) (model.Decision, error) {
	nip, post, ok := strings.Cut(v, "->")
	if !ok {
		nip, post, ok = strings.Cut(v, "=")
	}
	if !ok {
		return model.Decision{}, i18n.Errorf(i18n.PolicyWantDecision, v)
	}
	n, err := policyNIP(strings.TrimSpace(nip))
	if err != nil {
		return model.Decision{}, err
	}
	post = strings.TrimSpace(post)
	if post == "-" {
		post = ""
	}
	return model.Decision{NIP: n, Position: post}, nil
}

func policySetPin(p *model.Policy, v string) error {
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

func policySetForbid(p *model.Policy, v string) error {
	d, err := policyDecision(v)
	if err != nil {
		return err
	}
	if d.Position == "" {
		return i18n.Errorf(i18n.PolicyForbidPost, v)
	}
	if !slices.Contains(p.Forbids, d) {
		p.Forbids = append(p.Forbids, d)
	}
	return nil
}

func policySetExempt(p *model.Policy, v string) error {
	n, err := policyNIP(v)
	if err != nil {
		return err
	}
	if !slices.Contains(p.Exempt, n) {
		p.Exempt = append(p.Exempt, n)
	}
	return nil
}

func policyDecisions(ds []model.Decision) []string {
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

// maxFileBytes bounds the policy file: a policy of every key with ten
// thousand pins is far below it.
const maxFileBytes = 4 << 20

// Read applies the policy file read from r over p: every key it sets
// replaces p's value, pins and forbids are added. name is the file's name for
// errors, which read "name:line: ..." and name the key and the bad value. An
// unknown section or key, a key given twice and a malformed line are errors;
// on an error p is left as it was.
//
// The file is TOML, read by go-toml's parser, which gives every key's line:
// Read applies each key through Set, so that a value TOML accepts but the
// policy refuses (a weight of -1, an unknown NIP form) is named with its
// line too. Beyond TOML, a list key (pin, forbid, exempt) may be given on
// several lines, each adding to the list.
func Read(r io.Reader, name string, p *model.Policy) error {
	data, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return i18n.Errorf(i18n.PolicyInFile, name, err)
	}
	if len(data) > maxFileBytes {
		return i18n.Errorf(i18n.PolicyTooLarge, name, maxFileBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	rd := fileReader{name: name, data: data, keys: policyKeys(), q: p.Clone(),
		seenSection: map[string]bool{}, seenKey: map[string]int{}, pinLine: map[string]int{}}
	if err := rd.read(); err != nil {
		return err
	}
	*p = *rd.q
	return nil
}

// fileReader applies the expressions of one policy file to q.
type fileReader struct {
	name        string
	data        []byte
	ps          unstable.Parser
	keys        []policyKey
	q           *model.Policy
	section     string
	seenSection map[string]bool
	seenKey     map[string]int // full key name → line
	pinLine     map[string]int // NIP → line of its pin
}

func (rd *fileReader) read() error {
	rd.ps.Reset(rd.data)
	for rd.ps.NextExpression() {
		e := rd.ps.Expression()
		var err error
		switch e.Kind {
		case unstable.Table:
			err = rd.table(e)
		case unstable.ArrayTable:
			name, line := rd.key(e)
			err = rd.at(line, i18n.M(i18n.PolicyArrayTable, name))
		case unstable.KeyValue:
			err = rd.keyValue(e)
		}
		if err != nil {
			return err
		}
	}
	if err := rd.ps.Error(); err != nil {
		var pe *unstable.ParserError
		if errors.As(err, &pe) {
			line, col := rd.position(pe.Highlight)
			msg := i18n.M(i18n.PolicyTOML, pe.Message, col)
			if strings.Contains(pe.Message, "at start of value") {
				msg = i18n.M(i18n.PolicyTOMLQuote, msg)
			}
			if k := rd.lineKey(line); k != "" {
				msg = i18n.M(i18n.PolicyKeyErr, k, msg)
			}
			return rd.at(line, msg)
		}
		return i18n.Errorf(i18n.PolicyInFile, rd.name, err)
	}
	return nil
}

// at returns an error at a line of the file: "name:line: " and what, a
// message or an error.
func (rd *fileReader) at(line int, what any) error {
	return i18n.Errorf(i18n.PolicyAt, rd.name, line, what)
}

// position returns the line and column at which b, a part of the file,
// starts (1, 1 when b is not a part of it).
func (rd *fileReader) position(b []byte) (line, col int) {
	off := cap(rd.data) - cap(b)
	if b == nil || off < 0 || off+len(b) > len(rd.data) {
		return 1, 1
	}
	pos := rd.ps.Shape(unstable.Range{Offset: uint32(off), Length: uint32(len(b))}).Start
	return pos.Line, pos.Column
}

// lineKey returns the key a line of the file sets ("fit" of "fit = abc"),
// or "" when the line sets none.
func (rd *fileReader) lineKey(line int) string {
	lines := bytes.Split(rd.data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return ""
	}
	k, _, ok := strings.Cut(string(lines[line-1]), "=")
	k = strings.TrimSpace(k)
	if !ok || k == "" || strings.IndexFunc(k, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.')
	}) >= 0 {
		return ""
	}
	return k
}

// key returns the dotted key of a table header or a key-value, and its line.
func (rd *fileReader) key(e *unstable.Node) (string, int) {
	var parts []string
	line := 1
	it := e.Key()
	for it.Next() {
		n := it.Node()
		if parts == nil {
			line = rd.ps.Shape(n.Raw).Start.Line
		}
		parts = append(parts, string(n.Data))
	}
	return strings.Join(parts, "."), line
}

func (rd *fileReader) table(e *unstable.Node) error {
	s, line := rd.key(e)
	if !slices.Contains(policySections[:], s) {
		return rd.at(line, i18n.M(i18n.PolicyUnknownSection, s))
	}
	if rd.seenSection[s] {
		return rd.at(line, i18n.M(i18n.PolicySectionTwice, s))
	}
	rd.seenSection[s] = true
	rd.section = s
	return nil
}

func (rd *fileReader) keyValue(e *unstable.Node) error {
	kname, line := rd.key(e)
	full := kname
	if rd.section != "" {
		full = rd.section + "." + kname
	}
	k := policyLookup(rd.keys, full, false)
	if k == nil {
		if rd.section != "" {
			return rd.at(line, i18n.M(i18n.PolicyUnknownKeyIn, kname, rd.section))
		}
		return rd.at(line, i18n.M(i18n.PolicyUnknownKeyTop, kname))
	}
	vals, err := values(e.Value())
	if err != nil {
		return rd.at(line, i18n.M(i18n.PolicyKeyErr, kname, err))
	}
	if !k.list {
		if len(vals) != 1 || e.Value().Kind == unstable.Array {
			return rd.at(line, i18n.M(i18n.PolicyKeyErr, kname, i18n.M(i18n.PolicyWantSingle)))
		}
		if prev, dup := rd.seenKey[full]; dup {
			return rd.at(line, i18n.M(i18n.PolicyKeyErr, kname, i18n.M(i18n.PolicyKeyTwice, prev)))
		}
		rd.seenKey[full] = line
	}
	for _, v := range vals {
		if k.name == "pin" {
			if d, err := policyDecision(v); err == nil {
				if prev, dup := rd.pinLine[d.NIP]; dup {
					return rd.at(line, i18n.M(i18n.PolicyPinTwice, d.NIP, prev))
				}
				rd.pinLine[d.NIP] = line
			}
		}
		if err := policyText(v); err != nil {
			return rd.at(line, i18n.M(i18n.PolicyKeyErr, kname, err))
		}
		if err := k.set(rd.q, v); err != nil {
			return rd.at(line, i18n.M(i18n.PolicyKeyErr, kname, err))
		}
	}
	return nil
}

// values returns a value's text as Set reads it: a string's content, the
// literal of a boolean, number or date; an array gives one per element.
func values(v *unstable.Node) ([]string, error) {
	switch v.Kind {
	case unstable.Array:
		var out []string
		it := v.Children()
		for it.Next() {
			n := it.Node()
			if n.Kind == unstable.Array || n.Kind == unstable.InlineTable {
				return nil, i18n.Errorf(i18n.PolicyNested, strings.ToLower(n.Kind.String()))
			}
			out = append(out, string(n.Data))
		}
		return out, nil
	case unstable.InlineTable:
		return nil, i18n.Errorf(i18n.PolicyInlineTable)
	}
	return []string{string(v.Data)}, nil
}

// Write prints p as a policy file that Read reads back to the
// same policy: every key, each with a comment saying what it means and its
// default (model.DefaultPolicy at p's date), the comments in l.
func Write(w io.Writer, p *model.Policy, l i18n.Lang) error {
	def := policyDefaults(p.Date)
	var b strings.Builder
	for _, ln := range strings.Split(l.T(i18n.PolicyFileHead), "\n") {
		b.WriteString("# " + ln + "\n")
	}
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
			dv = l.T(i18n.PolicyDefaultNone)
		case k.name == "date":
			dv = l.T(i18n.PolicyDefaultDate)
		}
		fmt.Fprintf(&b, "# %s (%s)\n", l.T(k.doc), l.T(i18n.PolicyDefault, dv))
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

// Doc returns what the policy key means ("rules.tenure_min",
// "weights.fit", "date"), in l; "" for an unknown key.
func Doc(key string, l i18n.Lang) string {
	for _, k := range policyKeys() {
		if k.full() == key {
			return l.T(k.doc)
		}
	}
	return ""
}

// policyQuote writes s as a TOML basic string (the policy's values hold no
// control characters but the newline and tab that Set refuses anyway).
func policyQuote(s string) string {
	r := strings.NewReplacer("\\", "\\\\", "\"", "\\\"", "\n", "\\n", "\t", "\\t")
	return `"` + r.Replace(s) + `"`
}

// policyDefaults is the policy the comments of Write call the default.
func policyDefaults(date time.Time) *model.Policy {
	p := model.DefaultPolicy(date)
	return &p
}
