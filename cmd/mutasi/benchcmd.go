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

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/mutasi-id/mutasi/bench"
)

const benchUsage = `Usage: mutasi bench [--sizes LIST] [--plot FILE.png|FILE.svg] [--seed S] [--export-npy DIR] [--sparse]
       mutasi bench --families DIR [--sizes LIST] [--seed S] [--shape square|tall|wide|RxC]

Time the whole pipeline on generated rosters: for each size n (posts), a
pooled province of n posts and 1.2 n officials (the generator of "mutasi
gen"), written as CSV to a temporary directory and then loaded, evaluated,
scored, solved, verified and planned. Prints one row per size: each stage's
wall-clock time in milliseconds, the total, and the peak memory the Go
runtime held from the operating system (runtime/metrics, sampled every 5 ms).
Then the growth exponent k of solve time ~ n^k, fitted by least squares on
log-log. Progress goes to stderr when it is a terminal.

--plot draws time per stage against size on log-log axes (PNG or SVG by
extension). --export-npy writes each size's cost matrix as DIR/cost-nN.npy
(float64, +Inf for forbidden pairs) to time other solvers on the same input.

--sparse times the sparse path that "mutasi solve" takes for large rosters
instead: the rules and the certified solve without the dense matrix
(classes of identical posts, or candidates and pricing rounds), one row per
size with the number of classes, rounds and candidate pairs, then the
growth exponent; --plot draws its time against size. It reaches provincial
and national sizes (40000 posts and more).

--families writes the solver's benchmark families of raw cost matrices
instead (uniform, ties, geometric, machol, hard, forbidden; for each n of
--sizes, default 1000,2000,4000, an n × n matrix, or with --shape tall
5n/4 × n and wide n × 5n/4; --shape 5000x300 writes that one size) as
DIR/FAMILY_RxC_sS.npy, to time "mutasi matrix" and other solvers (SciPy)
on the very same files; see bench/README.md.

Examples:
  mutasi bench
  mutasi bench --sizes 200,1000,5000,10000 --plot scaling.svg
  mutasi bench --sizes 2000 --export-npy /tmp/costs
  mutasi bench --sparse --sizes 1000,10000,40000
  mutasi bench --families /tmp/families --sizes 1500
`

// benchDate is the plan date of the generated rosters: the generator's
// default, so that ages and tenures are what "mutasi gen" writes.
const benchDate = bench.DefaultDate

