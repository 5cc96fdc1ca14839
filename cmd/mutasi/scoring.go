package main

import (
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
	"github.com/spf13/pflag"
)

// scoringFlags are the flags that shape the score and the rules: the policy
// file, then --date, --weight, --pin and --forbid on top of it.
type scoringFlags struct {
	policy      string
	date        string
	weights     []string
	pins        []string
	forbids     []string
	calendar    []string
	maxMoves    string
	printPolicy bool
	// decree sets the keys of the policy's [decree] (--decree, on the
	// commands that write the lampiran).
	decree []string
	// sample is set for the embedded sample: its own policy file (the
	// city's political calendar) comes before the user's.
	sample bool
}

// addScoringFlags registers the scoring flags (docs/cli.md "Flags") on fs.
func addScoringFlags(fs *pflag.FlagSet) *scoringFlags {
	s := &scoringFlags{}
	fs.StringVar(&s.policy, "policy", "", use(i18n.FlagPolicy))
	fs.StringVar(&s.date, "date", "", use(i18n.FlagDate))
	fs.StringArrayVar(&s.weights, "weight", nil, use(i18n.FlagWeight))
	fs.StringArrayVar(&s.pins, "pin", nil, use(i18n.FlagPin))
	fs.StringArrayVar(&s.forbids, "forbid", nil, use(i18n.FlagForbid))
	fs.StringArrayVar(&s.calendar, "calendar", nil, use(i18n.FlagCalendar))
	fs.StringVar(&s.maxMoves, "max-moves", "", use(i18n.FlagMaxMoves))
	fs.BoolVar(&s.printPolicy, "print-policy", false, use(i18n.FlagPrintPolicy))
	return s
}

// addDecreeFlag registers --decree: the lampiran's title and signature
// blocks, the keys of the policy's [decree].
func (s *scoringFlags) addDecreeFlag(fs *pflag.FlagSet) {
	fs.StringArrayVar(&s.decree, "decree", nil, use(i18n.FlagDecree))
}

// usageError is a bad flag value or bad input: exit 2. Its text is a
// message of the catalogue.
type usageError struct{ msg i18n.Msg }

// Error renders the message in English, for developers and logs.
func (u *usageError) Error() string { return u.msg.String() }

// Text renders the message in l.
func (u *usageError) Text(l i18n.Lang) string { return u.msg.Text(l) }

// Unwrap returns the errors among the message's arguments.
func (u *usageError) Unwrap() []error { return (&i18n.Error{Msg: u.msg}).Unwrap() }

// usagef returns the message k with args as a usage error.
func usagef(k i18n.Key, args ...any) error {
	return &usageError{i18n.M(k, args...)}
}

// today is the plan date when none is given: the current day in UTC.
func today() time.Time {
	y, m, d := time.Now().UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// build returns the effective policy: the defaults at defDate, the
// sample's own policy.toml for the sample, the policy file, --date, then
// each --weight, --calendar, --pin and --forbid in order. Every error
// is a usage error naming the file and line or the flag and its value.
func (s *scoringFlags) build(defDate time.Time) (*model.Policy, error) {
	pol := scoringDefaults(defDate)
	if s.sample {
		if err := mutasi.ApplySamplePolicy(pol); err != nil {
			return nil, err
		}
	}
	if s.policy != "" {
		f, err := os.Open(s.policy)
		if err != nil {
			return nil, usagef(i18n.CLIFlagBadValue, "policy", err)
		}
		err = policyfile.Read(f, s.policy, pol)
		f.Close()
		if err != nil {
			return nil, &usageError{i18n.M(i18n.CLIError, err)}
		}
		if pol.Date.IsZero() {
			pol.Date = defDate
		}
	}
	if s.date != "" {
		d, err := model.ParseDate(s.date)
		if err != nil {
			return nil, usagef(i18n.CLIFlagBadValue, "date", err)
		}
		pol.Date = d
	}
	// --weight, --decree and --calendar set keys of one section each,
	// named with or without the section.
	for _, f := range []struct {
		flag, section string
		vals          []string
		unknown       i18n.Key
	}{
		{"weight", "weights", s.weights, i18n.CLIUnknownWeight},
		{"decree", "decree", s.decree, i18n.CLIUnknownDecreeField},
		{"calendar", "calendar", s.calendar, i18n.CLIUnknownCalendarKey},
	} {
		keys := sectionKeys(f.section)
		for _, kv := range f.vals {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return nil, usagef(i18n.CLIFlagKVWant, f.flag, kv)
			}
			k = strings.TrimPrefix(strings.TrimSpace(k), f.section+".")
			if !slices.Contains(keys, k) {
				return nil, usagef(f.unknown, kv, k, strings.Join(keys, ", "))
			}
			if err := policyfile.Set(pol, f.section+"."+k, v); err != nil {
				return nil, usagef(i18n.CLIFlagValue, f.flag, kv, err)
			}
		}
	}
	if s.maxMoves != "" {
		if err := policyfile.Set(pol, "rules.max_moves", s.maxMoves); err != nil {
			return nil, usagef(i18n.CLIMaxMoves, s.maxMoves, err)
		}
	}
	for _, d := range []struct {
		flag string
		vals []string
	}{{"pin", s.pins}, {"forbid", s.forbids}} {
		for _, v := range d.vals {
			if err := policyfile.Set(pol, d.flag, v); err != nil {
				return nil, usagef(i18n.CLIFlagValue, d.flag, v, err)
			}
		}
	}
	return pol, nil
}

// sectionKeys are the keys of a section of the policy file, without the
// section's name, in the file's order.
func sectionKeys(section string) []string {
	var out []string
	for _, k := range policyfile.Keys() {
		if f, ok := strings.CutPrefix(k, section+"."); ok {
			out = append(out, f)
		}
	}
	return out
}

// scoringDefaults is the built-in policy at date d.
func scoringDefaults(d time.Time) *model.Policy {
	p := model.DefaultPolicy(d)
	return &p
}
