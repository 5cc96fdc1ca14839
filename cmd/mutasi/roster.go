package main

// The roster flags every command that reads a roster shares (solve, whatif,
// explain, validate, serve). A command uses them like this:
//
//	fs := newFlags(e, "solve", usage)
//	rf := addRosterFlags(fs) // --officials, --positions, --roster
//	date := fs.String("date", "", "plan date YYYY-MM-DD (default: today, or the sample's date)")
//	if code, done := parseFlags(e, fs, usage, args); done {
//		return code
//	}
//	d, err := rf.planDate(*date, time.Now())
//	if err != nil {
//		return fail(e, exitUsage, "%s: %v", fs.Name(), err)
//	}
//	r, code := rf.load(e, d) // prints every problem to stderr
//	if r == nil {
//		return code // exitUsage: bad flags, unreadable file or errors in the roster
//	}
//
// With none of the three flags set, the embedded sample (mutasi.Sample(),
// officials.csv and positions.csv) is loaded and planDate defaults to
// mutasi.SampleDate instead of today. Warnings are printed too, one per line
// ("file:row: warning: ..."); a roster with warnings only loads. A command
// that wants the problems itself (validate) calls rf.loadRoster.

import (
	"time"

	"github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
	"github.com/spf13/pflag"
)

// rosterFlags holds the values of the roster flags of one command.
type rosterFlags struct {
	officials, positions, workbook string
	selection                      string
}

// addRosterFlags registers --officials, --positions, --roster and
// --selection on fs.
func addRosterFlags(fs *pflag.FlagSet) *rosterFlags {
	rf := &rosterFlags{}
	fs.StringVar(&rf.officials, "officials", "", use(i18n.FlagOfficials))
	fs.StringVar(&rf.positions, "positions", "", use(i18n.FlagPositions))
	fs.StringVar(&rf.workbook, "roster", "", use(i18n.FlagRoster))
	fs.StringVar(&rf.selection, "selection", "", use(i18n.FlagSelection))
	return rf
}

// sample reports whether no roster flag is set: the embedded sample is used.
func (rf *rosterFlags) sample() bool {
	return rf.officials == "" && rf.positions == "" && rf.workbook == ""
}

// files lists the roster files the flags name (the inputs --out may not
// overwrite).
func (rf *rosterFlags) files() []string {
	return []string{rf.officials, rf.positions, rf.workbook, rf.selection}
}

// source returns what rosterfile.Load reads, or a usage error for a wrong mix of
// flags.
func (rf *rosterFlags) source() (rosterfile.Source, error) {
	switch {
	case rf.sample() && rf.selection != "":
		return rosterfile.Source{}, usagef(i18n.CLISelectionNeedsRoster)
	case rf.sample():
		return mutasi.SampleSource(), nil
	case rf.workbook != "" && (rf.officials != "" || rf.positions != ""):
		return rosterfile.Source{}, usagef(i18n.CLIRosterAndFiles)
	case rf.workbook != "":
		return rosterfile.Source{Workbook: rf.workbook, Selection: rf.selection}, nil
	case rf.officials == "":
		return rosterfile.Source{}, usagef(i18n.CLIPositionsNeedsOfficials)
	case rf.positions == "":
		return rosterfile.Source{}, usagef(i18n.CLIOfficialsNeedsPositions)
	}
	return rosterfile.Source{Officials: rf.officials, Positions: rf.positions, Selection: rf.selection}, nil
}

// planDate parses the --date value; an empty value is the sample's date
// (mutasi.SampleDate) for the sample and today (now's date, UTC) otherwise.
func (rf *rosterFlags) planDate(s string, now time.Time) (time.Time, error) {
	if s == "" {
		if rf.sample() {
			s = mutasi.SampleDate
		} else {
			y, m, d := now.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
		}
	}
	t, err := model.ParseDate(s)
	if err != nil {
		return time.Time{}, usagef(i18n.CLIFlagBadValue, "date", err)
	}
	return t, nil
}

// loadRoster loads the roster the flags name at the plan date and returns
// rosterfile.Load's results; the error is a flag misuse or an unreadable file
// (both usage errors). The roster is nil when any problem is an error.
func (rf *rosterFlags) loadRoster(date time.Time) (*model.Roster, rosterfile.Problems, error) {
	src, err := rf.source()
	if err != nil {
		return nil, nil, err
	}
	r, ps, err := rosterfile.Load(src, date)
	return r, ps, err
}

// load loads the roster, prints every problem to stderr (one per line) and
// a load error as "mutasi: ...". It returns the roster, or nil and the exit
// code: exitUsage for bad flags, an unreadable file or a roster with errors.
func (rf *rosterFlags) load(e *env, date time.Time) (*model.Roster, int) {
	r, ps, err := rf.loadRoster(date)
	if err != nil {
		return nil, failErr(e, exitUsage, err)
	}
	report.WriteProblems(e.stderr, ps, e.lang)
	if r == nil {
		return nil, fail(e, exitUsage, i18n.CLIRosterUnusable, i18n.Count{N: ps.Errors(), Noun: i18n.UnitError})
	}
	return r, exitOK
}
