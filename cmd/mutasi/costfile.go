package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// costMatrix is a cost matrix read from a file, with the labels of its rows
// and columns when the file has them (nil otherwise).
type costMatrix struct {
	Rows, Cols int
	// Data holds the costs row-major; a forbidden pair holds the forbidden
	// value the reader was given (+Inf, or −Inf for a maximisation).
	Data      []float64
	RowLabels []string
	ColLabels []string
}

// Dense returns the costs as a gonum matrix sharing Data, or nil for an
// empty problem (gonum has no 0×n matrices).
func (m *costMatrix) Dense() mat.Matrix {
	if m.Rows == 0 || m.Cols == 0 {
		return nil
	}
	return mat.NewDense(m.Rows, m.Cols, m.Data)
}

// npyMagic starts every NumPy .npy file.
const npyMagic = "\x93NUMPY"

// readCostMatrix reads a CSV or .npy cost matrix from r; name is the file
// name used in error messages. The format is detected from the content (the
// .npy magic bytes), not from the name, so that stdin works. forbidden is the
// value a forbidden pair gets: +Inf for a minimisation, −Inf for a
// maximisation. An infinity of the other sign, or NaN, is an error.
func readCostMatrix(name string, r io.Reader, forbidden float64) (*costMatrix, error) {
	return readCostMatrixLabels(name, r, forbidden, costLabelsAuto)
}

// The label modes of a CSV cost matrix (mutasi matrix --labels).
const (
	costLabelsAuto = "auto" // detect them (see readCSV)
	costLabelsNone = "none" // every cell is a cost
	costLabelsRows = "rows" // the first column labels the rows
	costLabelsCols = "cols" // the first row labels the columns
	costLabelsBoth = "both" // both, the corner cell ignored
)

// readCostMatrixLabels is readCostMatrix with the label mode of a CSV file
// given instead of detected (costLabelsAuto detects). A .npy file has no
// labels: any mode but auto and none is an error for it.
func readCostMatrixLabels(name string, r io.Reader, forbidden float64, labels string) (*costMatrix, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(len(npyMagic))
	if string(head) == npyMagic {
		if labels != costLabelsAuto && labels != costLabelsNone {
			return nil, fmt.Errorf("%s: a .npy file has no labels (--labels %s applies to CSV)", name, labels)
		}
		return readNPY(name, br, forbidden)
	}
	return readCSV(name, br, forbidden, labels)
}

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
			return 0, errors.New("is not a number")
		}
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	switch {
	case errors.Is(err, strconv.ErrRange):
		return 0, errors.New("is out of range for a float64")
	case err != nil:
		return 0, errors.New("is not a number")
	case math.IsNaN(v):
		return 0, errors.New("is NaN, which is not a cost (leave the cell empty or write x to forbid the pair)")
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
func readCSV(name string, r io.Reader, forbidden float64, labels string) (*costMatrix, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: empty file: no cost matrix", name)
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
				return nil, fmt.Errorf("%s: line %d, column %d: %v", name, pe.Line, pe.Column, pe.Err)
			}
			return nil, fmt.Errorf("%s: %w", name, err)
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
			return nil, fmt.Errorf("%s: line %d: %d cells, but line %d has %d (every row needs the same number of cells; leave a cell empty to forbid the pair)",
				name, lines[k], len(rec), lines[0], width)
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
	case labels == costLabelsNone:
	case labels == costLabelsRows:
		hasRowLabels = true
	case labels == costLabelsCols:
		hasColLabels = true
	case labels == costLabelsBoth:
		hasColLabels, hasRowLabels = true, true
	case isLabels(recs[0][1:]) && (isLabels(firstCol[1:]) || csvIDs(firstCol[1:])):
		// Both: the corner cell belongs to neither and is ignored.
		hasColLabels, hasRowLabels = true, true
	case isLabels(recs[0]):
		hasColLabels = true
	case isLabels(firstCol) || csvIDs(firstCol):
		hasRowLabels = true
	}
	m := &costMatrix{}
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
				return nil, fmt.Errorf("%s: line %d, column %d: %q %v", name, lines[k+r0], j+c0+1, cell, err)
			}
			m.Data = append(m.Data, v)
		}
	}
	return m, nil
}

// npyDtypeSize returns the size in bytes of the .npy type codes the reader
// accepts (without their byte-order character), or false.
func npyDtypeSize(code string) (int, bool) {
	switch code {
	case "f8", "i8":
		return 8, true
	case "f4", "i4":
		return 4, true
	}
	return 0, false
}

