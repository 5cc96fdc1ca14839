package report

import (
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
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
