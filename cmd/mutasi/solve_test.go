package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/serve/servetest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// solveTiny are the roster flags of the four-official fixture.
var solveTiny = []string{"--officials", "testdata/solve/tiny/officials.csv",
	"--positions", "testdata/solve/tiny/positions.csv", "--date", "2026-12-01"}

func solveArgs(base []string, more ...string) []string {
	return append(append([]string{}, base...), more...)
}

// TestGoldenSolve pins the output of solve in every format, its help, and
// its errors: stdout in NAME.golden-like files, stderr in NAME.stderr.
func TestGoldenSolve(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster several times")
	}
	tiny := func(more ...string) []string { return solveArgs(append([]string{"solve"}, solveTiny...), more...) }
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"help", []string{"solve", "--help"}, exitOK},
		{"sample.table", []string{"solve"}, exitOK},
		{"sample-id-all.table", []string{"solve", "--lang", "id", "--all"}, exitOK},
		{"sample.csv", []string{"solve", "--format", "csv"}, exitOK},
		{"sample-en-all.csv", []string{"solve", "--format=csv", "--lang=en", "--all"}, exitOK},
		{"sample.json", []string{"solve", "--format", "json"}, exitOK},
		{"sample-fit2.csv", []string{"solve", "--policy", "testdata/solve/fit2.toml", "--format", "csv"}, exitOK},
		{"sample-budget.table", []string{"solve", "--max-moves", "10"}, exitOK},
		{"tiny-budget.json", tiny("--max-moves", "0", "--format", "json"), exitOK},
		{"err-budget", []string{"solve", "--max-moves", "4"}, exitInfeasible},
		{"err-budget-value", []string{"solve", "--max-moves", "ten"}, exitUsage},
		{"print-policy.toml", []string{"solve", "--print-policy", "--weight", "fit=2", "--pin", "197501012000031001=DINAS-A"}, exitOK},
		{"tiny.table", tiny(), exitOK},
		{"tiny-all.table", tiny("--all"), exitOK},
		{"tiny.csv", tiny("--format", "csv"), exitOK},
		{"tiny.json", tiny("--format", "json"), exitOK},
		{"tiny-pin.table", tiny("--pin", "198504042010012004=BID-D", "--forbid", "197602022001032002=BID-D"), exitOK},
		{"tiny-vacant.table", solveArgs([]string{"solve", "--officials", "testdata/solve/tiny/officials.csv",
			"--positions", "testdata/solve/tiny/positions.csv", "--date", "2024-01-01", "--pin", "197602022001032002=-"}), exitOK},
		{"tiny-vacant-id.table", solveArgs([]string{"solve", "--officials", "testdata/solve/tiny/officials.csv",
			"--positions", "testdata/solve/tiny/positions.csv", "--date", "2024-01-01", "--pin", "197602022001032002=-", "--lang", "id"}), exitOK},
		{"tiny-vacant.json", solveArgs([]string{"solve", "--officials", "testdata/solve/tiny/officials.csv",
			"--positions", "testdata/solve/tiny/positions.csv", "--date", "2024-01-01", "--pin", "197602022001032002=-", "--format", "json"}), exitOK},
		{"tiny-alternatives.table", tiny("--alternatives", "3"), exitOK},
		{"tiny-alternatives.json", tiny("--alternatives", "2", "--format", "json"), exitOK},
		{"err-alternatives", []string{"solve", "--alternatives", "11"}, exitUsage},
		{"err-alternatives-csv", []string{"solve", "--alternatives", "1", "--format", "csv"}, exitUsage},
		{"err-format", []string{"solve", "--format", "docx"}, exitUsage},
		{"err-pdf-stdout", []string{"solve", "--format", "pdf"}, exitUsage},
		{"err-csv-sep", []string{"solve", "--format", "csv", "--csv-sep", "|"}, exitUsage},
		{"err-csv-sep-format", []string{"solve", "--csv-sep", ";"}, exitUsage},
		{"err-decree-key", []string{"solve", "--decree", "mayor=X"}, exitUsage},
		{"err-decree-value", []string{"solve", "--decree", "title=Camat"}, exitUsage},
		{"sample-en.csv", []string{"solve", "--format", "csv", "--lang", "en"}, exitOK},
		{"tiny-tab.csv", tiny("--format", "csv", "--csv-sep", "tab"), exitOK},
		{"tiny-comma.csv", tiny("--format", "csv", "--csv-sep", ","), exitOK},
		{"err-lang", []string{"solve", "--lang", "fr"}, exitUsage},
		{"err-xlsx-stdout", []string{"solve", "--format", "xlsx"}, exitUsage},
		{"err-weight", []string{"solve", "--weight", "fit=abc"}, exitUsage},
		{"err-weight-key", []string{"solve", "--weight", "speed=1"}, exitUsage},
		{"err-weight-syntax", []string{"solve", "--weight", "fit"}, exitUsage},
		{"err-pin-nip", []string{"solve", "--pin", "1975=DINAS-A"}, exitUsage},
		{"err-pin-post", tiny("--pin", "197501012000031001=NOWHERE"), exitUsage},
		{"err-date", []string{"solve", "--date", "2026-02-30"}, exitUsage},
		{"err-flag", []string{"solve", "--weigth", "fit=2"}, exitUsage},
		{"err-argument", []string{"solve", "extra.csv"}, exitUsage},
		{"err-policy", []string{"solve", "--policy", "testdata/solve/bad.toml"}, exitUsage},
		{"err-policy-missing", []string{"solve", "--policy", "testdata/solve/none.toml"}, exitUsage},
		{"err-roster", []string{"solve", "--officials", "testdata/solve/broken/officials.csv",
			"--positions", "testdata/solve/broken/positions.csv"}, exitUsage},
		{"err-roster-flags", []string{"solve", "--officials", "testdata/solve/tiny/officials.csv"}, exitUsage},
		{"err-out-is-input", tiny("--out", "testdata/solve/tiny/officials.csv"), exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			errs := checkRunGolden(t, "solve", tc.name, tc.args, tc.code, true)
			if tc.code != exitOK && !strings.Contains(errs, "mutasi") {
				t.Errorf("stderr does not start with mutasi: %q", errs)
			}
		})
	}
}

