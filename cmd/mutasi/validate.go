package main

import (
	"encoding/json"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/report"
	"io"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

const validateUsage = `Usage: mutasi validate [roster flags] [--date YYYY-MM-DD] [--format text|json]

List every problem in the roster files, each pointing at its file, row (as
a spreadsheet shows it, header = row 1) and column, then a summary: officials,
posts, vacancies, officials locked in their post by the rules (R-TENURE-MIN,
a retirement within the horizon, an evaluation tetap), officials retired on
or before the plan date and those retiring within the horizon (12 months). Exit status 0 when
the roster can be used (warnings only), 2 when it has errors.

With no roster flags the embedded Kota Contoh sample is checked, at its own
date (2026-12-01); otherwise --date defaults to today.

Examples:
  mutasi validate
  mutasi validate --officials pejabat.csv --positions jabatan.csv --date 2026-12-01
  mutasi validate --roster roster.xlsx --format json
`

// validateSummary is the roster's summary line. It is absent (nil in JSON)
// when the roster has errors.
type validateSummary struct {
	Officials     int `json:"officials"`
	Positions     int `json:"positions"`
	Vacancies     int `json:"vacancies"`
	Locked        int `json:"locked"`
	Retired       int `json:"retired"`
	Retiring      int `json:"retiring"`
	HorizonMonths int `json:"horizon_months"`
}

// validateReport is the JSON output of validate.
type validateReport struct {
	Date     string           `json:"date"`
	Valid    bool             `json:"valid"`
	Errors   int              `json:"errors"`
	Warnings int              `json:"warnings"`
	Problems []model.Problem  `json:"problems"`
	Summary  *validateSummary `json:"summary"`
}

// runValidate is "mutasi validate".
func runValidate(e *env, args []string) int {
	fs := newFlags(e, "validate", validateUsage)
	rf := addRosterFlags(fs)
	date := fs.String("date", "", "plan date YYYY-MM-DD (default: today; the sample's date for the sample)")
	format := fs.String("format", "text", "output format: text or json")
	if code, done := parseFlags(e, fs, validateUsage, args); done {
		return code
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, "validate: unexpected argument %q", fs.Arg(0))
	}
	if *format != "text" && *format != "json" {
		return fail(e, exitUsage, "validate: --format %q: want text or json", *format)
	}
	d, err := rf.planDate(*date, time.Now())
	if err != nil {
		return fail(e, exitUsage, "validate: %v", err)
	}
	r, ps, err := rf.loadRoster(d)
	if err != nil {
		return fail(e, exitUsage, "validate: %v", err)
	}
	rep := validateReport{Date: d.Format("2006-01-02"), Valid: r != nil,
		Errors: ps.Errors(), Warnings: ps.Warnings(), Problems: ps}
	if rep.Problems == nil {
		rep.Problems = []model.Problem{}
	}
	if r != nil {
		s, err := validateSummarize(r, d)
		if err != nil {
			return fail(e, exitFailure, "validate: %v", err)
		}
		rep.Summary = s
	}
	var werr error
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		werr = enc.Encode(rep)
	} else {
		werr = validateText(e.stdout, &rep)
	}
	if werr != nil {
		return fail(e, exitFailure, "validate: %v", werr)
	}
	if !rep.Valid {
		return exitUsage
	}
	return exitOK
}

// validateSummarize counts the roster's posts, vacancies and the officials
// the default rules lock in place or see retiring within the horizon.
func validateSummarize(r *model.Roster, d time.Time) (*validateSummary, error) {
	pol := model.Policy{Date: d, Rules: model.DefaultRules()}
	el, err := model.Evaluate(r, &pol)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	s := &validateSummary{Officials: len(r.Officials), Positions: len(r.Positions),
		HorizonMonths: pol.Rules.HorizonMonths}
	held := map[string]bool{}
	for i := range r.Officials {
		held[r.Officials[i].Position] = true
	}
	for j := range r.Positions {
		if !held[r.Positions[j].ID] {
			s.Vacancies++
		}
	}
	horizon := d.AddDate(0, pol.Rules.HorizonMonths, 0)
	for i := range r.Officials {
		if st, _ := el.Status(i); st == model.Locked {
			s.Locked++
		}
		switch t := el.Retirement(i); {
		case t.IsZero(), t.After(horizon):
		case !t.After(d):
			s.Retired++
		default:
			s.Retiring++
		}
	}
	return s, nil
}

// validateText writes the problems one per line, then the summary line.
func validateText(w io.Writer, rep *validateReport) error {
	printProblems(w, rep.Problems)
	counts := fmt.Sprintf("%d %s, %d %s", rep.Errors, report.Plural(rep.Errors, "error", "errors"),
		rep.Warnings, report.Plural(rep.Warnings, "warning", "warnings"))
	var err error
	if s := rep.Summary; s != nil {
		_, err = fmt.Fprintf(w, "%s: %d officials, %d posts, %d vacant, %d locked, %d retired, %d retiring within %d months; %s\n",
			rep.Date, s.Officials, s.Positions, s.Vacancies, s.Locked, s.Retired, s.Retiring, s.HorizonMonths, counts)
	} else {
		_, err = fmt.Fprintf(w, "%s: %s: the roster cannot be used until the errors are fixed\n", rep.Date, counts)
	}
	return err
}
