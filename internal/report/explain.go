package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
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

// FormatWeight prints a weight value with at most 4 significant digits, with
// l's decimal mark.
func FormatWeight(v float64, l i18n.Lang) string {
	s := strconv.FormatFloat(v, 'g', 4, 64)
	if l == i18n.ID {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// WriteExplanation prints an explanation for a terminal in l: the move,
// its score by component, the reasons, the competencies, the rules and the
// alternatives; with detail, where each weight flips the choice by the
// pairwise estimate too.
func WriteExplanation(w io.Writer, ex *model.Explanation, date time.Time, l i18n.Lang, detail bool) error {
	var b strings.Builder
	m := &ex.Move
	fmt.Fprintln(&b, l.T(i18n.ExplainHead, m.NIP, m.Name, m.Rank, i18n.Date(date)))
	fmt.Fprintf(&b, "\n%s\n%s\n", l.T(i18n.ExplainMove, MoveLabel(m, l)), l.T(i18n.ExplainFromTo, explainPost(m.From, l), explainDest(m, l)))
	var parts []string
	for _, c := range ComponentNames([]*model.Move{m}) {
		v := Round6(m.Components[c])
		sign := "+"
		if v < 0 {
			sign, v = "-", -v
		}
		parts = append(parts, ComponentLabel(c, l)+" "+sign+l.Dec(v, 3))
	}
	fmt.Fprintln(&b, l.T(i18n.ExplainScore, l.Dec(m.Score, 3), strings.Join(parts, " ")))
	b.WriteString(l.T(i18n.ExplainStatus, explainStatus(ex.Status, l)))
	if !ex.CanRelease {
		b.WriteString(" " + l.T(i18n.ExplainNoRelease))
	}
	b.WriteString("\n")
	for _, v := range ex.StatusReasons {
		fmt.Fprintf(&b, "    %s: %s\n", v.Rule, v.Reason.Text(l))
	}
	explainList(&b, l.T(i18n.ExplainReasons), i18n.Texts(m.Reasons, l))
	explainList(&b, l.T(i18n.ExplainWarnings), i18n.Texts(m.Warnings, l))

	if ex.Against != nil && len(ex.Competencies) > 0 {
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.ExplainCompetencies, explainPost(ex.Against, l), JPMText(m, l)))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.ExplainCompHeader))
		for _, c := range ex.Competencies {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\t%+d\n", c.Code, c.Name, c.Actual, c.Required, c.Gap)
		}
		tw.Flush()
	}

	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.ExplainRules))
	if len(ex.Constraints) == 0 {
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainRulesNone))
	}
	for _, c := range ex.Constraints {
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainRuleLine, c.Rule, i18n.Count{N: c.Posts, Noun: i18n.UnitPost}, c.Post, c.Example))
	}

	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.ExplainAlts))
	if len(m.Alternatives) == 0 {
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainAltsNone))
	} else {
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.ExplainAltHeader))
		for _, a := range m.Alternatives {
			place, jpm := l.T(i18n.ExplainReleaseNoPost), "-"
			if a.Post != nil {
				place, jpm = TablePost(a.Post), l.Pct(a.JPM, 0)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", place, l.Dec(a.Score, 3), jpm, l.Dec(a.Gap, 3))
		}
		tw.Flush()
	}

	if detail && len(ex.Flips) > 0 {
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.ExplainFlips, l.T(i18n.ExplainFlipNote)))
		for _, f := range ex.Flips {
			to := l.T(i18n.ExplainRelease)
			if f.To != nil {
				to = f.To.ID
			}
			weight := ComponentLabel(f.Weight, l)
			// Equal to the shown precision is a tie too: the gaps of a
			// degenerate plan are 0 only up to rounding, and "1 → 1" says
			// nothing.
			switch {
			case math.Abs(f.At-f.Current) < 1e-9 || Round6(f.At) == Round6(f.Current):
				fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainFlipTie, weight, FormatWeight(f.Current, l), to))
			case f.At < 0:
				fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainFlipNever, weight, FormatWeight(f.Current, l), to))
			default:
				fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainFlipAt, weight, FormatWeight(f.Current, l), FormatWeight(Round6(f.At), l), to))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// explainStatus words an official's status ("free", "locked",
// "must_leave") in l.
func explainStatus(st string, l i18n.Lang) string {
	switch st {
	case "free":
		return l.T(i18n.ExplainStatusFree)
	case "locked":
		return l.T(i18n.ExplainStatusLocked)
	case "must_leave":
		return l.T(i18n.ExplainStatusLeave)
	}
	return st
}

// explainDest names where a move goes in l; without a post of the roster,
// what that means for its type.
func explainDest(m *model.Move, l i18n.Lang) string {
	if m.To != nil {
		return explainPost(m.To, l)
	}
	switch m.Type {
	case model.Release:
		return l.T(i18n.ExplainToRelease)
	case model.Retire:
		return l.T(i18n.ExplainToRetire)
	case model.Demote:
		return l.T(i18n.ExplainToDemote)
	case model.Unplaced:
		return l.T(i18n.ExplainToUnplaced)
	}
	return explainPost(nil, l)
}

// explainPost names a post in l: its id and label, or that there is none.
func explainPost(p *model.PostRef, l i18n.Lang) string {
	if p == nil {
		return l.T(i18n.ExplainNoPost)
	}
	return p.ID + " " + PostLabel(p)
}

// explainList writes a titled list of xs, nothing when it is empty.
func explainList(b *strings.Builder, title string, xs []string) {
	if len(xs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", title)
	for _, x := range xs {
		fmt.Fprintf(b, "  - %s\n", x)
	}
}