// TestSolveXLSX reads the workbook back and checks it cell by cell against
// the CSV lampiran and the JSON plan of the same run.
func TestSolveXLSX(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "lampiran.xlsx")
	if code, _, errs := runCapture(t, "", "solve", "--format", "xlsx", "--out", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, csvOut, _ := runCapture(t, "", "solve", "--format", "csv")
	cr := csv.NewReader(strings.NewReader(csvOut))
	cr.Comma = ';'
	want, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	_, jsonOut, _ := runCapture(t, "", "solve", "--format", "json")
	var plan struct {
		Moves []struct {
			NIP, Type  string
			Score      float64
			Components map[string]float64
			Reasons    []string
		}
	}
	if err := json.Unmarshal([]byte(jsonOut), &plan); err != nil {
		t.Fatal(err)
	}

	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Lampiran SK" || got[1] != "Alasan dan Skor" {
		t.Fatalf("sheets %q", got)
	}
	all, err := f.GetRows("Lampiran SK")
	if err != nil {
		t.Fatal(err)
	}
	// The table starts below the decree's title block.
	top, rows := servetest.LampiranTable(t, all)
	if len(rows) != len(want) {
		t.Fatalf("%d rows, the CSV has %d", len(rows), len(want))
	}
	if strings.Join(rows[0], "|") != "No|NIP|Nama|Pangkat/Gol|Jabatan Lama|Jabatan Baru|Keterangan" {
		t.Errorf("header %q", rows[0])
	}
	for r := range want {
		for c := range want[r] {
			cell, _ := excelize.CoordinatesToCellName(c+1, top+r)
			if got, _ := f.GetCellValue("Lampiran SK", cell); got != want[r][c] {
				t.Errorf("%s = %q, want %q", cell, got, want[r][c])
			}
		}
		if r == 0 {
			continue
		}
		// A NIP must stay text: as a number Excel would keep 15 digits.
		cell, _ := excelize.CoordinatesToCellName(2, top+r)
		if typ, _ := f.GetCellType("Lampiran SK", cell); typ == excelize.CellTypeNumber {
			t.Errorf("%s: NIP stored as a number", cell)
		}
	}

	// The second sheet: score, components and reasons of each listed move.
	reasons, err := f.GetRows("Alasan dan Skor")
	if err != nil {
		t.Fatal(err)
	}
	if len(reasons) != len(want) {
		t.Fatalf("reasons sheet has %d rows, want %d", len(reasons), len(want))
	}
	head := reasons[0]
	col := map[string]int{}
	for c, h := range head {
		col[h] = c
	}
	for _, h := range []string{"NIP", "Skor", "Kinerja", "Kesesuaian", "Alasan"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("reasons sheet lacks column %q: %q", h, head)
		}
	}
	byNIP := map[string]int{}
	for k, m := range plan.Moves {
		byNIP[m.NIP] = k
	}
	for r := 1; r < len(reasons); r++ {
		row := reasons[r]
		m := plan.Moves[byNIP[row[col["NIP"]]]]
		if row[col["NIP"]] != want[r][1] {
			t.Errorf("reasons row %d is %s, the lampiran's %s", r+1, row[col["NIP"]], want[r][1])
		}
		checkNum := func(name string, v float64) {
			cell, _ := excelize.CoordinatesToCellName(col[name]+1, r+1)
			raw, _ := f.GetCellValue("Alasan dan Skor", cell, excelize.Options{RawCellValue: true})
			var got float64
			if raw != "" {
				if err := json.Unmarshal([]byte(raw), &got); err != nil {
					t.Errorf("%s: %q is not a number", cell, raw)
				}
			}
			if d := got - v; d > 1e-6 || d < -1e-6 {
				t.Errorf("%s (%s of %s) = %v, want %v", cell, name, m.NIP, got, v)
			}
		}
		checkNum("Skor", m.Score)
		checkNum("Kesesuaian", m.Components["fit"])
		checkNum("Kinerja", m.Components["performance"])
		if got := row[col["Alasan"]]; got != strings.Join(m.Reasons, "; ") {
			t.Errorf("reasons of %s: %q", m.NIP, got)
		}
	}
}

