package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/chart"
)

// benchDate is the plan date of the generated rosters: the generator's
// default, so that ages and tenures are what "mutasi gen" writes.
const benchDate = bench.DefaultDate

// runBench times the pipeline on generated rosters of the given sizes.
func runBench(e *env, args []string) int {
	fs := newFlags(e, "bench")
	sizesFlag := fs.String("sizes", "200,1000,5000,10000", use(i18n.FlagBenchSizes))
	plotFile := fs.String("plot", "", use(i18n.FlagBenchPlot))
	seed := fs.Uint64("seed", 1, use(i18n.FlagBenchSeed))
	npyDir := fs.String("export-npy", "", use(i18n.FlagBenchExportNPY))
	sparse := fs.Bool("sparse", false, use(i18n.FlagBenchSparse))
	families := fs.String("families", "", use(i18n.FlagBenchFamilies))
	shape := fs.String("shape", "square", use(i18n.FlagBenchShape))
	quiet := fs.BoolP("quiet", "q", false, use(i18n.FlagBenchQuiet))
	if code, done := parseFlags(e, fs, i18n.HelpBench, args); done {
		return code
	}
	usageErr := func(k i18n.Key, a ...any) int { return failUsage(e, "bench", k, a...) }
	if fs.NArg() > 0 {
		return usageErr(i18n.CLIUnexpected, fs.Arg(0))
	}
	if *families != "" && !fs.Changed("sizes") {
		*sizesFlag = "1000,2000,4000"
	}
	sizes, err := benchParseSizes(*sizesFlag)
	if err != nil {
		return usageErr(i18n.CLIBenchSizes, err)
	}
	if *families == "" && fs.Changed("shape") {
		return usageErr(i18n.CLIBenchShapeFamilies)
	}
	if *families != "" {
		if *sparse || *npyDir != "" || *plotFile != "" {
			return usageErr(i18n.CLIBenchFamiliesOnly)
		}
		var dims [][2]int
		for _, n := range sizes {
			switch *shape {
			case "square":
				dims = append(dims, [2]int{n, n})
			case "tall":
				dims = append(dims, [2]int{5 * n / 4, n})
			case "wide":
				dims = append(dims, [2]int{n, 5 * n / 4})
			}
		}
		if dims == nil {
			var r, c int
			if _, err := fmt.Sscanf(*shape, "%dx%d", &r, &c); err != nil || r <= 0 || c <= 0 || r*c > 1<<28 ||
				fmt.Sprintf("%dx%d", r, c) != *shape || fs.Changed("sizes") {
				return usageErr(i18n.CLIBenchShapeWant, *shape)
			}
			dims = [][2]int{{r, c}}
		}
		return benchFamilies(e, *families, dims, *seed)
	}
	plotFormat := ""
	if *plotFile != "" {
		var ok bool
		if plotFormat, ok = chart.FormatOf(*plotFile); !ok {
			return usageErr(i18n.CLIPlotWant, *plotFile)
		}
		if err := checkOutPath(*plotFile); err != nil {
			return usageErr(i18n.CLIFlagBadValue, "plot", err)
		}
	}
	date, _ := time.Parse(time.DateOnly, benchDate)
	if *sparse { // benchsparse.go
		if *npyDir != "" {
			return usageErr(i18n.CLIBenchNPYDense)
		}
		return benchSparse(e, sizes, *seed, 0, date, *plotFile, plotFormat)
	}
	if *npyDir != "" {
		if err := os.MkdirAll(*npyDir, 0o755); err != nil {
			return failIn(e, exitFailure, "bench", err)
		}
	}

	// Ctrl-C or a SIGTERM cancels the run in progress (the solver watches
	// the context) so that the temporary directory is removed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	prog := benchProgress(e, len(sizes), *quiet)
	var runs []*bench.Run
	bench.WriteHeader(e.stdout, e.lang)
	for k, n := range sizes {
		officials := benchOfficials(n)
		r, err := bench.Generate(bench.Config{Officials: officials, Positions: n, Seed: *seed, Date: date})
		if err != nil {
			return failIn(e, exitFailure, "bench", err)
		}
		dir, err := os.MkdirTemp("", "mutasi-bench-")
		if err != nil {
			return failIn(e, exitFailure, "bench", err)
		}
		run, err := bench.Measure(ctx, r, dir, date, func(s bench.Stage) { prog(k, n, s) })
		os.RemoveAll(dir)
		if err != nil {
			prog(-1, 0, 0)
			return failIn(e, exitFailure, "bench", err)
		}
		if *npyDir != "" {
			path := filepath.Join(*npyDir, fmt.Sprintf("cost-n%d.npy", n))
			if err := writeOutput(e, path, func(w io.Writer) error { return bench.WriteNPY(w, run.Scores.Cost) }); err != nil {
				prog(-1, 0, 0)
				return failIn(e, exitFailure, "bench", err)
			}
		}
		// Keep the timings only: the matrices of large sizes are gigabytes.
		run = &bench.Run{Officials: run.Officials, Positions: run.Positions,
			Time: run.Time, CPU: run.CPU, PeakBytes: run.PeakBytes}
		runs = append(runs, run)
		// Each row as soon as it is measured: large sizes take minutes.
		prog(-1, 0, 0)
		bench.WriteRow(e.stdout, run)
	}
	bench.WriteFooter(e.stdout, runs, e.lang)
	if *plotFile != "" {
		if err := writeOutput(e, *plotFile, func(w io.Writer) error {
			return chart.Bench(w, plotFormat, runs, e.lang)
		}); err != nil {
			return failIn(e, exitFailure, "bench", err)
		}
	}
	return exitOK
}

