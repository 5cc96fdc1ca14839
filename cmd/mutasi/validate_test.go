package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/rosterfile"

	"github.com/xuri/excelize/v2"
)

// validateRun runs mutasi in-process and returns the exit code and the
// transcript compared with a golden file.
func validateRun(t *testing.T, args ...string) (int, string) {
	t.Helper()
	code, out, errs := runCapture(t, "", args...)
	return code, fmt.Sprintf("exit %d\n--- stdout\n%s--- stderr\n%s", code, out, errs)
}

func TestValidateGolden(t *testing.T) {
	dir := filepath.Join("testdata", "validate")
	good := []string{"--officials", filepath.Join(dir, "officials.csv"), "--positions", filepath.Join(dir, "positions.csv")}
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"sample", []string{"validate"}, exitOK},
		{"sample-json", []string{"validate", "--format", "json"}, exitOK},
		{"fixture", append([]string{"validate", "--date", "2026-12-01"}, good...), exitOK},
		{"broken", []string{"validate", "--officials", filepath.Join(dir, "officials-bad.csv"),
			"--positions", filepath.Join(dir, "positions.csv"), "--date", "2026-12-01"}, exitUsage},
		{"broken-json", []string{"validate", "--officials", filepath.Join(dir, "officials-bad.csv"),
			"--positions", filepath.Join(dir, "positions.csv"), "--date", "2026-12-01", "--format", "json"}, exitUsage},
		{"officials-alone", []string{"validate", "--officials", "x.csv"}, exitUsage},
		{"positions-alone", []string{"validate", "--positions", "x.csv"}, exitUsage},
		{"roster-and-officials", []string{"validate", "--roster", "r.xlsx", "--officials", "x.csv"}, exitUsage},
		{"bad-format", []string{"validate", "--format", "yaml"}, exitUsage},
		{"bad-date", []string{"validate", "--date", "2026-13-01"}, exitUsage},
		{"date-out-of-range", []string{"validate", "--date", "0001-01-01"}, exitUsage},
		{"missing-file", []string{"validate", "--officials", filepath.Join(dir, "nonexistent.csv"),
			"--positions", filepath.Join(dir, "positions.csv")}, exitUsage},
		{"extra-argument", []string{"validate", "officials.csv"}, exitUsage},
		{"selection-bad", append([]string{"validate", "--date", "2026-12-01", "--selection", filepath.Join(dir, "selection-bad.csv")}, good...), exitUsage},
		{"selection-with-sample", []string{"validate", "--selection", filepath.Join(dir, "selection-bad.csv")}, exitUsage},
		{"help", []string{"validate", "--help"}, exitOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, got := validateRun(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d", code, c.code)
			}
			checkGolden(t, "validate/"+c.name+".golden", got)
		})
	}
}

// TestValidateJSONMatchesText checks that the JSON report carries the same
// problems as the text one, and that its summary agrees with the roster.
func TestValidateJSONMatchesText(t *testing.T) {
	dir := filepath.Join("testdata", "validate")
	args := []string{"validate", "--officials", filepath.Join(dir, "officials-bad.csv"),
		"--positions", filepath.Join(dir, "positions.csv"), "--date", "2026-12-01"}
	var text, js, errw bytes.Buffer
	run(args, nil, &text, &errw)
	run(append(args, "--format", "json"), nil, &js, &errw)
	var rep report.Validation
	if err := json.Unmarshal(js.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(text.String(), "\n"), "\n")
	if len(lines) != len(rep.Problems)+1 {
		t.Fatalf("%d text lines for %d problems", len(lines), len(rep.Problems))
	}
	for k, p := range rep.Problems {
		mp := rosterfile.Problem{Severity: p.Severity, File: p.File, Row: p.Row, Column: p.Column, Value: p.Value,
			Reason: i18n.M(i18n.RosterError, p.Reason)}
		if got := mp.Text(i18n.ID); got != lines[k] || p.Code == "" {
			t.Errorf("problem %d: json %q (code %q), text %q", k, got, p.Code, lines[k])
		}
	}
	if rep.Valid || rep.Summary != nil || rep.Errors == 0 || rep.Errors+rep.Warnings != len(rep.Problems) {
		t.Errorf("report %+v", rep)
	}
}

