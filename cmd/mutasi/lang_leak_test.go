package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/i18n/i18ntest"
)

// langRun is one run of the program whose output a language test reads:
// the arguments (without --lang) and how the output is turned into text.
type langRun struct {
	name string
	args []string
	// want is the exit code; exitOK unless set.
	want int
	// file, when set, is the output file (--out) whose text is read
	// instead of stdout: "xlsx" reads every cell, "pdf" the PDF's text,
	// "toml" the comments of a policy file (its keys are identifiers).
	file string
}

// langRuns are the runs of every command the language tests make: on the
// embedded sample and on the law roster (testdata/law), every format.
func langRuns(t *testing.T) []langRun {
	law := func(args ...string) []string { return lawArgs(args...)[1:] }
	inf := filepath.Join("testdata", "law", "infeasible")
	gen := t.TempDir()
	matrix := filepath.Join("testdata", "matrix")
	runs := []langRun{
		{name: "validate", args: []string{"validate"}},
		{name: "validate-json", args: []string{"validate", "--format", "json"}},
		{name: "validate-law", args: append([]string{"validate"}, law()[:6]...)},
		{name: "solve", args: []string{"solve", "--all"}},
		{name: "solve-csv", args: []string{"solve", "--format", "csv"}},
		{name: "solve-json", args: []string{"solve", "--format", "json"}},
		{name: "solve-xlsx", args: []string{"solve", "--format", "xlsx"}, file: "xlsx"},
		{name: "solve-pdf", args: []string{"solve", "--format", "pdf"}, file: "pdf"},
		{name: "solve-verbose", args: []string{"solve", "--verbose"}},
		{name: "solve-verbose-sparse", args: []string{"solve", "--verbose", "--solver", "sparse", "--classes=false", "--candidates", "2"}},
		{name: "solve-verbose-classes", args: []string{"solve", "--verbose", "--solver", "sparse", "--max-moves", "12"}},
		{name: "whatif-verbose", args: []string{"whatif", "--verbose", "--scenario", "fit2:fit=2"}},
		{name: "solve-alternatives", args: []string{"solve", "--alternatives", "2"}},
		{name: "solve-alternatives-json", args: []string{"solve", "--alternatives", "1", "--format", "json"}},
		{name: "solve-budget", args: []string{"solve", "--max-moves", "10"}},
		{name: "solve-budget-short", args: []string{"solve", "--max-moves", "5"}, want: exitInfeasible},
		{name: "solve-pin-conflict", args: []string{"solve", "--pin", "196912101997011677=SETDA-SEKDA"}, want: exitUsage},
		{name: "print-policy", args: []string{"solve", "--print-policy"}, file: "toml"},
		{name: "solve-law", args: append([]string{"solve", "--all"}, law()...)},
		{name: "solve-law-json", args: append([]string{"solve", "--format", "json"}, law()...)},
		{name: "solve-law-xlsx", args: append([]string{"solve", "--format", "xlsx"}, law()...), file: "xlsx"},
		{name: "solve-law-pdf", args: append([]string{"solve", "--format", "pdf"}, law()...), file: "pdf"},
		{name: "solve-infeasible", args: []string{"solve", "--officials", filepath.Join(inf, "officials.csv"),
			"--positions", filepath.Join(inf, "positions.csv"), "--date", "2026-12-01"}, want: exitInfeasible},
		{name: "explain", args: []string{"explain", whatifCandidate}},
		{name: "explain-locked", args: []string{"explain", explainLocked}},
		{name: "explain-detail", args: []string{"explain", "--detail", whatifCandidate}},
		{name: "explain-json", args: []string{"explain", "--format", "json", whatifCandidate}},
		{name: "explain-law", args: append([]string{"explain"}, append(law(), "197808082003121004")...)},
		{name: "whatif", args: []string{"whatif", "--scenario", "fit2:fit=2", "--scenario", "ketat:jpm_min=true,tenure_max_hard=true"}},
		{name: "whatif-json", args: []string{"whatif", "--scenario", "fit2:fit=2", "--format", "json"}},
		{name: "whatif-sweep", args: []string{"whatif", "--sweep", "fit=0:3:0.5"}},
		{name: "whatif-frontier", args: []string{"whatif", "--frontier"}},
		{name: "whatif-law", args: append([]string{"whatif", "--scenario", "lepas:release_cause=false"}, law()...)},
		{name: "gen", args: []string{"gen", "--preset", "kota", "--out", gen}},
		{name: "matrix", args: []string{"matrix", filepath.Join(matrix, "infeasible.csv")}, want: exitInfeasible},
		{name: "matrix-bad", args: []string{"matrix", filepath.Join(matrix, "bad-number.csv")}, want: exitUsage},
		{name: "bench", args: []string{"bench", "--sizes", "20"}},
		{name: "usage", args: []string{"solve", "--weight", "fit=x"}, want: exitUsage},
	}
	return runs
}

