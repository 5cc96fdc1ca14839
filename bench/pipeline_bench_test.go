package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// pipeFixture is one generated roster and, built lazily and once, the
// output of every stage, so that each stage's benchmark times that stage
// alone on the real input of the one before.
type pipeFixture struct {
	name string
	cfg  Config
	dir  string

	gen    *model.Roster
	roster *model.Roster
	pol    model.Policy
	el     *model.Eligibility
	sc     *model.Scores
	res    *solver.Result
}

func (f *pipeFixture) generated(b *testing.B) *model.Roster {
	if f.gen == nil {
		f.gen = genMust(b, f.cfg)
	}
	return f.gen
}

func (f *pipeFixture) files(b *testing.B) rosterfile.Source {
	if f.dir == "" {
		dir, err := os.MkdirTemp("", "mutasi-bench-")
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteDir(dir, f.generated(b), false); err != nil {
			b.Fatal(err)
		}
		f.dir = dir
	}
	return rosterfile.Source{Officials: filepath.Join(f.dir, OfficialsFile), Positions: filepath.Join(f.dir, PositionsFile)}
}

func (f *pipeFixture) loaded(b *testing.B) *model.Roster {
	if f.roster == nil {
		r, probs, err := rosterfile.Load(f.files(b), genDate)
		if err != nil || r == nil {
			b.Fatalf("load: %v, %d problems", err, len(probs))
		}
		f.roster = r
		f.pol = model.DefaultPolicy(genDate)
	}
	return f.roster
}

func (f *pipeFixture) elig(b *testing.B) *model.Eligibility {
	if f.el == nil {
		el, err := model.Evaluate(f.loaded(b), &f.pol)
		if err != nil {
			b.Fatal(err)
		}
		f.el = el
	}
	return f.el
}

func (f *pipeFixture) scores(b *testing.B) *model.Scores {
	if f.sc == nil {
		sc, err := model.Score(context.Background(), f.loaded(b), f.elig(b), &f.pol)
		if err != nil {
			b.Fatal(err)
		}
		f.sc = sc
	}
	return f.sc
}

func (f *pipeFixture) result(b *testing.B) *solver.Result {
	if f.res == nil {
		res, err := solver.Solve(f.scores(b).Cost)
		if err != nil {
			b.Fatal(err)
		}
		if err := solver.Verify(f.sc.Cost, res); err != nil {
			b.Fatal(err)
		}
		f.res = res
	}
	return f.res
}

// pipeDense runs the dense pipeline's stages after loading on r: the rules
// and the score of the default policy at genDate, the solve and the check of
// its certificate.
func pipeDense(ctx context.Context, b *testing.B, r *model.Roster) (*model.Eligibility, *model.Scores, *solver.Result) {
	b.Helper()
	pol := model.DefaultPolicy(genDate)
	el, err := model.Evaluate(r, &pol)
	if err != nil {
		b.Fatal(err)
	}
	sc, err := model.Score(ctx, r, el, &pol)
	if err != nil {
		b.Fatal(err)
	}
	res, err := solver.Solve(sc.Cost)
	if err != nil {
		b.Fatal(err)
	}
	if err := solver.Verify(sc.Cost, res); err != nil {
		b.Fatal(err)
	}
	return el, sc, res
}

