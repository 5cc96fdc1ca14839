package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// The browser test drives headless Chromium through chromedriver's W3C
// WebDriver HTTP API (a small client below, no extra module). It runs when
// MUTASI_BROWSER=1 (.ci/run sets it) and then fails if Chromium or
// chromedriver is missing; otherwise it is skipped. MUTASI_SCREENSHOT=1
// rewrites docs/serve.png.
//
//	MUTASI_BROWSER=1 go test -run TestServeBrowser -v ./cmd/mutasi

// Where Debian's chromium and chromium-driver packages install them;
// CHROMIUM and CHROMEDRIVER override.
const (
	serveChromium     = "/usr/bin/chromium"
	serveChromedriver = "/usr/bin/chromedriver"
)

// serveWD is a WebDriver session.
type serveWD struct {
	t    *testing.T
	base string // http://127.0.0.1:PORT/session/ID
}

// serveWDElement is the W3C key of an element reference.
const serveWDElement = "element-6066-11e4-a52e-4f735466cecf"

func serveWDCall(t *testing.T, method, url string, body any) json.RawMessage {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("webdriver %s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	var out struct {
		Value json.RawMessage `json:"value"`
	}
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, &out); err != nil || resp.StatusCode != 200 {
		t.Fatalf("webdriver %s %s: %d %s", method, url, resp.StatusCode, data)
	}
	return out.Value
}

func (w *serveWD) call(method, path string, body any) json.RawMessage {
	w.t.Helper()
	return serveWDCall(w.t, method, w.base+path, body)
}

// find returns the reference of the first element matching a CSS selector.
func (w *serveWD) find(css string) string {
	w.t.Helper()
	var v map[string]string
	json.Unmarshal(w.call("POST", "/element", map[string]string{"using": "css selector", "value": css}), &v)
	return v[serveWDElement]
}

func (w *serveWD) click(css string) {
	w.t.Helper()
	w.call("POST", "/element/"+w.find(css)+"/click", map[string]any{})
}

func (w *serveWD) sendKeys(css, text string) {
	w.t.Helper()
	w.call("POST", "/element/"+w.find(css)+"/value", map[string]string{"text": text})
}

// js runs a script synchronously and decodes its result into out.
func (w *serveWD) js(out any, script string, args ...any) {
	w.t.Helper()
	if args == nil {
		args = []any{}
	}
	v := w.call("POST", "/execute/sync", map[string]any{"script": script, "args": args})
	if out != nil {
		if err := json.Unmarshal(v, out); err != nil {
			w.t.Fatalf("script result %s: %v", v, err)
		}
	}
}

// jsAsync runs a script whose last argument is the callback to call with
// its result.
func (w *serveWD) jsAsync(out any, script string, args ...any) {
	w.t.Helper()
	if args == nil {
		args = []any{}
	}
	v := w.call("POST", "/execute/async", map[string]any{"script": script, "args": args})
	if out != nil {
		if err := json.Unmarshal(v, out); err != nil {
			w.t.Fatalf("script result %s: %v", v, err)
		}
	}
}