// readNPY reads a NumPy .npy file (format versions 1.0, 2.0 and 3.0) holding
// a 2-D C-order array of float64, float32, int64 or int32 in either byte
// order. The header is a Python dict literal; see
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html.
// The data is read row by row and the matrix grows only as bytes arrive, so a
// header that lies about its shape cannot make the reader allocate a huge
// matrix. int64 values beyond 2^53 are rounded to the nearest float64.
func readNPY(name string, r io.Reader, forbidden float64) (*costMatrix, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: not a valid .npy file: "+format, append([]any{name}, args...)...)
	}
	var pre [8]byte
	if _, err := io.ReadFull(r, pre[:]); err != nil {
		return nil, bad("truncated preamble")
	}
	if string(pre[:6]) != npyMagic {
		return nil, bad("missing magic string")
	}
	major, minor := pre[6], pre[7]
	var hlen int
	switch major {
	case 1:
		var b [2]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, bad("truncated header length")
		}
		hlen = int(binary.LittleEndian.Uint16(b[:]))
	case 2, 3:
		var b [4]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, bad("truncated header length")
		}
		hlen = int(binary.LittleEndian.Uint32(b[:]))
	default:
		return nil, bad("format version %d.%d is not supported (1.0, 2.0 and 3.0 are)", major, minor)
	}
	const maxHeader = 1 << 20 // numpy itself refuses headers over 10 000 bytes by default
	if hlen > maxHeader {
		return nil, bad("header of %d bytes is too long", hlen)
	}
	hdr := make([]byte, hlen)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return nil, bad("header truncated (%d bytes announced)", hlen)
	}
	h, err := parseNPYHeader(string(hdr))
	if err != nil {
		return nil, bad("header %q: %v", strings.TrimSpace(string(hdr)), err)
	}
	if h.fortran {
		return nil, fmt.Errorf("%s: the array is in Fortran order; save it in C order (numpy.ascontiguousarray before numpy.save)", name)
	}
	if len(h.shape) != 2 {
		return nil, fmt.Errorf("%s: the array has shape %s; a cost matrix must be 2-D", name, npyShape(h.shape))
	}
	if len(h.descr) != 3 {
		return nil, fmt.Errorf("%s: dtype %q is not supported (float64, float32, int64 and int32 are)", name, h.descr)
	}
	size, ok := npyDtypeSize(h.descr[1:])
	var order binary.ByteOrder
	switch h.descr[0] {
	case '<':
		order = binary.LittleEndian
	case '>':
		order = binary.BigEndian
	default:
		ok = false
	}
	if !ok {
		return nil, fmt.Errorf("%s: dtype %q is not supported (float64, float32, int64 and int32 are, little or big endian)", name, h.descr)
	}
	rows, cols := h.shape[0], h.shape[1]
	const maxCells = math.MaxInt32 // 16 GiB of float64: far beyond what fits in memory here
	if rows > maxCells || cols > maxCells || (cols > 0 && rows > maxCells/cols) {
		return nil, fmt.Errorf("%s: shape %s is too large", name, npyShape(h.shape))
	}
	m := &costMatrix{Rows: rows, Cols: cols}
	m.Data = make([]float64, 0, min(rows*cols, 1<<20))
	buf := make([]byte, cols*size)
	kind := h.descr[1]
	for i := range rows {
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, fmt.Errorf("%s: data truncated in row %d of %d (shape %s)", name, i, rows, npyShape(h.shape))
		}
		for j := range cols {
			b := buf[j*size : (j+1)*size]
			var v float64
			switch {
			case kind == 'f' && size == 8:
				v = math.Float64frombits(order.Uint64(b))
			case kind == 'f':
				v = float64(math.Float32frombits(order.Uint32(b)))
			case size == 8:
				v = float64(int64(order.Uint64(b)))
			default:
				v = float64(int32(order.Uint32(b)))
			}
			switch {
			case math.IsNaN(v):
				return nil, fmt.Errorf("%s: row %d, column %d: NaN is not a cost (use %v to forbid the pair)", name, i, j, forbidden)
			case math.IsInf(v, 0) && v != forbidden:
				return nil, fmt.Errorf("%s: row %d, column %d: %v is not allowed %s (%v forbids a pair)", name, i, j, v, npySense(forbidden), forbidden)
			}
			m.Data = append(m.Data, v)
		}
	}
	var extra [1]byte
	if n, _ := r.Read(extra[:]); n > 0 {
		return nil, fmt.Errorf("%s: bytes after the end of the %s array", name, npyShape(h.shape))
	}
	return m, nil
}

