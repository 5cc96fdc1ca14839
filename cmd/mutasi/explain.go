package main

import (
	"context"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/report"
	"io"
	"math"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

const explainUsage = `Usage: mutasi explain [roster] [scoring] NIP [--format table|json] [--out FILE]

Explains why the optimal plan gives this official this post: the move and
its score by component, the reasons and warnings, the competencies (M1-M8,
SK) against the post's standard, the rules that closed other posts to the
official, the three best alternatives with the score the plan would lose
by taking each, the weights at which the choice would flip (a pairwise
estimate), and per weight the range of values that keeps the choice (the
same estimate over every alternative; each end is checked by re-solving
the whole plan just inside and just beyond it, on rosters up to city size).
The plan is the one "mutasi solve" prints with the same flags.

Examples:
  mutasi explain 196912101997011677
  mutasi explain --weight fit=2 196912101997011677 --format json
  mutasi explain --officials pejabat.csv --positions jabatan.csv --date 2027-01-04 197308092003101727
`

// jsonExplanation is model.Explanation with the move in the plan's JSON
// form and the plan date.
type jsonExplanation struct {
	Date          string                `json:"date"`
	Move          report.JSONMove       `json:"move"`
	Status        string                `json:"status"`
	StatusReasons []model.Verdict       `json:"status_reasons"`
	Against       *model.PostRef        `json:"against"`
	Competencies  []model.CompetencyFit `json:"competencies"`
	Constraints   []model.RuleCount     `json:"constraints"`
	CanRelease    bool                  `json:"can_release"`
	Flips         []model.WeightFlip    `json:"flips"`
	FlipNote      string                `json:"flip_note"`
}

func jsonExplanationOf(ex *model.Explanation, date time.Time) jsonExplanation {
	j := jsonExplanation{Date: date.Format(time.DateOnly), Move: report.JSONMoveOf(&ex.Move), Status: ex.Status,
		StatusReasons: append([]model.Verdict{}, ex.StatusReasons...), Against: ex.Against,
		Competencies: append([]model.CompetencyFit{}, ex.Competencies...),
		Constraints:  append([]model.RuleCount{}, ex.Constraints...), CanRelease: ex.CanRelease,
		Flips: []model.WeightFlip{}, FlipNote: ex.FlipNote}
	for _, f := range ex.Flips {
		f.Current, f.At = report.Round6(f.Current), report.Round6(f.At)
		j.Flips = append(j.Flips, f)
	}
	return j
}

func runExplain(e *env, args []string) int {
	fs := newFlags(e, "explain", explainUsage)
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	fs.MarkHidden("print-policy") // solve's
	of := addOutputFlags(fs, []string{"table", "json"}, false)
	slv := addSolverFlags(fs)
	if code, done := parseFlags(e, fs, explainUsage, args); done {
		return code
	}
	if err := slv.check(); err != nil {
		return fail(e, exitUsage, "%v", err)
	}
	if fs.NArg() != 1 {
		return fail(e, exitUsage, "explain: give exactly one NIP (run \"mutasi explain --help\")")
	}
	nip := strings.ReplaceAll(fs.Arg(0), " ", "")
	if of.Format != "table" && of.Format != "json" {
		return fail(e, exitUsage, "--format %q: want table or json", of.Format)
	}
	if sf.printPolicy {
		return fail(e, exitUsage, "explain: --print-policy belongs to mutasi solve")
	}
	if err := checkOutPath(of.out, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, "")
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	i, ok := r.OfficialIndex()[nip]
	if !ok {
		return fail(e, exitUsage, "explain: no official with NIP %q in the roster", fs.Arg(0))
	}
	stop := startProgress(e, "planning")
	sol, err := slv.solve(context.Background(), e, r, pol, nil, "")
	if err != nil {
		stop()
		return planFailure(e, r, err, "")
	}
	ex, err := model.Explain(r, sol.Elig, sol.Scores, sol.Result, pol, i)
	if err != nil {
		stop()
		return fail(e, exitFailure, "%v", err)
	}
	// The plan's own reasons: under a move budget they say what the
	// budget decided (model.NoteBudget).
	for k := range sol.Plan.Moves {
		if sol.Plan.Moves[k].Official == i {
			ex.Move.Reasons = sol.Plan.Moves[k].Reasons
		}
	}
	resolve := func(ctx context.Context, p *model.Policy) (*solution, error) {
		return slv.solve(ctx, e, r, p, sol, "re-solving")
	}
	ranges, err := explainRanges(context.Background(), r, pol, sol, i, resolve) // explain_ranges.go
	stop()
	if err != nil {
		return planFailure(e, r, err, "")
	}
	write := func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, explainWithRanges{jsonExplanationOf(ex, pol.Date), ranges, explainRangesNote})
		}
		if err := writeExplainTable(w, ex, pol.Date); err != nil {
			return err
		}
		return writeExplainRanges(w, ranges)
	}
	if err := writeOutput(e, of.out, write); err != nil {
		return fail(e, exitFailure, "%v", err)
	}
	return exitOK
}

