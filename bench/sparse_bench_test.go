package bench

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// BenchmarkSparse times the sparse path (model.SolveSparse: scoring on the
// fly, classes or candidates and pricing rounds, certified optimum) against the dense path
// (Evaluate, Score, Solve, Verify) on generated rosters. The 50,000 × 40,000
// roster runs only the sparse path (its dense matrix would be 36 GB) and
// only with MUTASI_BENCH_LARGE=1. Metrics: classes, rounds, pairs and peak-GB.
func BenchmarkSparse(b *testing.B) {
	sizes := [][2]int{{2000, 2000}, {10000, 12000}}
	if os.Getenv("MUTASI_BENCH_LARGE") != "" {
		sizes = append(sizes, [2]int{50000, 40000})
	}
	for _, sz := range sizes {
		r := genMust(b, Config{Officials: sz[0], Positions: sz[1], Seed: 1})
		b.Run(fmt.Sprintf("path=sparse/n=%dx%d", sz[0], sz[1]), func(b *testing.B) {
			var run *SparseRun
			for b.Loop() {
				var err error
				run, err = MeasureSparse(context.Background(), r, genDate, 0)
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(run.Classes), "classes")
			b.ReportMetric(float64(len(run.Rounds)), "rounds")
			b.ReportMetric(float64(run.Pairs()), "pairs")
			b.ReportMetric(float64(run.PeakBytes)/1e9, "peak-GB")
			b.Log(run)
			for _, rd := range run.Rounds {
				b.Logf("  round: %+v", rd)
			}
		})
		if sz[0]*(sz[0]+sz[1]) > 10000*22000 {
			continue
		}
		b.Run(fmt.Sprintf("path=dense/n=%dx%d", sz[0], sz[1]), func(b *testing.B) {
			var peak uint64
			for b.Loop() {
				peak = sparseDensePath(b, r)
			}
			b.ReportMetric(float64(peak)/1e9, "peak-GB")
		})
	}
}

// sparseDensePath runs the dense pipeline to a certified optimum and returns
// the peak memory.
func sparseDensePath(b *testing.B, r *model.Roster) uint64 {
	peak := startPeakSampler()
	defer peak.stop()
	pipeDense(context.Background(), b, r)
	return peak.stop()
}

// BenchmarkTies times the tie rule (model.Canonical) against the solve it
// follows, back to back on the pooled province of 10,000 posts and 12,000
// officials (mutasi gen --officials 12000 --positions 10000 --seed 7), on
// the sparse path mutasi solve takes there. Each iteration solves, then
// checks the certificate on every pair as the plan did before the tie rule
// (Scores.VerifyFull), then runs the tie stage, which does that check in
// the pass that finds the tight pairs. Metrics: ties/solve, the tie stage
// against the solve; added/solve, what the stage adds to the pipeline
// against the solve (the stage less the check it replaced).
func BenchmarkTies(b *testing.B) {
	r := genMust(b, Config{Officials: 12000, Positions: 10000, Seed: 7})
	pol := model.DefaultPolicy(genDate)
	el, err := model.Evaluate(r, &pol)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var solve, verify, ties time.Duration
	for b.Loop() {
		t0 := time.Now()
		ss, err := model.SolveSparse(ctx, r, el, &pol, model.SparseOptions{})
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if err := ss.Scores.VerifyFull(ss.Result); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if _, _, err := model.Canonical(ctx, ss.Scores, ss.Result); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		solve, verify, ties = solve+t1.Sub(t0), verify+t2.Sub(t1), ties+t3.Sub(t2)
	}
	b.ReportMetric(ties.Seconds()/solve.Seconds(), "ties/solve")
	b.ReportMetric((ties-verify).Seconds()/solve.Seconds(), "added/solve")
	b.ReportMetric(verify.Seconds()/solve.Seconds(), "verify/solve")
}
