package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

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
	Date     string               `json:"date"`
	Valid    bool                 `json:"valid"`
	Errors   int                  `json:"errors"`
	Warnings int                  `json:"warnings"`
	Problems []report.JSONProblem `json:"problems"`
	Summary  *validateSummary     `json:"summary"`
}

// runValidate is "mutasi validate".
func runValidate(e *env, args []string) int {
	fs := newFlags(e, "validate")
	rf := addRosterFlags(fs)
	date := fs.String("date", "", use(i18n.FlagDate))
	format := fs.String("format", "text", use(i18n.FlagValidateFormat))
	if code, done := parseFlags(e, fs, i18n.HelpValidate, args); done {
		return code
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, i18n.CLIUnexpectedArg, "validate", fs.Arg(0))
	}
	if err := checkFormat(*format, []string{"text", "json"}); err != nil {
		return failIn(e, exitUsage, "validate", err)
	}
	d, err := rf.planDate(*date, time.Now())
	if err != nil {
		return failIn(e, exitUsage, "validate", err)
	}
	r, ps, err := rf.loadRoster(d)
	if err != nil {
		return failIn(e, exitUsage, "validate", err)
	}
	rep := validateReport{Date: d.Format("2006-01-02"), Valid: r != nil,
		Errors: ps.Errors(), Warnings: ps.Warnings(), Problems: report.JSONProblems(ps, e.lang)}
	if r != nil {
		s, err := validateSummarize(r, d)
		if err != nil {
			return failIn(e, exitFailure, "validate", err)
		}
		rep.Summary = s
	}
	var werr error
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		werr = enc.Encode(rep)
	} else {
		werr = validateText(e.stdout, &rep, ps, e.lang)
	}
	if werr != nil {
		return failIn(e, exitFailure, "validate", werr)
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

// validateText writes the problems one per line, then the summary line,
// in l.
func validateText(w io.Writer, rep *validateReport, ps []rosterfile.Problem, l i18n.Lang) error {
	printProblems(w, ps, l)
	counts := l.Count(rep.Errors, i18n.UnitError) + ", " + l.Count(rep.Warnings, i18n.UnitWarning)
	var err error
	if s := rep.Summary; s != nil {
		_, err = fmt.Fprintln(w, l.T(i18n.CLIValidateSummary,
			rep.Date, s.Officials, s.Positions, s.Vacancies, s.Locked, s.Retired, s.Retiring, s.HorizonMonths, counts))
	} else {
		_, err = fmt.Fprintln(w, l.T(i18n.CLIValidateUnusable, rep.Date, counts))
	}
	return err
}
