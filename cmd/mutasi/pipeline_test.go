package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

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
		{usagef("--weight x: bad"), exitUsage, "mutasi: --weight x: bad\n"},
		{errors.New("certificate: broken"), exitFailure, "mutasi: certificate: broken\n"},
	} {
		var errw bytes.Buffer
		e := &env{stdout: &bytes.Buffer{}, stderr: &errw}
		if code := planFailure(e, r, tc.err, ""); code != tc.code {
			t.Errorf("%v: exit %d, want %d", tc.err, code, tc.code)
		}
		if errw.String() != tc.want {
			t.Errorf("%v:\n got %q\nwant %q", tc.err, errw.String(), tc.want)
		}
	}
	var errw bytes.Buffer
	planFailure(&env{stderr: &errw}, r, &solver.InfeasibleError{Rows: []int{0}}, "scenario x")
	if !strings.HasPrefix(errw.String(), "mutasi: scenario x: infeasible: ") {
		t.Errorf("prefix: %q", errw.String())
	}
}

// TestProgressQuiet: no progress on a buffer or a regular file, however
// long the step, nor with --quiet.
func TestProgressQuiet(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	for _, w := range []io.Writer{&buf, f} {
		if p := newProgress(&env{stderr: w}, false); p != nil {
			t.Errorf("progress on a %T", w)
		}
	}
	stop := startProgress(&env{stderr: f}, "planning")
	time.Sleep(10 * time.Millisecond)
	stop()
	stop() // a second stop does nothing
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("progress written to a file")
	}
	var out, errb bytes.Buffer
	if code := run([]string{"solve", "--quiet", "--format", "json"}, nil, &out, &errb); code != exitOK || errb.Len() != 0 {
		t.Errorf("solve --quiet: exit %d, stderr %q", code, errb.String())
	}
}

// TestProgressShows: on a terminal, after the delay, the task and stage
// are shown, and the solve's augmenting paths as a bar (done/total); the
// line is cleared at the end.
func TestProgressShows(t *testing.T) {
	var mu sync.Mutex
	var buf bytes.Buffer
	w := writerFunc(func(b []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return buf.Write(b)
	})
	p := startProgressOn(w, 0)
	p.Task("scenario fit2")
	p.Event(pipeline.Event{Stage: pipeline.StageSolve, Done: 640, Total: 1000})
	time.Sleep(350 * time.Millisecond)
	p.Event(pipeline.Event{Stage: pipeline.StageTies})
	time.Sleep(350 * time.Millisecond)
	p.Close()
	mu.Lock()
	got := buf.String()
	mu.Unlock()
	for _, want := range []string{"scenario fit2: solving", "640/1000", "scenario fit2: checking the certificate"} {
		if !strings.Contains(got, want) {
			t.Errorf("the progress line never showed %q:\n%q", want, got)
		}
	}
	if !strings.HasSuffix(got, "\r") {
		t.Errorf("the line is not cleared at the end: %q", got[max(0, len(got)-40):])
	}
}

// writerFunc is an io.Writer made of a function.
type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(b []byte) (int, error) { return f(b) }
