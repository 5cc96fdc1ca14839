package serve

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/i18n/i18ntest"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/serve/servetest"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// The browser test drives headless Chromium with chromedp (the DevTools
// protocol, no chromedriver). It runs when MUTASI_BROWSER=1 (.ci/run sets
// it) and then fails if Chromium is missing; otherwise it is skipped. It
// checks the page at an office laptop's screen (1366 × 768) and a desktop's
// (1920 × 1080) and saves its screenshots under the test's temp folder, or
// under MUTASI_SHOTS when set (to keep them). MUTASI_SCREENSHOT=1 rewrites
// docs/serve.png.
//
//	MUTASI_BROWSER=1 go test -count=1 -run TestServeBrowser -v ./cmd/mutasi

// chromiumPath is where Debian's chromium package installs the browser;
// CHROMIUM overrides it.
const chromiumPath = "/usr/bin/chromium"

// screenSizes are the screens the page is checked at.
var screenSizes = [][2]int64{{1366, 768}, {1920, 1080}}

// startBrowser starts one headless Chromium for the test, or skips (fails
// with MUTASI_BROWSER=1 when Chromium is missing). The machine has no
// outside network: the flags keep the browser from reaching for it.
func startBrowser(t *testing.T) context.Context {
	if os.Getenv("MUTASI_BROWSER") != "1" {
		t.Skip("set MUTASI_BROWSER=1 to run the browser test (needs chromium)")
	}
	path := chromiumPath
	if v := os.Getenv("CHROMIUM"); v != "" {
		path = v
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("MUTASI_BROWSER=1 but %v: install chromium", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("force-device-scale-factor", "1"),
		chromedp.Flag("lang", "id"),
		// A headless window counts as hidden: without these its frames and
		// timers are throttled, which would be measured as the page's.
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.WindowSize(1920, 1200),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
	if err := chromedp.Do(bctx); err != nil { // starts the browser
		t.Fatalf("starting chromium: %v", err)
	}
	return bctx
}

// browserPage is one tab of the browser at a screen size.
type browserPage struct {
	t    *testing.T
	ctx  context.Context
	size [2]int64
	// shots is where the screenshots go.
	shots string
}

// openPage opens url in a new tab of the browser at the screen size.
func openPage(t *testing.T, browser context.Context, url string, size [2]int64) *browserPage {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	shots := os.Getenv("MUTASI_SHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(shots, 0o755))
	// The tab lives as long as the context of its first action: open it
	// without a deadline.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	p := &browserPage{t: t, ctx: ctx, size: size, shots: shots}
	p.do(chromedp.EmulateViewport(size[0], size[1]), chromedp.Navigate(url))
	return p
}

// do runs actions with a deadline.
func (p *browserPage) do(actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

// js evaluates an expression (a promise is awaited) and decodes its value
// into out (nil to ignore it).
func (p *browserPage) js(out any, expr string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 60*time.Second)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("script %.80q: %v", expr, err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			p.t.Fatalf("script result %s: %v", raw, err)
		}
	}
}

// click clicks the first element matching a CSS selector, as a user's
// mouse does (the element must be visible and not covered).
func (p *browserPage) click(css string) {
	p.t.Helper()
	p.do(chromedp.Click(chromedp.CSS(css)))
}

// upload sets the file of a file input.
func (p *browserPage) upload(css, path string) {
	p.t.Helper()
	abs, err := filepath.Abs(path)
	require.NoError(p.t, err)
	p.do(chromedp.SetUploadFiles(chromedp.CSS(css), []string{abs}))
}

// waitFor polls a boolean JS expression until it holds.
func (p *browserPage) waitFor(what, expr string) {
	p.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var ok bool
		p.js(&ok, "!!("+expr+")")
		if ok {
			return
		}
		if time.Now().After(deadline) {
			var status string
			p.js(&status, "document.querySelector('#status').textContent + ' | ' + document.querySelector('#error').textContent")
			p.t.Fatalf("%dx%d: timed out waiting for %s (%s); page: %s", p.size[0], p.size[1], what, expr, status)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// samples returns how many plans the page has drawn.
func (p *browserPage) samples() int {
	n := 0
	p.js(&n, "window.mutasiPerf.samples.length")
	return n
}

// shot saves a screenshot of the viewport as NAME-WxH.png and returns its
// path.
func (p *browserPage) shot(name string) (string, []byte) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	img, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(p.t, err)
	path := filepath.Join(p.shots, fmt.Sprintf("%s-%dx%d.png", name, p.size[0], p.size[1]))
	require.NoError(p.t, os.WriteFile(path, img, 0o644))
	p.t.Logf("screenshot %s", path)
	return path, img
}

// moveSlider sets a weight slider as a user dragging it would (an
// input event) and waits for the plan it causes; it returns the round trip
// the page measured, from the event to the new plan on screen, to every
// row, and the server's share.
func moveSlider(p *browserPage, weight string, value float64) (roundTrip, full, server float64) {
	p.t.Helper()
	var r struct {
		RoundTrip float64 `json:"roundTrip"`
		Full      float64 `json:"full"`
		Server    float64 `json:"server"`
		Wait      float64 `json:"wait"`
		Fetch     float64 `json:"fetch"`
		Render    float64 `json:"render"`
		Frame     float64 `json:"frame"`
	}
	p.js(&r, fmt.Sprintf(`new Promise((done) => {
  const n = window.mutasiPerf.samples.length;
  const s = document.getElementById(%q);
  s.value = %q;
  s.dispatchEvent(new Event("input", {bubbles: true}));
  const poll = () => {
    const ss = window.mutasiPerf.samples;
    if (ss.length > n && ss[ss.length - 1].full !== undefined) { done(ss[ss.length - 1]); return; }
    setTimeout(poll, 2);
  };
  poll();
})`, "w-"+weight, strconv.FormatFloat(value, 'f', -1, 64)))
	if os.Getenv("MUTASI_PERF_DETAIL") == "1" {
		p.t.Logf("round trip %.1f ms: wait %.1f, fetch %.1f (server %.1f), render %.1f, frame %.1f", r.RoundTrip, r.Wait, r.Fetch, r.Server, r.Render, r.Frame)
	}
	return r.RoundTrip, r.Full, r.Server
}

// median returns the median of xs.
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

// measure moves the fit slider n times between values that change the
// plan and returns the medians of the round trips to the first screenful,
// to every row, and of the server's share, and the slowest first screenful.
func measure(p *browserPage, n int) (first, full, server, worst float64) {
	var a, b, c []float64
	for k := range n {
		v := []float64{3, 0.5, 2, 1}[k%4]
		x, y, z := moveSlider(p, "fit", v)
		a, b, c = append(a, x), append(b, y), append(c, z)
	}
	return median(a), median(b), median(c), slices.Max(a)
}

// fetchLink downloads a link of the page with the page's own fetch (its
// session and token) and returns the status and the bytes.
func fetchLink(p *browserPage, css string) (int, []byte) {
	p.t.Helper()
	var r struct {
		Status int    `json:"status"`
		Body   string `json:"body"`
	}
	p.js(&r, fmt.Sprintf(`fetch(document.querySelector(%q).href).then(async (r) => {
  const b = new Uint8Array(await r.arrayBuffer());
  let s = ""; for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return {status: r.status, body: btoa(s)};
})`, css))
	data, err := base64.StdEncoding.DecodeString(r.Body)
	require.NoError(p.t, err)
	return r.Status, data
}

// layoutProblems lists what makes the plan's table hard to read: a
// word of a cell broken across lines or sticking out of its cell, and a
// page wider than the window (horizontal scrolling). Every row is checked.
// A hyphen ends a word: "Perundang-undangan" may break after it, as
// print does.
const layoutProblems = `(() => {
  const bad = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) bad.push("the page scrolls sideways: " + root.scrollWidth + " > " + root.clientWidth);
  for (const cell of document.querySelectorAll("#plan th, #plan td")) {
    const box = cell.getBoundingClientRect();
    const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const re = /[^\s-]+-?|-/g;
      let m;
      while ((m = re.exec(n.textContent))) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const rects = [...r.getClientRects()].filter((x) => x.width > 0);
        if (new Set(rects.map((x) => Math.round(x.top))).size > 1) bad.push("broken: " + m[0]);
        for (const x of rects) {
          if (x.right > box.right + 0.5 || x.left < box.left - 0.5) { bad.push("sticks out of its cell: " + m[0]); break; }
        }
      }
    }
  }
  return bad;
})()`

// closeVisible reports whether the explanation's close control is in
// the window and is what a click at its centre reaches.
const closeVisible = `(() => {
  const b = document.querySelector("#explain-close");
  const r = b.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const inside = r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  const hit = document.elementFromPoint(x, y);
  return inside && (hit === b || b.contains(hit));
})()`

// checkScreen checks the page at one screen size on a fresh tab: the
// plan's table readable (no word broken or cut, no sideways scrolling) in
// both languages; the explanation beside or over the table with its close
// control always in view; an impossible date refused in place and the plan
// marked out of date until a valid date solves; an upload keeping the plan
// date. It saves a screenshot of each state.
func checkScreen(t *testing.T, browser context.Context, app *Server, srvURL string, size [2]int64) {
	p := openPage(t, browser, srvURL+"/", size)
	p.waitFor("the sample plan", "document.querySelectorAll('#plan tbody tr').length > 0 && window.mutasiPerf.complete !== false")
	p.waitFor("every row drawn", "window.mutasiPerf.complete")
	var bad []string
	p.js(&bad, layoutProblems)
	assert.Emptyf(t, bad, "%dx%d: the plan's table", size[0], size[1])
	p.shot("plan")
	// The same in English, and with every official listed.
	p.click("#lang-toggle")
	p.waitFor("English labels", "document.querySelector('#plan thead th:nth-child(4)').textContent === 'Current post'")
	p.click("#show-stays")
	p.waitFor("every row drawn", "window.mutasiPerf.complete && document.querySelectorAll('#plan tbody tr').length > 150")
	p.js(&bad, layoutProblems)
	assert.Emptyf(t, bad, "%dx%d: the plan's table in English, with stays", size[0], size[1])
	p.click("#show-stays")
	p.click("#lang-toggle")
	p.waitFor("Indonesian labels", "document.querySelector('#plan thead th:nth-child(4)').textContent === 'Jabatan lama'")

	// The explanation: beside the table on a wide screen, over it on a
	// laptop's, its close control in view however far one scrolls.
	p.click("#plan tbody tr button.who")
	p.waitFor("the explanation", "!document.querySelector('#explain').hidden && document.querySelector('#explain-title').textContent.includes(':') && document.querySelector('#explain-body h3')")
	var geo struct {
		Panel, Table   [4]float64
		Width, Height  float64
		BodyScrollable bool
	}
	p.js(&geo, `(() => {
  const r = (e) => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
  const body = document.querySelector("#explain-body");
  return {Panel: r(document.querySelector("#explain")), Table: r(document.querySelector("#result")),
    Width: innerWidth, Height: innerHeight, BodyScrollable: body.scrollHeight > body.clientHeight};
})()`)
	assert.Truef(t, geo.Panel[0] >= 0 && geo.Panel[2] <= geo.Width && geo.Panel[1] >= 0 && geo.Panel[3] <= geo.Height,
		"%dx%d: the explanation %v is not within the window", size[0], size[1], geo.Panel)
	if size[0] >= 1600 {
		assert.LessOrEqualf(t, geo.Table[2], geo.Panel[0]+0.5, "%dx%d: the explanation %v covers the table %v: it belongs beside it",
			size[0], size[1], geo.Panel, geo.Table)
	}
	var visible bool
	p.js(&visible, closeVisible)
	assert.Truef(t, visible, "%dx%d: the explanation's close control is not in view", size[0], size[1])
	p.shot("explain")
	// Scroll the explanation and the page to their ends.
	p.js(nil, `(() => { const b = document.querySelector("#explain-body"); b.scrollTop = b.scrollHeight; window.scrollTo(0, document.body.scrollHeight); return true; })()`)
	time.Sleep(50 * time.Millisecond)
	p.js(&visible, closeVisible)
	assert.Truef(t, visible, "%dx%d: after scrolling, the explanation's close control is not in view", size[0], size[1])
	p.shot("explain-scrolled")
	p.click("#explain-close")
	p.waitFor("the explanation closed", "document.querySelector('#explain').hidden")
	p.js(nil, "window.scrollTo(0, 0), true")

	// An impossible date (year 12027) is refused at the field; the plan
	// on screen is marked out of date and not sent to the server.
	sess := browserSession(p)
	n := p.samples()
	p.js(nil, `(() => { const d = document.getElementById("plan-date"); d.value = "12027-01-01";
		d.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
	p.waitFor("the date refused", "!document.querySelector('#date-error').hidden")
	var st struct {
		Invalid, Cert, Note, Error string
		Stale                      bool
	}
	readState := func() {
		p.js(&st, `({Invalid: document.getElementById("plan-date").getAttribute("aria-invalid"),
			Cert: [...document.querySelectorAll(".card")].find((c) => c.querySelector("span").textContent === "Sertifikat").querySelector("b").textContent,
			Note: document.querySelector("#date-error").textContent, Error: document.querySelector("#error").hidden ? "" : document.querySelector("#error").textContent,
			Stale: document.querySelector("#plan").classList.contains("stale") && !document.querySelector("#stale").hidden})`)
	}
	readState()
	assert.Equal(t, "true", st.Invalid)
	assert.NotContains(t, st.Cert, "optimal", "a refused date leaves the plan marked optimal")
	assert.True(t, st.Stale, "the plan is not marked out of date")
	assert.NotEmpty(t, st.Note)
	assert.Equal(t, n, p.samples(), "the refused date was solved")
	p.shot("date-refused")
	// A slider still plans (at the plan's date); the plan stays out of date
	// while the field holds the refused date.
	moveSlider(p, "talent", 0.5)
	readState()
	assert.Empty(t, st.Error, "a slider after a refused date fails")
	assert.True(t, st.Stale, "the field still holds a refused date: the plan is out of date")
	// A valid date solves, and the plan is current again.
	n = p.samples()
	p.js(nil, `(() => { const d = document.getElementById("plan-date"); d.value = "2026-12-15";
		d.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
	p.waitFor("the plan at the new date", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	readState()
	assert.Equal(t, "false", st.Invalid)
	assert.Contains(t, st.Cert, "optimal")
	assert.False(t, st.Stale)
	_, _, cur, pol := app.sessions.get(sess).snapshot()
	assert.Equal(t, "2026-12-15", pol.Date.Format(time.DateOnly))
	assert.Equal(t, "2026-12-15", cur.Plan.Date.Format(time.DateOnly))

	// An upload keeps the plan date.
	p.upload("#file-officials", sampleDir+"/officials.csv")
	p.upload("#file-positions", sampleDir+"/positions.csv")
	p.click("#btn-upload")
	p.waitFor("the uploaded roster", "document.querySelector('#roster-name').textContent.includes('officials.csv + positions.csv')")
	_, _, cur, _ = app.sessions.get(sess).snapshot()
	assert.Equal(t, "2026-12-15", cur.Plan.Date.Format(time.DateOnly), "the upload changed the plan date")
	var field string
	p.js(&field, "document.getElementById('plan-date').value")
	assert.Equal(t, "2026-12-15", field)
}

func TestServeBrowser(t *testing.T) {
	browser := startBrowser(t)
	app := testServer(t, "127.0.0.1", "")
	srv := httptest.NewServer(app)
	defer srv.Close()

	for _, size := range screenSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) { checkScreen(t, browser, app, srv.URL, size) })
	}

	// The analyst's walk through the page, on a desktop screen.
	p := openPage(t, browser, srv.URL+"/", [2]int64{1920, 1080})
	p.waitFor("the sample plan", "document.querySelectorAll('#plan tbody tr').length > 0")

	// A file with errors: the problems are listed, nothing is loaded.
	bad := filepath.Join(t.TempDir(), "pejabat.csv")
	require.NoError(t, os.WriteFile(bad, []byte("nip,nama,golongan,predikat_kinerja\n196804201996011485,Budi,IV/x,Baik\n"), 0o644))
	p.upload("#file-officials", bad)
	p.upload("#file-positions", sampleDir+"/positions.csv")
	p.click("#btn-upload")
	p.waitFor("the problems table", "document.querySelector('#problem-table tbody tr.error')")
	var cells []string
	p.js(&cells, "[...document.querySelectorAll('#problem-table tbody tr.error td')].map(td => td.textContent)")
	if len(cells) < 6 || cells[1] != "pejabat.csv" || cells[2] != "2" || cells[4] != "IV/x" {
		t.Errorf("problem row %q", cells)
	}
	p.js(nil, "document.querySelector('#load-form').reset(), true")

	// Upload the sample's two files as an analyst would.
	p.upload("#file-officials", sampleDir+"/officials.csv")
	p.upload("#file-positions", sampleDir+"/positions.csv")
	p.click("#btn-upload")
	p.waitFor("the uploaded roster", "document.querySelector('#roster-name').textContent.includes('officials.csv + positions.csv')")
	p.waitFor("the plan of the upload", "document.querySelectorAll('#plan tbody tr').length > 0 && document.querySelectorAll('#plan tbody tr.changed').length === 0")

	// Move a weight slider: the changed moves are highlighted.
	moveSlider(p, "fit", 5)
	p.waitFor("every row drawn", "window.mutasiPerf.complete")
	var changed struct {
		Rows  int    `json:"rows"`
		Card  string `json:"card"`
		First string `json:"first"`
	}
	p.js(&changed, `({rows: document.querySelectorAll('#plan tbody tr.changed').length,
		card: document.querySelector('.card.changed b') ? document.querySelector('.card.changed b').textContent : '',
		first: document.querySelector('#plan tbody tr.changed .before') ? document.querySelector('#plan tbody tr.changed .before').textContent : ''})`)
	if changed.Rows == 0 || changed.Card != fmt.Sprint(changed.Rows) || !strings.HasPrefix(changed.First, "Sebelumnya: ") {
		t.Errorf("after the slider: %d highlighted rows, card %q, first %q", changed.Rows, changed.Card, changed.First)
	}

	// Pin the official of the first row to the post the plan gives.
	var row struct{ NIP, To string }
	p.js(&row, `(() => { const tr = document.querySelector('#plan tbody tr');
		return {NIP: tr.dataset.nip, To: tr.children[4].firstChild.textContent}; })()`)
	n := p.samples()
	p.click("#plan tbody tr button.pin")
	p.waitFor("the pinned plan", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	p.waitFor("the decision listed", fmt.Sprintf("document.querySelector('#decisions li[data-kind=pin]') && document.querySelector('#decisions li[data-kind=pin]').dataset.decision.startsWith('%s=')", row.NIP))
	_, _, cur, pol := app.sessions.get(browserSession(p)).snapshot()
	if len(pol.Pins) != 1 || pol.Pins[0].NIP != row.NIP {
		t.Fatalf("server's pins %v, want %s", pol.Pins, row.NIP)
	}
	for _, m := range cur.Plan.Moves {
		if m.NIP == row.NIP && report.PostLabel(m.To) != row.To {
			t.Errorf("pinned %s to %q, plan gives %q", row.NIP, row.To, report.PostLabel(m.To))
		}
	}

	// The screenshot of the docs: the plan with the changed moves highlighted and a pin.
	_, img := p.shot("walk-pinned")
	if cfg, err := png.DecodeConfig(bytes.NewReader(img)); err != nil || cfg.Width < 800 {
		t.Errorf("screenshot: %v %+v", err, cfg)
	}
	if os.Getenv("MUTASI_SCREENSHOT") == "1" {
		require.NoError(t, os.WriteFile("../../docs/serve.png", img, 0o644))
	}

	// The page's own texts are Indonesian in Indonesian mode: an
	// official's explanation (reasons, warnings, the rules that closed
	// other posts, the weights that flip the choice) and the error banner
	// of a refused pin hold no English-only word of the catalogue.
	checkIndonesian(t, p)

	// Explain an official.
	p.click("#plan tbody tr button.who")
	p.waitFor("the explanation", "!document.querySelector('#explain').hidden && document.querySelector('#explain-body h3')")

	// Download the lampiran SK as XLSX and as PDF through the page's links.
	status, data := fetchLink(p, "#dl-xlsx")
	require.Equal(t, http.StatusOK, status)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err, "the downloaded lampiran is not a workbook")
	all, err := f.GetRows(report.SheetLampiran)
	require.NoError(t, err)
	_, rows := servetest.LampiranTable(t, all)
	if strings.Join(rows[0], "|") != strings.Join(report.LampiranHeader(i18n.ID), "|") || len(rows)-1 != len(report.LampiranMoves(cur.Plan, false)) {
		t.Errorf("lampiran: header %v and %d rows, want %d", rows[0], len(rows)-1, len(report.LampiranMoves(cur.Plan, false)))
	}
	found := false
	for _, r := range rows[1:] {
		found = found || (len(r) > 1 && r[1] == row.NIP)
	}
	if !found {
		t.Errorf("the pinned official %s is not in the lampiran", row.NIP)
	}
	status, data = fetchLink(p, "#dl-pdf")
	if status != http.StatusOK || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("the PDF lampiran: %d, %.8q", status, data)
	}

	// A rule parameter and a rule switch.
	n = p.samples()
	p.js(nil, `(() => { const e = document.getElementById('p-tenure_min_months'); e.value = '12';
		e.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)
	p.waitFor("the plan with the parameter", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	n = p.samples()
	p.js(nil, "document.getElementById('r-rules-jpm_min').click(), true")
	p.waitFor("the plan with the switch", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	if _, _, _, pol := app.sessions.get(browserSession(p)).snapshot(); pol.Rules.TenureMinMonths != 12 || !pol.Rules.JPMMin {
		t.Errorf("server's rules after the page's changes: %+v", pol.Rules)
	}

	// The next best plans.
	p.click("#btn-alts")
	p.waitFor("the next best plans", "document.querySelectorAll('#alternatives .alt').length > 0 || document.querySelector('#alternatives p')")

	// The frontier between moves and objective; a click on a point makes
	// its number of moves the budget, and the plan keeps to it.
	p.click("#btn-frontier")
	p.waitFor("the frontier", "document.querySelectorAll('#frontier circle.frontier-point').length > 2")
	var budget string
	p.js(&budget, "document.querySelectorAll('#frontier circle.frontier-point')[2].dataset.moves")
	n = p.samples()
	p.js(nil, "document.querySelectorAll('#frontier circle.frontier-point')[2].dispatchEvent(new Event('click')), true")
	p.waitFor("the plan within the budget", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	p.waitFor("the budget field", fmt.Sprintf("document.getElementById('max-moves').value === '%s'", budget))
	if _, _, cur, pol := app.sessions.get(browserSession(p)).snapshot(); !pol.Rules.MoveBudget || fmt.Sprint(pol.Rules.MaxMoves) != budget ||
		cur.Plan.Budget == nil || cur.Plan.Budget.Moves > pol.Rules.MaxMoves {
		t.Errorf("after a click on the frontier's point of %s moves: rules %+v, budget %+v", budget, pol.Rules, cur.Plan.Budget)
	}
	n = p.samples()
	p.js(nil, `(() => { const e = document.getElementById('max-moves'); e.value = '';
		e.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)
	p.waitFor("the plan without a budget", fmt.Sprintf("window.mutasiPerf.samples.length > %d", n))
	if _, _, cur, pol := app.sessions.get(browserSession(p)).snapshot(); pol.Rules.MoveBudget || cur.Plan.Budget != nil {
		t.Errorf("the emptied budget field leaves rules %+v", pol.Rules)
	}

	// English labels by the toggle.
	p.click("#lang-toggle")
	p.waitFor("English labels", "document.querySelector('#plan thead th:nth-child(4)').textContent === 'Current post'")
	p.click("#explain-close")

	// Round trips, sample roster: clear the pin first so that every move
	// of the slider is a fresh plan.
	p.click("#decisions li button")
	p.waitFor("no decision", "document.querySelector('#decisions li.empty')")
	first, full, server, worst := measure(p, 12)
	t.Logf("round trip slider → plan on screen, sample (%d officials): median %.1f ms (max %.1f ms), every row %.1f ms, server %.1f ms",
		len(app.cfg.Roster.Officials), first, worst, full, server)

	// A provincial roster (mutasi gen --preset provinsi --seed 1).
	dir := province(t)
	p.js(nil, "document.querySelector('#load-form').reset(), true")
	p.upload("#file-officials", filepath.Join(dir, "officials.csv"))
	p.upload("#file-positions", filepath.Join(dir, "positions.csv"))
	p.click("#btn-upload")
	p.waitFor("the provincial roster", "document.querySelector('#roster-name').textContent.includes(' / ')"+
		" && Number(document.querySelector('#roster-name').textContent.split(' · ')[1].split(' / ')[1].split(' ')[0]) > 200")
	var counts string
	p.js(&counts, "document.querySelector('#roster-name').textContent")
	first, full, server, worst = measure(p, 12)
	t.Logf("round trip slider → plan on screen, provincial (%s): median %.1f ms (max %.1f ms), every row %.1f ms, server %.1f ms",
		counts, first, worst, full, server)
}

// checkIndonesian explains a stay of the sample (Ridwan Setiawan,
// whose choice some weights flip) with every official listed, then pins
// him where the rules forbid it, and reads the panel and the error banner.
func checkIndonesian(t *testing.T, p *browserPage) {
	const nip = "196912101997011677"
	foreign, err := i18ntest.Foreign(i18n.ID)
	require.NoError(t, err)
	p.click("#show-stays")
	p.waitFor("every row drawn", "window.mutasiPerf.complete && document.querySelector('#plan tbody tr[data-nip=\""+nip+"\"]')")
	p.click("#plan tbody tr[data-nip=\"" + nip + "\"] button.who")
	p.waitFor("the explanation", "!document.querySelector('#explain').hidden && document.querySelector('#explain-title').textContent.includes('Ridwan') && document.querySelector('#explain-body details.solver-details')")
	var panel struct{ Text, Flips, Heads string }
	p.js(&panel, `(() => { const d = document.querySelector('#explain-body details.solver-details'); d.open = true;
		return {Text: document.querySelector('#explain').innerText, Flips: d.querySelector('h3').textContent,
			Heads: [...document.querySelectorAll('#explain-body h3')].map((h) => h.textContent).join('|')}; })()`)
	assert.Equal(t, i18n.ID.T(i18n.PageFlips), panel.Flips, "the panel of the weights that flip the choice")
	for _, k := range []i18n.Key{i18n.PageReasons, i18n.PageWarnings} {
		assert.Contains(t, panel.Heads, i18n.ID.T(k))
	}
	assert.Contains(t, panel.Text, "rotasi jatuh tempo dalam", "the reasons")
	assert.Contains(t, panel.Text, "siapkan penggantinya", "the warnings")
	assert.Empty(t, i18ntest.Leaks(panel.Text, foreign), "the explanation in Indonesian mode")
	// The whole page too, but for the toggle, which names the other
	// language ("English").
	var page string
	p.js(&page, `(() => { const b = document.getElementById('lang-toggle'), s = b.textContent; b.textContent = '';
		const text = document.body.innerText; b.textContent = s; return text; })()`)
	assert.Empty(t, i18ntest.Leaks(page, foreign), "the whole page in Indonesian mode")

	// A pin the rules forbid (R-RANK and R-JPT-SELECTION on the Sekda's
	// post): the banner says why, in Indonesian.
	p.js(nil, `(() => { document.getElementById('pin-post').value = 'SETDA-SEKDA'; return true; })()`)
	p.click("#explain-body p.pin-any button")
	p.waitFor("the error banner", "!document.querySelector('#error').hidden && document.querySelector('#error').textContent.includes('R-DECISION')")
	var banner string
	p.js(&banner, "document.querySelector('#error').innerText")
	assert.Contains(t, banner, "bertentangan dengan")
	assert.Empty(t, i18ntest.Leaks(banner, foreign), "the error banner in Indonesian mode")
	p.shot("error-banner")
	p.click("#decisions li[data-decision^=\"" + nip + "=\"] button")
	p.waitFor("the refused pin removed", "document.querySelector('#error').hidden && !document.querySelector('#decisions li[data-decision^=\""+nip+"=\"]')")
	p.click("#explain-close")
	p.click("#show-stays")
	p.waitFor("the stays hidden", "window.mutasiPerf.complete && !document.querySelector('#plan tbody tr[data-nip=\""+nip+"\"]')")
}

// TestServeBrowserToken opens the page of a server that needs a token,
// from the URL mutasi serve prints: the page carries the token on every
// request, downloads included.
func TestServeBrowserToken(t *testing.T) {
	browser := startBrowser(t)
	app := testServer(t, "127.0.0.1", "rapat 1&2 baperjakat")
	srv := httptest.NewServer(app)
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	p := openPage(t, browser, URL(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: portOf(t, u.Host)}, "127.0.0.1", "rapat 1&2 baperjakat"),
		[2]int64{1366, 768})
	p.waitFor("the plan", "document.querySelectorAll('#plan tbody tr').length > 0")
	moveSlider(p, "talent", 2)
	if status, _ := fetchLink(p, "#dl-csv"); status != http.StatusOK {
		t.Errorf("download with the token: %d", status)
	}
	var status int
	p.js(&status, "fetch('api/download?what=csv&session=x').then(r => r.status)")
	if status != http.StatusUnauthorized {
		t.Errorf("request without the token: %d, want 401", status)
	}
}

// portOf returns the port of a host:port.
func portOf(t *testing.T, hostport string) int {
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

// browserSession returns the page's session id.
func browserSession(p *browserPage) string {
	var id string
	p.js(&id, "new URL(document.querySelector('#dl-xlsx').href).searchParams.get('session')")
	if id == "" {
		p.t.Fatal(errors.New("the page has no session"))
	}
	return id
}
