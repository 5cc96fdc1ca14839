package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/model"
)

// churnMaxShare is the largest share of the holders of roster posts whose
// post the default plan may change (rotate, promote, release): real
// reshuffles move a part of the structure, not most of it (docs/score.md,
// "Calibrating the tenure term").
const churnMaxShare = 0.40

// TestDefaultPlanChurn solves the sample and the three presets of mutasi gen
// (seeds 1 to 3) with the default policy, as `mutasi solve` does, and
// checks the calibration: at most 40 % of the holders change post (rotate,
// promote, demote, release; retirements are the calendar's), and no
// holder who may not keep the post (a rule's must-leave status) or who has
// held it TenureMaxMonths or longer stays in it, unless the rules leave
// them nowhere else to go (R-TRAINING keeps a trainee who cannot be
// promoted, for one).
func TestDefaultPlanChurn(t *testing.T) {
	type roster struct {
		name string
		r    *model.Roster
		date time.Time
	}
	sample, date := loadSampleRoster(t)
	rosters := []roster{{"sample", sample, date}}
	seeds := []uint64{1, 2, 3}
	if testing.Short() {
		seeds = seeds[:1]
	}
	for _, preset := range []string{bench.PresetKota, bench.PresetKabupaten, bench.PresetProvinsi} {
		for _, seed := range seeds {
			r, err := bench.Generate(bench.Config{Preset: preset, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			d, _ := model.ParseDate(bench.DefaultDate)
			rosters = append(rosters, roster{fmt.Sprintf("%s seed %d", preset, seed), r, d})
		}
	}
	for _, ro := range rosters {
		t.Run(ro.name, func(t *testing.T) {
			pol := model.DefaultPolicy(ro.date)
			sol, err := solveRoster(context.Background(), ro.r, &pol)
			if err != nil {
				t.Fatal(err)
			}
			limit := pol.Rules.TenureMaxMonths
			holders, moved, retired := 0, 0, 0
			for _, mv := range sol.Plan.Moves {
				i := mv.Official
				if sol.Scores.Current(i) < 0 {
					continue // a candidate from outside the roster's posts
				}
				holders++
				switch {
				case mv.Type == model.Retire:
					// The calendar's, not the plan's: not churn.
					retired++
					continue
				case mv.Type.Moves():
					moved++
					continue
				}
				if st, vs := sol.Elig.Status(i); st == model.MustLeave {
					t.Errorf("%s stays although %v", mv.NIP, vs)
				}
				if mo := sol.Scores.Months(i); mo >= limit && churnCanLeave(sol.Scores, i) {
					t.Errorf("%s stays after %d months in %s, past the %d-month limit", mv.NIP, mo, mv.From.ID, limit)
				}
			}
			share := float64(moved) / float64(holders)
			t.Logf("%d of %d holders change post (%.1f %%); %d retire", moved, holders, 100*share, retired)
			if share > churnMaxShare {
				t.Errorf("%d of %d holders change post (%.1f %%), more than %.0f %%", moved, holders, 100*share, 100*churnMaxShare)
			}
		})
	}
}

// churnCanLeave reports whether the rules let official i take another post
// or be released.
func churnCanLeave(sc *model.Scores, i int) bool {
	if sc.Allowed(i, -1) {
		return true
	}
	for j := range sc.Positions() {
		if j != sc.Current(i) && sc.Allowed(i, j) {
			return true
		}
	}
	return false
}
