package main

import (
	"context"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/mutasi-id/mutasi/bench"
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
		switch ext := strings.ToLower(filepath.Ext(*plotFile)); ext {
		case ".png", ".svg":
			plotFormat = ext[1:]
		default:
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
	benchHeader(e.stdout, e.lang)
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
		benchRow(e.stdout, run)
	}
	benchFooter(e.stdout, runs, e.lang)
	if *plotFile != "" {
		if err := writeOutput(e, *plotFile, func(w io.Writer) error {
			return benchPlot(w, plotFormat, runs, e.lang)
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

// benchColumns are the widths of the table's columns: posts, officials,
// one per stage, total and peak memory. Fixed widths let each row be
// printed as soon as its size is measured.
func benchColumns() []int {
	w := []int{7, 10}
	for range bench.NumStages {
		w = append(w, 10)
	}
	return append(w, 10, 10, 10, 9)
}

// benchLine prints cells right-aligned in the table's columns.
func benchLine(w io.Writer, cells []string) {
	var b strings.Builder
	for k, c := range cells {
		if k > 0 {
			b.WriteString("  ")
		}
		fmt.Fprintf(&b, "%*s", benchColumns()[k], c)
	}
	b.WriteByte('\n')
	io.WriteString(w, b.String())
}

// benchHeader prints the table's header in l.
func benchHeader(w io.Writer, l i18n.Lang) {
	cells := []string{l.T(i18n.BenchPosts), l.T(i18n.BenchOfficials)}
	for s := range bench.NumStages {
		cells = append(cells, benchStage(s, l))
	}
	benchLine(w, append(cells, l.T(i18n.BenchTotal), l.T(i18n.BenchSolveCPU), l.T(i18n.BenchCPU), l.T(i18n.BenchPeak)))
}

// benchStage names a stage of the pipeline in l.
func benchStage(s bench.Stage, l i18n.Lang) string {
	if k := i18n.Key("bench.stage_" + s.String()); i18n.Has(k) {
		return l.T(k)
	}
	return s.String()
}

// benchRow prints one size's row: times in milliseconds, memory in MiB.
func benchRow(w io.Writer, r *bench.Run) {
	ms := func(d time.Duration) string { return strconv.FormatFloat(d.Seconds()*1000, 'f', 1, 64) }
	cells := []string{strconv.Itoa(r.Positions), strconv.Itoa(r.Officials)}
	for _, d := range r.Time {
		cells = append(cells, ms(d))
	}
	benchLine(w, append(cells, ms(r.Total()), ms(r.CPU[bench.StageSolve]), ms(r.TotalCPU()),
		fmt.Sprintf("%.0f", float64(r.PeakBytes)/(1<<20))))
}

// benchFooter says in l what the columns measure and prints the fitted
// growth exponents.
func benchFooter(w io.Writer, runs []*bench.Run, l i18n.Lang) {
	fmt.Fprintln(w, l.T(i18n.BenchNoteTimes))
	fmt.Fprintln(w, l.T(i18n.BenchNotePeak))
	if k, ok := benchExponent(runs, func(r *bench.Run) time.Duration { return r.Time[bench.StageSolve] }); ok {
		fmt.Fprintln(w, l.T(i18n.BenchFitSolve, l.Dec(k, 2), len(runs)))
	}
	if k, ok := benchExponent(runs, func(r *bench.Run) time.Duration { return r.CPU[bench.StageSolve] }); ok && runs[0].CPU[bench.StageSolve] > 0 {
		fmt.Fprintln(w, l.T(i18n.BenchFitSolveCPU, l.Dec(k, 2), len(runs)))
	}
	if k, ok := benchExponent(runs, (*bench.Run).Total); ok {
		fmt.Fprintln(w, l.T(i18n.BenchFitTotal, l.Dec(k, 2), len(runs)))
	}
}

// benchExponent fits log t = a + k log n by least squares over the runs
// (n = posts) and returns k; ok is false with fewer than two distinct sizes.
func benchExponent(runs []*bench.Run, t func(*bench.Run) time.Duration) (k float64, ok bool) {
	var xs, ys []float64
	for _, r := range runs {
		xs = append(xs, math.Log(float64(r.Positions)))
		ys = append(ys, math.Log(max(t(r).Seconds(), 1e-9)))
	}
	return benchSlope(xs, ys)
}

// benchSlope is the least-squares slope of ys against xs.
func benchSlope(xs, ys []float64) (float64, bool) {
	n := float64(len(xs))
	if len(xs) < 2 {
		return 0, false
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= n
	my /= n
	var sxx, sxy float64
	for i := range xs {
		sxx += (xs[i] - mx) * (xs[i] - mx)
		sxy += (xs[i] - mx) * (ys[i] - my)
	}
	if sxx == 0 {
		return 0, false
	}
	return sxy / sxx, true
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
		bar.Describe(e.lang.T(i18n.BenchProgress, n, benchStage(s, e.lang)))
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
