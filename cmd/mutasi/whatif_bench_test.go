package main

import (
	"context"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"io"
	"strings"
	"testing"

	"github.com/mutasi-id/mutasi/model"
)

// BenchmarkWhatif measures one scenario's re-solve of the sample roster
// (issue 5: < 50 ms): the policy changed by Set, the rules, the score, the
// solver with the tie-break towards the base plan, the certificate, the
// plan and the diff. "command" is the whole "mutasi whatif" with one
// scenario: loading the sample, the base plan and the scenario.
func BenchmarkWhatif(b *testing.B) {
	r, date := loadSampleRoster(b)
	base := model.DefaultPolicy(date)
	ctx := context.Background()
	sol, err := solveRoster(ctx, r, &base)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("resolve", func(b *testing.B) {
		for b.Loop() {
			p := base.Clone()
			if err := policyfile.Set(p, "fit", "2"); err != nil {
				b.Fatal(err)
			}
			s, err := solveRoster(ctx, r, p)
			if err != nil {
				b.Fatal(err)
			}
			if !s.Plan.Optimal || len(model.Diff(sol.Plan, s.Plan)) == 0 {
				b.Fatal("fit=2 should give another optimal plan")
			}
		}
	})
	b.Run("command", func(b *testing.B) {
		for b.Loop() {
			var errw strings.Builder
			if code := run([]string{"whatif", "--scenario", "fit2:fit=2"}, strings.NewReader(""), io.Discard, &errw); code != exitOK {
				b.Fatalf("exit %d: %s", code, errw.String())
			}
		}
	})
}
