package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"

	"github.com/mutasi-id/mutasi/bench"
)

// runGen writes a generated roster, each file atomically.
func runGen(e *env, args []string) int {
	fs := newFlags(e, "gen")
	preset := fs.String("preset", "", use(i18n.FlagGenPreset))
	officials := fs.Int("officials", 0, use(i18n.FlagGenOfficials))
	positions := fs.Int("positions", 0, use(i18n.FlagGenPositions))
	pengawas := fs.Bool("pengawas", false, use(i18n.FlagGenPengawas))
	seed := fs.Uint64("seed", 1, use(i18n.FlagGenSeed))
	out := fs.String("out", "", use(i18n.FlagGenOut))
	xlsx := fs.Bool("xlsx", false, use(i18n.FlagGenXLSX))
	date := fs.String("date", bench.DefaultDate, use(i18n.FlagGenDate))
	if code, done := parseFlags(e, fs, i18n.HelpGen, args); done {
		return code
	}
	usageErr := func(k i18n.Key, a ...any) int { return failUsage(e, "gen", k, a...) }
	if fs.NArg() > 0 {
		return usageErr(i18n.CLIUnexpected, fs.Arg(0))
	}
	if *out == "" {
		return usageErr(i18n.CLIGenOutRequired)
	}
	custom := fs.Changed("officials") || fs.Changed("positions")
	switch {
	case *preset != "" && custom:
		return usageErr(i18n.CLIGenPresetCustom)
	case *preset == "" && !custom:
		return usageErr(i18n.CLIGenNeedSize)
	case custom && (!fs.Changed("officials") || !fs.Changed("positions")):
		return usageErr(i18n.CLIGenBothSizes)
	case *pengawas && custom:
		return usageErr(i18n.CLIGenPengawasPreset)
	}
	d, err := time.Parse(time.DateOnly, *date)
	if err != nil {
		return usageErr(i18n.CLIGenDate, *date)
	}
	r, err := bench.Generate(bench.Config{Preset: *preset, Officials: *officials,
		Positions: *positions, Pengawas: *pengawas, Seed: *seed, Date: d})
	if err != nil {
		return usageErr(i18n.CLIError, err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return failIn(e, exitFailure, "gen", err)
	}
	for _, f := range bench.Files(r, *xlsx) {
		if err := writeOutput(e, filepath.Join(*out, f.Name), func(w io.Writer) error {
			return f.Write(w, r)
		}); err != nil {
			return failIn(e, exitFailure, "gen", err)
		}
	}
	// The roster is drawn at its plan date, which the files do not carry:
	// validating or planning it at another date (the other commands
	// default to today) shifts every tenure, and before that date a recent
	// appointment is an error ("after the plan date").
	fmt.Fprintln(e.stderr, e.lang.T(i18n.CLIGenWrote, len(r.Officials), len(r.Positions), len(r.Selections), *out, *date, *date, filepath.Join(*out, bench.SelectionFile)))
	return exitOK
}
