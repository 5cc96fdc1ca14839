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

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
// long the step, nor with --quiet.
func TestProgressQuiet(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	require.NoError(t, err)
	defer f.Close()
	var buf bytes.Buffer
	for _, w := range []io.Writer{&buf, f} {
		assert.Nil(t, newProgress(&env{stderr: w}, false), "progress on a %T", w)
	}
	stop := startProgress(&env{stderr: f}, i18n.CLIProgressPlanning)
	time.Sleep(10 * time.Millisecond)
	stop()
	stop() // a second stop does nothing
	st, err := f.Stat()
	require.NoError(t, err)
	assert.Zero(t, st.Size(), "progress written to a file")
	var out, errb bytes.Buffer
	code := run([]string{"solve", "--quiet", "--format", "json"}, nil, &out, &errb)
	assert.Equal(t, exitOK, code)
	assert.Empty(t, errb.String(), "solve --quiet wrote on stderr")
}

// TestProgressShows: on a terminal, after the delay, the task and the
// stage are shown in the run's language, and the solve's augmenting paths
// as a bar (done/total); the line is cleared at the end. Nothing shows
// before the delay.
func TestProgressShows(t *testing.T) {
	for _, tc := range []struct {
		lang        i18n.Lang
		solve, ties string
	}{
		{i18n.ID, "skenario fit2: mencari penempatan optimal", "skenario fit2: memeriksa sertifikat"},
		{i18n.EN, "scenario fit2: solving", "scenario fit2: checking the certificate"},
	} {
		t.Run(tc.lang.String(), func(t *testing.T) {
			w := &lockedBuffer{}
			p := startProgressOn(w, tc.lang, 0)
			p.Task(map[i18n.Lang]string{i18n.ID: "skenario fit2", i18n.EN: "scenario fit2"}[tc.lang])
			p.Event(pipeline.Event{Stage: pipeline.StageSolve, Done: 640, Total: 1000})
			time.Sleep(350 * time.Millisecond)
			p.Event(pipeline.Event{Stage: pipeline.StageTies})
			time.Sleep(350 * time.Millisecond)
			p.Close()
			got := w.String()
			for _, want := range []string{tc.solve, "640/1000", tc.ties} {
				assert.Contains(t, got, want, "the progress line never showed it")
			}
			assert.True(t, strings.HasSuffix(got, "\r"), "the line is not cleared at the end: %q", got[max(0, len(got)-40):])
		})
	}
	w := &lockedBuffer{}
	p := startProgressOn(w, i18n.ID, time.Hour)
	p.Task("menyusun rencana")
	time.Sleep(250 * time.Millisecond)
	p.Close()
	assert.Empty(t, w.String(), "progress shown before its delay")
}

// lockedBuffer is a bytes.Buffer safe for the progress goroutine's writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
