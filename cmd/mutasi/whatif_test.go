package main

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
)

// whatifPinNIP and whatifPinPost: in the sample's base plan this official
// goes to DISPORAPAR-KADIS and 196807131995022275 to SETWAN-SEKWAN, with the
// same score in either post.
const (
	whatifPinNIP  = "196804131996032687"
	whatifPinPost = "SETWAN-SEKWAN"
	whatifSwapNIP = "196807131995022275"
)

func TestGoldenWhatif(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster several times")
	}
	pin := "pin2:pin=" + whatifPinNIP + "=" + whatifPinPost
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"help", []string{"whatif", "--help"}, exitOK},
		{"sample.table", []string{"whatif", "--scenario", pin, "--scenario", "fit2:fit=2",
			"--scenario", "strict:jpm_min=true,jpm_min_value=0.8"}, exitOK},
		{"sample-pin.json", []string{"whatif", "--scenario", pin, "--format", "json"}, exitOK},
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
		{"err-pin-post", []string{"whatif", "--scenario", "a:pin=" + whatifPinNIP + "=NOWHERE"}, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCapture(t, "", tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, errs)
			}
			if tc.code == exitOK {
				if errs != "" {
					t.Errorf("stderr %q", errs)
				}
				checkGolden(t, "whatif/"+tc.name+".golden", out)
				return
			}
			if out != "" {
				t.Errorf("a failed run printed to stdout: %q", out)
			}
			checkGolden(t, "whatif/"+tc.name+".stderr", errs)
		})
	}
}

// TestWhatifPinChangesExactly: pinning an official to the post that an
// equally scored colleague takes in the base plan swaps the two and
// changes nobody else; the objective is unchanged; and solve with the same
// pin finds the same objective on its own.
func TestWhatifPinChangesExactly(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster")
	}
	code, out, errs := runCapture(t, "", "whatif", "--scenario", "p:pin="+whatifPinNIP+"="+whatifPinPost, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep whatifReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	sc := rep.Scenarios[0]
	var nips []string
	for _, c := range sc.Changes {
		nips = append(nips, c.NIP)
	}
	if want := []string{whatifPinNIP, whatifSwapNIP}; !slices.Equal(nips, want) {
		t.Fatalf("changed %v, want exactly %v", nips, want)
	}
	if c := sc.Changes[0]; c.Scenario == nil || c.Scenario.ID != whatifPinPost || !strings.HasPrefix(c.Reason, "pinned to "+whatifPinPost) {
		t.Errorf("pinned official: %+v", c)
	}
	if c := sc.Changes[1]; c.Base == nil || c.Base.ID != whatifPinPost {
		t.Errorf("displaced official: %+v", c)
	}
	if math.Abs(sc.Objective-rep.Base.Objective) > 1e-6 {
		t.Errorf("objective %v, base %v: a swap of equal scores changes nothing", sc.Objective, rep.Base.Objective)
	}
	// An independent solve with the pin reaches the same optimum.
	_, js, _ := runCapture(t, "", "solve", "--pin", whatifPinNIP+"="+whatifPinPost, "--format", "json")
	var p struct{ Objective float64 }
	if err := json.Unmarshal([]byte(js), &p); err != nil {
		t.Fatal(err)
	}
	if math.Abs(p.Objective-sc.Objective) > 1e-6 {
		t.Errorf("solve --pin objective %v, whatif %v", p.Objective, sc.Objective)
	}
}

// TestWhatifNoChange: a scenario that sets the policy as it is moves
// nobody, although the optimum has many ties.
func TestWhatifNoChange(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster")
	}
	code, out, errs := runCapture(t, "", "whatif", "--scenario", "same:fit=1,pin="+whatifPinNIP+"=DISPORAPAR-KADIS", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep whatifReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if n := len(rep.Scenarios[0].Changes); n != 0 {
		t.Errorf("%d officials move differently, want 0: %+v", n, rep.Scenarios[0].Changes)
	}
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
