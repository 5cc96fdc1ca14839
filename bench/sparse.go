package bench

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
)

// SparseRun is one measured run of the sparse path (model.SolveSparse): the
// rules, candidate pricing and the sparse solver, up to a certified optimum
// of the full problem, without the dense matrix, then the tie rule and the
// plan: what mutasi solve runs on a roster of that size.
type SparseRun struct {
	// Officials and Positions are the roster's size.
	Officials, Positions int
	// Evaluate is the time of the rules (model.Evaluate); Solve the time of
	// model.SolveSparse (scoring on the fly, all rounds, pricing included);
	// Ties the time of the tie rule (model.Canonical) on its result, and
	// Plan the time of the plan with its reasons (model.NewPlan).
	Evaluate, Solve, Ties, Plan time.Duration
	// TieStats describes the tie stage.
	TieStats model.TieStats
	// Classes is the number of classes of identical posts the solve merged
	// the posts into (0 when it took the pricing rounds alone).
	Classes int
	// Rounds are the pricing rounds (none when the classes sufficed).
	Rounds []model.SparseRound
	// Total is the optimal total cost.
	Total float64
	// PeakBytes is the high-water mark of the Go runtime's memory.
	PeakBytes uint64
}

// MeasureSparse times the sparse path of the pipeline (internal/pipeline,
// --solver sparse) on an in-memory roster under the default policy at date
// with k candidates per official (0: the default): the rules, the solve,
// the tie rule and the plan. It starts from a collected heap so that the
// peak belongs to this run.
func MeasureSparse(ctx context.Context, r *model.Roster, date time.Time, k int) (*SparseRun, error) {
	runtime.GC()
	debug.FreeOSMemory()
	peak := startPeakSampler()
	defer peak.stop()
	run := &SparseRun{Officials: len(r.Officials), Positions: len(r.Positions)}
	pol := model.DefaultPolicy(date)
	sol, err := pipeline.Solve(ctx, r, &pol, pipeline.Options{Mode: pipeline.Sparse, Candidates: k,
		Progress: func(pipeline.Event) { peak.sample() }})
	if err != nil {
		return nil, fmt.Errorf("bench: sparse (%d officials, %d posts): %w", run.Officials, run.Positions, err)
	}
	t := sol.Stats.Time
	run.Evaluate, run.Solve, run.Ties, run.Plan = t[pipeline.StageRules], t[pipeline.StageSolve], t[pipeline.StageTies], t[pipeline.StagePlan]
	run.TieStats, run.Rounds = sol.Stats.Ties, sol.Stats.Rounds
	if sol.Stats.Classes != nil {
		run.Classes = sol.Stats.Classes.Classes
	}
	run.Total = sol.Result.Total
	run.PeakBytes = peak.stop()
	return run, nil
}

// Pairs returns the candidate pairs of the last round.
func (s *SparseRun) Pairs() int {
	if len(s.Rounds) == 0 {
		return 0
	}
	return s.Rounds[len(s.Rounds)-1].Pairs
}

// String is a one-line summary.
func (s *SparseRun) String() string {
	return fmt.Sprintf("%d×%d sparse: evaluate %v, solve %v, ties %v, plan %v, %d classes, %d rounds, %d pairs, peak %.2f GB",
		s.Officials, s.Positions, s.Evaluate.Round(time.Millisecond), s.Solve.Round(time.Millisecond),
		s.Ties.Round(time.Millisecond), s.Plan.Round(time.Millisecond), s.Classes, len(s.Rounds), s.Pairs(), float64(s.PeakBytes)/1e9)
}
