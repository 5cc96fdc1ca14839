package bench

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// TestGeneratedRostersLoadClean writes generated rosters of every preset and
// a custom size, reads them back with rosterfile.Load (CSV and XLSX), and checks
// that the loader finds no problem at all and returns the generated roster.
func TestGeneratedRostersLoadClean(t *testing.T) {
	cfgs := []Config{
		{Preset: PresetKota, Seed: 1},
		{Preset: PresetKabupaten, Seed: 2},
		{Preset: PresetProvinsi, Seed: 3},
		{Preset: PresetProvinsi, Pengawas: true, Seed: 4},
		{Officials: 2000, Positions: 1500, Seed: 5},
	}
	for _, cfg := range cfgs {
		name := cfg.Preset
		if name == "" {
			name = fmt.Sprintf("%dx%d", cfg.Officials, cfg.Positions)
		}
		t.Run(name, func(t *testing.T) {
			r := genMust(t, cfg)
			dir := t.TempDir()
			if err := WriteDir(dir, r, true); err != nil {
				t.Fatal(err)
			}
			for _, src := range []rosterfile.Source{
				{Officials: filepath.Join(dir, OfficialsFile), Positions: filepath.Join(dir, PositionsFile),
					Selection: filepath.Join(dir, SelectionFile)},
				{Workbook: filepath.Join(dir, WorkbookFile)},
			} {
				got, probs, err := rosterfile.Load(src, genDate)
				if err != nil {
					t.Fatal(err)
				}
				for k, p := range probs {
					if k == 10 {
						t.Errorf("… and %d more", len(probs)-10)
						break
					}
					t.Errorf("%+v: %s", src, p)
				}
				if got == nil {
					t.Fatal("no roster")
				}
				loadCompare(t, r, got)
			}
		})
	}
}

// loadCompare checks that the loaded roster is the generated one, field by
// field (Extra and Row aside).
func loadCompare(t *testing.T, want, got *model.Roster) {
	t.Helper()
	if len(got.Officials) != len(want.Officials) || len(got.Positions) != len(want.Positions) {
		t.Fatalf("loaded %d officials, %d posts; generated %d, %d",
			len(got.Officials), len(got.Positions), len(want.Officials), len(want.Positions))
	}
	day := func(a, b time.Time) bool { return a.Equal(b) }
	for i := range want.Officials {
		w, g := want.Officials[i], got.Officials[i]
		same := w.NIP.Raw == g.NIP.Raw && day(w.NIP.Birth, g.NIP.Birth) && day(w.NIP.Appointed, g.NIP.Appointed) &&
			w.NIP.Gender == g.NIP.Gender && w.NIP.Seq == g.NIP.Seq &&
			w.Name == g.Name && w.Rank == g.Rank && w.Position == g.Position && w.Eselon == g.Eselon &&
			day(w.PositionSince, g.PositionSince) && w.Performance == g.Performance &&
			w.Potential == g.Potential && w.HasPotential == g.HasPotential && w.TalentBox == g.TalentBox &&
			w.Competency == g.Competency && w.Education == g.Education && w.Training == g.Training &&
			w.TrainingInProgress == g.TrainingInProgress && w.Sanction == g.Sanction &&
			day(w.SanctionUntil, g.SanctionUntil) && day(w.BirthDate, g.BirthDate) &&
			w.SanctionKind == g.SanctionKind && day(w.SanctionDate, g.SanctionDate) &&
			w.Evaluation == g.Evaluation && day(w.EvaluationDate, g.EvaluationDate) &&
			day(w.AdministratorSince, g.AdministratorSince) && day(w.PengawasSince, g.PengawasSince)
		if !same {
			t.Fatalf("official %d:\n generated %+v\n loaded    %+v", i, w, g)
		}
	}
	for j := range want.Positions {
		w, g := want.Positions[j], got.Positions[j]
		if w.ID != g.ID || w.Name != g.Name || w.Unit != g.Unit || w.Eselon != g.Eselon ||
			w.Required != g.Required || w.Priority != g.Priority || w.Family != g.Family || w.Approval != g.Approval {
			t.Fatalf("post %d:\n generated %+v\n loaded    %+v", j, w, g)
		}
	}
	if !slices.Equal(got.Selections, want.Selections) {
		t.Fatalf("selections:\n generated %+v\n loaded    %+v", want.Selections, got.Selections)
	}
}
