package main

import (
	"context"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"
	"io"
	"strings"
	"time"

	mutasi "github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/model"
	"github.com/spf13/pflag"
)

const solveUsage = `Usage: mutasi solve [roster] [scoring] [--format F] [--out FILE] [--lang id|en] [--all]

Plans the reshuffle: every official gets a post, keeps theirs, or is
released, and every post is filled or left vacant, so that the total score is
the highest possible (proved by the solver's dual certificate). Without
roster flags it plans the embedded sample roster of Kota Contoh at its date.

The table groups the moves by type (promote, rotate, fill, demote, release
with its cause, retire; stays and unplaced candidates are counted, --all
lists them), then the vacant posts with their acting candidates (Plt), the
upcoming vacancies (holders retiring within the horizon) and a summary; a
first line says when the political calendar asks for the Minister's
approval. --format csv or xlsx writes the lampiran SK (No, NIP, Nama,
Pangkat/Gol, Jabatan Lama, Jabatan Baru, Keterangan), which lists the moves
only (--all adds retirements, stays and unplaced candidates); the workbook's second sheet
holds each move's score components, JPM, reasons and warnings. --lang id is
the default for csv and xlsx, en for the table. --alternatives K ranks the K
next-best plans (Murty's ranking over classes of identical posts: distinct
plans, not renamings of identical posts) and shows the moves in which each differs.

Examples:
  mutasi solve
  mutasi solve --officials pejabat.csv --positions jabatan.csv --date 2027-01-04
  mutasi solve --roster roster.xlsx --format xlsx --out lampiran-sk.xlsx
  mutasi solve --weight fit=2 --pin 196912101997011677=DINKES-KADIS --format json
  mutasi solve --alternatives 2
  mutasi solve --print-policy > policy.toml
  mutasi solve --policy policy.toml --format csv --out lampiran.csv
`

// maxAlternatives bounds --alternatives.
const maxAlternatives = 10

// checkPlanOutput validates --format, --lang, --csv-sep and --out together
// and fills the defaults: Indonesian for the lampiran SK (csv, xlsx, pdf),
// English for the terminal table; a CSV separated by ';' in Indonesian (what
// Excel in an Indonesian locale opens in columns), by ',' in English. JSON
// keys never change with the language.
func checkPlanOutput(o *report.Options, out, csvSep string, formats []string) error {
	ok := false
	for _, f := range formats {
		ok = ok || o.Format == f
	}
	if !ok {
		return usagef("--format %q: want %s", o.Format, strings.Join(formats, ", "))
	}
	switch o.Lang {
	case "":
		o.Lang = "en"
		if o.Format == "csv" || o.Format == "xlsx" || o.Format == "pdf" {
			o.Lang = "id"
		}
	case "id", "en":
	default:
		return usagef("--lang %q: want id or en", o.Lang)
	}
	sep, err := report.ParseCSVSep(csvSep, o.Lang)
	if err != nil {
		return usagef("%v", err)
	}
	if csvSep != "" && o.Format != "csv" {
		return usagef("--csv-sep needs --format csv")
	}
	o.CSVSep = sep
	switch {
	case o.Format == "xlsx" && (out == "" || out == "-"):
		return usagef("--format xlsx needs --out FILE.xlsx (a workbook cannot go to a terminal)")
	case o.Format == "pdf" && (out == "" || out == "-"):
		return usagef("--format pdf needs --out FILE.pdf (a PDF cannot go to a terminal)")
	}
	return nil
}

// outputFlags are the output flags of solve: --format, --out, --lang,
// --all, --csv-sep.
type outputFlags struct {
	report.Options
	out    string
	csvSep string
}

func addOutputFlags(fs *pflag.FlagSet, formats []string, lampiran bool) *outputFlags {
	o := &outputFlags{}
	fs.StringVar(&o.Format, "format", "table", "output `FORMAT`: "+joinOr(formats))
	fs.StringVarP(&o.out, "out", "o", "-", "write to `FILE` (- is stdout), replaced only when the run succeeds")
	if lampiran {
		fs.StringVar(&o.Lang, "lang", "", "`LANG` of labels and headers: id or en (default id for csv, xlsx and pdf, en for the table)")
		fs.BoolVar(&o.All, "all", false, "list stays and unplaced candidates too")
		fs.StringVar(&o.csvSep, "csv-sep", "", "separator `SEP` of --format csv: ; , or tab (default ; with --lang id, , with --lang en)")
	}
	return o
}

