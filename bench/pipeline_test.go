package bench

import (
	"context"
	"math"
	"testing"
)

// TestMeasure runs the whole pipeline on generated rosters of every preset
// and checks what it returns against the roster itself: one move per
// official, every post filled at most once, the plan's objective equal to
// the solver's.
func TestMeasure(t *testing.T) {
	cfgs := []Config{
		{Preset: PresetKota, Seed: 1},
		{Preset: PresetKabupaten, Seed: 1},
		{Preset: PresetProvinsi, Seed: 1},
		{Officials: 120, Positions: 100, Seed: 2},
	}
	if !testing.Short() {
		// About a second of solving on a quiet machine.
		cfgs = append(cfgs, Config{Preset: PresetProvinsi, Pengawas: true, Seed: 1})
	}
	for _, cfg := range cfgs {
		r := genMust(t, cfg)
		var seen []Stage
		run, err := Measure(context.Background(), r, t.TempDir(), genDate, func(s Stage) { seen = append(seen, s) })
		if err != nil {
			t.Fatal(err)
		}
		if len(seen) != int(NumStages) {
			t.Errorf("progress saw %v", seen)
		}
		if run.Officials != len(r.Officials) || run.Positions != len(r.Positions) {
			t.Errorf("sizes %d×%d", run.Officials, run.Positions)
		}
		if len(run.Plan.Moves) != len(r.Officials) {
			t.Errorf("%d moves for %d officials", len(run.Plan.Moves), len(r.Officials))
		}
		if !run.Plan.Optimal {
			t.Errorf("plan not certified optimal")
		}
		to := map[string]int{}
		for _, m := range run.Plan.Moves {
			if m.To != nil {
				to[m.To.ID]++
				if to[m.To.ID] > 1 {
					t.Fatalf("post %s filled twice", m.To.ID)
				}
			}
		}
		if got := len(to) + len(run.Plan.Vacant); got != len(r.Positions) {
			t.Errorf("%d filled + %d vacant ≠ %d posts", len(to), len(run.Plan.Vacant), len(r.Positions))
		}
		if want := -run.Result.Total - run.Scores.VacancyTotal; math.Abs(run.Plan.Objective-want) > 1e-9*(1+math.Abs(want)) {
			t.Errorf("plan objective %v, solver's %v", run.Plan.Objective, want)
		}
		if _, ok := processCPU(); ok && run.TotalCPU() <= 0 {
			t.Errorf("no CPU time measured")
		}
		if run.Total() <= 0 || run.PeakBytes == 0 {
			t.Errorf("total %v, peak %d", run.Total(), run.PeakBytes)
		}
	}
}
