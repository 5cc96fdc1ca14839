package main

import (
	"context"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

const whatifUsage = `Usage: mutasi whatif [roster] [scoring] --scenario NAME:KEY=VALUE,... [--format table|json] [--out FILE]
       mutasi whatif [roster] [scoring] --sweep KEY=FROM:TO:STEP [--precision P] [--plot FILE] [--format table|json] [--out FILE]
       mutasi whatif [roster] [scoring] --frontier [--plot FILE] [--format table|json] [--out FILE]

Solves the base plan (the policy and flags as given) and each scenario (the
base policy with the scenario's settings), then prints side by side each
plan's objective, the sum of each score component and the counts of moves,
and, for each scenario, exactly which officials move differently from the
base plan (NIP, name, base post → scenario post) with the components of
their score that changed.

A scenario's keys are those of the policy file (mutasi solve --print-policy):
a weight (fit=2), a rule switch or parameter (tenure_min=false,
tenure_min_months=18, jpm_min=true, jpm_min_value=0.7, allow_demotion=true),
pin=NIP=POST (POST - releases), forbid=NIP=POST, exempt=NIP, date=YYYY-MM-DD.

With --sweep KEY=FROM:TO:STEP it re-solves instead at every value of one
numeric key (FROM, FROM+STEP, ... TO) and prints, per value, how many
officials move differently from the base plan and which, and the values at
which the plan changes, each located by bisection between two neighbouring
values to within --precision (default STEP/16). --plot FILE.png or
FILE.svg draws the moves differing against the value.

With --frontier it lists the frontier between the number of moves (holders
who change post) and the objective: for each number of moves on it, the
best plan, the objective given up per move, the price of a move at which
that plan is the best, and which officials change from one to the next.
Between two of them the best plan with K moves scores at most the straight
line between them; solve --max-moves K gives the plan and its bound.
--plot FILE.png or FILE.svg draws it.

Examples:
  mutasi whatif --scenario fit2:fit=2
  mutasi whatif --scenario strict:jpm_min=true,tenure_max_hard=true --scenario lenient:tenure_min=false
  mutasi whatif --scenario pin:pin=196912101997011677=DINKES-KADIS --format json
  mutasi whatif --officials pejabat.csv --positions jabatan.csv --scenario noperf:performance=0
  mutasi whatif --sweep fit=0:3:0.25
  mutasi whatif --officials pejabat.csv --positions jabatan.csv --sweep fit=0:3:0.25 --plot sweep-fit.svg
  mutasi whatif --sweep release=0:2:0.5 --precision 0.01 --format json
  mutasi whatif --frontier --plot frontier.svg
`

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
		return whatifScenario{}, usagef("--scenario %q: want NAME:KEY=VALUE,...", s)
	}
	sc := whatifScenario{name: name}
	for _, kv := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return whatifScenario{}, usagef("--scenario %s: setting %q: want KEY=VALUE", name, kv)
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
			return nil, usagef("--scenario %s: %s=%s: %v", sc.name, kv[0], kv[1], err)
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

// whatifNote says what the scenario itself decided about an official, so
// that a change caused by the user's own pin or forbid reads as such.
func whatifNote(pol *model.Policy, nip string) string {
	var notes []string
	for _, d := range pol.Pins {
		if d.NIP == nip {
			if d.Position == "" {
				notes = append(notes, "released by the scenario's pin")
			} else {
				notes = append(notes, "pinned to "+d.Position+" by the scenario")
			}
		}
	}
	for _, d := range pol.Forbids {
		if d.NIP == nip {
			notes = append(notes, "forbidden "+d.Position+" by the scenario")
		}
	}
	return strings.Join(notes, "; ")
}

