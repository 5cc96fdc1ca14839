package main

import (
	"context"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"io"
	"math"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/mutasi-id/mutasi/bench"
)

// benchSparse is mutasi bench --sparse: the sparse path of the pipeline
// (model.SolveSparse, classes of identical posts or candidates and pricing,
// to a certified optimum, no dense matrix; then the tie rule and the plan)
// on the generated rosters of the given sizes, one row per size as it is
// measured.
func benchSparse(e *env, sizes []int, seed uint64, k int, date time.Time, plotFile, plotFormat string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintln(e.stdout, e.lang.T(i18n.BenchSparseHeader))
	var runs []*bench.SparseRun
	for _, n := range sizes {
		r, err := bench.Generate(bench.Config{Officials: benchOfficials(n), Positions: n, Seed: seed, Date: date})
		if err != nil {
			return failIn(e, exitFailure, "bench", err)
		}
		run, err := bench.MeasureSparse(ctx, r, date, k)
		if err != nil {
			return failIn(e, exitFailure, "bench", err)
		}
		runs = append(runs, run)
		ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
		fmt.Fprintf(e.stdout, "%5d  %9d  %11.1f  %8.1f  %7.1f  %7.1f  %7d  %6d  %5d  %7.0f\n", run.Positions, run.Officials,
			ms(run.Evaluate), ms(run.Solve), ms(run.Ties), ms(run.Plan), run.Classes, len(run.Rounds), run.Pairs(), float64(run.PeakBytes)/1e6)
	}
	if k, ok := benchSparseExponent(runs); ok {
		fmt.Fprintln(e.stdout, e.lang.T(i18n.BenchFitSparse, e.lang.Dec(k, 2), len(runs)))
	}
	if plotFile != "" {
		if err := writeOutput(e, plotFile, func(w io.Writer) error {
			return benchSparsePlot(w, plotFormat, runs, e.lang)
		}); err != nil {
			return failIn(e, exitFailure, "bench", err)
		}
	}
	return exitOK
}

// benchSparseExponent fits the time of the rules and the solve against the
// number of posts on log-log (see benchExponent).
func benchSparseExponent(runs []*bench.SparseRun) (float64, bool) {
	var xs, ys []float64
	for _, r := range runs {
		xs = append(xs, math.Log(float64(r.Positions)))
		ys = append(ys, math.Log(max((r.Evaluate+r.Solve).Seconds(), 1e-9)))
	}
	return benchSlope(xs, ys)
}