// waitFor polls a boolean JS expression until it holds.
func (w *serveWD) waitFor(what, expr string) {
	w.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var ok bool
		w.js(&ok, "return !!("+expr+");")
		if ok {
			return
		}
		if time.Now().After(deadline) {
			var status string
			w.js(&status, "return document.querySelector('#status').textContent + ' | ' + document.querySelector('#error').textContent;")
			w.t.Fatalf("timed out waiting for %s (%s); page: %s", what, expr, status)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// serveBrowserTools returns the paths of chromium and chromedriver, or
// skips (fails with MUTASI_BROWSER=1) when they are missing.
func serveBrowserTools(t *testing.T) (chromium, driver string) {
	if os.Getenv("MUTASI_BROWSER") != "1" {
		t.Skip("set MUTASI_BROWSER=1 to run the browser test (needs chromium and chromium-driver)")
	}
	chromium, driver = serveChromium, serveChromedriver
	if v := os.Getenv("CHROMIUM"); v != "" {
		chromium = v
	}
	if v := os.Getenv("CHROMEDRIVER"); v != "" {
		driver = v
	}
	for _, p := range []string{chromium, driver} {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("MUTASI_BROWSER=1 but %v: install chromium and chromium-driver", err)
		}
	}
	return chromium, driver
}

// serveStartBrowser starts chromedriver and a headless Chromium session.
func serveStartBrowser(t *testing.T) *serveWD {
	chromium, driver := serveBrowserTools(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(driver, fmt.Sprintf("--port=%d", port))
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	root := fmt.Sprintf("http://127.0.0.1:%d", port)
	for k := 0; ; k++ {
		resp, err := http.Get(root + "/status")
		if err == nil {
			resp.Body.Close()
			break
		}
		if k == 100 {
			t.Fatalf("chromedriver did not start: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "chrome",
		"goog:chromeOptions": map[string]any{"binary": chromium, "args": []string{
			"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--window-size=1920,1200", "--force-device-scale-factor=1", "--lang=id",
			// A headless window counts as hidden: without these its frames
			// and timers are throttled, which would be measured as the page's.
			"--disable-renderer-backgrounding", "--disable-background-timer-throttling",
			"--disable-backgrounding-occluded-windows"}},
	}}}
	var sess struct {
		SessionID string `json:"sessionId"`
	}
	json.Unmarshal(serveWDCall(t, "POST", root+"/session", caps), &sess)
	wd := &serveWD{t: t, base: root + "/session/" + sess.SessionID}
	t.Cleanup(func() {
		req, _ := http.NewRequest("DELETE", wd.base, nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	})
	wd.call("POST", "/timeouts", map[string]int{"script": 30000, "implicit": 5000})
	return wd
}

// serveMoveSlider sets a weight slider as a user dragging it would (an
// input event) and waits for the plan it causes; it returns the round trip
// the page measured, from the event to the new plan on screen, and the
// server's share.
func serveMoveSlider(w *serveWD, weight string, value float64) (roundTrip, full, server float64) {
	w.t.Helper()
	var r struct {
		RoundTrip float64 `json:"roundTrip"`
		Full      float64 `json:"full"`
		Server    float64 `json:"server"`
		Wait      float64 `json:"wait"`
		Fetch     float64 `json:"fetch"`
		Render    float64 `json:"render"`
		Frame     float64 `json:"frame"`
	}
	w.jsAsync(&r, `
const [id, value, done] = arguments;
const n = window.mutasiPerf.samples.length;
const s = document.getElementById(id);
s.value = String(value);
s.dispatchEvent(new Event("input", {bubbles: true}));
const poll = () => {
  const ss = window.mutasiPerf.samples;
  if (ss.length > n && ss[ss.length - 1].full !== undefined) { done(ss[ss.length - 1]); return; }
  setTimeout(poll, 2);
};
poll();`, "w-"+weight, value)
	return r.RoundTrip, r.Full, r.Server
}

// serveMedian returns the median of xs.
func serveMedian(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

// serveMeasure moves the fit slider n times between values that change the
// plan and returns the medians of the round trips to the first screenful,
// to every row, and of the server's share, and the slowest first screenful.
func serveMeasure(w *serveWD, n int) (first, full, server, worst float64) {
	var a, b, c []float64
	for k := range n {
		v := []float64{3, 0.5, 2, 1}[k%4]
		x, y, z := serveMoveSlider(w, "fit", v)
		a, b, c = append(a, x), append(b, y), append(c, z)
	}
	return serveMedian(a), serveMedian(b), serveMedian(c), slices.Max(a)
}

func TestServeBrowser(t *testing.T) {
	w := serveStartBrowser(t)
	app := serveTestApp(t, "127.0.0.1", "")
	srv := httptest.NewServer(app.handler())
	defer srv.Close()

	w.call("POST", "/url", map[string]string{"url": srv.URL + "/"})
	w.waitFor("the sample plan", "document.querySelectorAll('#plan tbody tr').length > 0")

	// Upload the sample's two files as an analyst would.
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	// A file with errors: the problems are listed, nothing is loaded.
	bad := filepath.Join(t.TempDir(), "pejabat.csv")
	if err := os.WriteFile(bad, []byte("nip,nama,golongan,predikat_kinerja\n196804201996011485,Budi,IV/x,Baik\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w.sendKeys("#file-officials", bad)
	w.sendKeys("#file-positions", abs(serveSampleDir+"/positions.csv"))
	w.click("#btn-upload")
	w.waitFor("the problems table", "document.querySelector('#problem-table tbody tr.error')")
	var cells []string
	w.js(&cells, "return [...document.querySelectorAll('#problem-table tbody tr.error td')].map(td => td.textContent);")
	if len(cells) < 6 || cells[1] != "pejabat.csv" || cells[2] != "2" || cells[4] != "IV/x" {
		t.Errorf("problem row %q", cells)
	}
	w.js(nil, "document.querySelector('#load-form').reset(); return null;")

	w.sendKeys("#file-officials", abs(serveSampleDir+"/officials.csv"))
	w.sendKeys("#file-positions", abs(serveSampleDir+"/positions.csv"))
	w.click("#btn-upload")
	w.waitFor("the uploaded roster", "document.querySelector('#roster-name').textContent.includes('officials.csv + positions.csv')")
	w.waitFor("the plan of the upload", "document.querySelectorAll('#plan tbody tr').length > 0 && document.querySelectorAll('#plan tbody tr.changed').length === 0")

	// Move a weight slider: the changed moves are highlighted.
	serveMoveSlider(w, "fit", 5)
	w.waitFor("every row drawn", "window.mutasiPerf.complete")
	var changed struct {
		Rows  int    `json:"rows"`
		Card  string `json:"card"`
		First string `json:"first"`
	}
	w.js(&changed, `return {rows: document.querySelectorAll('#plan tbody tr.changed').length,
		card: document.querySelector('.card.changed b') ? document.querySelector('.card.changed b').textContent : '',
		first: document.querySelector('#plan tbody tr.changed .before') ? document.querySelector('#plan tbody tr.changed .before').textContent : ''};`)
	if changed.Rows == 0 || changed.Card != fmt.Sprint(changed.Rows) || !strings.HasPrefix(changed.First, "Sebelumnya: ") {
		t.Errorf("after the slider: %d highlighted rows, card %q, first %q", changed.Rows, changed.Card, changed.First)
	}

	// Pin the official of the first row to the post the plan gives.
	var row struct{ NIP, To string }
	w.js(&row, `const tr = document.querySelector('#plan tbody tr');
		return {NIP: tr.dataset.nip, To: tr.children[5].firstChild.textContent};`)
	n := 0
	w.js(&n, "return window.mutasiPerf.samples.length;")
	w.click("#plan tbody tr button.pin")
	w.waitFor("the pinned plan", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	w.waitFor("the decision listed", fmt.Sprintf("document.querySelector('#decisions li[data-kind=pin]') && document.querySelector('#decisions li[data-kind=pin]').dataset.decision.startsWith('%s=')", row.NIP))
	_, _, cur, pol := app.sessions.get(serveBrowserSession(w)).snapshot()
	if len(pol.Pins) != 1 || pol.Pins[0].NIP != row.NIP {
		t.Fatalf("server's pins %v, want %s", pol.Pins, row.NIP)
	}
	for _, m := range cur.Plan.Moves {
		if m.NIP == row.NIP && postLabel(m.To) != row.To {
			t.Errorf("pinned %s to %q, plan gives %q", row.NIP, row.To, postLabel(m.To))
		}
	}

	// The screenshot of the docs: the plan with the changed moves highlighted and a pin.
	shot := w.call("GET", "/screenshot", nil)
	var s64 string
	json.Unmarshal(shot, &s64)
	img, _ := base64.StdEncoding.DecodeString(s64)
	if cfg, err := png.DecodeConfig(bytes.NewReader(img)); err != nil || cfg.Width < 800 {
		t.Errorf("screenshot: %v %+v", err, cfg)
	}
	if os.Getenv("MUTASI_SCREENSHOT") == "1" {
		if err := os.WriteFile("../../docs/serve.png", img, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Explain an official.
	w.click("#plan tbody tr button.who")
	w.waitFor("the explanation", "!document.querySelector('#explain').hidden && document.querySelector('#explain-body h2')")

	// Download the lampiran SK as XLSX through the page's link.
	var b64 string
	w.jsAsync(&b64, `const done = arguments[0];
fetch(document.querySelector('#dl-xlsx').href).then(r => r.arrayBuffer()).then(buf => {
  let s = ''; const b = new Uint8Array(buf);
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  done(btoa(s));
});`)
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the downloaded lampiran is not a workbook: %v", err)
	}
	all, err := f.GetRows(sheetLampiran)
	if err != nil {
		t.Fatal(err)
	}
	_, rows := lampiranTable(t, all)
	if strings.Join(rows[0], "|") != strings.Join(lampiranHeader("id"), "|") || len(rows)-1 != len(lampiranMoves(cur.Plan, false)) {
		t.Errorf("lampiran: header %v and %d rows, want %d", rows[0], len(rows)-1, len(lampiranMoves(cur.Plan, false)))
	}
	found := false
	for _, r := range rows[1:] {
		found = found || (len(r) > 1 && r[1] == row.NIP)
	}
	if !found {
		t.Errorf("the pinned official %s is not in the lampiran", row.NIP)
	}

	// A rule parameter and a rule switch.
	w.js(&n, "return window.mutasiPerf.samples.length;")
	w.js(nil, `const p = document.getElementById('p-tenure_min_months'); p.value = '12';
		p.dispatchEvent(new Event('change', {bubbles: true})); return null;`)
	w.waitFor("the plan with the parameter", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	w.js(&n, "return window.mutasiPerf.samples.length;")
	w.click("#r-rules-jpm_min")
	w.waitFor("the plan with the switch", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	if _, _, _, pol := app.sessions.get(serveBrowserSession(w)).snapshot(); pol.Rules.TenureMinMonths != 12 || !pol.Rules.JPMMin {
		t.Errorf("server's rules after the page's changes: %+v", pol.Rules)
	}

	// The next best plans.
	w.click("#btn-alts")
	w.waitFor("the next best plans", "document.querySelectorAll('#alternatives .alt').length > 0 || document.querySelector('#alternatives p')")

	// English labels by the toggle.
	w.click("#lang-toggle")
	w.waitFor("English labels", "document.querySelector('#plan thead th:nth-child(5)').textContent === 'Current post'")
	w.click("#explain-close")

	// Round trips, sample roster: clear the pin first so that every move
	// of the slider is a fresh plan.
	w.click("#decisions li button")
	w.waitFor("no decision", "document.querySelector('#decisions li.empty')")
	first, full, server, worst := serveMeasure(w, 12)
	t.Logf("round trip slider → plan on screen, sample (%d officials): median %.1f ms (max %.1f ms), every row %.1f ms, server %.1f ms",
		len(app.cfg.roster.Officials), first, worst, full, server)

	// A provincial roster (mutasi gen --preset provinsi --seed 1).
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"gen", "--preset", "provinsi", "--seed", "1", "--out", dir}, nil, &out, &errb); code != 0 {
		t.Fatalf("gen: %s", errb.String())
	}
	w.js(nil, "document.querySelector('#load-form').reset(); return null;")
	w.sendKeys("#file-officials", filepath.Join(dir, "officials.csv"))
	w.sendKeys("#file-positions", filepath.Join(dir, "positions.csv"))
	w.click("#btn-upload")
	w.waitFor("the provincial roster", "document.querySelector('#roster-name').textContent.includes(' / ')"+
		" && Number(document.querySelector('#roster-name').textContent.split(' · ')[1].split(' / ')[1].split(' ')[0]) > 200")
	var counts string
	w.js(&counts, "return document.querySelector('#roster-name').textContent;")
	first, full, server, worst = serveMeasure(w, 12)
	t.Logf("round trip slider → plan on screen, provincial (%s): median %.1f ms (max %.1f ms), every row %.1f ms, server %.1f ms",
		counts, first, worst, full, server)
}

// TestServeBrowserToken opens the page of a server that needs a token,
// from the URL mutasi serve prints: the page carries the token on every
// request, downloads included.
func TestServeBrowserToken(t *testing.T) {
	w := serveStartBrowser(t)
	app := serveTestApp(t, "127.0.0.1", "rapat 1&2")
	srv := httptest.NewServer(app.handler())
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	w.call("POST", "/url", map[string]string{"url": serveURL(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: serveTestPort(t, u.Host)}, "127.0.0.1", "rapat 1&2")})
	w.waitFor("the plan", "document.querySelectorAll('#plan tbody tr').length > 0")
	n := 0
	w.js(&n, "return window.mutasiPerf.samples.length;")
	serveMoveSlider(w, "talent", 2)
	var status int
	w.jsAsync(&status, "const done = arguments[0]; fetch(document.querySelector('#dl-csv').href).then(r => done(r.status));")
	if status != http.StatusOK {
		t.Errorf("download with the token: %d", status)
	}
	w.jsAsync(&status, "const done = arguments[0]; fetch('api/download?what=csv&session=x').then(r => done(r.status));")
	if status != http.StatusUnauthorized {
		t.Errorf("request without the token: %d, want 401", status)
	}
}

// serveTestPort returns the port of a host:port.
func serveTestPort(t *testing.T, hostport string) int {
	_, p, err := net.SplitHostPort(hostport)
	if err != nil {
		t.Fatal(err)
	}
	n, err := strconv.Atoi(p)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// serveBrowserSession returns the page's session id.
func serveBrowserSession(w *serveWD) string {
	var id string
	w.js(&id, "return new URL(document.querySelector('#dl-xlsx').href).searchParams.get('session');")
	return id
}
