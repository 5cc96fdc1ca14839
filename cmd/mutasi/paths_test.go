package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/mutasi-id/mutasi/bench"
)

// TestSolversSamePlan solves a battery of generated rosters by the dense
// path, the sparse path through classes of identical posts and the sparse
// path through candidates and pricing, and compares the lampiran SK (every
// official, stays included) byte for byte: the tie rule makes the plan a
// function of the roster and the policy, not of the path. The rosters are
// the presets, pooled provinces of several sizes and seeds, and rosters with
// more posts than officials; the solves run as `mutasi solve` does, without
// a move budget and, up to 400 posts, with one of two thirds of the plan's
// moves.
func TestSolversSamePlan(t *testing.T) {
	type spec struct {
		name string
		cfg  bench.Config
	}
	var battery []spec
	for _, p := range []string{bench.PresetKota, bench.PresetKabupaten, bench.PresetProvinsi} {
		for seed := uint64(1); seed <= 2; seed++ {
			battery = append(battery, spec{fmt.Sprintf("%s-%d", p, seed), bench.Config{Preset: p, Seed: seed}})
		}
	}
	battery = append(battery,
		spec{"provinsi-pengawas", bench.Config{Preset: bench.PresetProvinsi, Pengawas: true, Seed: 3}},
		spec{"pooled-360x300", bench.Config{Officials: 360, Positions: 300, Seed: 4}},
		spec{"pooled-250x300", bench.Config{Officials: 250, Positions: 300, Seed: 5}},
		spec{"pooled-900x750", bench.Config{Officials: 900, Positions: 750, Seed: 6}},
	)
	if !testing.Short() {
		battery = append(battery,
			spec{"pooled-1800x1500", bench.Config{Officials: 1800, Positions: 1500, Seed: 7}},
			spec{"pooled-2400x2000", bench.Config{Officials: 2400, Positions: 2000, Seed: 8}},
		)
	}
	for _, b := range battery {
		t.Run(b.name, func(t *testing.T) {
			r, err := bench.Generate(b.cfg)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if err := bench.WriteDir(dir, r, false); err != nil {
				t.Fatal(err)
			}
			roster := []string{"--officials", filepath.Join(dir, bench.OfficialsFile),
				"--positions", filepath.Join(dir, bench.PositionsFile), "--date", bench.DefaultDate}
			variants := [][]string{nil}
			if len(r.Positions) <= 400 {
				// The budget's search solves each roster a dozen times.
				variants = append(variants, []string{"--max-moves", fmt.Sprint(pathsHolderMoves(t, roster) * 2 / 3)})
			}
			for _, extra := range variants {
				var want string
				for k, solverArgs := range [][]string{
					{"--solver", "dense"},
					{"--solver", "sparse"},
					{"--solver", "sparse", "--classes=false"},
					{"--solver", "sparse", "--classes=false", "--candidates", "2"},
				} {
					args := append(append(append([]string{"solve", "--format", "csv", "--all"}, roster...), solverArgs...), extra...)
					code, out, errs := runCapture(t, "", args...)
					if code != exitOK {
						t.Fatalf("%v %v: exit %d: %s", solverArgs, extra, code, errs)
					}
					if k == 0 {
						want = out
						continue
					}
					if out != want {
						t.Errorf("%v %v gives another lampiran than the dense path:\n%s", solverArgs, extra, lampiranDiff(want, out))
					}
				}
			}
		})
	}
}

// pathsHolderMoves counts the holders of a roster post whom the default
// plan moves, from solve's JSON.
func pathsHolderMoves(t *testing.T, roster []string) int {
	code, out, errs := runCapture(t, "", append([]string{"solve", "--format", "json", "--solver", "dense"}, roster...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var plan struct {
		Moves []struct {
			From *struct{ ID string } `json:"from"`
			Type string               `json:"type"`
		} `json:"moves"`
	}
	if err := json.Unmarshal([]byte(out), &plan); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range plan.Moves {
		switch m.Type {
		case "rotate", "promote", "demote", "release":
			if m.From != nil {
				n++
			}
		}
	}
	return n
}

// lampiranDiff shows the first lines in which two lampiran differ.
func lampiranDiff(a, b string) string {
	la, lb := splitLines(a), splitLines(b)
	out, shown := "", 0
	for k := 0; k < max(len(la), len(lb)) && shown < 6; k++ {
		var x, y string
		if k < len(la) {
			x = la[k]
		}
		if k < len(lb) {
			y = lb[k]
		}
		if x != y {
			out += fmt.Sprintf("  line %d:\n    dense  %s\n    other  %s\n", k+1, x, y)
			shown++
		}
	}
	return out
}

func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		k := 0
		for k < len(s) && s[k] != '\n' {
			k++
		}
		out = append(out, s[:k])
		if k < len(s) {
			k++
		}
		s = s[k:]
	}
	return out
}
