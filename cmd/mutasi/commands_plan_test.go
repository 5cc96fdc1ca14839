package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/serve"
	"github.com/mutasi-id/mutasi/internal/serve/servetest"
	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// cmdPlace is where a plan puts one official: the post's id ("" for none)
// and the move type.
type cmdPlace struct{ to, typ string }

// cmdPlanOf reads mutasi solve's JSON into each official's place.
func cmdPlanOf(t *testing.T, out string) (map[string]cmdPlace, float64) {
	t.Helper()
	var p jsonPlanTest
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("solve's JSON: %v", err)
	}
	places := map[string]cmdPlace{}
	for _, m := range p.Moves {
		places[m.NIP] = cmdPlace{postIDRef(m.To), m.Type}
	}
	return places, p.Objective
}

// jsonPlanTest is the part of the plan's JSON the test reads.
type jsonPlanTest struct {
	Objective float64 `json:"objective"`
	Moves     []struct {
		NIP  string         `json:"nip"`
		To   *model.PostRef `json:"to"`
		Type string         `json:"type"`
	} `json:"moves"`
}

// TestCommandsSamePlan: every command plans what mutasi solve plans. On
// generated rosters of several sizes, by the dense and the sparse path
// (the latter through classes and through pricing rounds), it checks
// against `mutasi solve --solver dense` (with and without fit=2):
// solve's plan on every path; whatif's base objective and each scenario
// change (and only those) against the two solves; the sweep's step at the
// scenario's value; explain's move for several officials; the page's plan
// after a slider move; and the best plan beside solve --alternatives.
func TestCommandsSamePlan(t *testing.T) {
	type spec struct {
		name string
		cfg  bench.Config
	}
	battery := []spec{
		{"kota", bench.Config{Preset: bench.PresetKota, Seed: 2}},
		{"pooled-240x200", bench.Config{Officials: 240, Positions: 200, Seed: 3}},
	}
	if !testing.Short() {
		battery = append(battery, spec{"pooled-600x500", bench.Config{Officials: 600, Positions: 500, Seed: 4}},
			spec{"pooled-1800x1500", bench.Config{Officials: 1800, Positions: 1500, Seed: 5}})
	}
	paths := [][]string{
		{"--solver", "dense"},
		{"--solver", "sparse"},
		{"--solver", "sparse", "--classes=false"},
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
			run := func(args ...string) string {
				t.Helper()
				code, out, errs := runCapture(t, "", append(args, roster...)...)
				if code != exitOK {
					t.Fatalf("%v: exit %d: %s", args, code, errs)
				}
				return out
			}
			base, baseObj := cmdPlanOf(t, run("solve", "--format", "json", "--solver", "dense"))
			fit2, _ := cmdPlanOf(t, run("solve", "--format", "json", "--solver", "dense", "--weight", "fit=2"))
			// The officials whom fit=2 places otherwise, and some who stay
			// put, for explain.
			differ := map[string]bool{}
			var nips []string
			for nip, p := range base {
				if fit2[nip] != p {
					differ[nip] = true
					if len(nips) < 2 {
						nips = append(nips, nip)
					}
				}
			}
			for nip := range base {
				if len(nips) < 3 && !differ[nip] {
					nips = append(nips, nip)
				}
			}
			for k, path := range paths {
				if k == 2 && len(r.Positions) > 300 {
					break // the pricing rounds: slow to re-solve for explain's checks
				}
				t.Run(fmt.Sprint(path[1:]), func(t *testing.T) {
					// The placements and the objective; the gaps of each move's
					// alternatives come from the path's own duals, which
					// differ (docs/sparse.md).
					plan, obj := cmdPlanOf(t, run(append([]string{"solve", "--format", "json"}, path...)...))
					if obj != baseObj || len(plan) != len(base) {
						t.Errorf("solve: objective %v for %d officials, dense: %v for %d", obj, len(plan), baseObj, len(base))
					}
					for nip, p := range base {
						if plan[nip] != p {
							t.Errorf("solve: %s at %v, dense: %v", nip, plan[nip], p)
						}
					}
					var wi analysis.WhatifReport
					if err := json.Unmarshal([]byte(run(append([]string{"whatif", "--scenario", "f:fit=2", "--format", "json"}, path...)...)), &wi); err != nil {
						t.Fatal(err)
					}
					if report.Round6(baseObj) != wi.Base.Objective {
						t.Errorf("whatif: base objective %v, solve's %v", wi.Base.Objective, baseObj)
					}
					got := map[string]bool{}
					for _, c := range wi.Scenarios[0].Changes {
						got[c.NIP] = true
						if to := postIDRef(c.Scenario); to != fit2[c.NIP].to || c.Type != fit2[c.NIP].typ {
							t.Errorf("whatif: %s at %s (%s), solve --weight fit=2 puts them at %s (%s)", c.NIP, to, c.Type, fit2[c.NIP].to, fit2[c.NIP].typ)
						}
					}
					if len(got) != len(differ) {
						t.Errorf("whatif: %d officials change, solve's plans differ in %d", len(got), len(differ))
					}
					var sw analysis.SweepReport
					if err := json.Unmarshal([]byte(run(append([]string{"whatif", "--sweep", "fit=1:2:1", "--format", "json"}, path...)...)), &sw); err != nil {
						t.Fatal(err)
					}
					if len(sw.Steps) != 2 || sw.Steps[0].Differ != 0 || sw.Steps[1].Differ != len(differ) {
						t.Errorf("sweep: steps %+v, want 0 then %d differing", sw.Steps, len(differ))
					}
					for _, c := range sw.Steps[len(sw.Steps)-1].Changes {
						if to := postIDRef(c.At); to != fit2[c.NIP].to {
							t.Errorf("sweep: fit=2 puts %s at %s, solve at %s", c.NIP, to, fit2[c.NIP].to)
						}
					}
					for _, nip := range nips {
						var ex report.JSONExplanation
						if err := json.Unmarshal([]byte(run(append([]string{"explain", nip, "--format", "json"}, path...)...)), &ex); err != nil {
							t.Fatal(err)
						}
						if to := postIDRef(ex.Move.To); to != base[nip].to || ex.Move.Type != base[nip].typ {
							t.Errorf("explain %s: %s (%s), solve: %s (%s)", nip, to, ex.Move.Type, base[nip].to, base[nip].typ)
						}
					}
					alt, _ := cmdPlanOf(t, run(append([]string{"solve", "--format", "json", "--alternatives", "1"}, path...)...))
					for nip, p := range base {
						if alt[nip] != p {
							t.Errorf("solve --alternatives: %s at %v, solve: %v", nip, alt[nip], p)
						}
					}
					cmdServeCheck(t, dir, path, base, fit2)
				})
			}
		})
	}
}

