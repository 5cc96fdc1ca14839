package main

import (
	"context"
	"io"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/analysis"
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

func runWhatif(e *env, args []string) int {
	fs := newFlags(e, "whatif")
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	fs.MarkHidden("print-policy") // solve's
	var scen []string
	fs.StringArrayVar(&scen, "scenario", nil, use(i18n.FlagScenario))
	of := addOutputFlags(fs, i18n.FlagTableJSONFormat, false)
	sw := addSweepFlags(fs) // whatif_sweep.go
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
	rep := analysis.WhatifReport{Date: pol.Date.Format(time.DateOnly), Base: analysis.WhatifResultOf("base", "", base.Plan)}
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
		res := analysis.WhatifResultOf(scenarios[k].name, scenarios[k].String(), sol.Plan)
		res.Changes = analysis.WhatifChanges(base.Plan, sol.Plan, pols[k], e.lang)
		rep.Scenarios = append(rep.Scenarios, res)
	}
	stop()
	write := func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, rep)
		}
		return analysis.WriteWhatifTable(w, &rep, e.lang)
	}
	if err := writeOutput(e, of.out, write); err != nil {
		return failErr(e, exitFailure, err)
	}
	return exitOK
}
