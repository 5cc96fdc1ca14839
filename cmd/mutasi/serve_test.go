package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/serve"
	"github.com/mutasi-id/mutasi/internal/serve/servetest"
)

// The page's own tests are internal/serve's; these check the command that
// starts it, and the page against the command line.

// serveSampleDir holds the sample roster files the upload tests send.
const serveSampleDir = "../../testdata/kota-contoh"

// serveTestApp is a server on the embedded sample at its date, as
// "mutasi serve" with no roster flag starts it.
func serveTestApp(t testing.TB, host, token string) *serve.Server {
	t.Helper()
	r, d := loadSampleRoster(t)
	app, err := serve.New(serve.Config{Host: host, Token: token, Roster: r, RosterName: "sample", Sample: true,
		Policy: samplePolicy(t, d)})
	require.NoError(t, err)
	return app
}

func TestServeSolveMatchesTheCommandLine(t *testing.T) {
	h := serveTestApp(t, "127.0.0.1", "")
	st := servetest.NewSession[serve.State](t, h)
	w, resp := servetest.Solve[serve.SolveResponse](t, h, st.Session, serve.SolveRequest{Seq: 1,
		Set: map[string]string{"weights.fit": "5", "rules.rank": "true"}})
	if w.Code != http.StatusOK {
		t.Fatalf("solve: %d %s", w.Code, w.Body)
	}
	// Oracle: mutasi solve --weight fit=5 --format json.
	var out, errb bytes.Buffer
	if code := run([]string{"solve", "--weight", "fit=5", "--format", "json"}, nil, &out, &errb); code != 0 {
		t.Fatalf("solve: %d %s", code, errb.String())
	}
	var cli report.JSONPlan
	if err := json.Unmarshal(out.Bytes(), &cli); err != nil {
		t.Fatal(err)
	}
	if resp.Plan.Objective != cli.Objective || resp.Plan.Summary.Promote != cli.Summary.Promote {
		t.Errorf("page objective %v promote %d, command line %v %d", resp.Plan.Objective, resp.Plan.Summary.Promote,
			cli.Objective, cli.Summary.Promote)
	}
	// The highlighted rows are exactly the officials placed differently
	// from the base plan.
	base := map[string]string{}
	for _, m := range st.Plan.Moves {
		base[m.NIP] = postIDRef(m.To) + m.Type
	}
	n := 0
	for _, m := range resp.Plan.Moves {
		differs := base[m.NIP] != postIDRef(m.To)+m.Type
		if differs != (m.Before != nil) {
			t.Errorf("%s: differs %v, highlighted %v", m.NIP, differs, m.Before != nil)
		}
		if differs {
			n++
		}
	}
	if n == 0 || resp.Plan.Changed != n {
		t.Errorf("changed %d, counted %d (want > 0)", resp.Plan.Changed, n)
	}
}

func TestRunServeFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "--help"}, 0, "Usage: mutasi serve"},
		{[]string{"serve", "--token", "rapat"}, 2, "--token: at least 16 characters"},
		{[]string{"serve", "--addr", "0.0.0.0:8080", "--token", ""}, 2, "--token: at least 16 characters"},
		{[]string{"serve", "--addr", "nonsense"}, 2, "HOST:PORT"},
		{[]string{"serve", "extra"}, 2, "unexpected argument"},
		{[]string{"serve", "--print-policy"}, 2, "belongs to mutasi solve"},
		{[]string{"serve", "--weight", "fit=-1"}, 2, "fit"},
		{[]string{"serve", "--officials", "nope.csv", "--positions", "nope.csv"}, 2, "nope.csv"},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, 2, "the port must be a number"},
	} {
		var out, errb bytes.Buffer
		code := run(append(c.args, "--lang", "en"), nil, &out, &errb)
		if code != c.code || !strings.Contains(out.String()+errb.String(), c.want) {
			t.Errorf("%v: exit %d, want %d; output %q %q", c.args, code, c.code, out.String(), errb.String())
		}
	}
}

func TestGoldenServeHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"serve", "--help"}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	checkGolden(t, "serve/help.golden", out.String())
}

func TestServeOnServesUntilCancelled(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	const tok = "tok-0123456789abc"
	app := serveTestApp(t, "127.0.0.1", tok)
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- serveOn(ctx, &env{stdout: &out, stderr: io.Discard}, ln, app, "127.0.0.1", tok) }()
	url := "http://" + ln.Addr().String() + "/?token=" + tok
	var resp *http.Response
	for range 50 {
		if resp, err = http.Get(url); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET /: %d", resp.StatusCode)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
	if !strings.Contains(out.String(), url) {
		t.Errorf("printed %q, want the URL %s", out.String(), url)
	}
}
