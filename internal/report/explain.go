package report

import (
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// JSONExplanation is model.Explanation with the move in the plan's JSON
// form and the plan date, its texts in the output's language.
type JSONExplanation struct {
	Date          string                `json:"date"`
	Move          JSONMove              `json:"move"`
	Status        string                `json:"status"`
	StatusReasons []JSONVerdict         `json:"status_reasons"`
	Against       *model.PostRef        `json:"against"`
	Competencies  []model.CompetencyFit `json:"competencies"`
	Constraints   []JSONRuleCount       `json:"constraints"`
	CanRelease    bool                  `json:"can_release"`
	Flips         []model.WeightFlip    `json:"flips"`
	FlipNote      string                `json:"flip_note"`
}

// JSONVerdict is a rule's verdict in JSON, its reason in the output's
// language.
type JSONVerdict struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}

// JSONRuleCount is model.RuleCount in JSON, its example in the output's
// language.
type JSONRuleCount struct {
	Rule    string `json:"rule"`
	Posts   int    `json:"posts"`
	Example string `json:"example"`
	Post    string `json:"post"`
}

// JSONExplanationOf converts ex, explained at the plan date date, with its
// texts in l.
func JSONExplanationOf(ex *model.Explanation, date time.Time, l i18n.Lang) JSONExplanation {
	j := JSONExplanation{Date: date.Format(time.DateOnly), Move: JSONMoveOf(&ex.Move, l), Status: ex.Status,
		StatusReasons: []JSONVerdict{}, Against: ex.Against,
		Competencies: append([]model.CompetencyFit{}, ex.Competencies...),
		Constraints:  []JSONRuleCount{}, CanRelease: ex.CanRelease,
		Flips: []model.WeightFlip{}, FlipNote: l.T(i18n.ExplainFlipNote)}
	for _, v := range ex.StatusReasons {
		j.StatusReasons = append(j.StatusReasons, JSONVerdict{Rule: v.Rule, Reason: v.Reason.Text(l)})
	}
	for _, c := range ex.Constraints {
		j.Constraints = append(j.Constraints, JSONRuleCount{Rule: c.Rule, Posts: c.Posts, Example: c.Example.Text(l), Post: c.Post})
	}
	for _, f := range ex.Flips {
		f.Current, f.At = Round6(f.Current), Round6(f.At)
		j.Flips = append(j.Flips, f)
	}
	return j
}
