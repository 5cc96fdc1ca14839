package costfile

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mutasi-id/mutasi/internal/i18n"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/solver"
)

// matrixEmpty is a cost matrix without rows or without columns, which
// gonum's Dense cannot represent; the solver treats it as a valid empty
// problem.
type matrixEmpty struct{ r, c int }

func (m matrixEmpty) Dims() (int, int) { return m.r, m.c }
func (m matrixEmpty) At(i, j int) float64 {
	panic(fmt.Sprintf("matrix: At(%d, %d) of an empty %d×%d matrix", i, j, m.r, m.c))
}
func (m matrixEmpty) T() mat.Matrix { return matrixEmpty{m.c, m.r} }

// Cost is the solver's view of the matrix: a gonum matrix on Data (no
// copy), or an empty one without rows or columns.
func (cm *Matrix) Cost() mat.Matrix {
	if cm.Rows == 0 || cm.Cols == 0 {
		return matrixEmpty{cm.Rows, cm.Cols}
	}
	return mat.NewDense(cm.Rows, cm.Cols, cm.Data)
}

// Infeasible explains the solver's Hall violator ie on cm in the input's terms: the rows
// (with their labels) that cannot all be placed and the only columns open to
// them.
func Infeasible(ie *solver.InfeasibleError, cm *Matrix) i18n.Msg {
	rows, cols := ie.Rows, ie.Cols
	rowWord, colWord := i18n.MatrixRow, i18n.MatrixColumn
	rowLabels, colLabels := cm.RowLabels, cm.ColLabels
	if ie.Transposed {
		rowWord, colWord = colWord, rowWord
		rowLabels, colLabels = colLabels, rowLabels
	}
	noun := func(n int, k i18n.Key) i18n.Msg { return i18n.M(i18n.CLIError, nounOf{n, k}) }
	subject := i18n.M(i18n.MatrixEveryOne, len(rows), noun(len(rows), rowWord), matrixIndexList(rows, rowLabels))
	none, only, many := i18n.MatrixOpenNone, i18n.MatrixOpenOnly, i18n.MatrixOpenMany
	if len(rows) == 1 {
		subject = i18n.M(i18n.MatrixTheOne, noun(1, rowWord), matrixIndexList(rows, rowLabels))
		none, only, many = i18n.MatrixOpenNone1, i18n.MatrixOpenOnly1, i18n.MatrixOpenMany1
	}
	var open i18n.Msg
	switch len(cols) {
	case 0:
		open = i18n.M(none, noun(1, colWord))
	case 1:
		open = i18n.M(only, noun(1, colWord), matrixIndexList(cols, colLabels))
	default:
		open = i18n.M(many, len(cols), noun(len(cols), colWord), matrixIndexList(cols, colLabels))
	}
	return i18n.M(i18n.MatrixInfeasible, subject, open)
}

// nounOf is the noun k in the number n, as an argument of a message.
type nounOf struct {
	n int
	k i18n.Key
}

// Text writes the noun in l.
func (x nounOf) Text(l i18n.Lang) string { return l.Noun(x.n, x.k) }

// matrixIndexList formats 0-based indices with their labels, at most 20 of
// them so that the message stays readable.
func matrixIndexList(xs []int, labels []string) i18n.Join {
	const most = 20
	parts := make([]any, 0, min(len(xs), most)+1)
	for k, x := range xs {
		if k == most {
			parts = append(parts, i18n.M(i18n.MatrixMore, len(xs)-most))
			break
		}
		if x >= 0 && x < len(labels) {
			parts = append(parts, fmt.Sprintf("%d (%s)", x, labels[x]))
		} else {
			parts = append(parts, strconv.Itoa(x))
		}
	}
	return i18n.List(parts)
}

// Report is the output of "mutasi matrix": the optimal assignment of a
// cost matrix with its certificate. Its JSON form is the stable
// contract of docs/matrix.md; optimal, verified, maximize and duals are additive.
type Report struct {
	Rows           int     `json:"rows"`
	Cols           int     `json:"cols"`
	Total          float64 `json:"total"`
	Assignment     []Pair  `json:"assignment"`
	UnassignedRows []int   `json:"unassigned_rows"`
	UnassignedCols []int   `json:"unassigned_cols"`
	Maximize       bool    `json:"maximize"`
	// Optimal is true: the solver returns only optimal assignments, each
	// with its certificate (Duals).
	Optimal bool `json:"optimal"`
	// Verified is true when --verify checked the certificate.
	Verified bool  `json:"verified"`
	Duals    Duals `json:"duals"`

	rowLabels, colLabels []string
}