// npyShape formats a shape as Python prints it: (3, 4), (5,).
func npyShape(shape []int) string {
	parts := make([]string, len(shape))
	for k, s := range shape {
		parts[k] = strconv.Itoa(s)
	}
	if len(shape) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// npyHeader is the content of a .npy header dict.
type npyHeader struct {
	descr   string
	fortran bool
	shape   []int
}

// parseNPYHeader parses the header dict, e.g.
// {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }. It accepts
// exactly the literal forms numpy writes: quoted keys and strings, True and
// False, and tuples of non-negative integers.
func parseNPYHeader(s string) (npyHeader, error) {
	var h npyHeader
	p := &npyParser{s: s}
	if !p.eat('{') {
		return h, errors.New("does not start with {")
	}
	seen := map[string]bool{}
	for {
		p.space()
		if p.eat('}') {
			break
		}
		key, err := p.str()
		if err != nil {
			return h, err
		}
		p.space()
		if !p.eat(':') {
			return h, fmt.Errorf("expected : after %q", key)
		}
		p.space()
		switch key {
		case "descr":
			if h.descr, err = p.str(); err != nil {
				return h, fmt.Errorf("descr: %v", err)
			}
		case "fortran_order":
			switch {
			case p.word("True"):
				h.fortran = true
			case p.word("False"):
				h.fortran = false
			default:
				return h, errors.New("fortran_order is neither True nor False")
			}
		case "shape":
			if h.shape, err = p.tuple(); err != nil {
				return h, fmt.Errorf("shape: %v", err)
			}
		default:
			return h, fmt.Errorf("unknown key %q", key)
		}
		seen[key] = true
		p.space()
		if p.eat('}') {
			break
		}
		if !p.eat(',') {
			return h, fmt.Errorf("expected , or } after %q", key)
		}
	}
	for _, k := range []string{"descr", "fortran_order", "shape"} {
		if !seen[k] {
			return h, fmt.Errorf("no %q key", k)
		}
	}
	if strings.TrimSpace(s[p.k:]) != "" {
		return h, errors.New("text after the closing }")
	}
	return h, nil
}

// npyParser is a cursor over a .npy header.
type npyParser struct {
	s string
	k int
}

func (p *npyParser) space() {
	for p.k < len(p.s) && (p.s[p.k] == ' ' || p.s[p.k] == '\n' || p.s[p.k] == '\t') {
		p.k++
	}
}

func (p *npyParser) eat(c byte) bool {
	if p.k < len(p.s) && p.s[p.k] == c {
		p.k++
		return true
	}
	return false
}

func (p *npyParser) word(w string) bool {
	if strings.HasPrefix(p.s[p.k:], w) {
		p.k += len(w)
		return true
	}
	return false
}

// str reads a quoted string without escapes, as numpy writes keys and dtypes.
func (p *npyParser) str() (string, error) {
	if p.k >= len(p.s) || (p.s[p.k] != '\'' && p.s[p.k] != '"') {
		return "", errors.New("expected a quoted string")
	}
	q := p.s[p.k]
	end := strings.IndexByte(p.s[p.k+1:], q)
	if end < 0 {
		return "", errors.New("unterminated string")
	}
	v := p.s[p.k+1 : p.k+1+end]
	p.k += end + 2
	return v, nil
}

// tuple reads a tuple of non-negative integers: (), (5,), (3, 4).
func (p *npyParser) tuple() ([]int, error) {
	if !p.eat('(') {
		return nil, errors.New("expected (")
	}
	shape := []int{}
	for {
		p.space()
		if p.eat(')') {
			return shape, nil
		}
		start := p.k
		for p.k < len(p.s) && p.s[p.k] >= '0' && p.s[p.k] <= '9' {
			p.k++
		}
		if start == p.k {
			return nil, errors.New("expected a dimension")
		}
		// numpy writes Python ints; a trailing L comes from Python 2.
		v, err := strconv.Atoi(p.s[start:p.k])
		if err != nil {
			return nil, fmt.Errorf("dimension %s: %v", p.s[start:p.k], err)
		}
		p.eat('L')
		shape = append(shape, v)
		p.space()
		if p.eat(')') {
			return shape, nil
		}
		if !p.eat(',') {
			return nil, errors.New("expected , or )")
		}
	}
}

// npySense names the sense of the optimisation a forbidden value belongs to.
func npySense(forbidden float64) string {
	if forbidden < 0 {
		return "when maximising"
	}
	return "when minimising"
}