func runWhatif(e *env, args []string) int {
	fs := newFlags(e, "whatif", whatifUsage)
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	fs.MarkHidden("print-policy") // solve's
	var scen []string
	fs.StringArrayVar(&scen, "scenario", nil, "a scenario, `NAME:KEY=VALUE,...`; repeatable")
	of := addOutputFlags(fs, []string{"table", "json"}, false)
	sw := addSweepFlags(fs) // sweep.go
	slv := addSolverFlags(fs)
	frontier := fs.Bool("frontier", false, "list the frontier between the number of moves and the objective: the best plan with each number of moves, and what changes from one to the next (--plot draws it)")
	if code, done := parseFlags(e, fs, whatifUsage, args); done {
		return code
	}
	if err := slv.check(); err != nil {
		return fail(e, exitUsage, "%v", err)
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, "whatif: unexpected argument %q (run \"mutasi whatif --help\")", fs.Arg(0))
	}
	if sf.printPolicy {
		return fail(e, exitUsage, "whatif: --print-policy belongs to mutasi solve")
	}
	if *frontier {
		return runFrontier(e, rf, sf, of, sw, slv, scen)
	}
	if code, done := sw.run(e, rf, sf, of, slv, scen); done {
		return code
	}
	if len(scen) == 0 {
		return fail(e, exitUsage, "whatif: give at least one --scenario NAME:KEY=VALUE,... (run \"mutasi whatif --help\")")
	}
	if of.Format != "table" && of.Format != "json" {
		return fail(e, exitUsage, "--format %q: want table or json", of.Format)
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
			return fail(e, exitUsage, "--scenario base: the name \"base\" is the base plan's; choose another")
		case names[sc.name]:
			return fail(e, exitUsage, "--scenario %s: the name is used twice", sc.name)
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
	stop := startProgress(e, fmt.Sprintf("solving %d plans", len(scenarios)+1))
	ctx := context.Background()
	base, err := slv.solve(ctx, e, r, pol, nil, "base plan")
	if err != nil {
		stop()
		return planFailure(e, r, err, "base plan")
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
		sol, err := slv.solve(ctx, e, rk, pols[k], from, "scenario "+scenarios[k].name)
		if err != nil {
			stop()
			return planFailure(e, rk, err, "scenario "+scenarios[k].name)
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
				Components: map[string]whatifComponentPair{}, Reason: c.Reason}
			for _, cc := range c.Components {
				wc.Components[cc.Name] = whatifComponentPair{report.Round6(cc.Base), report.Round6(cc.Other)}
			}
			if n := whatifNote(pols[k], c.NIP); n != "" {
				// The scenario's own decision, not the plan's total, moved them.
				wc.Reason = n + "; " + strings.TrimSuffix(wc.Reason, model.GivesWay)
			} else if why := whatifReleaseReason(moves[c.NIP]); why != "" {
				// Released because the scenario's rules leave no post open.
				wc.Reason = strings.TrimSuffix(wc.Reason, model.GivesWay) + "; " + why
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
		return writeWhatifTable(w, &rep)
	}
	if err := writeOutput(e, of.out, write); err != nil {
		return fail(e, exitFailure, "%v", err)
	}
	return exitOK
}

// writeWhatifTable prints the comparison: one column per plan, then each
// scenario's changed officials.
func writeWhatifTable(w io.Writer, rep *whatifReport) error {
	var b strings.Builder
	cols := append([]whatifResult{rep.Base}, rep.Scenarios...)
	fmt.Fprintf(&b, "Scenarios at %s (base: the policy as given)\n\n", rep.Date)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(label string, f func(r *whatifResult) string) {
		fmt.Fprintf(tw, "%s\t", label)
		for k := range cols {
			fmt.Fprintf(tw, "%s\t", f(&cols[k]))
		}
		fmt.Fprintln(tw)
	}
	row("", func(r *whatifResult) string { return r.Name })
	row("objective", func(r *whatifResult) string { return fmt.Sprintf("%.4f", r.Objective) })
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
		row(n, func(r *whatifResult) string { return fmt.Sprintf("%.4f", r.Components[n]) })
	}
	for _, c := range []struct {
		label string
		f     func(s *model.Summary) int
	}{
		{"promote", func(s *model.Summary) int { return s.Promote }},
		{"rotate", func(s *model.Summary) int { return s.Rotate }},
		{"fill", func(s *model.Summary) int { return s.Fill }},
		{"demote", func(s *model.Summary) int { return s.Demote }},
		{"release", func(s *model.Summary) int { return s.Release }},
		{"retire", func(s *model.Summary) int { return s.Retire }},
		{"not placed", func(s *model.Summary) int { return s.Unplaced }},
		{"stay", func(s *model.Summary) int { return s.Stay }},
		{"vacant", func(s *model.Summary) int { return s.Vacant }},
		{"over 5 years after", func(s *model.Summary) int { return s.Over5After }},
	} {
		row(c.label, func(r *whatifResult) string { return fmt.Sprint(c.f(&r.Summary)) })
	}
	row("mean JPM after", func(r *whatifResult) string { return fmt.Sprintf("%.1f%%", r.Summary.MeanJPMAfter*100) })
	row("moved differently", func(r *whatifResult) string {
		if r.Name == "base" {
			return "-"
		}
		return fmt.Sprint(len(r.Changes))
	})
	row("optimal", func(r *whatifResult) string { return fmt.Sprint(r.Optimal) })
	tw.Flush()
	for _, s := range rep.Scenarios {
		fmt.Fprintf(&b, "\nSCENARIO %s (%s): %d officials move differently\n", s.Name, s.Settings, len(s.Changes))
		if len(s.Changes) == 0 {
			continue
		}
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  NIP\tName\tBase\t→ Scenario\tReason\n")
		for _, c := range s.Changes {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t→ %s\t%s\n", c.NIP, c.Name, report.ChangePost(c.Base, c.BaseType),
				report.ChangePost(c.Scenario, c.Type), c.Reason)
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// whatifReleaseReason returns the plan's own word on a release, when m is
// one: the reason that starts with "released".
func whatifReleaseReason(m *model.Move) string {
	if m == nil || m.Type != model.Release {
		return ""
	}
	for _, r := range m.Reasons {
		if strings.HasPrefix(r, "released") {
			return r
		}
	}
	return ""
}
