package analysis

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"

	"github.com/mutasi-id/mutasi/model"
)

// WhatifResult is one plan of whatif's comparison: the base plan or a
// scenario's.
type WhatifResult struct {
	Name       string             `json:"name"`
	Settings   string             `json:"settings,omitempty"`
	Objective  float64            `json:"objective"`
	Optimal    bool               `json:"optimal"`
	Components map[string]float64 `json:"components"`
	Summary    model.Summary      `json:"summary"`
	Changes    []WhatifChange     `json:"changes"`
}

// WhatifChange is an official the scenario places otherwise than the base
// plan.
type WhatifChange struct {
	NIP        string                         `json:"nip"`
	Name       string                         `json:"name"`
	From       *model.PostRef                 `json:"from"`
	Base       *model.PostRef                 `json:"base"`
	Scenario   *model.PostRef                 `json:"scenario"`
	BaseType   string                         `json:"base_type"`
	Type       string                         `json:"scenario_type"`
	BaseScore  float64                        `json:"base_score"`
	Score      float64                        `json:"scenario_score"`
	Components map[string]WhatifComponentPair `json:"components"`
	Reason     string                         `json:"reason"`
}

// WhatifComponentPair is one component of a score in the base plan and in
// the scenario.
type WhatifComponentPair struct {
	Base     float64 `json:"base"`
	Scenario float64 `json:"scenario"`
}

// WhatifReport is whatif's comparison (its JSON output).
type WhatifReport struct {
	Date      string         `json:"date"`
	Base      WhatifResult   `json:"base"`
	Scenarios []WhatifResult `json:"scenarios"`
}

// WhatifResultOf is plan p as the column name (with its settings) of the
// comparison, its changes still empty.
func WhatifResultOf(name, settings string, p *model.Plan) WhatifResult {
	comps := model.ComponentTotals(p)
	for k, v := range comps {
		comps[k] = report.Round6(v)
	}
	sum := p.Summary
	sum.MeanJPMBefore, sum.MeanJPMAfter = report.Round6(sum.MeanJPMBefore), report.Round6(sum.MeanJPMAfter)
	return WhatifResult{Name: name, Settings: settings, Objective: report.Round6(p.Objective), Optimal: p.Optimal,
		Components: comps, Summary: sum, Changes: []WhatifChange{}}
}

// WhatifChanges lists the officials whom plan places otherwise than base,
// with their scores and components in both and why, in l: a change that
// the scenario's own pin or forbid (in pol) decided says so, and a
// release says why the scenario's rules leave no post open.
func WhatifChanges(base, plan *model.Plan, pol *model.Policy, l i18n.Lang) []WhatifChange {
	out := []WhatifChange{}
	moves := map[string]*model.Move{}
	for i := range plan.Moves {
		moves[plan.Moves[i].NIP] = &plan.Moves[i]
	}
	for _, c := range model.Diff(base, plan) {
		wc := WhatifChange{NIP: c.NIP, Name: c.Name, From: c.From, Base: c.Base, Scenario: c.Other,
			BaseType: c.BaseType.String(), Type: c.OtherType.String(),
			BaseScore: report.Round6(c.BaseScore), Score: report.Round6(c.OtherScore),
			Components: map[string]WhatifComponentPair{}, Reason: c.Reason.Text(l)}
		for _, cc := range c.Components {
			wc.Components[cc.Name] = WhatifComponentPair{report.Round6(cc.Base), report.Round6(cc.Other)}
		}
		if n := whatifNote(pol, c.NIP, l); n != "" {
			// The scenario's own decision, not the plan's total, moved them.
			wc.Reason = n + "; " + c.Change.Text(l)
		} else if why := whatifReleaseReason(moves[c.NIP]); !why.IsZero() {
			// Released because the scenario's rules leave no post open.
			wc.Reason = c.Change.Text(l) + "; " + why.Text(l)
		}
		out = append(out, wc)
	}
	return out
}

// whatifNote says in l what the scenario itself decided about an
// official, so that a change caused by the user's own pin or forbid reads
// as such.
func whatifNote(pol *model.Policy, nip string, l i18n.Lang) string {
	var notes []string
	for _, d := range pol.Pins {
		if d.NIP == nip {
			if d.Position == "" {
				notes = append(notes, l.T(i18n.WhatifReleasedByPin))
			} else {
				notes = append(notes, l.T(i18n.WhatifPinnedBy, d.Position))
			}
		}
	}
	for _, d := range pol.Forbids {
		if d.NIP == nip {
			notes = append(notes, l.T(i18n.WhatifForbiddenBy, d.Position))
		}
	}
	return strings.Join(notes, "; ")
}

