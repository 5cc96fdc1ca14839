package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/mutasi-id/mutasi/bench"
)

// benchSparse is mutasi bench --sparse: the sparse path (model.SolveSparse,
// classes of identical posts or candidates and pricing, to a certified
// optimum, no dense matrix) on the
// generated rosters of the given sizes, one row per size as it is measured.
func benchSparse(e *env, sizes []int, seed uint64, k int, date time.Time) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintln(e.stdout, "posts  officials  evaluate ms  solve ms  classes  rounds  pairs  peak MB")
	for _, n := range sizes {
		r, err := bench.Generate(bench.Config{Officials: benchOfficials(n), Positions: n, Seed: seed, Date: date})
		if err != nil {
			return fail(e, exitFailure, "bench: %v", err)
		}
		run, err := bench.MeasureSparse(ctx, r, date, k)
		if err != nil {
			return fail(e, exitFailure, "bench: %v", err)
		}
		fmt.Fprintf(e.stdout, "%5d  %9d  %11d  %8d  %7d  %6d  %5d  %7.0f\n", run.Positions, run.Officials,
			run.Evaluate.Milliseconds(), run.Solve.Milliseconds(), run.Classes, len(run.Rounds), run.Pairs(), float64(run.PeakBytes)/1e6)
	}
	return exitOK
}