// runBench times the pipeline on generated rosters of the given sizes.
func runBench(e *env, args []string) int {
	fs := newFlags(e, "bench", benchUsage)
	sizesFlag := fs.String("sizes", "200,1000,5000,10000", "comma-separated numbers of posts")
	plotFile := fs.String("plot", "", "draw a log-log scaling chart into FILE (.png or .svg)")
	seed := fs.Uint64("seed", 1, "random seed of the generated rosters")
	npyDir := fs.String("export-npy", "", "write each size's cost matrix as DIR/cost-nN.npy")
	sparse := fs.Bool("sparse", false, "time the sparse path (classes of identical posts, or candidates and pricing; certified optimum) instead of the dense pipeline")
	families := fs.String("families", "", "write the benchmark families of raw cost matrices as DIR/FAMILY_RxC_sS.npy instead of timing")
	shape := fs.String("shape", "square", "with --families: square (n × n), tall (5n/4 × n), wide (n × 5n/4), or ROWSxCOLS")
	quiet := fs.BoolP("quiet", "q", false, "show no progress on stderr (shown only when stderr is a terminal)")
	if code, done := parseFlags(e, fs, benchUsage, args); done {
		return code
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(e.stderr, "mutasi bench: "+format+"\n(run \"mutasi bench --help\")\n", a...)
		return exitUsage
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q", fs.Arg(0))
	}
	if *families != "" && !fs.Changed("sizes") {
		*sizesFlag = "1000,2000,4000"
	}
	sizes, err := benchParseSizes(*sizesFlag)
	if err != nil {
		return usageErr("--sizes: %v", err)
	}
	if *families == "" && fs.Changed("shape") {
		return usageErr("--shape goes with --families")
	}
	if *families != "" {
		if *sparse || *npyDir != "" || *plotFile != "" {
			return usageErr("--families writes matrices and times nothing: it takes --sizes and --seed only")
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
				return usageErr("--shape %q: want square, tall, wide, or ROWSxCOLS (then without --sizes)", *shape)
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
			return usageErr("--plot %q: want a .png or .svg file", *plotFile)
		}
		if err := checkOutPath(*plotFile); err != nil {
			return usageErr("--plot: %v", err)
		}
	}
	date, _ := time.Parse(time.DateOnly, benchDate)
	if *sparse { // benchsparse.go
		if *npyDir != "" {
			return usageErr("--export-npy needs the dense pipeline: the sparse path builds no cost matrix")
		}
		return benchSparse(e, sizes, *seed, 0, date, *plotFile, plotFormat)
	}
	if *npyDir != "" {
		if err := os.MkdirAll(*npyDir, 0o755); err != nil {
			return fail(e, exitFailure, "bench: %v", err)
		}
	}

	// Ctrl-C or a SIGTERM cancels the run in progress (the solver watches
	// the context) so that the temporary directory is removed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	prog := benchProgress(e, len(sizes), *quiet)
	var runs []*bench.Run
	benchHeader(e.stdout)
	for k, n := range sizes {
		officials := benchOfficials(n)
		r, err := bench.Generate(bench.Config{Officials: officials, Positions: n, Seed: *seed, Date: date})
		if err != nil {
			return fail(e, exitFailure, "bench: %v", err)
		}
		dir, err := os.MkdirTemp("", "mutasi-bench-")
		if err != nil {
			return fail(e, exitFailure, "bench: %v", err)
		}
		run, err := bench.Measure(ctx, r, dir, date, func(s bench.Stage) { prog(k, n, s) })
		os.RemoveAll(dir)
		if err != nil {
			prog(-1, 0, 0)
			return fail(e, exitFailure, "bench: %v", err)
		}
		if *npyDir != "" {
			path := filepath.Join(*npyDir, fmt.Sprintf("cost-n%d.npy", n))
			if err := writeOutput(e, path, func(w io.Writer) error { return bench.WriteNPY(w, run.Scores.Cost) }); err != nil {
				prog(-1, 0, 0)
				return fail(e, exitFailure, "bench: %v", err)
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
	benchFooter(e.stdout, runs)
	if *plotFile != "" {
		if err := writeOutput(e, *plotFile, func(w io.Writer) error {
			return benchPlot(w, plotFormat, runs)
		}); err != nil {
			return fail(e, exitFailure, "bench: %v", err)
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
			return nil, fmt.Errorf("%q is not a number", f)
		}
		if n < 1 || n > bench.MaxPositions || benchOfficials(n) > bench.MaxOfficials {
			return nil, fmt.Errorf("%d out of range 1–%d", n, bench.MaxPositions)
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

// benchHeader prints the table's header.
func benchHeader(w io.Writer) {
	cells := []string{"posts", "officials"}
	for s := range bench.NumStages {
		cells = append(cells, s.String())
	}
	benchLine(w, append(cells, "total", "solve_cpu", "cpu", "peak_MiB"))
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

// benchFooter says what the columns measure and prints the fitted growth
// exponents.
func benchFooter(w io.Writer, runs []*bench.Run) {
	fmt.Fprintln(w, "times: ms; stages and total: wall clock; solve_cpu, cpu: process CPU time (getrusage) of the solve and of all stages")
	fmt.Fprintln(w, "peak_MiB: Go runtime memory held from the OS (runtime/metrics total − released), sampled every 5 ms")
	if k, ok := benchExponent(runs, func(r *bench.Run) time.Duration { return r.Time[bench.StageSolve] }); ok {
		fmt.Fprintf(w, "solve time ~ n^%.2f (least squares on log-log, %d sizes)\n", k, len(runs))
	}
	if k, ok := benchExponent(runs, func(r *bench.Run) time.Duration { return r.CPU[bench.StageSolve] }); ok && runs[0].CPU[bench.StageSolve] > 0 {
		fmt.Fprintf(w, "solve CPU time ~ n^%.2f (least squares on log-log, %d sizes)\n", k, len(runs))
	}
	if k, ok := benchExponent(runs, (*bench.Run).Total); ok {
		fmt.Fprintf(w, "total time ~ n^%.2f (least squares on log-log, %d sizes)\n", k, len(runs))
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
		bar.Describe(fmt.Sprintf("%d posts: %s", n, s))
		bar.Set(k*int(bench.NumStages) + int(s))
	}
}

// benchFamilies writes the benchmark families of raw cost matrices, one
// file per family and shape (rows, columns), into dir.
func benchFamilies(e *env, dir string, dims [][2]int, seed uint64) int {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fail(e, exitFailure, "bench: %v", err)
	}
	for _, fam := range bench.Families() {
		for _, d := range dims {
			r, c := d[0], d[1]
			m, err := bench.Family(fam, r, c, seed)
			if err != nil {
				return fail(e, exitFailure, "bench: %v", err)
			}
			path := filepath.Join(dir, fmt.Sprintf("%s_%dx%d_s%d.npy", fam, r, c, seed))
			if err := writeOutput(e, path, func(w io.Writer) error { return bench.WriteNPY(w, m) }); err != nil {
				return fail(e, exitFailure, "bench: %v", err)
			}
			fmt.Fprintln(e.stdout, path)
		}
	}
	return exitOK
}
