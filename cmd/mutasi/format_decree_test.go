package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"

	"github.com/mutasi-id/mutasi/internal/serve/servetest"
	"github.com/mutasi-id/mutasi/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// The lampiran's fixed forms as a reader sees them: a field left blank is a
// row of dots (the name's is longer), the title block starts in column E,
// and the NIP is grouped as decrees print it.
const (
	decreeBlank      = "........................"
	decreeNameBlank  = "............................................"
	lampiranTitleCol = 5
)

// groupedNIP is the NIP as decrees print it: 19700101 199503 1 001.
func groupedNIP(nip string) string {
	if n, err := model.ParseNIP(nip); err == nil {
		return n.String()
	}
	return nip
}

// textWidth is the width a word needs in a column, in Excel's units of one
// digit: capitals a fifth wider.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			w += 1.2
		} else {
			w++
		}
	}
	return w
}

// pdfText extracts the text of a PDF with poppler's pdftotext in its raw
// mode (the order the page draws it: a cell's lines together), white space
// folded to single spaces. Without pdftotext the test is skipped, or fails
// when MUTASI_PDF=1 (.ci/run sets it and installs poppler-utils).
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("MUTASI_PDF") == "1" {
			t.Fatalf("MUTASI_PDF=1 but pdftotext is missing: install poppler-utils (%v)", err)
		}
		t.Skip("pdftotext (poppler-utils) is not installed; MUTASI_PDF=1 makes this a failure")
	}
	cmd := exec.Command(tool, "-raw", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("pdftotext: %v: %s", err, errb.String())
	}
	if errb.Len() > 0 {
		t.Errorf("pdftotext complains: %s", errb.String())
	}
	return strings.Join(strings.Fields(out.String()), " ")
}

// pdfPages splits the text of pdfText at its page footers ("Halaman N dari
// M" or "Page N of M") and checks they count 1 … M.
func pdfPages(t *testing.T, text, lang string) []string {
	t.Helper()
	word, of := "Halaman", "dari"
	if lang == "en" {
		word, of = "Page", "of"
	}
	var pages []string
	rest := text
	for n := 1; ; n++ {
		marker := fmt.Sprintf("%s %d %s ", word, n, of)
		k := strings.Index(rest, marker)
		if k < 0 {
			break
		}
		pages = append(pages, rest[:k])
		rest = rest[k+len(marker):]
		// The total follows the marker.
		total := strings.Fields(rest)[0]
		if total != "{nb}" && total != "" {
			rest = strings.TrimPrefix(rest, total)
		}
		if total == "{nb}" {
			t.Fatalf("page %d: the total of pages was not filled in", n)
		}
	}
	if len(pages) == 0 {
		t.Fatalf("no page footer %q in %.200q", word, text)
	}
	want := fmt.Sprintf("%s %d %s %d", word, len(pages), of, len(pages))
	if !strings.Contains(text, want) {
		t.Errorf("the last footer is not %q", want)
	}
	return pages
}