// benchOfficials is the number of officials generated for n posts: 1.2 n,
// a candidate pool larger than the posts as in a real round.
func benchOfficials(n int) int { return int(math.Round(1.2 * float64(n))) }

// benchParseSizes reads a comma-separated list of sizes, each a number of
// posts the generator accepts (with 1.2 officials per post).
func benchParseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, i18n.Errorf(i18n.CLIBenchSizeNumber, f)
		}
		if n < 1 || n > bench.MaxPositions || benchOfficials(n) > bench.MaxOfficials {
			return nil, i18n.Errorf(i18n.CLIBenchSizeRange, n, bench.MaxPositions)
		}
		out = append(out, n)
	}
	return out, nil
}

// benchProgress returns the progress reporter: a bar on stderr over the
// stages of every size when stderr is a terminal (progressbar), nothing
// otherwise or with --quiet. Call it with k = -1 to clear the line.
func benchProgress(e *env, nsizes int, quiet bool) func(k, n int, s bench.Stage) {
	f, ok := e.stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return func(int, int, bench.Stage) {}
	}
	steps := nsizes * int(bench.NumStages)
	var bar *progressbar.ProgressBar
	return func(k, n int, s bench.Stage) {
		if k < 0 {
			if bar != nil {
				bar.Clear()
				bar = nil
			}
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(steps, progressbar.OptionSetWriter(f), progressbar.OptionSetWidth(30),
				progressbar.OptionSetSpinnerChangeInterval(0), progressbar.OptionClearOnFinish())
		}
		bar.Describe(e.lang.T(i18n.BenchProgress, n, s.Text(e.lang)))
		bar.Set(k*int(bench.NumStages) + int(s))
	}
}

// benchFamilies writes the benchmark families of raw cost matrices, one
// file per family and shape (rows, columns), into dir.
func benchFamilies(e *env, dir string, dims [][2]int, seed uint64) int {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return failIn(e, exitFailure, "bench", err)
	}
	for _, fam := range bench.Families() {
		for _, d := range dims {
			r, c := d[0], d[1]
			m, err := bench.Family(fam, r, c, seed)
			if err != nil {
				return failIn(e, exitFailure, "bench", err)
			}
			path := filepath.Join(dir, fmt.Sprintf("%s_%dx%d_s%d.npy", fam, r, c, seed))
			if err := writeOutput(e, path, func(w io.Writer) error { return bench.WriteNPY(w, m) }); err != nil {
				return failIn(e, exitFailure, "bench", err)
			}
			fmt.Fprintln(e.stdout, path)
		}
	}
	return exitOK
}