// langOutput runs r in lang and returns the text an analyst reads: stdout
// (or the output file's text) and stderr. ok is false when the run's text
// cannot be read here (a PDF without pdftotext).
func langOutput(t *testing.T, r langRun, lang i18n.Lang) string {
	t.Helper()
	args := append([]string{}, r.args...)
	args = append(args, "--lang", lang.String())
	out := ""
	if r.file != "" {
		out = filepath.Join(t.TempDir(), "out."+r.file)
		args = append(args, "--out", out)
	}
	code, stdout, stderr := runCapture(t, "", args...)
	want := r.want
	if want == 0 {
		want = exitOK
	}
	require.Equal(t, want, code, "%v\n%s", args, stderr)
	text := stdout
	switch r.file {
	case "xlsx":
		f, err := excelize.OpenFile(out)
		require.NoError(t, err)
		defer f.Close()
		var b strings.Builder
		for _, sh := range f.GetSheetList() {
			b.WriteString(sh + "\n")
			rows, err := f.GetRows(sh)
			require.NoError(t, err)
			for _, row := range rows {
				b.WriteString(strings.Join(row, "\t") + "\n")
			}
		}
		text = b.String()
	case "pdf":
		data, err := os.ReadFile(out)
		require.NoError(t, err)
		text = pdfText(t, data)
	case "toml":
		data, err := os.ReadFile(out)
		require.NoError(t, err)
		var b strings.Builder
		for _, ln := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(ln, "#") {
				b.WriteString(ln + "\n")
			}
		}
		text = b.String()
	}
	if strings.HasPrefix(strings.TrimSpace(text), "{") || strings.HasPrefix(strings.TrimSpace(text), "[") {
		var err error
		text, err = i18ntest.JSONTexts(text)
		require.NoError(t, err, "%.300s", text)
	}
	return text + "\n" + stderr
}

// TestEveryCommandSpeaksIndonesian runs every command in the default
// language on the sample and on the law roster and fails on any word of
// the catalogue's English texts that its Indonesian texts never use.
func TestEveryCommandSpeaksIndonesian(t *testing.T) {
	foreign, err := i18ntest.Foreign(i18n.ID)
	require.NoError(t, err)
	require.Contains(t, foreign, "the", "the English-only words miss the commonest one")
	for _, r := range langRuns(t) {
		t.Run(r.name, func(t *testing.T) {
			if leaks := i18ntest.Leaks(langOutput(t, r, i18n.ID), foreign); len(leaks) > 0 {
				t.Errorf("%d lines in English:\n%s", len(leaks), strings.Join(leaks, "\n"))
			}
		})
	}
}

// TestEveryCommandSpeaksEnglish is the reverse: with --lang en no word of
// the catalogue's Indonesian texts that its English texts never use. The
// roster's own words (names, posts, units) are Indonesian in both, so the
// check is on the words of the catalogue only.
func TestEveryCommandSpeaksEnglish(t *testing.T) {
	foreign, err := i18ntest.ForeignToRoster(i18n.EN, filepath.Join("..", "..", "testdata", "kota-contoh"), filepath.Join("testdata", "law"))
	require.NoError(t, err)
	require.Contains(t, foreign, "yang")
	// The scenarios keep the names langRuns gives them.
	for _, w := range i18ntest.Words("ketat lepas") {
		delete(foreign, w)
	}
	for _, r := range langRuns(t) {
		t.Run(r.name, func(t *testing.T) {
			if leaks := i18ntest.Leaks(langOutput(t, r, i18n.EN), foreign); len(leaks) > 0 {
				t.Errorf("%d lines in Indonesian:\n%s", len(leaks), strings.Join(leaks, "\n"))
			}
		})
	}
}
