package report

import (
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// JSONExplanation is model.Explanation with the move in the plan's JSON
// form and the plan date.
type JSONExplanation struct {
	Date          string                `json:"date"`
	Move          JSONMove              `json:"move"`
	Status        string                `json:"status"`
	StatusReasons []model.Verdict       `json:"status_reasons"`
	Against       *model.PostRef        `json:"against"`
	Competencies  []model.CompetencyFit `json:"competencies"`
	Constraints   []model.RuleCount     `json:"constraints"`
	CanRelease    bool                  `json:"can_release"`
	Flips         []model.WeightFlip    `json:"flips"`
	FlipNote      string                `json:"flip_note"`
}

// JSONExplanationOf converts ex, explained at the plan date date, with its
// note in l.
func JSONExplanationOf(ex *model.Explanation, date time.Time, l i18n.Lang) JSONExplanation {
	j := JSONExplanation{Date: date.Format(time.DateOnly), Move: JSONMoveOf(&ex.Move), Status: ex.Status,
		StatusReasons: append([]model.Verdict{}, ex.StatusReasons...), Against: ex.Against,
		Competencies: append([]model.CompetencyFit{}, ex.Competencies...),
		Constraints:  append([]model.RuleCount{}, ex.Constraints...), CanRelease: ex.CanRelease,
		Flips: []model.WeightFlip{}, FlipNote: l.T(i18n.ExplainFlipNote)}
	for _, f := range ex.Flips {
		f.Current, f.At = Round6(f.Current), Round6(f.At)
		j.Flips = append(j.Flips, f)
	}
	return j
}