// Pair is one assigned pair.
type Pair struct {
	Row      int     `json:"row"`
	Col      int     `json:"col"`
	Cost     float64 `json:"cost"`
	RowLabel *string `json:"row_label,omitempty"`
	ColLabel *string `json:"col_label,omitempty"`
}

// Duals are the dual potentials: cost[i][j] − u[i] − v[j] ≥ 0 on every
// allowed pair (≤ 0 when maximising), = 0 on the assigned pairs, and
// Σu + Σv = total, which proves the assignment optimal.
type Duals struct {
	U []float64 `json:"u"`
	V []float64 `json:"v"`
}

// NewReport assembles the report of the solver's result res on cm, pairs sorted by row.
func NewReport(cm *Matrix, res *solver.Result, maximize, verified bool) *Report {
	rep := &Report{
		Rows:           cm.Rows,
		Cols:           cm.Cols,
		Total:          res.Total + 0, // + 0 turns −0 into 0
		Assignment:     []Pair{},
		UnassignedRows: []int{},
		UnassignedCols: []int{},
		Maximize:       maximize,
		Optimal:        true,
		Verified:       verified,
		Duals:          Duals{U: matrixFloats(res.U), V: matrixFloats(res.V)},
		rowLabels:      cm.RowLabels,
		colLabels:      cm.ColLabels,
	}
	for i := 0; i < cm.Rows; i++ {
		j := -1
		if i < len(res.RowCol) {
			j = res.RowCol[i]
		}
		if j < 0 {
			rep.UnassignedRows = append(rep.UnassignedRows, i)
			continue
		}
		p := Pair{Row: i, Col: j, Cost: cm.Data[i*cm.Cols+j] + 0} // + 0: no −0
		if cm.RowLabels != nil {
			p.RowLabel = &cm.RowLabels[i]
		}
		if cm.ColLabels != nil {
			p.ColLabel = &cm.ColLabels[j]
		}
		rep.Assignment = append(rep.Assignment, p)
	}
	for j := 0; j < cm.Cols; j++ {
		if j >= len(res.ColRow) || res.ColRow[j] < 0 {
			rep.UnassignedCols = append(rep.UnassignedCols, j)
		}
	}
	return rep
}

// matrixFloats copies xs, never nil, with −0 written as 0.
func matrixFloats(xs []float64) []float64 {
	out := make([]float64, len(xs))
	for k, x := range xs {
		out[k] = x + 0
	}
	return out
}