// TestSolveDeterministic runs each format twice: the same bytes.
func TestSolveDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster several times")
	}
	dir := t.TempDir()
	for _, format := range report.PlanFormats {
		var outs [2][]byte
		for k := range outs {
			path := filepath.Join(dir, format+string(rune('a'+k)))
			if code, _, errs := runCapture(t, "", "solve", "--format", format, "--out", path); code != exitOK {
				t.Fatalf("%s: exit %d: %s", format, code, errs)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			outs[k] = b
		}
		if !bytes.Equal(outs[0], outs[1]) {
			t.Errorf("--format %s: two runs differ", format)
		}
	}
}

// TestSolveFailureLeavesNoFile: a failing run creates no output file and
// leaves an existing one untouched, and leaves no temporary file behind.
func TestSolveFailureLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	fresh := filepath.Join(dir, "new.csv")
	old := filepath.Join(dir, "old.csv")
	if err := os.WriteFile(old, []byte("keep me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		solveArgs(append([]string{"solve"}, solveTiny...), "--pin", "197501012000031001=NOWHERE", "--format", "csv"),
		{"solve", "--officials", "testdata/solve/broken/officials.csv", "--positions", "testdata/solve/broken/positions.csv", "--format", "csv"},
		{"solve", "--weight", "fit=-1", "--format", "csv"},
	} {
		for _, out := range []string{fresh, old} {
			code, _, _ := runCapture(t, "", append(args, "--out", out)...)
			if code != exitUsage {
				t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
			}
		}
		if _, err := os.Stat(fresh); !os.IsNotExist(err) {
			t.Errorf("%v: a failed run created %s", args, fresh)
		}
		if b, _ := os.ReadFile(old); string(b) != "keep me\n" {
			t.Errorf("%v: a failed run changed %s: %q", args, old, b)
		}
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Errorf("files left behind: %v", ents)
	}
	// The same run without the bad flag replaces the old file.
	code, _, errs := runCapture(t, "", solveArgs(append([]string{"solve"}, solveTiny...), "--format", "csv", "--out", old)...)
	if b, _ := os.ReadFile(old); code != exitOK || !strings.HasPrefix(string(b), "No;NIP;Nama;") {
		t.Errorf("exit %d (%s): %s not replaced: %q", code, errs, old, b)
	}
}

