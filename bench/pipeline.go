package bench

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// Stage is one step of the pipeline that Measure times.
type Stage int

// The stages, in pipeline order.
const (
	// StageLoad reads the roster files back (rosterfile.Load, with validation).
	StageLoad Stage = iota
	// StageEvaluate applies the rules of eligibility (model.Evaluate).
	StageEvaluate
	// StageScore builds the cost matrix (model.Score).
	StageScore
	// StageSolve finds the optimal assignment (solver.Solve).
	StageSolve
	// StageTies checks the dual certificate on every pair and chooses
	// among the optimal plans by the tie rule (model.Canonical): the
	// fewest moves, then the canonical order.
	StageTies
	// StagePlan turns the assignment into moves with reasons (model.NewPlan).
	StagePlan
	// NumStages is the number of stages.
	NumStages
)

// String returns the stage's name as tables and benchmark names write it.
func (s Stage) String() string {
	switch s {
	case StageLoad:
		return "load"
	case StageEvaluate:
		return "evaluate"
	case StageScore:
		return "score"
	case StageSolve:
		return "solve"
	case StageTies:
		return "ties"
	case StagePlan:
		return "plan"
	}
	return "?"
}

// Run is one timed run of the whole pipeline on a roster, with what each
// stage produced.
type Run struct {
	Officials, Positions int
	// Time is each stage's wall-clock time.
	Time [NumStages]time.Duration
	// CPU is each stage's CPU time, all threads of the process together
	// (garbage collection included): the steadier figure when other jobs
	// share the cores. Zero where the system cannot tell.
	CPU [NumStages]time.Duration
	// PeakBytes is the high-water mark of the memory the Go runtime held
	// from the operating system during the run: runtime/metrics
	// /memory/classes/total:bytes minus /memory/classes/heap/released:bytes,
	// sampled every 5 ms and at the end of every stage. It is close to the
	// resident set of the process.
	PeakBytes uint64

	Roster *model.Roster
	Scores *model.Scores
	Result *solver.Result
	Ties   model.TieStats
	Plan   *model.Plan
}

// Total is the sum of the stages' wall-clock times.
func (r *Run) Total() time.Duration { return sum(r.Time[:]) }

// TotalCPU is the sum of the stages' CPU times.
func (r *Run) TotalCPU() time.Duration { return sum(r.CPU[:]) }

func sum(ds []time.Duration) time.Duration {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t
}

// Measure writes r as CSV files into dir (not timed), then times what
// mutasi solve --solver dense runs on what it reads back, stage by stage:
// the load, then the pipeline (internal/pipeline: rules, score, solve, the
// certificate and the tie rule, the plan) under the default policy at date.
// progress, when not nil, is called as each stage starts. A roster the
// loader rejects, an infeasible problem or a failed certificate is an
// error.
func Measure(ctx context.Context, r *model.Roster, dir string, date time.Time, progress func(Stage)) (*Run, error) {
	if err := WriteDir(dir, r, false); err != nil {
		return nil, err
	}
	// Start from a clean heap so that the peak belongs to this run.
	runtime.GC()
	debug.FreeOSMemory()
	peak := startPeakSampler()
	defer peak.stop()

	run := &Run{Officials: len(r.Officials), Positions: len(r.Positions)}
	pol := model.DefaultPolicy(date)
	// The CPU time of each stage, from one stage's start to the next.
	cur := Stage(-1)
	var c0 time.Duration
	begin := func(s Stage) {
		c1, ok := processCPU()
		if cur >= 0 && ok {
			run.CPU[cur] += c1 - c0
		}
		peak.sample()
		cur, c0 = s, c1
		if s < NumStages && progress != nil {
			progress(s)
		}
	}
	begin(StageLoad)
	t0 := time.Now()
	var probs []rosterfile.Problem
	roster, probs, err := rosterfile.Load(rosterfile.Source{
		Officials: filepath.Join(dir, OfficialsFile),
		Positions: filepath.Join(dir, PositionsFile)}, date)
	if err == nil && roster == nil {
		err = fmt.Errorf("roster rejected: %d problems, the first: %s", len(probs), probs[0])
	}
	run.Time[StageLoad] = time.Since(t0)
	if err != nil {
		return nil, fmt.Errorf("bench: load stage (%d officials, %d posts): %w", run.Officials, run.Positions, err)
	}
	run.Roster = roster
	stages := [pipeline.NumStages]Stage{pipeline.StageRules: StageEvaluate, pipeline.StageScore: StageScore,
		pipeline.StageSolve: StageSolve, pipeline.StageTies: StageTies, pipeline.StagePlan: StagePlan}
	sol, err := pipeline.Solve(ctx, roster, &pol, pipeline.Options{Mode: pipeline.Dense, Progress: func(ev pipeline.Event) {
		if ev.Total == 0 {
			begin(stages[ev.Stage])
		}
	}})
	last := cur
	begin(NumStages)
	if err != nil {
		return nil, fmt.Errorf("bench: %s stage (%d officials, %d posts): %w", last, run.Officials, run.Positions, err)
	}
	for ps, d := range sol.Stats.Time {
		run.Time[stages[ps]] = d
	}
	run.Scores, run.Result, run.Ties, run.Plan = sol.Scores, sol.Result, sol.Stats.Ties, sol.Plan
	run.PeakBytes = peak.stop()
	return run, nil
}

// peakSampler keeps the high-water mark of the runtime's memory.
type peakSampler struct {
	mu      sync.Mutex
	max     uint64
	samples []metrics.Sample
	done    chan struct{}
	wg      sync.WaitGroup
	once    sync.Once
}

func startPeakSampler() *peakSampler {
	p := &peakSampler{done: make(chan struct{}), samples: []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}}
	p.sample()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-tick.C:
				p.sample()
			}
		}
	}()
	return p
}

func (p *peakSampler) sample() {
	p.mu.Lock()
	defer p.mu.Unlock()
	metrics.Read(p.samples)
	held := p.samples[0].Value.Uint64() - p.samples[1].Value.Uint64()
	p.max = max(p.max, held)
}

// stop ends the sampling (once) and returns the peak.
func (p *peakSampler) stop() uint64 {
	p.once.Do(func() {
		close(p.done)
		p.wg.Wait()
	})
	p.sample()
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.max
}
