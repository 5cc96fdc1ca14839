package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"

	"github.com/mutasi-id/mutasi/model"
)

// whatifScenario is one --scenario: a name and its settings in order.
type whatifScenario struct {
	name     string
	settings [][2]string
}

// parseScenario reads "NAME:KEY=VALUE,KEY=VALUE". The value of pin and
// forbid is itself NIP=POST, so each setting splits at its first "=".
func parseScenario(s string) (whatifScenario, error) {
	name, rest, ok := strings.Cut(s, ":")
	name = strings.TrimSpace(name)
	if !ok || name == "" || strings.TrimSpace(rest) == "" {
		return whatifScenario{}, usagef(i18n.CLIScenarioWant, s)
	}
	sc := whatifScenario{name: name}
	for _, kv := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return whatifScenario{}, usagef(i18n.CLIScenarioSettingWant, name, kv)
		}
		sc.settings = append(sc.settings, [2]string{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	return sc, nil
}

// policy returns base with the scenario's settings applied.
func (sc *whatifScenario) policy(base *model.Policy) (*model.Policy, error) {
	p := base.Clone()
	for _, kv := range sc.settings {
		if err := policyfile.Set(p, kv[0], kv[1]); err != nil {
			return nil, usagef(i18n.CLIScenarioSetting, sc.name, kv[0], kv[1], err)
		}
	}
	return p, nil
}

func (sc *whatifScenario) String() string {
	parts := make([]string, len(sc.settings))
	for k, kv := range sc.settings {
		parts[k] = kv[0] + "=" + kv[1]
	}
	return strings.Join(parts, ",")
}

// whatifResult is one column of the comparison.
type whatifResult struct {
	Name       string             `json:"name"`
	Settings   string             `json:"settings,omitempty"`
	Objective  float64            `json:"objective"`
	Optimal    bool               `json:"optimal"`
	Components map[string]float64 `json:"components"`
	Summary    model.Summary      `json:"summary"`
	Changes    []whatifChange     `json:"changes"`
}

// whatifChange is an official the scenario places differently.
type whatifChange struct {
	NIP        string                         `json:"nip"`
	Name       string                         `json:"name"`
	From       *model.PostRef                 `json:"from"`
	Base       *model.PostRef                 `json:"base"`
	Scenario   *model.PostRef                 `json:"scenario"`
	BaseType   string                         `json:"base_type"`
	Type       string                         `json:"scenario_type"`
	BaseScore  float64                        `json:"base_score"`
	Score      float64                        `json:"scenario_score"`
	Components map[string]whatifComponentPair `json:"components"`
	Reason     string                         `json:"reason"`
}

type whatifComponentPair struct {
	Base     float64 `json:"base"`
	Scenario float64 `json:"scenario"`
}

// whatifReport is the JSON output of whatif.
type whatifReport struct {
	Date      string         `json:"date"`
	Base      whatifResult   `json:"base"`
	Scenarios []whatifResult `json:"scenarios"`
}

func whatifResultOf(name, settings string, p *model.Plan) whatifResult {
	comps := model.ComponentTotals(p)
	for k, v := range comps {
		comps[k] = report.Round6(v)
	}
	sum := p.Summary
	sum.MeanJPMBefore, sum.MeanJPMAfter = report.Round6(sum.MeanJPMBefore), report.Round6(sum.MeanJPMAfter)
	return whatifResult{Name: name, Settings: settings, Objective: report.Round6(p.Objective), Optimal: p.Optimal,
		Components: comps, Summary: sum, Changes: []whatifChange{}}
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

func runWhatif(e *env, args []string) int {
	fs := newFlags(e, "whatif")
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	fs.MarkHidden("print-policy") // solve's
	var scen []string
	fs.StringArrayVar(&scen, "scenario", nil, use(i18n.FlagScenario))
	of := addOutputFlags(fs, i18n.FlagTableJSONFormat, false)
	sw := addSweepFlags(fs) // sweep.go
	slv := addSolverFlags(fs)
	frontier := fs.Bool("frontier", false, use(i18n.FlagFrontier))
	if code, done := parseFlags(e, fs, i18n.HelpWhatif, args); done {
		return code
	}
	if err := slv.check(); err != nil {
		return failErr(e, exitUsage, err)
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, i18n.CLIUnexpectedArg, "whatif", fs.Arg(0))
	}
	if sf.printPolicy {
		return fail(e, exitUsage, i18n.CLIPrintPolicySolve, "whatif")
	}
	if *frontier {
		return runFrontier(e, rf, sf, of, sw, slv, scen)
	}
	if code, done := sw.run(e, rf, sf, of, slv, scen); done {
		return code
	}
	if len(scen) == 0 {
		return fail(e, exitUsage, i18n.CLIWhatifNeedScenario)
	}
	if err := checkFormat(of.Format, []string{"table", "json"}); err != nil {
		return failErr(e, exitUsage, err)
	}
	if err := checkOutPath(of.out, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, "")
	}
	var scenarios []whatifScenario
	names := map[string]bool{"base": true}
	for _, s := range scen {
		sc, err := parseScenario(s)
		if err != nil {
			return planFailure(e, nil, err, "")
		}
		switch {
		case sc.name == "base":
			return fail(e, exitUsage, i18n.CLIWhatifBaseName)
		case names[sc.name]:
			return fail(e, exitUsage, i18n.CLIWhatifNameTwice, sc.name)
		}
		names[sc.name] = true
		scenarios = append(scenarios, sc)
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	// Check every scenario's settings before the first solve.
	pols := make([]*model.Policy, len(scenarios))
	for k := range scenarios {
		var err error
		if pols[k], err = scenarios[k].policy(pol); err != nil {
			return planFailure(e, nil, err, "")
		}
	}
	stop := slv.startProgress(e)
	defer stop()
	ctx := context.Background()
	slv.task(e, i18n.M(i18n.CLIProgressBase, len(scenarios)+1))
	base, err := slv.solve(ctx, e, r, pol, nil, e.lang.T(i18n.VerboseBasePlan))
	if err != nil {
		stop()
		return planFailure(e, r, err, e.lang.T(i18n.VerboseBasePlan))
	}
	rep := whatifReport{Date: pol.Date.Format(time.DateOnly), Base: whatifResultOf("base", "", base.Plan)}
	for k := range scenarios {
		// A scenario at another date reads the roster at that date, as
		// solve --date would (the loader checks dates against it).
		rk, from := r, base
		if !pols[k].Date.Equal(pol.Date) {
			if rk, code = rf.load(e, pols[k].Date); rk == nil {
				stop()
				return code
			}
			from = nil
		}
		slv.task(e, i18n.M(i18n.CLIProgressScenarioN, scenarios[k].name, k+2, len(scenarios)+1))
		sol, err := slv.solve(ctx, e, rk, pols[k], from, e.lang.T(i18n.VerboseScenario, scenarios[k].name))
		if err != nil {
			stop()
			return planFailure(e, rk, err, e.lang.T(i18n.VerboseScenario, scenarios[k].name))
		}
		res := whatifResultOf(scenarios[k].name, scenarios[k].String(), sol.Plan)
		moves := map[string]*model.Move{}
		for i := range sol.Plan.Moves {
			moves[sol.Plan.Moves[i].NIP] = &sol.Plan.Moves[i]
		}
		for _, c := range model.Diff(base.Plan, sol.Plan) {
			wc := whatifChange{NIP: c.NIP, Name: c.Name, From: c.From, Base: c.Base, Scenario: c.Other,
				BaseType: c.BaseType.String(), Type: c.OtherType.String(),
				BaseScore: report.Round6(c.BaseScore), Score: report.Round6(c.OtherScore),
				Components: map[string]whatifComponentPair{}, Reason: c.Reason.Text(e.lang)}
			for _, cc := range c.Components {
				wc.Components[cc.Name] = whatifComponentPair{report.Round6(cc.Base), report.Round6(cc.Other)}
			}
			if n := whatifNote(pols[k], c.NIP, e.lang); n != "" {
				// The scenario's own decision, not the plan's total, moved them.
				wc.Reason = n + "; " + c.Change.Text(e.lang)
			} else if why := whatifReleaseReason(moves[c.NIP]); !why.IsZero() {
				// Released because the scenario's rules leave no post open.
				wc.Reason = c.Change.Text(e.lang) + "; " + why.Text(e.lang)
			}
			res.Changes = append(res.Changes, wc)
		}
		rep.Scenarios = append(rep.Scenarios, res)
	}
	stop()
	write := func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, rep)
		}
		return writeWhatifTable(w, &rep, e.lang)
	}
	if err := writeOutput(e, of.out, write); err != nil {
		return failErr(e, exitFailure, err)
	}
	return exitOK
}

