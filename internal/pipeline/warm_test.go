package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/mutasi-id/mutasi/bench"
	. "github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// TestWarmSamePlan: a solve started from an earlier solution (Options.From)
// gives the plan of a cold solve, on every path, for the changes a what-if,
// a sweep, the page's pins and sliders make: weights, a pin, a forbid, a
// rule switched. The warm start must have kept officials in place, so that
// the test cannot pass by falling back to a cold solve everywhere.
func TestWarmSamePlan(t *testing.T) {
	ctx := context.Background()
	rosters := []bench.Config{
		{Preset: bench.PresetKabupaten, Seed: 3},
		{Officials: 360, Positions: 300, Seed: 4},
	}
	if !testing.Short() {
		rosters = append(rosters, bench.Config{Officials: 1200, Positions: 1000, Seed: 5})
	}
	for _, cfg := range rosters {
		r, err := bench.Generate(cfg)
		if err != nil {
			t.Fatal(err)
		}
		date, _ := model.ParseDate(bench.DefaultDate)
		base := model.DefaultPolicy(date)
		// A holder to pin elsewhere and to forbid their post: the first
		// official with a post, to the first post of another id.
		var nip, post, other string
		for _, o := range r.Officials {
			if o.Position != "" {
				nip, post = o.NIP.Raw, o.Position
				break
			}
		}
		for _, p := range r.Positions {
			if p.ID != post && p.Eselon == r.Positions[slices.IndexFunc(r.Positions, func(q model.Position) bool { return q.ID == post })].Eselon {
				other = p.ID
				break
			}
		}
		changes := [][2]string{
			{"fit", "2"}, {"fit", "1.25"}, {"tenure", "0.5"}, {"release", "3"},
			{"pin", nip + "=" + other}, {"forbid", nip + "=" + post}, {"tenure_min", "false"},
		}
		for _, mode := range []Options{{Mode: Dense}, {Mode: Sparse}, {Mode: Sparse, NoClasses: true}} {
			from, err := Solve(ctx, r, &base, mode)
			if err != nil {
				t.Fatal(err)
			}
			kept := 0
			for _, ch := range changes {
				name := fmt.Sprintf("%d×%d/%v classes=%v/%s=%s", len(r.Officials), len(r.Positions), mode.Mode, !mode.NoClasses, ch[0], ch[1])
				pol := base.Clone()
				if err := policyfile.Set(pol, ch[0], ch[1]); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				cold, cerr := Solve(ctx, r, pol, mode)
				opt := mode
				opt.From = from
				warm, err := Solve(ctx, r, pol, opt)
				if cerr != nil {
					// The change leaves some official no place (the law's
					// rules): the warm solve must say so too.
					var a, b *solver.InfeasibleError
					if !errors.As(cerr, &a) || !errors.As(err, &b) {
						t.Errorf("%s: cold %v, warm %v", name, cerr, err)
					}
					continue
				}
				if err != nil {
					t.Fatalf("%s: warm: %v", name, err)
				}
				if !warm.Stats.Warm.Used || cold.Stats.Warm.Used {
					t.Errorf("%s: warm start used %v, cold %v", name, warm.Stats.Warm.Used, cold.Stats.Warm.Used)
				}
				kept += max(warm.Stats.Warm.Kept, 0)
				if !slices.Equal(warm.Result.RowCol, cold.Result.RowCol) || warm.Plan.Objective != cold.Plan.Objective || !warm.Plan.Optimal {
					t.Errorf("%s: the warm plan (objective %v) is not the cold one (%v)", name, warm.Plan.Objective, cold.Plan.Objective)
				}
			}
			if mode.Mode == Sparse && kept == 0 {
				t.Errorf("%d×%d %+v: no warm start kept an official", len(r.Officials), len(r.Positions), mode)
			}
		}
	}
}