// WriteWhatifTable prints the comparison in l: one column per plan, then
// each scenario's changed officials.
func WriteWhatifTable(w io.Writer, rep *WhatifReport, l i18n.Lang) error {
	var b strings.Builder
	cols := append([]WhatifResult{rep.Base}, rep.Scenarios...)
	fmt.Fprintf(&b, "%s\n\n", l.T(i18n.WhatifHead, i18n.Date(rep.dateTime())))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(label string, f func(r *WhatifResult) string) {
		fmt.Fprintf(tw, "%s\t", label)
		for k := range cols {
			fmt.Fprintf(tw, "%s\t", f(&cols[k]))
		}
		fmt.Fprintln(tw)
	}
	row("", func(r *WhatifResult) string {
		if r.Name == "base" {
			return l.T(i18n.WhatifBase)
		}
		return r.Name
	})
	row(l.T(i18n.WhatifObjective), func(r *WhatifResult) string { return l.Dec(r.Objective, 4) })
	var comps []string
	seen := map[string]bool{}
	for _, c := range cols {
		for n := range c.Components {
			if !seen[n] {
				seen[n] = true
				comps = append(comps, n)
			}
		}
	}
	sort.Strings(comps)
	for _, n := range comps {
		row(report.ComponentLabel(n, l), func(r *WhatifResult) string { return l.Dec(r.Components[n], 4) })
	}
	group := func(t model.MoveType) string { return strings.ToLower(l.T(report.GroupKey(t))) }
	for _, c := range []struct {
		label string
		f     func(s *model.Summary) int
	}{
		{group(model.Promote), func(s *model.Summary) int { return s.Promote }},
		{group(model.Rotate), func(s *model.Summary) int { return s.Rotate }},
		{group(model.Fill), func(s *model.Summary) int { return s.Fill }},
		{group(model.Demote), func(s *model.Summary) int { return s.Demote }},
		{group(model.Release), func(s *model.Summary) int { return s.Release }},
		{group(model.Retire), func(s *model.Summary) int { return s.Retire }},
		{group(model.Unplaced), func(s *model.Summary) int { return s.Unplaced }},
		{group(model.Stay), func(s *model.Summary) int { return s.Stay }},
		{l.T(i18n.WhatifVacant), func(s *model.Summary) int { return s.Vacant }},
		{l.T(i18n.WhatifOver5After), func(s *model.Summary) int { return s.Over5After }},
	} {
		row(c.label, func(r *WhatifResult) string { return fmt.Sprint(c.f(&r.Summary)) })
	}
	row(l.T(i18n.WhatifMeanJPMAfter), func(r *WhatifResult) string { return l.Pct(r.Summary.MeanJPMAfter, 1) })
	row(l.T(i18n.WhatifMoved), func(r *WhatifResult) string {
		if r.Name == "base" {
			return "-"
		}
		return fmt.Sprint(len(r.Changes))
	})
	row(l.T(i18n.WhatifOptimal), func(r *WhatifResult) string {
		if r.Optimal {
			return l.T(i18n.WhatifYes)
		}
		return l.T(i18n.WhatifNo)
	})
	tw.Flush()
	for _, s := range rep.Scenarios {
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.WhatifScenario, s.Name, s.Settings, i18n.Count{N: len(s.Changes), Noun: i18n.UnitOfficial}))
		if len(s.Changes) == 0 {
			continue
		}
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.WhatifChangeHeader))
		for _, c := range s.Changes {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t→ %s\t%s\n", c.NIP, c.Name, report.ChangePost(c.Base, c.BaseType, l),
				report.ChangePost(c.Scenario, c.Type, l), c.Reason)
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// dateTime is the report's date as a time.
func (rep *WhatifReport) dateTime() time.Time {
	t, _ := time.Parse(time.DateOnly, rep.Date)
	return t
}

// whatifReleaseReason returns the plan's own word on a release, when m is
// one: the first reason that says "released: why".
func whatifReleaseReason(m *model.Move) i18n.Msg {
	if m == nil || m.Type != model.Release {
		return i18n.Msg{}
	}
	for _, r := range m.Reasons {
		if len(r.Args) > 0 {
			if v, ok := r.Args[0].(i18n.Msg); ok && v.Key == i18n.ReasonReleased {
				return r
			}
		}
	}
	return i18n.Msg{}
}