func postIDRef(p *model.PostRef) string {
	if p == nil {
		return ""
	}
	return p.ID
}

// cmdServeCheck opens the page on the roster in dir with the solver of
// path: a new page shows solve's plan, and a slider move to fit = 2 shows
// solve --weight fit=2's.
func cmdServeCheck(t *testing.T, dir string, path []string, base, fit2 map[string]cmdPlace) {
	t.Helper()
	date, _ := model.ParseDate(bench.DefaultDate)
	r, _, err := rosterfile.Load(rosterfile.Source{Officials: filepath.Join(dir, bench.OfficialsFile),
		Positions: filepath.Join(dir, bench.PositionsFile)}, date)
	if err != nil || r == nil {
		t.Fatalf("load: %v", err)
	}
	slv := defaultSolverFlags()
	slv.mode = path[1]
	slv.classes = len(path) < 3
	h, err := serve.New(serve.Config{Host: "127.0.0.1", Roster: r, RosterName: "test", Policy: scoringDefaults(date), Options: slv.options()})
	require.NoError(t, err)
	st := servetest.NewSession[serve.State](t, h)
	check := func(what string, moves []serve.Move, want map[string]cmdPlace) {
		if len(moves) != len(want) {
			t.Fatalf("serve %s: %d moves, want %d", what, len(moves), len(want))
		}
		for _, m := range moves {
			if p := (cmdPlace{postIDRef(m.To), m.Type}); p != want[m.NIP] {
				t.Errorf("serve %s: %s at %v, solve: %v", what, m.NIP, p, want[m.NIP])
			}
		}
	}
	if st.Plan == nil {
		t.Fatalf("serve: no plan: %s", st.Error)
	}
	check("start", st.Plan.Moves, base)
	w, resp := servetest.Solve[serve.SolveResponse](t, h, st.Session, serve.SolveRequest{Seq: st.Seq + 1, Set: map[string]string{"weights.fit": "2"}})
	if w.Code != 200 {
		t.Fatalf("serve: slider move: %d %s", w.Code, w.Body)
	}
	check("fit=2", resp.Plan.Moves, fit2)
}