// BenchmarkPipeline times each stage of the dense pipeline (load, evaluate,
// score, solve, ties with the certificate, plan), and the whole command end
// to end (stage=all: the load, then internal/pipeline with the solver
// mutasi solve chooses by size), on generated rosters: a city, a province
// with its pengawas posts, and pooled provinces of 2,000 and 10,000 posts
// with 1.2 officials per post (the latter skipped with -short: its dense
// solve alone takes minutes). Inputs are built once per roster outside the
// timed loops; each loop checks its output.
func BenchmarkPipeline(b *testing.B) {
	fixtures := []*pipeFixture{
		{name: "kota", cfg: Config{Preset: PresetKota, Seed: 1}},
		{name: "provinsi", cfg: Config{Preset: PresetProvinsi, Pengawas: true, Seed: 1}},
		{name: "provinsi-pooled", cfg: Config{Officials: 2400, Positions: 2000, Seed: 1}},
		{name: "provinsi-pooled", cfg: Config{Officials: 12000, Positions: 10000, Seed: 1}},
	}
	b.Cleanup(func() {
		for _, f := range fixtures {
			if f.dir != "" {
				os.RemoveAll(f.dir)
			}
		}
	})
	ctx := context.Background()
	// stage=all is the whole pipeline end to end, from the files to the
	// plan, as "mutasi solve" runs it (the dense path up to 256 MiB, the
	// sparse path beyond).
	for _, f := range fixtures {
		n := f.cfg.Positions
		if n == 0 {
			n = len(f.generated(b).Positions)
		}
		b.Run(fmt.Sprintf("stage=all/roster=%s/n=%d", f.name, n), func(b *testing.B) {
			if testing.Short() && n >= 10000 {
				b.Skip("10,000 posts: skipped with -short")
			}
			src := f.files(b)
			defer pipeCPU(b)()
			for b.Loop() {
				r, _, err := rosterfile.Load(src, genDate)
				if err != nil || r == nil {
					b.Fatalf("load: %v", err)
				}
				pol := model.DefaultPolicy(genDate)
				sol, err := pipeline.Solve(ctx, r, &pol, pipeline.Options{})
				if err != nil || len(sol.Plan.Moves) != len(r.Officials) {
					b.Fatalf("plan: %v", err)
				}
			}
		})
	}
	for s := range NumStages {
		for _, f := range fixtures {
			n := f.cfg.Positions
			if n == 0 {
				n = len(f.generated(b).Positions)
			}
			b.Run(fmt.Sprintf("stage=%s/roster=%s/n=%d", s, f.name, n), func(b *testing.B) {
				if testing.Short() && n >= 10000 {
					b.Skip("10,000 posts: skipped with -short")
				}
				switch s {
				case StageLoad:
					src := f.files(b)
					defer pipeCPU(b)()
					for b.Loop() {
						r, _, err := rosterfile.Load(src, genDate)
						if err != nil || r == nil || len(r.Officials) != len(f.gen.Officials) {
							b.Fatalf("load: %v", err)
						}
					}
				case StageEvaluate:
					r := f.loaded(b)
					defer pipeCPU(b)()
					for b.Loop() {
						if _, err := model.Evaluate(r, &f.pol); err != nil {
							b.Fatal(err)
						}
					}
				case StageScore:
					r, el := f.loaded(b), f.elig(b)
					defer pipeCPU(b)()
					for b.Loop() {
						sc, err := model.Score(ctx, r, el, &f.pol)
						if err != nil {
							b.Fatal(err)
						}
						if rows, _ := sc.Cost.Dims(); rows != len(r.Officials) {
							b.Fatalf("%d rows", rows)
						}
					}
				case StageSolve:
					cost := f.scores(b).Cost
					want := f.result(b).Total
					defer pipeCPU(b)()
					for b.Loop() {
						res, err := solver.Solve(cost)
						if err != nil {
							b.Fatal(err)
						}
						if res.Total != want {
							b.Fatalf("total %v, first solve %v", res.Total, want)
						}
					}
				case StageTies:
					sc, res := f.scores(b), f.result(b)
					defer pipeCPU(b)()
					for b.Loop() {
						if _, _, err := model.Canonical(ctx, sc, res); err != nil {
							b.Fatal(err)
						}
					}
				case StagePlan:
					r, el, sc, res := f.loaded(b), f.elig(b), f.scores(b), f.result(b)
					defer pipeCPU(b)()
					for b.Loop() {
						p, err := model.NewPlan(r, el, sc, res)
						if err != nil {
							b.Fatal(err)
						}
						if len(p.Moves) != len(r.Officials) {
							b.Fatalf("%d moves", len(p.Moves))
						}
					}
				}
			})
		}
	}
}

// pipeCPU reports the process CPU time per iteration (cpu-ns/op) beside the
// wall time, the steadier figure when other jobs share the cores. Call it
// once the fixture is built (the baseline is taken then) and defer what it
// returns.
func pipeCPU(b *testing.B) func() {
	c0, ok := processCPU()
	return func() {
		if c1, _ := processCPU(); ok && b.N > 0 {
			b.ReportMetric(float64(c1-c0)/float64(b.N), "cpu-ns/op")
		}
	}
}