// WriteJSON writes the report with one field per line and one assigned pair
// per line, so that the file diffs well and stays short; json.Marshal gives
// every value, so the result is plain JSON.
func (rep *Report) WriteJSON(w io.Writer) error {
	var b strings.Builder
	field := func(name string, v any, last bool) error {
		data, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("encoding JSON field %s: %w", name, err)
		}
		fmt.Fprintf(&b, "  %q: %s", name, data)
		if !last {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
		return nil
	}
	b.WriteString("{\n")
	if err := field("rows", rep.Rows, false); err != nil {
		return err
	}
	field("cols", rep.Cols, false)
	if err := field("total", rep.Total, false); err != nil {
		return err
	}
	b.WriteString("  \"assignment\": [")
	for k, p := range rep.Assignment {
		data, err := json.Marshal(p)
		if err != nil {
			return fmt.Errorf("encoding JSON pair of row %d: %w", p.Row, err)
		}
		if k > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		b.Write(data)
	}
	if len(rep.Assignment) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("],\n")
	field("unassigned_rows", rep.UnassignedRows, false)
	field("unassigned_cols", rep.UnassignedCols, false)
	field("maximize", rep.Maximize, false)
	field("optimal", rep.Optimal, false)
	field("verified", rep.Verified, false)
	if err := field("duals", rep.Duals, true); err != nil {
		return err
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCSV writes one line per assigned pair, sorted by row: row, col, cost
// and the labels when the input has them. Unassigned rows and columns are
// those that do not appear.
func (rep *Report) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	head := []string{"row", "col", "cost"}
	if rep.rowLabels != nil {
		head = append(head, "row_label")
	}
	if rep.colLabels != nil {
		head = append(head, "col_label")
	}
	cw.Write(head)
	for _, p := range rep.Assignment {
		rec := []string{strconv.Itoa(p.Row), strconv.Itoa(p.Col), matrixNumber(p.Cost)}
		if p.RowLabel != nil {
			rec = append(rec, *p.RowLabel)
		}
		if p.ColLabel != nil {
			rec = append(rec, *p.ColLabel)
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// WriteTable writes the assignment for a person to read, in l.
func (rep *Report) WriteTable(w io.Writer, l i18n.Lang) error {
	var b strings.Builder
	sense := l.T(i18n.MatrixMinimum)
	if rep.Maximize {
		sense = l.T(i18n.MatrixMaximum)
	}
	fmt.Fprintf(&b, "%s\n\n", l.T(i18n.MatrixHead, rep.Rows, rep.Cols, sense))
	// Numbers are right-aligned, labels left-aligned.
	type column struct {
		head  string
		right bool
		cells []string
	}
	cols := []*column{{head: l.T(i18n.MatrixColRow), right: true}}
	if rep.rowLabels != nil {
		cols = append(cols, &column{head: l.T(i18n.MatrixColLabel)})
	}
	cols = append(cols, &column{head: l.T(i18n.MatrixColCol), right: true})
	if rep.colLabels != nil {
		cols = append(cols, &column{head: l.T(i18n.MatrixColLabel)})
	}
	cols = append(cols, &column{head: l.T(i18n.MatrixColCost), right: true})
	for _, p := range rep.Assignment {
		cells := []string{strconv.Itoa(p.Row)}
		if p.RowLabel != nil {
			cells = append(cells, matrixCell(*p.RowLabel))
		}
		cells = append(cells, strconv.Itoa(p.Col))
		if p.ColLabel != nil {
			cells = append(cells, matrixCell(*p.ColLabel))
		}
		cells = append(cells, matrixNumberIn(p.Cost, l))
		for k, c := range cells {
			cols[k].cells = append(cols[k].cells, c)
		}
	}
	widths := make([]int, len(cols))
	for k, c := range cols {
		widths[k] = utf8.RuneCountInString(c.head)
		for _, s := range c.cells {
			widths[k] = max(widths[k], utf8.RuneCountInString(s))
		}
	}
	line := func(cell func(k int) string) {
		var l strings.Builder
		for k, c := range cols {
			s := cell(k)
			pad := strings.Repeat(" ", widths[k]-utf8.RuneCountInString(s))
			l.WriteString("  ")
			if c.right {
				l.WriteString(pad + s)
			} else {
				l.WriteString(s + pad)
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
	}
	line(func(k int) string { return cols[k].head })
	for i := range rep.Assignment {
		line(func(k int) string { return cols[k].cells[i] })
	}
	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.MatrixTotal, matrixNumberIn(rep.Total, l)))
	if len(rep.UnassignedRows) > 0 {
		fmt.Fprintln(&b, l.T(i18n.MatrixUnassignRows, matrixIndexList(rep.UnassignedRows, rep.rowLabels)))
	}
	if len(rep.UnassignedCols) > 0 {
		fmt.Fprintln(&b, l.T(i18n.MatrixUnassignCols, matrixIndexList(rep.UnassignedCols, rep.colLabels)))
	}
	if rep.Verified {
		fmt.Fprintln(&b, l.T(i18n.MatrixVerified))
	} else {
		fmt.Fprintln(&b, l.T(i18n.MatrixUnverified))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// matrixCell keeps a label on one table cell: tabs and newlines would break
// the alignment.
func matrixCell(s string) string {
	if s == "" {
		return "-"
	}
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// matrixNumberIn is matrixNumber with l's decimal mark, for the table.
func matrixNumberIn(v float64, l i18n.Lang) string {
	s := matrixNumber(v)
	if l == i18n.ID {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// matrixNumber formats a cost exactly (the shortest text that reads back as
// the same float64), in plain decimal where JSON would use it too.
func matrixNumber(v float64) string {
	if a := math.Abs(v); a == 0 || (a >= 1e-6 && a < 1e21) {
		return strconv.FormatFloat(v+0, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
