package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
	"github.com/xuri/excelize/v2"
)

// LampiranHeader is the header of the lampiran SK, a stable contract
// (docs/cli.md "The lampiran SK").
func LampiranHeader(lang i18n.Lang) []string {
	return strings.Split(lang.T(i18n.LampiranHeader), "|")
}

// LampiranMoves returns the moves a decree lists, in the lampiran's order.
func LampiranMoves(p *model.Plan, all bool) []*model.Move {
	var out []*model.Move
	for _, m := range SortedMoves(p) {
		if inLampiran(m, all) {
			out = append(out, m)
		}
	}
	return out
}

// lampiranRow is one row of the lampiran SK, numbered from 1.
func lampiranRow(n int, m *model.Move, o *Options) []string {
	return []string{strconv.Itoa(n), m.NIP, m.Name, pangkat(m.Rank, o.Lang),
		fromLabel(m, o), toLabel(m, o.Lang), MoveLabel(m, o.Lang)}
}

// WritePlanCSV writes the lampiran SK as CSV (UTF-8, no BOM), separated by
// o.CSVSep (a comma when unset), the NIP as text, every cell neutralised
// against formula injection (csvSafe).
func WritePlanCSV(w io.Writer, p *model.Plan, o Options) error {
	cw := csv.NewWriter(w)
	if o.CSVSep != 0 {
		cw.Comma = o.CSVSep
	}
	if err := cw.Write(csvSafe(LampiranHeader(o.Lang))); err != nil {
		return err
	}
	for k, m := range LampiranMoves(p, o.All) {
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
// The components are named in the language, with a capital ("Kinerja").
func reasonsHeader(lang i18n.Lang, comps []string) []string {
	h := strings.Split(lang.T(i18n.ReasonsHeaderHead), "|")
	for _, c := range comps {
		h = append(h, capitalize(ComponentLabel(c, lang)))
	}
	return append(h, strings.Split(lang.T(i18n.ReasonsHeaderTail), "|")...)
}

// capitalize writes the first letter of s in upper case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// SheetLampiran is the name of the lampiran workbook's first sheet, the
// same in both languages.
const SheetLampiran = "Lampiran SK"

// xlsxCell is a value of a workbook cell: a string (kept as text, so a NIP
// keeps its 18 digits), a float64 (rounded to six decimals), an int, or nil
// for an empty cell.
type xlsxCell = any

// xlsxPut writes vals to the row from its first column on.
func xlsxPut(f *excelize.File, sheet string, row int, vals []xlsxCell) error {
	for c, v := range vals {
		cell, err := excelize.CoordinatesToCellName(c+1, row)
		if err != nil {
			return err
		}
		switch v := v.(type) {
		case string:
			err = f.SetCellStr(sheet, cell, v)
		case float64:
			err = f.SetCellFloat(sheet, cell, Round6(v), -1, 64)
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

// WritePlanXLSX writes the lampiran SK as a workbook. Its first sheet,
// "Lampiran SK", is the decree's attachment ready to print: the title block
// of the decree, the table of moves (NIPs as text) with its header repeated
// on every printed page, and the signature block, on A4 landscape one page
// wide with the page numbers in the footer. The second sheet holds each
// listed move's score, components, JPM, reasons and warnings as a plain
// table.
func WritePlanXLSX(w io.Writer, p *model.Plan, o Options) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetLampiran); err != nil {
		return err
	}
	ms := LampiranMoves(p, o.All)
	if err := writeDecreeSheet(f, ms, p.Approval, &o); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := writeReasonsSheet(f, ms, &o); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// The decree sheet's layout: the title block on the right from row 1, the
// table's header after a blank row, and the moves below it.
const (
	lampiranTitleCol = 5 // E: the title block spans E:G
	lampiranLastCol  = 7 // G
)

// writeDecreeSheet fills the sheet "Lampiran SK" (see WritePlanXLSX).
func writeDecreeSheet(f *excelize.File, ms []*model.Move, approval model.Approval, o *Options) error {
	const sheet = SheetLampiran
	v := newDecreeView(o.Decree, o.Lang)
	st, err := newDecreeStyles(f)
	if err != nil {
		return err
	}
	header := LampiranHeader(o.Lang)
	rows := make([][]string, len(ms))
	for k, m := range ms {
		rows[k] = lampiranRow(k+1, m, o)
	}
	widths := lampiranColumnWidths(header, rows)
	for c, wd := range widths {
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := f.SetColWidth(sheet, col, col, wd); err != nil {
			return err
		}
	}
	blockWidth := 0.0
	for _, wd := range widths[lampiranTitleCol-1:] {
		blockWidth += wd
	}
	// The title block: one merged line each, wrapped when long.
	lines := []string{v.heading}
	for _, fl := range v.fields {
		lines = append(lines, fl.label+" : "+fl.value)
	}
	row := 1
	for _, text := range lines {
		if err := decreeMergedLine(f, sheet, row, text, blockWidth, st.block); err != nil {
			return err
		}
		row++
	}
	row++ // a blank row before the table
	headerRow := row
	vals := make([]xlsxCell, len(header))
	for k, h := range header {
		vals[k] = h
	}
	if err := xlsxPut(f, sheet, headerRow, vals); err != nil {
		return err
	}
	if err := decreeRowStyle(f, sheet, headerRow, st.header, header, widths); err != nil {
		return err
	}
	for k, r := range rows {
		vals := []xlsxCell{k + 1}
		for _, s := range r[1:] {
			vals = append(vals, s)
		}
		if err := xlsxPut(f, sheet, headerRow+1+k, vals); err != nil {
			return err
		}
		if err := decreeRowStyle(f, sheet, headerRow+1+k, st.cell, r, widths); err != nil {
			return err
		}
	}
	// A plan that needs the Minister's approval says so under the table,
	// where the decree's signer reads it (CSV stays a plain table).
	row = headerRow + len(rows) + 2
	for _, l := range ApprovalLines(approval, o.Lang) {
		if err := xlsxPut(f, sheet, row, []xlsxCell{nil, l}); err != nil {
			return err
		}
		row++
	}
	// The signature block, on the right below the table.
	row++
	sign := []struct {
		text  string
		style int
		skip  int // empty rows after it: room for the signature
	}{{v.office, st.sign, 4}, {v.signer, st.signer, 0}, {v.nip, st.sign, 0}}
	for _, s := range sign {
		if s.text == "" {
			continue
		}
		first, _ := excelize.CoordinatesToCellName(lampiranTitleCol+1, row)
		last, _ := excelize.CoordinatesToCellName(lampiranLastCol, row)
		if err := f.MergeCell(sheet, first, last); err != nil {
			return err
		}
		if err := f.SetCellStr(sheet, first, s.text); err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, first, last, s.style); err != nil {
			return err
		}
		row += 1 + s.skip
	}

	// Page setup: A4 landscape, one page wide, the header row on every
	// page, "Halaman 1 dari 3" at the foot.
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: fmt.Sprintf("A%d", headerRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	size, orient, one, any0 := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &any0}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	m := 0.6 // inches: 15 mm
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &m, Bottom: &m}); err != nil {
		return err
	}
	footer := "&C" + v.pageLabel("&P", "&N")
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, headerRow, headerRow)})
}