// writeExplainTable prints an explanation for a terminal.
func writeExplainTable(w io.Writer, ex *model.Explanation, date time.Time) error {
	var b strings.Builder
	m := &ex.Move
	fmt.Fprintf(&b, "%s %s (%s), plan at %s\n", m.NIP, m.Name, m.Rank, date.Format(time.DateOnly))
	fmt.Fprintf(&b, "\nMove: %s\n  from %s\n  to   %s\n", m.Type, explainPost(m.From), explainTo(m))
	var parts []string
	for _, c := range report.ComponentNames([]*model.Move{m}) {
		parts = append(parts, fmt.Sprintf("%s %+.3f", c, report.Round6(m.Components[c])))
	}
	fmt.Fprintf(&b, "  score %.3f = %s\n", report.Round6(m.Score), strings.Join(parts, " "))
	fmt.Fprintf(&b, "  status: %s", strings.ReplaceAll(ex.Status, "_", " "))
	if !ex.CanRelease {
		b.WriteString(" (the rules do not let the plan release this official)")
	}
	b.WriteString("\n")
	for _, v := range ex.StatusReasons {
		fmt.Fprintf(&b, "    %s: %s\n", v.Rule, v.Reason)
	}
	explainList(&b, "Reasons", m.Reasons)
	explainList(&b, "Warnings", m.Warnings)

	if ex.Against != nil && len(ex.Competencies) > 0 {
		fmt.Fprintf(&b, "\nCompetencies against %s (JPM %s)\n", explainPost(ex.Against), report.JPMText(m))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  code\tcompetency\tactual\trequired\tgap\n")
		for _, c := range ex.Competencies {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\t%+d\n", c.Code, c.Name, c.Actual, c.Required, c.Gap)
		}
		tw.Flush()
	}

	b.WriteString("\nRules that close posts to this official\n")
	if len(ex.Constraints) == 0 {
		b.WriteString("  none: every post is open\n")
	}
	for _, c := range ex.Constraints {
		fmt.Fprintf(&b, "  %s: %d %s, e.g. %s: %s\n", c.Rule, c.Posts, report.Plural(c.Posts, "post", "posts"), c.Post, c.Example)
	}

	b.WriteString("\nBest alternatives (the plan's total would fall by the gap)\n")
	if len(m.Alternatives) == 0 {
		b.WriteString("  none: no other place is open\n")
	} else {
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  place\tscore\tJPM\tgap\n")
		for _, a := range m.Alternatives {
			place, jpm := "release (no post)", "-"
			if a.Post != nil {
				place, jpm = report.TablePost(a.Post), fmt.Sprintf("%.0f%%", a.JPM*100)
			}
			fmt.Fprintf(tw, "  %s\t%.3f\t%s\t%.3f\n", place, report.Round6(a.Score), jpm, report.Round6(a.Gap))
		}
		tw.Flush()
	}

	if len(ex.Flips) > 0 {
		b.WriteString("\nWhere the choice flips (" + ex.FlipNote + ")\n")
		for _, f := range ex.Flips {
			to := "release"
			if f.To != nil {
				to = f.To.ID
			}
			// Equal to the shown precision is a tie too: the gaps of a
			// degenerate plan are 0 only up to rounding, and "1 → 1" says
			// nothing.
			if math.Abs(f.At-f.Current) < 1e-9 || report.Round6(f.At) == report.Round6(f.Current) {
				fmt.Fprintf(&b, "  %s: %.3g; %s already scores as well (a tie)\n", f.Weight, f.Current, to)
				continue
			}
			if f.At < 0 {
				fmt.Fprintf(&b, "  %s: %.3g; no weight of 0 or more makes %s better\n", f.Weight, f.Current, to)
				continue
			}
			fmt.Fprintf(&b, "  %s: %.3g → %.3g makes %s the better choice\n", f.Weight, f.Current, report.Round6(f.At), to)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// explainTo names where a move goes; without a post of the roster, what
// that means for its type.
func explainTo(m *model.Move) string {
	if m.To != nil {
		return explainPost(m.To)
	}
	switch m.Type {
	case model.Release:
		return "- (no post: released, non-job)"
	case model.Retire:
		return "- (retires: pensiun)"
	case model.Demote:
		return "- (a post one level lower, outside the roster)"
	case model.Unplaced:
		return "- (not placed: keeps what they have)"
	}
	return explainPost(nil)
}

func explainPost(p *model.PostRef) string {
	if p == nil {
		return "- (no post)"
	}
	return p.ID + " " + report.PostLabel(p)
}

func explainList(b *strings.Builder, title string, xs []string) {
	if len(xs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", title)
	for _, x := range xs {
		fmt.Fprintf(b, "  - %s\n", x)
	}
}
