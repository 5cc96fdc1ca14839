package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/model"
)

func runExplain(e *env, args []string) int {
	fs := newFlags(e, "explain")
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	fs.MarkHidden("print-policy") // solve's
	of := addOutputFlags(fs, i18n.FlagTableJSONFormat, false)
	detail := fs.Bool("detail", false, use(i18n.FlagDetail))
	slv := addSolverFlags(fs)
	if code, done := parseFlags(e, fs, i18n.HelpExplain, args); done {
		return code
	}
	if err := slv.check(); err != nil {
		return failErr(e, exitUsage, err)
	}
	if fs.NArg() != 1 {
		return fail(e, exitUsage, i18n.CLIExplainOneNIP)
	}
	nip := strings.ReplaceAll(fs.Arg(0), " ", "")
	if err := checkFormat(of.Format, []string{"table", "json"}); err != nil {
		return failErr(e, exitUsage, err)
	}
	if sf.printPolicy {
		return fail(e, exitUsage, i18n.CLIPrintPolicySolve, "explain")
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
		return fail(e, exitUsage, i18n.CLIExplainUnknownNIP, fs.Arg(0))
	}
	stop := slv.startProgress(e)
	slv.task(e, i18n.CLIProgressExplain)
	sol, err := slv.solve(context.Background(), e, r, pol, nil, "")
	if err != nil {
		stop()
		return planFailure(e, r, err, "")
	}
	ex, err := model.Explain(r, sol.Elig, sol.Scores, sol.Result, pol, i)
	if err != nil {
		stop()
		return failErr(e, exitFailure, err)
	}
	// The plan's own reasons: under a move budget they say what the
	// budget decided (model.NoteBudget).
	for k := range sol.Plan.Moves {
		if sol.Plan.Moves[k].Official == i {
			ex.Move.Reasons = sol.Plan.Moves[k].Reasons
		}
	}
	slv.task(e, i18n.CLIProgressRanges)
	// Brief plans: the ranges compare them, and print none.
	resolve := func(ctx context.Context, p *model.Policy) (*solution, error) {
		return slv.solveWith(ctx, e, r, p, pipeline.Options{From: sol, Brief: true}, e.lang.T(i18n.VerboseResolving))
	}
	ranges, err := analysis.CheckRanges(context.Background(), r, pol, sol, i, resolve) // explain_ranges.go
	stop()
	if err != nil {
		return planFailure(e, r, err, "")
	}
	write := func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, analysis.ExplanationWithRanges{JSONExplanation: report.JSONExplanationOf(ex, pol.Date, e.lang),
				WeightRanges: ranges, WeightRangesNote: e.lang.T(i18n.ExplainRangesNote, e.lang.T(i18n.ExplainStabilityNote))})
		}
		if err := writeExplainTable(w, ex, pol.Date, e.lang, *detail); err != nil {
			return err
		}
		return analysis.WriteRanges(w, ranges, e.lang, *detail)
	}
	if err := writeOutput(e, of.out, write); err != nil {
		return failErr(e, exitFailure, err)
	}
	return exitOK
}

// writeExplainTable prints an explanation for a terminal in l: the move,
// its score by component, the reasons, the competencies, the rules and the
// alternatives; with detail, where each weight flips the choice by the
// pairwise estimate too.
func writeExplainTable(w io.Writer, ex *model.Explanation, date time.Time, l i18n.Lang, detail bool) error {
	var b strings.Builder
	m := &ex.Move
	fmt.Fprintln(&b, l.T(i18n.ExplainHead, m.NIP, m.Name, m.Rank, i18n.Date(date)))
	fmt.Fprintf(&b, "\n%s\n%s\n", l.T(i18n.ExplainMove, report.MoveLabel(m, l)), l.T(i18n.ExplainFromTo, explainPost(m.From, l), explainDest(m, l)))
	var parts []string
	for _, c := range report.ComponentNames([]*model.Move{m}) {
		v := report.Round6(m.Components[c])
		sign := "+"
		if v < 0 {
			sign, v = "-", -v
		}
		parts = append(parts, report.ComponentLabel(c, l)+" "+sign+l.Dec(v, 3))
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
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.ExplainCompetencies, explainPost(ex.Against, l), report.JPMText(m, l)))
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
				place, jpm = report.TablePost(a.Post), l.Pct(a.JPM, 0)
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
			weight := report.ComponentLabel(f.Weight, l)
			// Equal to the shown precision is a tie too: the gaps of a
			// degenerate plan are 0 only up to rounding, and "1 → 1" says
			// nothing.
			switch {
			case math.Abs(f.At-f.Current) < 1e-9 || report.Round6(f.At) == report.Round6(f.Current):
				fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainFlipTie, weight, analysis.FormatWeight(f.Current, l), to))
			case f.At < 0:
				fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainFlipNever, weight, analysis.FormatWeight(f.Current, l), to))
			default:
				fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainFlipAt, weight, analysis.FormatWeight(f.Current, l), analysis.FormatWeight(report.Round6(f.At), l), to))
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

func explainPost(p *model.PostRef, l i18n.Lang) string {
	if p == nil {
		return l.T(i18n.ExplainNoPost)
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
