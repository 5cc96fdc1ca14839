package main

import (
	"context"
	"encoding/json"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// whatifCandidate is a special case of the sample (docs/sample.md): an
// administrator aged 56, box 8, still a JPT candidate; DINKES-KADIS is a
// vacant JPT post of priority 5.
const (
	whatifCandidate = "196912101997011677"
	whatifVacantJPT = "DINKES-KADIS"
)

func TestGoldenWhatif(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster several times")
	}
	pin := "promote:pin=" + whatifCandidate + "=" + whatifVacantJPT
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"help", []string{"whatif", "--help"}, exitOK},
		{"sample.table", []string{"whatif", "--scenario", pin, "--scenario", "fit2:fit=2",
			"--scenario", "strict:jpm_min=true,jpm_min_value=0.8"}, exitOK},
		{"sample-pin.json", []string{"whatif", "--scenario", pin, "--format", "json"}, exitOK},
		{"sample-frontier.table", []string{"whatif", "--frontier"}, exitOK},
		{"tiny-frontier.json", solveArgs(append([]string{"whatif"}, solveTiny...), "--frontier", "--format", "json"), exitOK},
		{"err-frontier-sweep", []string{"whatif", "--frontier", "--sweep", "fit=0:1:0.5"}, exitUsage},
		{"err-frontier-plot", []string{"whatif", "--frontier", "--plot", "chart.gif"}, exitUsage},
		{"tiny.table", solveArgs(append([]string{"whatif"}, solveTiny...), "--scenario",
			"demote:allow_demotion=true,forbid=197602022001032002=BID-D", "--scenario", "release:pin=198003032005011003=-"), exitOK},
		{"err-none", []string{"whatif"}, exitUsage},
		{"err-syntax", []string{"whatif", "--scenario", "fit=2"}, exitUsage},
		{"err-setting", []string{"whatif", "--scenario", "a:fit"}, exitUsage},
		{"err-key", []string{"whatif", "--scenario", "a:speed=2"}, exitUsage},
		{"err-value", []string{"whatif", "--scenario", "a:tenure_min=maybe"}, exitUsage},
		{"err-name", []string{"whatif", "--scenario", "a:fit=2", "--scenario", "a:fit=3"}, exitUsage},
		{"err-base-name", []string{"whatif", "--scenario", "base:fit=2"}, exitUsage},
		{"err-format", []string{"whatif", "--scenario", "a:fit=2", "--format", "csv"}, exitUsage},
		{"err-pin-post", []string{"whatif", "--scenario", "a:pin=" + whatifCandidate + "=NOWHERE"}, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRunGolden(t, "whatif", tc.name, tc.args, tc.code, true)
		})
	}
}

