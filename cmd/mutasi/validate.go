package main

import (
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/model"
)

// runValidate is "mutasi validate".
func runValidate(e *env, args []string) int {
	fs := newFlags(e, "validate")
	rf := addRosterFlags(fs)
	date := fs.String("date", "", use(i18n.FlagDate))
	format := fs.String("format", "text", use(i18n.FlagValidateFormat))
	if code, done := parseFlags(e, fs, i18n.HelpValidate, args); done {
		return code
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, i18n.CLIUnexpectedArg, "validate", fs.Arg(0))
	}
	if err := checkFormat(*format, []string{"text", "json"}); err != nil {
		return failIn(e, exitUsage, "validate", err)
	}
	d, err := rf.planDate(*date, time.Now())
	if err != nil {
		return failIn(e, exitUsage, "validate", err)
	}
	r, ps, err := rf.loadRoster(d)
	if err != nil {
		return failIn(e, exitUsage, "validate", err)
	}
	var ov *model.Overview
	if r != nil {
		o, err := model.OverviewOf(r, d)
		if err != nil {
			return failIn(e, exitFailure, "validate", err)
		}
		ov = &o
	}
	rep := report.ValidationOf(d, ps, ov, e.lang)
	var werr error
	if *format == "json" {
		werr = report.WriteJSON(e.stdout, rep)
	} else {
		werr = report.WriteValidation(e.stdout, rep, ps, e.lang)
	}
	if werr != nil {
		return failIn(e, exitFailure, "validate", werr)
	}
	if !rep.Valid {
		return exitUsage
	}
	return exitOK
}
