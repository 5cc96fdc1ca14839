package model

import (
	"bytes"
	"fmt"
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

// openXLSX opens a workbook from its bytes.
func openXLSX(name string, data []byte) (*excelize.File, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable XLSX workbook: %w", name, err)
	}
	return f, nil
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
func readXLSXFile(name string, data []byte, kind rosterTableKind) (*rosterTable, error) {
	f, err := openXLSX(name, data)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sheet := findSheet(f, kind)
	if sheet == "" {
		list := f.GetSheetList()
		if len(list) == 0 {
			return nil, fmt.Errorf("%s: the workbook has no sheet", name)
		}
		sheet = list[0]
	}
	return readSheet(f, name, sheet)
}

// readWorkbook reads both tables from one workbook (--roster F.xlsx) with
// sheets officials/pejabat and positions/jabatan, and, when withSelection,
// the optional sheet selection/seleksi (nil when absent). A missing
// required sheet is an error naming the sheets found.
func readWorkbook(name string, data []byte, withSelection bool) (off, pos, sel *rosterTable, err error) {
	f, err := openXLSX(name, data)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	var tabs [3]*rosterTable
	for _, kind := range []rosterTableKind{officialsTable, positionsTable, selectionTable} {
		sheet := findSheet(f, kind)
		if kind == selectionTable && (sheet == "" || !withSelection) {
			continue
		}
		if sheet == "" {
			n := kind.sheetNames()
			return nil, nil, nil, fmt.Errorf("%s: no sheet named %q or %q (the sheets are %q)",
				name, n[0], n[1], f.GetSheetList())
		}
		t, err := readSheet(f, name+"["+sheet+"]", sheet)
		if err != nil {
			return nil, nil, nil, err
		}
		tabs[kind] = t
	}
	return tabs[0], tabs[1], tabs[2], nil
}

// readSheet reads a sheet's raw cell values (no number formats applied, so a
// date is its serial and a number its stored digits). Cells of the NIP
// column stored as numbers are marked.
func readSheet(f *excelize.File, name, sheet string) (*rosterTable, error) {
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("%s: reading sheet %q: %w", name, sheet, err)
	}
	t := &rosterTable{name: name, xlsx: true}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		t.date1904 = *props.Date1904
	}
	first := -1
	for i, r := range rows {
		if !csvBlankRow(r) {
			first = i
			break
		}
	}
	if first < 0 {
		return t, nil
	}
	if first > 0 {
		t.problems = append(t.problems, tableProblem{row: first + 1, col: -1, sev: Warning,
			reason: "blank rows before the header"})
	}
	t.header = rows[first]
	nipCol := -1
	for c, h := range t.header {
		if k := rosterHeaderKey(h); k == "nip" || officialAliases()[k] == "nip" {
			nipCol = c
		}
	}
	for i := first + 1; i < len(rows); i++ {
		if csvBlankRow(rows[i]) {
			continue
		}
		tr := tableRow{num: i + 1, cells: rows[i]}
		if nipCol >= 0 && nipCol < len(rows[i]) && strings.TrimSpace(rows[i][nipCol]) != "" {
			cell, err := excelize.CoordinatesToCellName(nipCol+1, i+1)
			if err == nil {
				typ, err := f.GetCellType(sheet, cell)
				if err == nil && (typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset) {
					tr.numeric = map[int]bool{nipCol: true}
				}
			}
		}
		t.rows = append(t.rows, tr)
	}
	return t, nil
}

// excelSerialDate converts an Excel date serial to the date (the time of day
// dropped). Serials before 1 March 1900 are refused: no personnel date is that
// old, and the 1900 system's phantom leap day makes them ambiguous.
func excelSerialDate(v float64, date1904 bool) (time.Time, error) {
	if math.IsNaN(v) || v < 0 || v > 2958465 { // 2958465 is 9999-12-31
		return time.Time{}, fmt.Errorf("not a date serial")
	}
	days := int(math.Floor(v))
	if date1904 {
		// Day 0 of the 1904 system (old Mac workbooks) is 1 January 1904.
		return time.Date(1904, 1, 1+days, 0, 0, 0, 0, time.UTC), nil
	}
	if days < 61 {
		return time.Time{}, fmt.Errorf("date serial %d is before 1900-03-01", days)
	}
	// Excel counts a 29 February 1900 that did not exist, so for every
	// serial from 61 (1900-03-01) on, day 0 is 30 December 1899.
	return time.Date(1899, 12, 30+days, 0, 0, 0, 0, time.UTC), nil
}