// TestLampiranPDF writes the sample's lampiran as a PDF and reads its text
// back: the title block, every listed move as one row (each cell whole, in
// the lampiran's order), the table's header on every page, the page
// numbers and the signature block.
func TestLampiranPDF(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster")
	}
	dir := t.TempDir()
	decree := []string{"--decree", "title=Wali Kota", "--decree", "region=CONTOH", "--decree", "number=800/123/BKPSDM/2026",
		"--decree", "issued=2026-12-07", "--decree", "subject=PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN ADMINISTRATOR DAN JABATAN PIMPINAN TINGGI PRATAMA",
		"--decree", "signer=Drs. Contoh Pemimpin, M.Si.", "--decree", "signer_nip=197001011995031001"}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			path := filepath.Join(dir, "lampiran-"+lang+".pdf")
			args := append([]string{"solve", "--format", "pdf", "--lang", lang, "--out", path}, decree...)
			code, _, errs := runCapture(t, "", args...)
			require.Equal(t, exitOK, code, errs)
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			require.True(t, bytes.HasPrefix(data, []byte("%PDF-")), "not a PDF")
			text := pdfText(t, data)

			// The same plan as the CSV lampiran, row by row.
			code, csvOut, errs := runCapture(t, "", "solve", "--format", "csv", "--lang", lang, "--csv-sep", ",")
			require.Equal(t, exitOK, code, errs)
			recs, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
			require.NoError(t, err)
			require.Greater(t, len(recs), 30)

			pages := pdfPages(t, text, lang)
			require.Greater(t, len(pages), 1, "the sample's lampiran should run over several pages")
			header := strings.Join(recs[0], " ")
			for k, p := range pages {
				assert.Truef(t, strings.Contains(p, header), "page %d has no table header %q", k+1, header)
			}
			at := 0
			for _, r := range recs[1:] {
				r[1] = groupedNIP(r[1])
				row := strings.Join(strings.Fields(strings.Join(r, " ")), " ")
				k := strings.Index(text[at:], row)
				if !assert.Truef(t, k >= 0, "row %s (%s) is not in the PDF, whole and in order", r[0], r[2]) {
					continue
				}
				at += k + len(row)
			}
			if lang == "id" {
				assert.True(t, strings.HasPrefix(text, "LAMPIRAN KEPUTUSAN WALI KOTA CONTOH NOMOR : 800/123/BKPSDM/2026 TANGGAL : 7 Desember 2026 "+
					"TENTANG : PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN ADMINISTRATOR DAN JABATAN PIMPINAN TINGGI PRATAMA No NIP Nama"), "%.300s", text)
				assert.Contains(t, pages[len(pages)-1], "WALI KOTA CONTOH, Drs. Contoh Pemimpin, M.Si. NIP. 19700101 199503 1 001")
			} else {
				assert.True(t, strings.HasPrefix(text, "ATTACHMENT TO THE DECREE OF THE MAYOR OF CONTOH NUMBER : 800/123/BKPSDM/2026 DATE : 7 December 2026 "), "%.300s", text)
				assert.Contains(t, pages[len(pages)-1], "MAYOR OF CONTOH, Drs. Contoh Pemimpin, M.Si. NIP.")
			}
			// The signature is never alone on its page: the last row is there.
			last := recs[len(recs)-1]
			assert.Contains(t, pages[len(pages)-1], groupedNIP(last[1]))
			// MUTASI_SCREENSHOT=1 redraws README's picture of the first page.
			if lang == "id" && os.Getenv("MUTASI_SCREENSHOT") == "1" {
				out, err := exec.Command("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
					path, filepath.Join("..", "..", "docs", "lampiran")).CombinedOutput()
				require.NoError(t, err, "%s", out)
			}
		})
	}
}

// TestLampiranPDFBlanks: a decree with no fields prints dotted blanks to
// fill in by hand, and no NIP line under the signature.
func TestLampiranPDFBlanks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "l.pdf")
	code, _, errs := runCapture(t, "", solveArgs(append([]string{"solve"}, solveTiny...), "--format", "pdf", "--out", path)...)
	require.Equal(t, exitOK, code, errs)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	text := pdfText(t, data)
	b := decreeBlank
	assert.True(t, strings.HasPrefix(text, "LAMPIRAN KEPUTUSAN "+b+" NOMOR : "+b+" TANGGAL : "+b+" TENTANG : "+b+" No NIP"), "%.200s", text)
	assert.Contains(t, text, b+", "+decreeNameBlank+" Halaman 1 dari 1")
	assert.NotContains(t, text, "NIP.")
}

// TestLampiranXLSXDecree: the workbook's first sheet is the decree's
// attachment ready to print: the title block above the table, fitted
// columns, the header row repeated on every printed page, A4 landscape
// one page wide, page numbers in the footer, the signature block below.
func TestLampiranXLSXDecree(t *testing.T) {
	path := filepath.Join(t.TempDir(), "l.xlsx")
	args := solveArgs(append([]string{"solve"}, solveTiny...), "--format", "xlsx", "--out", path,
		"--decree", "title=GUBERNUR", "--decree", "region=CONTOH", "--decree", "issued=1 Maret 2028",
		"--decree", "signer=Nama Gubernur")
	code, _, errs := runCapture(t, "", args...)
	require.Equal(t, exitOK, code, errs)
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows(report.SheetLampiran)
	require.NoError(t, err)
	top, table := servetest.LampiranTable(t, rows)
	assert.Equal(t, "LAMPIRAN KEPUTUSAN GUBERNUR CONTOH", rows[0][lampiranTitleCol-1])
	assert.Equal(t, "NOMOR : "+decreeBlank, rows[1][lampiranTitleCol-1])
	assert.Equal(t, "TANGGAL : 1 Maret 2028", rows[2][lampiranTitleCol-1])
	assert.Equal(t, report.LampiranHeader(i18n.ID), table[0])
	assert.Len(t, table, 3) // the header and the tiny plan's two moves
	// The signature block after the table.
	var sign []string
	for _, r := range rows[top+len(table):] {
		if len(r) > lampiranTitleCol {
			sign = append(sign, r[lampiranTitleCol])
		}
	}
	assert.Equal(t, []string{"GUBERNUR CONTOH,", "Nama Gubernur"}, sign)

	// Page setup.
	names := f.GetDefinedName()
	found := false
	for _, n := range names {
		if n.Name == "_xlnm.Print_Titles" {
			found = true
			assert.Equal(t, fmt.Sprintf("'Lampiran SK'!$%d:$%d", top, top), n.RefersTo)
			assert.Equal(t, report.SheetLampiran, n.Scope)
		}
	}
	assert.True(t, found, "no print titles: the header is not repeated on every page (%v)", names)
	lay, err := f.GetPageLayout(report.SheetLampiran)
	require.NoError(t, err)
	require.NotNil(t, lay.Orientation)
	assert.Equal(t, "landscape", *lay.Orientation)
	assert.Equal(t, 9, *lay.Size) // A4
	assert.Equal(t, 1, *lay.FitToWidth)
	hf, err := f.GetHeaderFooter(report.SheetLampiran)
	require.NoError(t, err)
	assert.Equal(t, "&CHalaman &P dari &N", hf.OddFooter)
	// Fitted widths: every column at least as wide as its longest word,
	// the NIP's 18 digits on one line.
	for c := range table[0] {
		col, _ := excelize.ColumnNumberToName(c + 1)
		w, err := f.GetColWidth(report.SheetLampiran, col)
		require.NoError(t, err)
		for _, r := range table {
			for _, word := range strings.Fields(r[c]) {
				assert.GreaterOrEqualf(t, w, textWidth(word), "column %s is narrower than %q", col, word)
			}
		}
	}
}