// writeWhatifTable prints the comparison in l: one column per plan, then
// each scenario's changed officials.
func writeWhatifTable(w io.Writer, rep *whatifReport, l i18n.Lang) error {
	var b strings.Builder
	cols := append([]whatifResult{rep.Base}, rep.Scenarios...)
	fmt.Fprintf(&b, "%s\n\n", l.T(i18n.WhatifHead, i18n.Date(rep.dateTime())))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(label string, f func(r *whatifResult) string) {
		fmt.Fprintf(tw, "%s\t", label)
		for k := range cols {
			fmt.Fprintf(tw, "%s\t", f(&cols[k]))
		}
		fmt.Fprintln(tw)
	}
	row("", func(r *whatifResult) string {
		if r.Name == "base" {
			return l.T(i18n.WhatifBase)
		}
		return r.Name
	})
	row(l.T(i18n.WhatifObjective), func(r *whatifResult) string { return l.Dec(r.Objective, 4) })
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
		row(report.ComponentLabel(n, l), func(r *whatifResult) string { return l.Dec(r.Components[n], 4) })
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
		row(c.label, func(r *whatifResult) string { return fmt.Sprint(c.f(&r.Summary)) })
	}
	row(l.T(i18n.WhatifMeanJPMAfter), func(r *whatifResult) string { return l.Pct(r.Summary.MeanJPMAfter, 1) })
	row(l.T(i18n.WhatifMoved), func(r *whatifResult) string {
		if r.Name == "base" {
			return "-"
		}
		return fmt.Sprint(len(r.Changes))
	})
	row(l.T(i18n.WhatifOptimal), func(r *whatifResult) string {
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
func (rep *whatifReport) dateTime() time.Time {
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
