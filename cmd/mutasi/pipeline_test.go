package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"

	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// pipelineRoster is two officials and two posts, enough to name rows and
// columns of an infeasible matrix (columns: 2 posts, then 2 release columns).
func pipelineRoster() *model.Roster {
	return &model.Roster{
		Officials: []model.Official{
			{NIP: model.NIP{Raw: "197501012000031001"}, Name: "Ahmad Fiktif"},
			{NIP: model.NIP{Raw: "197602022001032002"}, Name: "Budi Rekaan"},
		},
		Positions: []model.Position{{ID: "DINAS-A"}, {ID: "BID-B"}},
	}
}

func TestPlanFailureCodes(t *testing.T) {
	r := pipelineRoster()
	for _, tc := range []struct {
		err  error
		code int
		want string
	}{
		{fmt.Errorf("solve: %w", &solver.InfeasibleError{Rows: []int{0, 1}, Cols: []int{0}}), exitInfeasible,
			"mutasi: infeasible: 2 officials (197501012000031001 Ahmad Fiktif, 197602022001032002 Budi Rekaan) can only go to 1 place (DINAS-A): relax a pin, a forbid or a rule\n"},
		{&solver.InfeasibleError{Rows: []int{1}, Cols: []int{}}, exitInfeasible,
			"mutasi: infeasible: 1 official (197602022001032002 Budi Rekaan) can only go to 0 places (none): relax a pin, a forbid or a rule\n"},
		{&solver.InfeasibleError{Rows: []int{1, 3}, Cols: []int{0}, Transposed: true}, exitInfeasible,
			"mutasi: infeasible: 2 posts (BID-B, release of 197602022001032002) can only be taken by 1 official (197501012000031001 Ahmad Fiktif): relax a pin, a forbid or a rule\n"},
		{&pipeline.InputError{Err: errors.Join(errors.New("model: R-DECISION: a"), errors.New("model: R-DECISION: b"))}, exitUsage,
			"mutasi: R-DECISION: a\nmutasi: R-DECISION: b\n"},
		{usagef(i18n.CLIFlagKVWant, "weight", "x"), exitUsage, "mutasi: --weight x: want KEY=VALUE\n"},
		{errors.New("certificate: broken"), exitFailure, "mutasi: certificate: broken\n"},
	} {
		var errw bytes.Buffer
		e := &env{stdout: &bytes.Buffer{}, stderr: &errw, lang: i18n.EN}
		if code := planFailure(e, r, tc.err, ""); code != tc.code {
			t.Errorf("%v: exit %d, want %d", tc.err, code, tc.code)
		}
		if errw.String() != tc.want {
			t.Errorf("%v:\n got %q\nwant %q", tc.err, errw.String(), tc.want)
		}
	}
	var errw bytes.Buffer
	planFailure(&env{stderr: &errw}, r, &solver.InfeasibleError{Rows: []int{0}}, "scenario x")
	if want := "mutasi: scenario x: tidak layak: 1 pejabat (197501012000031001 Ahmad Fiktif) hanya dapat menempati 0 tempat (tidak ada): longgarkan penetapan, larangan atau aturan\n"; errw.String() != want {
		t.Errorf("in Indonesian:\n got %q\nwant %q", errw.String(), want)
	}
}

// TestProgressQuiet: no progress on a buffer or a regular file, however
// long the step.
func TestProgressQuiet(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	for _, w := range []any{&buf, f} {
		if isTerminal(w) {
			t.Errorf("%T taken for a terminal", w)
		}
	}
	stop := startProgress(&env{stderr: f}, "planning")
	time.Sleep(10 * time.Millisecond)
	stop()
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("progress written to a file")
	}
}