// TestLampiranCSVSeparator: ';' in Indonesian by default (Indonesian Excel
// opens it in columns), ',' in English, and --csv-sep chooses; the cells
// read back the same in every form.
func TestLampiranCSVSeparator(t *testing.T) {
	read := func(out string, sep rune) [][]string {
		r := csv.NewReader(strings.NewReader(out))
		r.Comma = sep
		recs, err := r.ReadAll()
		require.NoError(t, err)
		return recs
	}
	base := solveArgs(append([]string{"solve"}, solveTiny...), "--format", "csv")
	_, ref, _ := runCapture(t, "", solveArgs(base, "--csv-sep", ",")...)
	want := read(ref, ',')
	for _, c := range []struct {
		args []string
		sep  rune
	}{
		{nil, ';'}, {[]string{"--lang", "id"}, ';'}, {[]string{"--csv-sep", "tab"}, '\t'},
		{[]string{"--csv-sep", ";"}, ';'}, {[]string{"--lang", "en", "--csv-sep", ";"}, ';'},
	} {
		code, out, errs := runCapture(t, "", solveArgs(base, c.args...)...)
		require.Equal(t, exitOK, code, errs)
		first, _, _ := strings.Cut(out, "\n")
		assert.Equalf(t, 6, strings.Count(first, string(c.sep)), "%v: header %q", c.args, first)
		got := read(out, c.sep)
		if len(c.args) > 1 && c.args[1] == "en" {
			assert.Equal(t, len(want), len(got))
			continue
		}
		assert.Equalf(t, want, got, "%v", c.args)
	}
	_, en, _ := runCapture(t, "", solveArgs(base, "--lang", "en")...)
	assert.True(t, strings.HasPrefix(en, "No,NIP,Name,"), "%.30q", en)
}

// TestLampiranApproval: a plan that needs the Minister's approval says so
// under the table and above the signature, in the PDF and the workbook.
func TestLampiranApproval(t *testing.T) {
	dir := t.TempDir()
	base := solveArgs(append([]string{"solve"}, solveTiny...), "--calendar", "acting_head=true")
	pdfPath, xlsxPath := filepath.Join(dir, "l.pdf"), filepath.Join(dir, "l.xlsx")
	for _, args := range [][]string{solveArgs(base, "--format", "pdf", "--out", pdfPath), solveArgs(base, "--format", "xlsx", "--out", xlsxPath)} {
		code, _, errs := runCapture(t, "", args...)
		require.Equal(t, exitOK, code, errs)
	}
	data, err := os.ReadFile(pdfPath)
	require.NoError(t, err)
	text := pdfText(t, data)
	head := "PERLU PERSETUJUAN: persetujuan tertulis Menteri Dalam Negeri"
	k := strings.Index(text, head)
	require.GreaterOrEqual(t, k, 0, "%s", text)
	assert.Less(t, strings.Index(text, "Pengangkatan dalam jabatan"), k, "the approval comes after the table")
	assert.Less(t, k, strings.Index(text, decreeBlank+", "+decreeNameBlank), "the approval comes before the signature")

	f, err := excelize.OpenFile(xlsxPath)
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows(report.SheetLampiran)
	require.NoError(t, err)
	top, table := servetest.LampiranTable(t, rows)
	after := rows[top+len(table)-1:]
	require.Greater(t, len(after), 2)
	assert.True(t, strings.HasPrefix(after[1][1], head), "%q", after)
}