// decreeStyles are the cell styles of the decree sheet.
type decreeStyles struct {
	block, header, cell, sign, signer int
}

func newDecreeStyles(f *excelize.File) (decreeStyles, error) {
	var st decreeStyles
	border := []excelize.Border{{Type: "left", Style: 1, Color: "000000"}, {Type: "right", Style: 1, Color: "000000"},
		{Type: "top", Style: 1, Color: "000000"}, {Type: "bottom", Style: 1, Color: "000000"}}
	for _, s := range []struct {
		dst   *int
		style excelize.Style
	}{
		{&st.block, excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
		{&st.header, excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E9EC"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.cell, excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.sign, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.signer, excelize.Style{Font: &excelize.Font{Bold: true, Underline: "single"}, Alignment: &excelize.Alignment{Horizontal: "center"}}},
	} {
		id, err := f.NewStyle(&s.style)
		if err != nil {
			return st, err
		}
		*s.dst = id
	}
	return st, nil
}

// decreeMergedLine writes a line of the title block across E:G, its row
// as high as the wrapped text needs.
func decreeMergedLine(f *excelize.File, sheet string, row int, text string, width float64, style int) error {
	first, _ := excelize.CoordinatesToCellName(lampiranTitleCol, row)
	last, _ := excelize.CoordinatesToCellName(lampiranLastCol, row)
	if err := f.MergeCell(sheet, first, last); err != nil {
		return err
	}
	if err := f.SetCellStr(sheet, first, text); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, first, last, style); err != nil {
		return err
	}
	if n := len(wrapWords(text, width)); n > 1 {
		return f.SetRowHeight(sheet, row, 15*float64(n))
	}
	return nil
}

// decreeRowStyle styles a table row and sets its height to the most lines
// one of its wrapped cells needs (a spreadsheet does not measure a row of a
// generated file by itself).
func decreeRowStyle(f *excelize.File, sheet string, row, style int, cells []string, widths []float64) error {
	first, _ := excelize.CoordinatesToCellName(1, row)
	last, _ := excelize.CoordinatesToCellName(len(widths), row)
	if err := f.SetCellStyle(sheet, first, last, style); err != nil {
		return err
	}
	n := 1
	for c, s := range cells {
		n = max(n, len(wrapWords(s, widths[c])))
	}
	return f.SetRowHeight(sheet, row, 15*float64(n))
}

// lampiranColumnWidths fits the columns to their content, in a
// spreadsheet's character widths: the short columns (No, NIP, rank) to
// their longest value, the long ones (names, posts, remarks) to their
// longest value up to a limit past which the text wraps.
func lampiranColumnWidths(header []string, rows [][]string) []float64 {
	limits := []float64{6, 21, 28, 26, 38, 38, 22}
	out := make([]float64, len(header))
	for c := range header {
		// A header wraps at its words: its longest word is the least width.
		for _, w := range strings.Fields(header[c]) {
			out[c] = max(out[c], textWidth(w)+2)
		}
		for _, r := range rows {
			out[c] = max(out[c], min(textWidth(r[c])+2, limits[c]))
		}
	}
	return out
}

// textWidth estimates the width of s in a spreadsheet's character widths
// (the width of a digit): capitals count a little wider.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			w += 1.2
		default:
			w++
		}
	}
	return w
}