// TestSolvePrintPolicyRoundTrip: the printed policy, read back with
// --policy, prints the same file and plans the same plan.
func TestSolvePrintPolicyRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "policy.toml")
	flags := []string{"--weight", "fit=2", "--weight", "weights.talent=0.5", "--pin", "198504042010012004=BID-D", "--forbid", "197602022001032002=BID-D"}
	if code, _, errs := runCapture(t, "", solveArgs(append([]string{"solve"}, solveTiny...), append(flags, "--print-policy", "--out", path)...)...); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	written, _ := os.ReadFile(path)
	_, again, _ := runCapture(t, "", solveArgs(append([]string{"solve"}, solveTiny...), "--policy", path, "--print-policy")...)
	if again != string(written) {
		t.Errorf("re-printed policy differs:\n%s\n---\n%s", written, again)
	}
	_, a, _ := runCapture(t, "", solveArgs(append([]string{"solve"}, solveTiny...), append(flags, "--format", "json")...)...)
	_, b, _ := runCapture(t, "", solveArgs(append([]string{"solve"}, solveTiny...), "--policy", path, "--format", "json")...)
	if a != b || a == "" {
		t.Errorf("plans differ with the flags and with the printed policy:\n%s\n---\n%s", a, b)
	}
}

// TestSolveRowOrder: the plan does not depend on the order of the rows of
// the roster files, although the sample's optimum has many exact ties
// (the tie rule, model.Canonical, breaks them: the fewest moves, then the
// canonical order).
func TestSolveRowOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster twice")
	}
	dir := t.TempDir()
	for _, name := range []string{"officials.csv", "positions.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "kota-contoh", name))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		body := lines[1:]
		slices.Reverse(body)
		// Then a riffle: odd rows first, so that it is not only reversed.
		var shuffled []string
		for k := 1; k < len(body); k += 2 {
			shuffled = append(shuffled, body[k])
		}
		for k := 0; k < len(body); k += 2 {
			shuffled = append(shuffled, body[k])
		}
		out := lines[0] + "\n" + strings.Join(shuffled, "\n") + "\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, want, _ := runCapture(t, "", "solve", "--format", "json")
	sample := filepath.Join("..", "..", "testdata", "kota-contoh")
	code, got, errs := runCapture(t, "", "solve", "--format", "json", "--date", "2026-12-01",
		"--officials", filepath.Join(dir, "officials.csv"), "--positions", filepath.Join(dir, "positions.csv"),
		"--selection", filepath.Join(sample, "selection.csv"), "--policy", filepath.Join(sample, "policy.toml"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// Alternatives come from the duals, which are not unique: compare the
	// plan itself.
	strip := func(s string) string {
		var p report.JSONPlan
		if err := json.Unmarshal([]byte(s), &p); err != nil {
			t.Fatal(err)
		}
		for k := range p.Moves {
			p.Moves[k].Alternatives = nil
		}
		b, _ := json.Marshal(p)
		return string(b)
	}
	if strip(got) != strip(want) {
		t.Error("shuffling the roster's rows changes the plan")
	}
}

// TestSolveProvinsi runs solve and explain on a generated roster of
// provincial size and checks the plan's invariants independently of the
// planner: one official per post, the vacant posts are exactly the posts
// nobody takes, the summary counts the moves, and the lampiran lists every
// move but the stays and unplaced candidates.
func TestSolveProvinsi(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and solves a provincial roster")
	}
	dir := t.TempDir()
	if code, _, errs := runCapture(t, "", "gen", "--preset", "provinsi", "--pengawas", "--seed", "3", "--out", dir); code != exitOK {
		t.Fatalf("gen: exit %d: %s", code, errs)
	}
	roster := []string{"--officials", filepath.Join(dir, "officials.csv"), "--positions", filepath.Join(dir, "positions.csv"), "--date", "2026-12-01"}
	code, out, errs := runCapture(t, "", append([]string{"solve", "--format", "json"}, roster...)...)
	if code != exitOK {
		t.Fatalf("solve: exit %d: %s", code, errs)
	}
	var p report.JSONPlan
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	if !p.Optimal || p.Summary.Positions < 150 || len(p.Moves) != p.Summary.Officials {
		t.Fatalf("optimal %v, %d posts, %d moves for %d officials", p.Optimal, p.Summary.Positions, len(p.Moves), p.Summary.Officials)
	}
	held := map[string]string{}
	count := map[string]int{}
	listed := 0
	for _, m := range p.Moves {
		count[m.Type]++
		if m.To != nil {
			if other, ok := held[m.To.ID]; ok {
				t.Errorf("post %s given to %s and %s", m.To.ID, other, m.NIP)
			}
			held[m.To.ID] = m.NIP
		}
		switch m.Type {
		case "rotate", "promote", "fill", "release", "demote":
			listed++
		}
	}
	for _, v := range p.Vacant {
		if _, ok := held[v.ID]; ok {
			t.Errorf("post %s is both vacant and held", v.ID)
		}
	}
	if len(held)+len(p.Vacant) != p.Summary.Positions {
		t.Errorf("%d held + %d vacant ≠ %d posts", len(held), len(p.Vacant), p.Summary.Positions)
	}
	s := p.Summary
	if count["stay"] != s.Stay || count["rotate"] != s.Rotate || count["promote"] != s.Promote ||
		count["fill"] != s.Fill || count["release"] != s.Release || len(p.Vacant) != s.Vacant {
		t.Errorf("summary %+v, moves %v", s, count)
	}
	_, csvOut, _ := runCapture(t, "", append([]string{"solve", "--format", "csv"}, roster...)...)
	if rows := strings.Count(csvOut, "\n") - 1; rows != listed {
		t.Errorf("lampiran has %d rows, want %d moves", rows, listed)
	}
	if code, _, errs := runCapture(t, "", append([]string{"explain", p.Moves[0].NIP}, roster...)...); code != exitOK {
		t.Errorf("explain: exit %d: %s", code, errs)
	}
}

// TestSolveXLSXEnglish: with --lang en the headers and the second sheet's
// name are English.
func TestSolveXLSXEnglish(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.xlsx")
	if code, _, errs := runCapture(t, "", solveArgs(append([]string{"solve"}, solveTiny...), "--format", "xlsx", "--lang", "en", "--all", "--out", path)...); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Lampiran SK", "Reasons and Scores"}) {
		t.Errorf("sheets %q", got)
	}
	all, _ := f.GetRows("Lampiran SK")
	_, rows := servetest.LampiranTable(t, all)
	if len(rows) != 5 || strings.Join(rows[0], "|") != "No|NIP|Name|Rank|Current post|New post|Remarks" {
		t.Errorf("rows %q", rows)
	}
	if rows[3][6] != "Stays" || rows[4][6] != "Stays" || rows[3][1] != "197501012000031001" {
		t.Errorf("last rows %q, %q: --all lists the stays last", rows[3], rows[4])
	}
}

// TestSolveWorkbookSameAsCSV: the sample as one workbook plans exactly as
// the embedded CSV files.
func TestSolveWorkbookSameAsCSV(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster twice")
	}
	_, want, _ := runCapture(t, "", "solve", "--format", "json")
	code, got, errs := runCapture(t, "", "solve", "--format", "json", "--date", "2026-12-01",
		"--roster", filepath.Join("..", "..", "testdata", "kota-contoh", "roster.xlsx"),
		"--policy", filepath.Join("..", "..", "testdata", "kota-contoh", "policy.toml"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if got != want {
		t.Error("the workbook plans differently from the CSV files")
	}
}