func joinOr(xs []string) string {
	s := ""
	for k, x := range xs {
		switch {
		case k == 0:
		case k == len(xs)-1:
			s += " or "
		default:
			s += ", "
		}
		s += x
	}
	return s
}

// defaultDate is the plan date without --date: the sample's own date for
// the embedded sample, today for the user's files.
func defaultDate(rf *rosterFlags) time.Time {
	if rf.sample() {
		if d, err := model.ParseDate(mutasi.SampleDate); err == nil {
			return d
		}
	}
	return today()
}

// planSetup builds the policy at the right default date and loads the
// roster at the policy's date. It returns nil and the exit code (with the
// message printed) when either fails.
func planSetup(e *env, rf *rosterFlags, sf *scoringFlags) (*model.Roster, *model.Policy, int) {
	sf.sample = rf.sample()
	pol, err := sf.build(defaultDate(rf))
	if err != nil {
		return nil, nil, planFailure(e, nil, err, "")
	}
	r, code := rf.load(e, pol.Date)
	if r == nil {
		return nil, nil, code
	}
	return r, pol, exitOK
}

// rosterInputs lists the files a command reads, which --out may not name.
func rosterInputs(rf *rosterFlags, sf *scoringFlags) []string {
	return append(rf.files(), sf.policy)
}

func runSolve(e *env, args []string) int {
	fs := newFlags(e, "solve", solveUsage)
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	sf.addDecreeFlag(fs)
	of := addOutputFlags(fs, report.PlanFormats, true)
	nalt := fs.Int("alternatives", 0, fmt.Sprintf("also rank the `K` next-best plans (0–%d; table and json)", maxAlternatives))
	slv := addSolverFlags(fs) // helper J: --solver, --verbose, --candidates (solver_choice.go)
	if code, done := parseFlags(e, fs, solveUsage, args); done {
		return code
	}
	if err := slv.check(); err != nil {
		return fail(e, exitUsage, "%v", err)
	}
	if *nalt < 0 || *nalt > maxAlternatives {
		return fail(e, exitUsage, "--alternatives %d: want 0 to %d", *nalt, maxAlternatives)
	}
	if *nalt > 0 && of.Format != "table" && of.Format != "json" {
		return fail(e, exitUsage, "--alternatives needs --format table or json (the lampiran lists one plan)")
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, "solve: unexpected argument %q (run \"mutasi solve --help\")", fs.Arg(0))
	}
	if sf.printPolicy {
		sf.sample = rf.sample()
		pol, err := sf.build(defaultDate(rf))
		if err == nil {
			err = checkOutPath(of.out, sf.policy)
		}
		if err == nil {
			err = writeOutput(e, of.out, func(w io.Writer) error { return policyfile.Write(w, pol) })
		}
		if err != nil {
			return planFailure(e, nil, err, "")
		}
		return exitOK
	}
	if err := checkPlanOutput(&of.Options, of.out, of.csvSep, report.PlanFormats); err != nil {
		return planFailure(e, nil, err, "")
	}
	if err := checkOutPath(of.out, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, "")
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	stop := startProgress(e, "planning")
	sol, err := solveRosterWith(context.Background(), e, r, pol, slv)
	stop()
	if err != nil {
		return planFailure(e, r, err, "")
	}
	of.Outside = report.OutsidePosts(r)
	of.Decree = pol.Decree
	var alts []*model.Plan
	if *nalt > 0 {
		stop := startProgress(e, "ranking the next-best plans")
		alts, err = sol.Next(context.Background(), *nalt)
		stop()
		if err != nil {
			return fail(e, exitFailure, "%v", err)
		}
	}
	if err := writeOutput(e, of.out, func(w io.Writer) error { return report.WritePlan(w, sol.Plan, alts, of.Options) }); err != nil {
		return fail(e, exitFailure, "%v", err)
	}
	return exitOK
}