// wrapWords breaks s into lines of at most width (textWidth), at spaces; a
// word longer than a line has a line of its own.
func wrapWords(s string, width float64) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = w
		case textWidth(cur+" "+w)+1 <= width:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	return append(lines, cur)
}

// writeReasonsSheet adds the sheet of each listed move's score,
// components, JPM, reasons and warnings.
func writeReasonsSheet(f *excelize.File, ms []*model.Move, o *Options) error {
	sheet := o.Lang.T(i18n.ReasonsSheet)
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	comps := ComponentNames(ms)
	h := reasonsHeader(o.Lang, comps)
	vals := make([]xlsxCell, len(h))
	for k, s := range h {
		vals[k] = s
	}
	if err := xlsxPut(f, sheet, 1, vals); err != nil {
		return err
	}
	// The header stays in view while scrolling.
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := f.SetRowStyle(sheet, 1, 1, bold); err != nil {
		return err
	}
	for k, m := range ms {
		vals := []xlsxCell{k + 1, m.NIP, m.Name, MoveLabel(m, o.Lang), toLabel(m, o.Lang), m.Score}
		for _, c := range comps {
			vals = append(vals, m.Components[c])
		}
		if m.HasJPM {
			vals = append(vals, m.JPM, m.JPMCategory)
		} else {
			vals = append(vals, nil, nil)
		}
		vals = append(vals, strings.Join(i18n.Texts(m.Reasons, o.Lang), "; "), strings.Join(i18n.Texts(m.Warnings, o.Lang), "; "))
		if err := xlsxPut(f, sheet, k+2, vals); err != nil {
			return err
		}
	}
	return nil
}
