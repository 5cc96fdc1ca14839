package costfile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// csvForbidden reports whether a (trimmed) cell marks a forbidden pair: an
// empty cell, "x", "-" or any spelling of an infinity. Any infinity counts,
// whatever its sign, because a CSV written for a minimisation stays usable
// with --maximize.
func csvForbidden(s string) bool {
	switch strings.ToLower(s) {
	case "", "x", "-", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity", "∞":
		return true
	}
	return false
}

// csvNumber parses a cost cell. With a semicolon separator a decimal comma
// is accepted ("1,5"), as Indonesian-locale spreadsheets write it.
func csvNumber(s string, decimalComma bool) (float64, error) {
	if decimalComma && strings.Contains(s, ",") {
		if strings.Contains(s, ".") || strings.Count(s, ",") > 1 {
			return 0, i18n.Errorf(i18n.CostNotNumber)
		}
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	switch {
	case errors.Is(err, strconv.ErrRange):
		return 0, i18n.Errorf(i18n.CostRange)
	case err != nil:
		return 0, i18n.Errorf(i18n.CostNotNumber)
	case math.IsNaN(v):
		return 0, i18n.Errorf(i18n.CostNaN)
	}
	return v, nil
}

// csvIsNumber reports whether a cell is a number (not a forbidden token).
func csvIsNumber(s string, decimalComma bool) bool {
	if csvForbidden(s) {
		return false
	}
	_, err := csvNumber(s, decimalComma)
	return err == nil
}

// csvSeparator picks the separator from the first non-blank line: a
// semicolon when it has one outside quotes, a comma otherwise. A semicolon
// never appears in a comma-separated matrix of numbers, while a comma does
// appear in a semicolon-separated one (the decimal comma).
func csvSeparator(data []byte) rune {
	for len(data) > 0 {
		line := data
		if k := bytes.IndexByte(data, '\n'); k >= 0 {
			line, data = data[:k], data[k+1:]
		} else {
			data = nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		quoted := false
		for _, c := range line {
			switch {
			case c == '"':
				quoted = !quoted
			case c == ';' && !quoted:
				return ';'
			}
		}
		return ','
	}
	return ','
}

// csvIDs reports whether cells are all identifiers written as long digit
// strings (16 digits or more, such as 18-digit NIPs): beyond 2^53 a float64
// no longer holds every integer, so no cost is written that way.
func csvIDs(cells []string) bool {
	for _, c := range cells {
		if len(c) < 16 || strings.Trim(c, "0123456789") != "" {
			return false
		}
	}
	return len(cells) > 0
}

// readCSV reads a CSV cost matrix. Labels are detected: a set of cells is
// labels when none of them is a number and at least one is a word (neither a
// number nor a forbidden token). The file has both a label row and a label
// column when the first row and the first column, each without the corner
// cell, are labels; otherwise it has a label row when the whole first row is
// labels, or else a label column when the whole first column is. A first row
// or column that mixes numbers and words is therefore data with a typo,
// reported with its line and column, not silently taken for labels.
func readCSV(name string, r io.Reader, forbidden float64, labels Labels) (*Matrix, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, i18n.Errorf(i18n.CostReading, name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, i18n.Errorf(i18n.CostEmpty, name)
	}
	sep := csvSeparator(data)
	decimalComma := sep == ';'
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	var (
		recs  [][]string
		lines []int
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, i18n.Errorf(i18n.CostCSVAt, name, pe.Line, pe.Column, pe.Err)
			}
			return nil, i18n.Errorf(i18n.CostInFile, name, err)
		}
		line, _ := cr.FieldPos(0)
		for k := range rec {
			rec[k] = strings.TrimSpace(rec[k])
		}
		recs = append(recs, rec)
		lines = append(lines, line)
	}
	width := len(recs[0])
	for k, rec := range recs {
		if len(rec) != width {
			return nil, i18n.Errorf(i18n.CostWidth, name, lines[k], len(rec), lines[0], width)
		}
	}

	// isLabels: no cell is a number, and at least one is a word.
	isLabels := func(cells []string) bool {
		words := 0
		for _, c := range cells {
			if csvIsNumber(c, decimalComma) {
				return false
			}
			if !csvForbidden(c) {
				words++
			}
		}
		return words > 0
	}
	firstCol := make([]string, 0, len(recs))
	for _, rec := range recs {
		firstCol = append(firstCol, rec[0])
	}
	var hasColLabels, hasRowLabels bool
	switch {
	case labels == LabelsNone:
	case labels == LabelsRows:
		hasRowLabels = true
	case labels == LabelsCols:
		hasColLabels = true
	case labels == LabelsBoth:
		hasColLabels, hasRowLabels = true, true
	case isLabels(recs[0][1:]) && (isLabels(firstCol[1:]) || csvIDs(firstCol[1:])):
		// Both: the corner cell belongs to neither and is ignored.
		hasColLabels, hasRowLabels = true, true
	case isLabels(recs[0]):
		hasColLabels = true
	case isLabels(firstCol) || csvIDs(firstCol):
		hasRowLabels = true
	}
	m := &Matrix{}
	r0, c0 := 0, 0
	if hasColLabels {
		r0 = 1
	}
	if hasRowLabels {
		c0 = 1
	}
	m.Rows, m.Cols = len(recs)-r0, width-c0
	if hasColLabels {
		m.ColLabels = append([]string(nil), recs[0][c0:]...)
	}
	if hasRowLabels {
		m.RowLabels = make([]string, 0, m.Rows)
		for _, rec := range recs[r0:] {
			m.RowLabels = append(m.RowLabels, rec[0])
		}
	}
	m.Data = make([]float64, 0, m.Rows*m.Cols)
	for k, rec := range recs[r0:] {
		for j, cell := range rec[c0:] {
			if csvForbidden(cell) {
				m.Data = append(m.Data, forbidden)
				continue
			}
			v, err := csvNumber(cell, decimalComma)
			if err != nil {
				return nil, i18n.Errorf(i18n.CostCell, name, lines[k+r0], j+c0+1, cell, err)
			}
			m.Data = append(m.Data, v)
		}
	}
	return m, nil
}