// TestValidateWorkbook writes the fixture as one workbook (sheets pejabat and
// jabatan, in another case) and checks that validate reports the same
// summary as for the CSV files.
func TestValidateWorkbook(t *testing.T) {
	dir := filepath.Join("testdata", "validate")
	f := excelize.NewFile()
	defer f.Close()
	for sheet, file := range map[string]string{"Pejabat": "officials.csv", "JABATAN": "positions.csv"} {
		if _, err := f.NewSheet(sheet); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		for k, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			for c, v := range validateSplitCSV(line) {
				cell, _ := excelize.CoordinatesToCellName(c+1, k+1)
				if err := f.SetCellStr(sheet, cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	path := filepath.Join(t.TempDir(), "roster.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	code, got := validateRun(t, "validate", "--roster", path, "--date", "2026-12-01")
	_, want := validateRun(t, "validate", "--date", "2026-12-01", "--officials", filepath.Join(dir, "officials.csv"),
		"--positions", filepath.Join(dir, "positions.csv"))
	if code != exitOK || got != want {
		t.Errorf("workbook: exit %d\n%s\nwant\n%s", code, got, want)
	}
}

// validateSplitCSV splits a line of the fixture: commas, with one level of
// double quotes (enough for the fixture's "72,5").
func validateSplitCSV(line string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for _, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case r == ',' && !quoted:
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	return append(out, cur.String())
}

func TestRosterFlagsSource(t *testing.T) {
	cases := []struct {
		args    []string
		sample  bool
		want    string // Source fields as "officials|positions|workbook", or the error
		wantErr bool
	}{
		{nil, true, "officials.csv|positions.csv|", false},
		{[]string{"--officials", "o.csv", "--positions", "p.xlsx"}, false, "o.csv|p.xlsx|", false},
		{[]string{"--roster", "r.xlsx"}, false, "||r.xlsx", false},
		{[]string{"--officials", "o.csv"}, false, "--officials needs --positions", true},
		{[]string{"--positions", "p.csv"}, false, "--positions needs --officials", true},
		{[]string{"--roster", "r.xlsx", "--positions", "p.csv"}, false, "--roster cannot be combined with --officials or --positions", true},
	}
	for _, c := range cases {
		fs := newFlags(&env{}, "test")
		rf := addRosterFlags(fs)
		if err := fs.Parse(c.args); err != nil {
			t.Fatal(err)
		}
		src, err := rf.source()
		if rf.sample() != c.sample {
			t.Errorf("%v: sample() = %v", c.args, rf.sample())
		}
		if c.wantErr {
			if err == nil || err.Error() != c.want {
				t.Errorf("%v: error %v, want %q", c.args, err, c.want)
			}
			continue
		}
		got := src.Officials + "|" + src.Positions + "|" + src.Workbook
		if err != nil || got != c.want || (src.FS != nil) != c.sample {
			t.Errorf("%v: source %q (FS %v), %v; want %q", c.args, got, src.FS != nil, err, c.want)
		}
	}
}

func TestRosterFlagsPlanDate(t *testing.T) {
	now := time.Date(2027, 3, 4, 23, 59, 0, 0, time.FixedZone("WIB", 7*3600))
	sample := &rosterFlags{}
	files := &rosterFlags{officials: "o.csv", positions: "p.csv"}
	cases := []struct {
		rf   *rosterFlags
		in   string
		want string // "" = error
	}{
		{sample, "", "2026-12-01"},
		{files, "", "2027-03-04"},
		{files, "2026-01-31", "2026-01-31"},
		{sample, "2025-06-30", "2025-06-30"},
		{files, "31-01-2026", "2026-01-31"}, // the policy file's forms too
		{files, "1900-01-01", ""},
		{files, "12027-01-01", ""},
		{files, "2026-02-30", ""},
	}
	for _, c := range cases {
		d, err := c.rf.planDate(c.in, now)
		if c.want == "" {
			if err == nil {
				t.Errorf("planDate(%q) = %v, want an error", c.in, d)
			}
			continue
		}
		if err != nil || d.Format("2006-01-02") != c.want || d.Location() != time.UTC || d.Hour() != 0 {
			t.Errorf("planDate(%q) = %v, %v; want %s UTC", c.in, d, err, c.want)
		}
	}
}

// TestRosterLoadPrintsProblems checks the helper other commands use: the
// problems go to stderr, a roster with errors is refused with exit 2.
func TestRosterLoadPrintsProblems(t *testing.T) {
	dir := filepath.Join("testdata", "validate")
	var out, errw bytes.Buffer
	e := &env{stdout: &out, stderr: &errw}
	rf := &rosterFlags{officials: filepath.Join(dir, "officials-bad.csv"), positions: filepath.Join(dir, "positions.csv")}
	r, code := rf.load(e, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	lines := strings.Split(strings.TrimSuffix(errw.String(), "\n"), "\n")
	if r != nil || code != exitUsage || out.Len() != 0 || len(lines) != 12 ||
		lines[11] != "mutasi: data tidak dapat dipakai: 9 kesalahan (tercantum di atas)" ||
		!strings.HasPrefix(lines[1], filepath.Join(dir, "officials-bad.csv")+`:3: kolom NIP: "19680411 199303 1 009": NIP ganda`) {
		t.Errorf("exit %d, roster %v, stderr:\n%s", code, r != nil, errw.String())
	}
	errw.Reset()
	rf = &rosterFlags{}
	if r, code := rf.load(e, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)); r == nil || code != exitOK || errw.Len() != 0 {
		t.Errorf("sample: exit %d, stderr %q", code, errw.String())
	}
}
