package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mutasi-id/mutasi/model"
	"github.com/xuri/excelize/v2"
)

// lampiranHeader is the header of the lampiran SK (DESIGN.md, stable).
func lampiranHeader(lang string) []string {
	if lang == "id" {
		return []string{"No", "NIP", "Nama", "Pangkat/Gol", "Jabatan Lama", "Jabatan Baru", "Keterangan"}
	}
	return []string{"No", "NIP", "Name", "Rank", "Current post", "New post", "Remarks"}
}

// lampiranMoves returns the moves a decree lists, in the lampiran's order.
func lampiranMoves(p *model.Plan, all bool) []*model.Move {
	var out []*model.Move
	for _, m := range sortedMoves(p) {
		if inLampiran(m, all) {
			out = append(out, m)
		}
	}
	return out
}

// lampiranRow is one row of the lampiran SK, numbered from 1.
func lampiranRow(n int, m *model.Move, o *planOutput) []string {
	return []string{strconv.Itoa(n), m.NIP, m.Name, pangkat(m.Rank, o.lang),
		fromLabel(m, o), postLabel(m.To), moveLabel(m, o.lang)}
}

// writePlanCSV writes the lampiran SK as CSV (comma separated, UTF-8, no
// BOM), the NIP as text, every cell neutralised against formula injection
// (csvSafe).
func writePlanCSV(w io.Writer, p *model.Plan, o planOutput) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvSafe(lampiranHeader(o.lang))); err != nil {
		return err
	}
	for k, m := range lampiranMoves(p, o.all) {
		if err := cw.Write(csvSafe(lampiranRow(k+1, m, &o))); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe neutralises the cells of a CSV record in place against formula
// injection, as OWASP recommends: a cell that starts with =, +, -, @, a tab,
// a carriage return or a line feed (which a spreadsheet may read as the
// start of a formula: =HYPERLINK(…), +cmd|…) gets a leading apostrophe, so
// that the spreadsheet shows it as text. A plain number ("-3", "+2.5") and
// a lone "-" (no post) are left as they are: they cannot run anything.
// Separators and quotes inside a cell are quoted by encoding/csv, so no cell
// can start a new one. It returns rec.
func csvSafe(rec []string) []string {
	for k, c := range rec {
		if c == "" || !strings.ContainsRune("=+-@\t\r\n", rune(c[0])) || c == "-" || csvPlainNumber(c) {
			continue
		}
		rec[k] = "'" + c
	}
	return rec
}

// csvPlainNumber reports whether s is a decimal number: an optional sign,
// digits, and an optional fraction.
func csvPlainNumber(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	whole, frac, dot := strings.Cut(s, ".")
	digits := func(x string) bool {
		return x != "" && strings.Trim(x, "0123456789") == ""
	}
	return digits(whole) && (!dot || digits(frac))
}

// reasonsHeader is the header of the workbook's second sheet: each move's
// score components, JPM, reasons and warnings.
func reasonsHeader(lang string, comps []string) []string {
	var h []string
	if lang == "id" {
		h = []string{"No", "NIP", "Nama", "Jenis", "Jabatan Baru", "Skor"}
	} else {
		h = []string{"No", "NIP", "Name", "Type", "New post", "Score"}
	}
	h = append(h, comps...)
	if lang == "id" {
		return append(h, "JPM", "Kategori JPM", "Alasan", "Peringatan")
	}
	return append(h, "JPM", "JPM category", "Reasons", "Warnings")
}

// Sheet names of the lampiran workbook.
const (
	sheetLampiran  = "Lampiran SK"
	sheetReasonsID = "Alasan dan Skor"
	sheetReasonsEN = "Reasons and Scores"
)

// writePlanXLSX writes the lampiran SK as a workbook: sheet "Lampiran SK"
// (the decree's attachment, NIPs as text) and a second sheet with each
// listed move's score, components, JPM, reasons and warnings.
func writePlanXLSX(w io.Writer, p *model.Plan, o planOutput) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheetLampiran); err != nil {
		return err
	}
	ms := lampiranMoves(p, o.all)
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	put := func(sheet string, row int, vals []any) error {
		for c, v := range vals {
			cell, err := excelize.CoordinatesToCellName(c+1, row)
			if err != nil {
				return err
			}
			switch v := v.(type) {
			case string:
				err = f.SetCellStr(sheet, cell, v)
			case float64:
				err = f.SetCellFloat(sheet, cell, round6(v), -1, 64)
			case int:
				err = f.SetCellInt(sheet, cell, int64(v))
			case nil:
			default:
				err = fmt.Errorf("xlsx: cell %s: unexpected %T", cell, v)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	header := func(sheet string, h []string) error {
		vals := make([]any, len(h))
		for k, s := range h {
			vals[k] = s
		}
		if err := put(sheet, 1, vals); err != nil {
			return err
		}
		// The header stays in view while scrolling a long decree.
		if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		return f.SetRowStyle(sheet, 1, 1, bold)
	}

	if err := header(sheetLampiran, lampiranHeader(o.lang)); err != nil {
		return err
	}
	for k, m := range ms {
		r := lampiranRow(k+1, m, &o)
		vals := []any{k + 1}
		for _, s := range r[1:] {
			vals = append(vals, s)
		}
		if err := put(sheetLampiran, k+2, vals); err != nil {
			return err
		}
	}
	for _, cw := range []struct {
		col   string
		width float64
	}{{"A", 5}, {"B", 21}, {"C", 30}, {"D", 24}, {"E", 45}, {"F", 45}, {"G", 30}} {
		if err := f.SetColWidth(sheetLampiran, cw.col, cw.col, cw.width); err != nil {
			return err
		}
	}

	sheet := sheetReasonsEN
	if o.lang == "id" {
		sheet = sheetReasonsID
	}
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	comps := componentNames(ms)
	if err := header(sheet, reasonsHeader(o.lang, comps)); err != nil {
		return err
	}
	for k, m := range ms {
		vals := []any{k + 1, m.NIP, m.Name, moveLabel(m, o.lang), postLabel(m.To), m.Score}
		for _, c := range comps {
			vals = append(vals, m.Components[c])
		}
		if m.HasJPM {
			vals = append(vals, m.JPM, m.JPMCategory)
		} else {
			vals = append(vals, nil, nil)
		}
		vals = append(vals, strings.Join(m.Reasons, "; "), strings.Join(m.Warnings, "; "))
		if err := put(sheet, k+2, vals); err != nil {
			return err
		}
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}
