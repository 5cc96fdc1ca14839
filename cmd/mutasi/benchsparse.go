package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/chart"
)

// benchSparse is mutasi bench --sparse: the sparse path of the pipeline
// (model.SolveSparse, classes of identical posts or candidates and pricing,
// to a certified optimum, no dense matrix; then the tie rule and the plan)
// on the generated rosters of the given sizes, one row per size as it is
// measured.
func benchSparse(e *env, sizes []int, seed uint64, k int, date time.Time, plotFile, plotFormat string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	bench.WriteSparseHeader(e.stdout, e.lang)
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
		bench.WriteSparseRow(e.stdout, run)
	}
	bench.WriteSparseFooter(e.stdout, runs, e.lang)
	if plotFile != "" {
		if err := writeOutput(e, plotFile, func(w io.Writer) error {
			return chart.BenchSparse(w, plotFormat, runs, e.lang)
		}); err != nil {
			return failIn(e, exitFailure, "bench", err)
		}
	}
	return exitOK
}
