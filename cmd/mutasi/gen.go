package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/model"
)

const genUsage = `Usage: mutasi gen --preset kota|kabupaten|provinsi | --officials N --positions M --seed S --out DIR [--xlsx] [--date D]

Write a synthetic roster: DIR/officials.csv and DIR/positions.csv, and
DIR/selection.csv with the open-selection results for JPT posts (read with
--selection); DIR/roster.xlsx with --xlsx, sheets pejabat, jabatan and
seleksi. Every name, NIP and place is invented; the same flags always write
the same bytes. DIR is created if missing. The files pass "mutasi validate".

Presets (the sizes local governments have): kota 25–35 JPT and 80–150 administrator posts,
kabupaten 30–40 and 120–250, provinsi 40–60 and 150–250 (add --pengawas for
eselon IV posts); about 1.4 officials per post. Custom sizes (up to 50000
officials × 40000 posts) pool a province's regencies and cities and include
pengawas posts.

Examples:
  mutasi gen --preset provinsi --seed 1 --out roster/
  mutasi gen --officials 12000 --positions 10000 --seed 7 --out big/ --xlsx
`

// runGen writes a generated roster, each file atomically.
func runGen(e *env, args []string) int {
	fs := newFlags(e, "gen", genUsage)
	preset := fs.String("preset", "", "kota, kabupaten or provinsi")
	officials := fs.Int("officials", 0, "number of officials (custom size, with --positions)")
	positions := fs.Int("positions", 0, "number of posts (custom size, with --officials)")
	pengawas := fs.Bool("pengawas", false, "add pengawas (eselon IV) posts to a preset")
	seed := fs.Uint64("seed", 1, "random seed")
	out := fs.String("out", "", "output directory (created if missing)")
	xlsx := fs.Bool("xlsx", false, "also write roster.xlsx")
	date := fs.String("date", bench.DefaultDate, "plan date YYYY-MM-DD the roster is drawn at")
	if code, done := parseFlags(e, fs, genUsage, args); done {
		return code
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(e.stderr, "mutasi gen: "+format+"\n(run \"mutasi gen --help\")\n", a...)
		return exitUsage
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q", fs.Arg(0))
	}
	if *out == "" {
		return usageErr("--out DIR is required")
	}
	custom := fs.Changed("officials") || fs.Changed("positions")
	switch {
	case *preset != "" && custom:
		return usageErr("--preset and --officials/--positions exclude each other")
	case *preset == "" && !custom:
		return usageErr("give --preset or both --officials and --positions")
	case custom && (!fs.Changed("officials") || !fs.Changed("positions")):
		return usageErr("--officials and --positions go together")
	case *pengawas && custom:
		return usageErr("--pengawas applies to presets; custom sizes always have pengawas posts")
	}
	d, err := time.Parse(time.DateOnly, *date)
	if err != nil {
		return usageErr("--date %q: want YYYY-MM-DD", *date)
	}
	r, err := bench.Generate(bench.Config{Preset: *preset, Officials: *officials,
		Positions: *positions, Pengawas: *pengawas, Seed: *seed, Date: d})
	if err != nil {
		return usageErr("%v", err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fail(e, exitFailure, "gen: %v", err)
	}
	files := []struct {
		name  string
		write func(io.Writer, *model.Roster) error
	}{{bench.OfficialsFile, bench.WriteOfficialsCSV}, {bench.PositionsFile, bench.WritePositionsCSV}}
	if len(r.Selections) > 0 {
		files = append(files, struct {
			name  string
			write func(io.Writer, *model.Roster) error
		}{bench.SelectionFile, bench.WriteSelectionCSV})
	}
	if *xlsx {
		files = append(files, struct {
			name  string
			write func(io.Writer, *model.Roster) error
		}{bench.WorkbookFile, bench.WriteXLSX})
	}
	for _, f := range files {
		if err := writeOutput(e, filepath.Join(*out, f.name), func(w io.Writer) error {
			return f.write(w, r)
		}); err != nil {
			return fail(e, exitFailure, "gen: %v", err)
		}
	}
	// The roster is drawn at its plan date, which the files do not carry:
	// validating or planning it at another date (the other commands
	// default to today) shifts every tenure, and before that date a recent
	// appointment is an error ("after the plan date").
	fmt.Fprintf(e.stderr, "mutasi gen: %d officials, %d posts, %d names of open selections in %s, drawn at %s (validate and plan them with --date %s and --selection %s)\n",
		len(r.Officials), len(r.Positions), len(r.Selections), *out, *date, *date, filepath.Join(*out, bench.SelectionFile))
	return exitOK
}
