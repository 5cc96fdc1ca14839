package rosterfile

import (
	"github.com/mutasi-id/mutasi/internal/i18n"

	"bytes"
	"context"
	"math"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// rosterTableKind says which of the two roster tables a sheet holds.
type rosterTableKind uint8

const (
	officialsTable rosterTableKind = iota
	positionsTable
	selectionTable
)

// sheetNames are the names (lower case) a workbook's sheet may have for each
// table (docs/roster-files.md).
func (k rosterTableKind) sheetNames() []string {
	switch k {
	case officialsTable:
		return []string{"officials", "pejabat"}
	case selectionTable:
		return []string{"selection", "seleksi"}
	}
	return []string{"positions", "jabatan"}
}

// xlsxBook is a workbook opened for reading, with what its check learnt.
type xlsxBook struct {
	*excelize.File
	check *workbookCheck
}

// openXLSX checks a workbook against lim (checkWorkbook) and opens it from
// its bytes, in memory: the library's own size limits are set so that it
// never spills a part to a temporary file.
func openXLSX(ctx context.Context, name string, data []byte, lim ReadLimits) (*xlsxBook, error) {
	wc, err := checkWorkbook(ctx, name, data, lim)
	if err != nil {
		return nil, err
	}
	// With both limits equal, a part larger than the XML limit would
	// already exceed the total: nothing is written to disk.
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: lim.UnzippedBytes, UnzipXMLSizeLimit: lim.UnzippedBytes})
	if err != nil {
		return nil, i18n.Errorf(i18n.RosterXLSXUnreadable, name, err)
	}
	return &xlsxBook{File: f, check: wc}, nil
}

// findSheet returns the sheet of f named for kind (case-insensitive, spaces
// around ignored), or "" when there is none.
func findSheet(f *excelize.File, kind rosterTableKind) string {
	for _, s := range f.GetSheetList() {
		for _, want := range kind.sheetNames() {
			if strings.EqualFold(strings.TrimSpace(s), want) {
				return s
			}
		}
	}
	return ""
}

// readXLSXFile reads one table from a workbook given as a separate file
// (--officials F.xlsx): the sheet named for the kind when there is one, else
// the first sheet.
func readXLSXFile(ctx context.Context, name string, data []byte, kind rosterTableKind, lim ReadLimits) (*rosterTable, error) {
	f, err := openXLSX(ctx, name, data, lim)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sheet := findSheet(f.File, kind)
	if sheet == "" {
		list := f.GetSheetList()
		if len(list) == 0 {
			return nil, i18n.Errorf(i18n.RosterXLSXNoSheet, name)
		}
		sheet = list[0]
	}
	return readSheet(ctx, f, name, sheet)
}

// readWorkbook reads both tables from one workbook (--roster F.xlsx) with
// sheets officials/pejabat and positions/jabatan, and, when withSelection,
// the optional sheet selection/seleksi (nil when absent). A missing
// required sheet is an error naming the sheets found.
func readWorkbook(ctx context.Context, name string, data []byte, withSelection bool, lim ReadLimits) (off, pos, sel *rosterTable, err error) {
	f, err := openXLSX(ctx, name, data, lim)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	var tabs [3]*rosterTable
	for _, kind := range []rosterTableKind{officialsTable, positionsTable, selectionTable} {
		sheet := findSheet(f.File, kind)
		if kind == selectionTable && (sheet == "" || !withSelection) {
			continue
		}
		if sheet == "" {
			n := kind.sheetNames()
			return nil, nil, nil, i18n.Errorf(i18n.RosterXLSXMissingSheet, name, n[0], n[1], f.GetSheetList())
		}
		t, err := readSheet(ctx, f, name+"["+sheet+"]", sheet)
		if err != nil {
			return nil, nil, nil, err
		}
		tabs[kind] = t
	}
	return tabs[0], tabs[1], tabs[2], nil
}

// readSheet reads a sheet's raw cell values (no number formats applied, so a
// date is its serial and a number its stored digits), row by row under ctx.
// Cells of the NIP column stored as numbers are marked.
func readSheet(ctx context.Context, f *xlsxBook, name, sheet string) (*rosterTable, error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, i18n.Errorf(i18n.RosterXLSXReadSheet, name, sheet, err)
	}
	defer it.Close()
	t := &rosterTable{name: name, xlsx: true}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		t.date1904 = *props.Date1904
	}
	raw := excelize.Options{RawCellValue: true}
	num := 0
	for it.Next() {
		num++
		if num%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		cells, err := it.Columns(raw)
		if err != nil {
			return nil, i18n.Errorf(i18n.RosterXLSXReadRow, name, sheet, num, err)
		}
		if csvBlankRow(cells) {
			continue
		}
		if t.header == nil {
			if num > 1 {
				t.problems = append(t.problems, tableProblem{row: num, col: -1, sev: Warning,
					reason: i18n.M(i18n.RosterBlankBefore)})
			}
			t.header = t.capCells(num, cells)
			continue
		}
		t.rows = append(t.rows, tableRow{num: num, cells: t.capCells(num, cells)})
	}
	if err := it.Error(); err != nil {
		return nil, i18n.Errorf(i18n.RosterXLSXReadSheet, name, sheet, err)
	}
	nipCol := -1
	for c, h := range t.header {
		if k := rosterHeaderKey(h); k == "nip" || officialAliases()[k] == "nip" {
			nipCol = c
		}
	}
	if nipCol < 0 || len(t.rows) == 0 {
		return t, nil
	}
	numeric, err := f.check.numericCells(ctx, sheet, nipCol+1)
	if err != nil {
		return nil, err
	}
	for k := range t.rows {
		tr := &t.rows[k]
		if numeric[tr.num] && nipCol < len(tr.cells) && strings.TrimSpace(tr.cells[nipCol]) != "" {
			tr.numeric = map[int]bool{nipCol: true}
		}
	}
	return t, nil
}

// excelSerialDate converts an Excel date serial to the date (the time of day
// dropped). Serials before 1 March 1900 are refused: no personnel date is that
// old, and the 1900 system's phantom leap day makes them ambiguous.
func excelSerialDate(v float64, date1904 bool) (time.Time, error) {
	if math.IsNaN(v) || v < 0 || v > 2958465 { // 2958465 is 9999-12-31
		return time.Time{}, i18n.Errorf(i18n.RosterSerialBad)
	}
	days := int(math.Floor(v))
	if date1904 {
		// Day 0 of the 1904 system (old Mac workbooks) is 1 January 1904.
		return time.Date(1904, 1, 1+days, 0, 0, 0, 0, time.UTC), nil
	}
	if days < 61 {
		return time.Time{}, i18n.Errorf(i18n.RosterSerialEarly, days)
	}
	// Excel counts a 29 February 1900 that did not exist, so for every
	// serial from 61 (1900-03-01) on, day 0 is 30 December 1899.
	return time.Date(1899, 12, 30+days, 0, 0, 0, 0, time.UTC), nil
}
