package report

import (
	"fmt"
	"io"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// JSONProblem is a problem of the roster files in JSON: where, and why in
// the language of the run, with the reason's stable code.
type JSONProblem struct {
	Severity rosterfile.Severity `json:"severity"`
	File     string              `json:"file"`
	Row      int                 `json:"row"`
	Column   string              `json:"column"`
	Value    string              `json:"value"`
	Reason   string              `json:"reason"`
	Code     string              `json:"code"`
}

// JSONProblems renders the problems in l ([] when none).
func JSONProblems(ps []rosterfile.Problem, l i18n.Lang) []JSONProblem {
	out := make([]JSONProblem, len(ps))
	for k, p := range ps {
		out[k] = JSONProblem{Severity: p.Severity, File: p.File, Row: p.Row, Column: p.Column,
			Value: p.Value, Reason: p.ReasonText(l), Code: p.Code()}
	}
	return out
}

// WriteProblems writes the problems one per line in l, e.g.
// `positions.csv:14: kolom eselon: "III.c": bukan eselon (II.a … IV.b)`.
func WriteProblems(w io.Writer, ps []rosterfile.Problem, l i18n.Lang) error {
	for _, p := range ps {
		if _, err := fmt.Fprintln(w, p.Text(l)); err != nil {
			return err
		}
	}
	return nil
}

// Validation is the report of mutasi validate in JSON (docs/cli.md): the
// roster's problems and, when it loads, its overview at the plan date.
type Validation struct {
	Date     string        `json:"date"`
	Valid    bool          `json:"valid"`
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	Problems []JSONProblem `json:"problems"`
	// Summary is nil (null) when the roster has errors.
	Summary *model.Overview `json:"summary"`
}

// ValidationOf is the report of the problems ps of a roster read at date,
// in l, with the overview ov of the roster when it loads (nil when it has
// errors).
func ValidationOf(date time.Time, ps rosterfile.Problems, ov *model.Overview, l i18n.Lang) *Validation {
	return &Validation{Date: date.Format(time.DateOnly), Valid: ov != nil, Errors: ps.Errors(), Warnings: ps.Warnings(),
		Problems: JSONProblems(ps, l), Summary: ov}
}

// WriteValidation writes v as text in l: the problems ps one per line
// (WriteProblems), then the summary line.
func WriteValidation(w io.Writer, v *Validation, ps []rosterfile.Problem, l i18n.Lang) error {
	if err := WriteProblems(w, ps, l); err != nil {
		return err
	}
	counts := l.Count(v.Errors, i18n.UnitError) + ", " + l.Count(v.Warnings, i18n.UnitWarning)
	var err error
	if s := v.Summary; s != nil {
		_, err = fmt.Fprintln(w, l.T(i18n.CLIValidateSummary,
			v.Date, s.Officials, s.Positions, s.Vacancies, s.Locked, s.Retired, s.Retiring, s.HorizonMonths, counts))
	} else {
		_, err = fmt.Fprintln(w, l.T(i18n.CLIValidateUnusable, v.Date, counts))
	}
	return err
}
