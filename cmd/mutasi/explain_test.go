package main

import (
	"encoding/json"
	"testing"

	"github.com/mutasi-id/mutasi/internal/report"
)

// explainLocked is a special case of the sample (docs/sample.md): a JPT
// head in post since 2025-06-02, locked by R-TENURE-MIN.
const explainLocked = "197308092003101727"

func TestGoldenExplain(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster several times")
	}
	tiny := func(more ...string) []string { return solveArgs(append([]string{"explain"}, solveTiny...), more...) }
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"help", []string{"explain", "--help"}, exitOK},
		{"candidate.table", []string{"explain", whatifCandidate}, exitOK},
		{"locked.table", []string{"explain", explainLocked}, exitOK},
		{"candidate.json", []string{"explain", "--format", "json", whatifCandidate}, exitOK},
		{"spaced-nip.table", []string{"explain", "19691210 199701 1 677"}, exitOK},
		{"tiny-stay.table", tiny("197501012000031001"), exitOK},
		{"tiny-fill.table", tiny("198504042010012004", "--weight", "fit=2"), exitOK},
		{"err-unknown-nip", []string{"explain", "199901012020011001"}, exitUsage},
		{"err-no-nip", []string{"explain"}, exitUsage},
		{"err-two-nips", []string{"explain", whatifCandidate, explainLocked}, exitUsage},
		{"err-format", []string{"explain", "--format", "csv", whatifCandidate}, exitUsage},
		{"err-pin", []string{"explain", "--pin", whatifCandidate + "=NOWHERE", whatifCandidate}, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRunGolden(t, "explain", tc.name, tc.args, tc.code, true)
		})
	}
}

// TestExplainMatchesSolve: explain tells the move that solve plans, with
// the same score, for every official of the fixture.
func TestExplainMatchesSolve(t *testing.T) {
	code, out, errs := runCapture(t, "", solveArgs(append([]string{"solve"}, solveTiny...), "--format", "json")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var plan report.JSONPlan
	if err := json.Unmarshal([]byte(out), &plan); err != nil {
		t.Fatal(err)
	}
	for _, m := range plan.Moves {
		code, out, errs := runCapture(t, "", solveArgs(append([]string{"explain"}, solveTiny...), "--format", "json", m.NIP)...)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", m.NIP, code, errs)
		}
		var ex report.JSONExplanation
		if err := json.Unmarshal([]byte(out), &ex); err != nil {
			t.Fatal(err)
		}
		if ex.Move.NIP != m.NIP || ex.Move.Type != m.Type || whatifPostID(ex.Move.To) != whatifPostID(m.To) || ex.Move.Score != m.Score {
			t.Errorf("%s: explain says %s to %s (%v), solve %s to %s (%v)", m.NIP, ex.Move.Type, whatifPostID(ex.Move.To),
				ex.Move.Score, m.Type, whatifPostID(m.To), m.Score)
		}
	}
}