// whatifBase solves the sample's base plan through the command line.
func whatifBase(t *testing.T, args ...string) report.JSONPlan {
	t.Helper()
	code, out, errs := runCapture(t, "", append([]string{"solve", "--format", "json"}, args...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var p report.JSONPlan
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func whatifRun(t *testing.T, args ...string) analysis.WhatifReport {
	t.Helper()
	code, out, errs := runCapture(t, "", append([]string{"whatif", "--format", "json"}, args...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep analysis.WhatifReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestWhatifNoChange: a scenario that pins officials where the base plan
// puts them moves nobody, although the sample's optimum has many ties
// (without the tie-break towards the base plan dozens would move).
func TestWhatifNoChange(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster")
	}
	base := whatifBase(t)
	var pins []string
	for _, m := range base.Moves {
		if m.Type == "rotate" && len(pins) < 3 {
			pins = append(pins, "pin="+m.NIP+"="+m.To.ID)
		}
	}
	if len(pins) == 0 {
		t.Fatal("the sample's plan rotates nobody")
	}
	rep := whatifRun(t, "--scenario", "same:fit=1,"+strings.Join(pins, ","))
	if n := len(rep.Scenarios[0].Changes); n != 0 {
		t.Errorf("%d officials move differently, want 0: %+v", n, rep.Scenarios[0].Changes)
	}
	if math.Abs(rep.Scenarios[0].Objective-base.Objective) > 1e-6 || math.Abs(rep.Base.Objective-base.Objective) > 1e-6 {
		t.Errorf("objectives %v, %v, solve's %v", rep.Base.Objective, rep.Scenarios[0].Objective, base.Objective)
	}
}

// TestWhatifPinSample: pinning a candidate to a vacant post moves them; the
// scenario's objective equals that of solve with the same pin (an
// independent solve), and every reported change really differs.
func TestWhatifPinSample(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster")
	}
	pin := whatifCandidate + "=" + whatifVacantJPT
	rep := whatifRun(t, "--scenario", "p:pin="+pin)
	pinned := whatifBase(t, "--pin", pin)
	sc := rep.Scenarios[0]
	if math.Abs(sc.Objective-pinned.Objective) > 1e-6 {
		t.Errorf("whatif objective %v, solve --pin %v", sc.Objective, pinned.Objective)
	}
	found := false
	for _, c := range sc.Changes {
		if c.NIP == whatifCandidate {
			found = true
			if c.Scenario == nil || c.Scenario.ID != whatifVacantJPT || !strings.HasPrefix(c.Reason, "ditetapkan ke "+whatifVacantJPT) {
				t.Errorf("pinned official: %+v", c)
			}
		}
		if whatifPostID(c.Base) == whatifPostID(c.Scenario) {
			t.Errorf("%s reported as changed but stays at %s", c.NIP, whatifPostID(c.Base))
		}
	}
	if !found {
		t.Errorf("the pinned official is not among the changes: %+v", sc.Changes)
	}
}

func whatifPostID(p *model.PostRef) string {
	if p == nil {
		return "(none)"
	}
	return p.ID
}

// TestWhatifPinExactly checks, on the four-official fixture, that a pin
// changes exactly the officials a brute force predicts: among all plans
// of the best total under the pin, the one nearest to the base plan.
func TestWhatifPinExactly(t *testing.T) {
	date, _ := model.ParseDate("2026-12-01")
	r, _, err := rosterfile.Load(rosterfile.Source{Officials: "testdata/solve/tiny/officials.csv", Positions: "testdata/solve/tiny/positions.csv"}, date)
	if err != nil || r == nil {
		t.Fatalf("loading the fixture: %v", err)
	}
	for _, pin := range []string{"198504042010012004=BID-D", "197602022001032002=BID-C", "198003032005011003=-", "197602022001032002=-"} {
		t.Run(pin, func(t *testing.T) {
			rep := whatifRun(t, append(append([]string{}, solveTiny...), "--scenario", "p:pin="+pin)...)
			pol := model.DefaultPolicy(date)
			baseAssign := whatifBrute(t, r, &pol, nil)
			if err := policyfile.Set(&pol, "pin", pin); err != nil {
				t.Fatal(err)
			}
			want := whatifBrute(t, r, &pol, baseAssign)
			var wantNIPs, gotNIPs []string
			for i := range r.Officials {
				if want[i] != baseAssign[i] {
					wantNIPs = append(wantNIPs, r.Officials[i].NIP.Raw)
				}
			}
			for _, c := range rep.Scenarios[0].Changes {
				gotNIPs = append(gotNIPs, c.NIP)
			}
			if len(wantNIPs) == 0 {
				t.Fatal("the pin changes nothing: choose a pin that moves someone")
			}
			t.Logf("changed: %v", wantNIPs)
			if !slices.Equal(gotNIPs, wantNIPs) {
				t.Errorf("changed %v, brute force %v", gotNIPs, wantNIPs)
			}
		})
	}
}

// whatifBrute returns the best assignment (post index per official, −1
// for release) of a small roster by trying them all; among equal totals it
// takes the one with the fewest differences from near (when given), and
// fails the test if that is not unique.
func whatifBrute(t *testing.T, r *model.Roster, pol *model.Policy, near []int) []int {
	t.Helper()
	el, err := model.Evaluate(r, pol)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := model.Score(context.Background(), r, el, pol)
	if err != nil {
		t.Fatal(err)
	}
	n, m := len(r.Officials), len(r.Positions)
	best, bestDiff, ties := math.Inf(-1), 0, 0
	var bestA []int
	bruteEachPlan(sc, n, m, func(a []int, total float64) {
		diff := 0
		for k := range a {
			if near != nil && a[k] != near[k] {
				diff++
			}
		}
		switch {
		case total > best+1e-9 || (total > best-1e-9 && diff < bestDiff):
			best, bestDiff, ties, bestA = max(best, total), diff, 1, slices.Clone(a)
		case total > best-1e-9 && diff == bestDiff:
			ties++
		}
	})
	if ties != 1 {
		t.Fatalf("%d best plans equally near: the test needs a unique one", ties)
	}
	return bestA
}

func TestParseScenario(t *testing.T) {
	sc, err := parseScenario("x: pin=197501012000031001=A , fit=2")
	if err != nil {
		t.Fatal(err)
	}
	if sc.name != "x" || len(sc.settings) != 2 || sc.settings[0] != [2]string{"pin", "197501012000031001=A"} ||
		sc.settings[1] != [2]string{"fit", "2"} {
		t.Errorf("got %+v", sc)
	}
	for _, bad := range []string{"", "x", ":fit=2", "x:", "x:fit", "x:=2", "x:fit=2,"} {
		if _, err := parseScenario(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
