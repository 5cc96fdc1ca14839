package rosterfile

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// rosterTable is one sheet of cells as read from a CSV file or an XLSX
// sheet, before the columns are given a meaning.
type rosterTable struct {
	// name is the file as the user gave it, with "[sheet]" for a sheet of a
	// workbook: what messages show.
	name   string
	header []string
	rows   []tableRow
	// xlsx is set for workbook sheets: a number in a date column is then an
	// Excel date serial, counted from 1904 when date1904 is set.
	xlsx     bool
	date1904 bool
	// problems found while reading the cells (bad encoding, broken quotes).
	problems []tableProblem
}

// tableRow is one non-blank row of a table.
type tableRow struct {
	// num is the row as a spreadsheet shows it: the header is row 1.
	num   int
	cells []string
	// numeric marks the cells stored as numbers (XLSX only, NIP column
	// only): a NIP that went through a number has lost digits.
	numeric map[int]bool
}

// tableProblem is a problem found while reading a table: at a row (0 for the
// whole file) and a column index (-1 for the whole row).
type tableProblem struct {
	row, col int
	sev      Severity
	value    string
	reason   i18n.Msg
}

// csvDelimiter returns the separator of a CSV file from its header line: a
// semicolon when the line has more semicolons than commas outside quotes
// (what Indonesian-locale Excel writes), else a comma.
func csvDelimiter(data []byte) rune {
	commas, semis := 0, 0
	quoted := false
	for _, c := range data {
		switch c {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				commas++
			}
		case ';':
			if !quoted {
				semis++
			}
		case '\n':
			if !quoted {
				if semis > commas {
					return ';'
				}
				return ','
			}
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

// readCSV reads a CSV roster file: UTF-8 with or without a byte-order mark,
// comma- or semicolon-separated (detected from the header line), with
// quoted cells that may span lines. Row numbers count records as a
// spreadsheet shows them (header = 1, blank lines included, a quoted cell
// spanning lines stays one row). Blank rows are skipped. A file over lim's
// rows, columns or cells is refused before it is parsed (*LimitError); the
// reading stops when ctx ends.
func readCSV(ctx context.Context, name string, data []byte, lim ReadLimits) (*rosterTable, error) {
	t := &rosterTable{name: name}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte("\n"))
		t.problems = append(t.problems, tableProblem{row: line, col: -1, sev: Error,
			reason: i18n.M(i18n.RosterNotUTF8)})
		return t, nil
	}
	comma := csvDelimiter(data)
	if err := csvCheckShape(name, data, byte(comma), lim); err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	r.FieldsPerRecord = -1
	extra := 0 // newlines inside the quoted cells of the records read so far
	for n := 1; ; n++ {
		if n%1024 == 1 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			row := 0
			if errors.As(err, &pe) {
				row = pe.StartLine - extra
				if row < 1 {
					row = 1
				}
			}
			reason := i18n.M(i18n.RosterError, err)
			if pe != nil {
				reason = i18n.M(i18n.RosterCSVUnreadable, pe.Err)
			}
			t.problems = append(t.problems, tableProblem{row: row, col: -1, sev: Error, reason: reason})
			break
		}
		line, _ := r.FieldPos(0)
		num := line - extra
		for _, c := range rec {
			extra += strings.Count(c, "\n")
		}
		if t.header == nil {
			t.header = t.capCells(num, rec)
			if num != 1 {
				// Blank lines before the header: the spreadsheet shows them, so
				// the header is not at row 1; keep counting as it does.
				t.problems = append(t.problems, tableProblem{row: num, col: -1, sev: Warning,
					reason: i18n.M(i18n.RosterBlankBefore)})
			}
			continue
		}
		if csvBlankRow(rec) {
			continue
		}
		t.rows = append(t.rows, tableRow{num: num, cells: t.capCells(num, rec)})
	}
	return t, nil
}

// csvCheckShape refuses a CSV file with more rows, columns or cells than
// lim allows, by counting lines and separators outside quotes: a line of a
// million separators would otherwise become a million cells before any
// check.
func csvCheckShape(name string, data []byte, comma byte, lim ReadLimits) error {
	rows, fields := 1, 1
	var cells int64 = 1
	quoted := false
	for _, c := range data {
		switch {
		case c == '"':
			quoted = !quoted
			continue
		case quoted:
			continue
		case c == comma:
			fields++
			cells++
			if fields > lim.Columns {
				return &LimitError{File: name, Found: i18n.M(i18n.LimitColumnsInRow, i18n.Int(lim.Columns), i18n.Int(rows)),
					Limit: i18n.M(i18n.LimitColumns, i18n.Int(lim.Columns))}
			}
		case c == '\n':
			rows++
			fields = 1
			cells++
			if rows > lim.Rows+1 { // a last line break opens no row
				return &LimitError{File: name, Found: i18n.M(i18n.LimitMoreThan, i18n.M(i18n.LimitRows, i18n.Int(lim.Rows))),
					Limit: i18n.M(i18n.LimitRowsPerFile, i18n.Int(lim.Rows))}
			}
		default:
			continue
		}
		if cells > lim.Cells {
			return &LimitError{File: name, Found: i18n.M(i18n.LimitMoreThan, i18n.M(i18n.LimitCells, i18n.Int(lim.Cells))),
				Limit: i18n.M(i18n.LimitCellsPerFile, i18n.Int(lim.Cells))}
		}
	}
	return nil
}

// maxCellRunes is the most characters a cell may hold: what a spreadsheet
// cell holds (Excel's limit). A longer cell is not roster data.
const maxCellRunes = 32767

// capCells cuts the cells of row num longer than maxCellRunes to that
// length, recording an error for each, so that no later step works on a
// megabyte-long "name". It returns cells.
func (t *rosterTable) capCells(num int, cells []string) []string {
	for c, v := range cells {
		if len(v) <= maxCellRunes {
			continue // fewer bytes than the limit: fewer characters too
		}
		n := 0
		for i := range v {
			if n == maxCellRunes {
				cells[c] = v[:i]
				t.problems = append(t.problems, tableProblem{row: num, col: c, sev: Error, value: xmlShort([]byte(v)),
					reason: i18n.M(i18n.RosterCellTooLong, i18n.Int(utf8.RuneCountInString(v)), i18n.Int(maxCellRunes))})
				break
			}
			n++
		}
	}
	return cells
}

// firstInvalidUTF8 returns the offset of the first byte that is not valid
// UTF-8 in data.
func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// csvBlankRow reports whether every cell of rec is empty or white space.
func csvBlankRow(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
