package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"io"
	"math"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/internal/costfile"
	"github.com/mutasi-id/mutasi/solver"
)

// runMatrix is "mutasi matrix": read a cost matrix, solve it exactly and
// print the assignment.
func runMatrix(e *env, args []string) int {
	fs := newFlags(e, "matrix")
	maximize := fs.Bool("maximize", false, use(i18n.FlagMatrixMaximize))
	verify := fs.Bool("verify", false, use(i18n.FlagMatrixVerify))
	format := fs.String("format", "table", use(i18n.FlagMatrixFormat))
	out := fs.String("out", "-", use(i18n.FlagMatrixOut))
	labels := fs.String("labels", string(costfile.LabelsAuto), use(i18n.FlagMatrixLabels))
	if code, done := parseFlags(e, fs, i18n.HelpMatrix, args); done {
		return code
	}
	switch *format {
	case "table", "csv", "json":
	default:
		return failIn(e, exitUsage, "matrix", usagef(i18n.CLIFormatWant, *format, "table, csv, json"))
	}
	labelMode, err := costfile.ParseLabels(*labels)
	if err != nil {
		return fail(e, exitUsage, i18n.CLIMatrixLabels, err)
	}
	if fs.NArg() != 1 {
		return fail(e, exitUsage, i18n.CLIMatrixOneFile, fs.NArg())
	}
	path := fs.Arg(0)

	forbidden := math.Inf(1)
	if *maximize {
		forbidden = math.Inf(-1)
	}
	stop := startProgress(e, i18n.M(i18n.MatrixReading, path))
	cm, code := matrixRead(e, path, *out, forbidden, labelMode)
	stop()
	if cm == nil {
		return code
	}
	defer cm.Close()

	// Ctrl-C cancels a long solve cleanly (no partial output file).
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()
	opts := []solver.Option{solver.WithContext(ctx)}
	if *maximize {
		opts = append(opts, solver.Maximize())
	}
	cost := matrixCost(cm)
	stop = startProgress(e, i18n.M(i18n.MatrixSolving, cm.Rows, cm.Cols))
	res, err := solver.Solve(cost, opts...)
	stop()
	var infeasible *solver.InfeasibleError
	var bad *solver.ValueError
	switch {
	case errors.As(err, &infeasible):
		return fail(e, exitInfeasible, i18n.CLIInCommand, "matrix", matrixInfeasible(infeasible, cm))
	case errors.As(err, &bad):
		// A cost the solver refuses (too large to sum safely) is bad input.
		name := path
		if name == "-" {
			name = "stdin"
		}
		return fail(e, exitUsage, i18n.CLIMatrixCell, name, bad.Row, bad.Col, bad.Value, bad.Reason)
	case err != nil:
		return failIn(e, exitFailure, "matrix", err)
	}
	if *verify {
		stop := startProgress(e, i18n.MatrixVerifying)
		err := solver.Verify(cost, res)
		stop()
		if err != nil {
			return fail(e, exitFailure, i18n.CLIMatrixCertificate, err)
		}
	}

	rep := newMatrixReport(cm, res, *maximize, *verify)
	err = writeOutput(e, *out, func(w io.Writer) error {
		switch *format {
		case "json":
			return rep.writeJSON(w)
		case "csv":
			return rep.writeCSV(w)
		}
		return rep.writeTable(w, e.lang)
	})
	if err != nil {
		return failIn(e, exitFailure, "matrix", err)
	}
	return exitOK
}

// matrixRead reads the cost matrix at path ("-" = stdin). On failure it
// returns nil and the exit code, the error already printed.
func matrixRead(e *env, path, out string, forbidden float64, labels costfile.Labels) (*costfile.Matrix, int) {
	if path == "-" {
		if err := checkOutPath(out); err != nil {
			return nil, failIn(e, exitUsage, "matrix", err)
		}
		cm, err := costfile.Read("stdin", e.stdin, forbidden, labels)
		if err != nil {
			return nil, failIn(e, exitUsage, "matrix", err)
		}
		return cm, exitOK
	}
	if out != "" && out != "-" {
		// The input is never written: refuse an --out that names it.
		in, err1 := os.Stat(path)
		o, err2 := os.Stat(out)
		if err1 == nil && err2 == nil && os.SameFile(in, o) {
			return nil, fail(e, exitUsage, i18n.CLIMatrixOutIsInput, out)
		}
	}
	if err := checkOutPath(out); err != nil {
		return nil, failIn(e, exitUsage, "matrix", err)
	}
	cm, err := costfile.ReadFile(path, forbidden, labels)
	if err != nil {
		return nil, failIn(e, exitUsage, "matrix", err)
	}
	return cm, exitOK
}

// matrixEmpty is a cost matrix without rows or without columns, which
// gonum's Dense cannot represent; the solver treats it as a valid empty
// problem.
type matrixEmpty struct{ r, c int }

func (m matrixEmpty) Dims() (int, int) { return m.r, m.c }
func (m matrixEmpty) At(i, j int) float64 {
	panic(fmt.Sprintf("matrix: At(%d, %d) of an empty %d×%d matrix", i, j, m.r, m.c))
}
func (m matrixEmpty) T() mat.Matrix { return matrixEmpty{m.c, m.r} }

// matrixCost is the solver's view of a cost matrix.
func matrixCost(cm *costfile.Matrix) mat.Matrix {
	if cm.Rows == 0 || cm.Cols == 0 {
		return matrixEmpty{cm.Rows, cm.Cols}
	}
	return mat.NewDense(cm.Rows, cm.Cols, cm.Data)
}

// matrixInfeasible explains a Hall violator in the input's terms: the rows
// (with their labels) that cannot all be placed and the only columns open to
// them.
func matrixInfeasible(ie *solver.InfeasibleError, cm *costfile.Matrix) i18n.Msg {
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

// matrixReport is the output of "mutasi matrix". Its JSON form is the stable
// contract of docs/matrix.md; optimal, verified, maximize and duals are additive.
type matrixReport struct {
	Rows           int          `json:"rows"`
	Cols           int          `json:"cols"`
	Total          float64      `json:"total"`
	Assignment     []matrixPair `json:"assignment"`
	UnassignedRows []int        `json:"unassigned_rows"`
	UnassignedCols []int        `json:"unassigned_cols"`
	Maximize       bool         `json:"maximize"`
	// Optimal is true: the solver returns only optimal assignments, each
	// with its certificate (Duals).
	Optimal bool `json:"optimal"`
	// Verified is true when --verify checked the certificate.
	Verified bool        `json:"verified"`
	Duals    matrixDuals `json:"duals"`

	rowLabels, colLabels []string
}

// matrixPair is one assigned pair.
type matrixPair struct {
	Row      int     `json:"row"`
	Col      int     `json:"col"`
	Cost     float64 `json:"cost"`
	RowLabel *string `json:"row_label,omitempty"`
	ColLabel *string `json:"col_label,omitempty"`
}

// matrixDuals are the dual potentials: cost[i][j] − u[i] − v[j] ≥ 0 on every
// allowed pair (≤ 0 when maximising), = 0 on the assigned pairs, and
// Σu + Σv = total, which proves the assignment optimal.
type matrixDuals struct {
	U []float64 `json:"u"`
	V []float64 `json:"v"`
}

// newMatrixReport assembles the report of res on cm, pairs sorted by row.
func newMatrixReport(cm *costfile.Matrix, res *solver.Result, maximize, verified bool) *matrixReport {
	rep := &matrixReport{
		Rows:           cm.Rows,
		Cols:           cm.Cols,
		Total:          res.Total + 0, // + 0 turns −0 into 0
		Assignment:     []matrixPair{},
		UnassignedRows: []int{},
		UnassignedCols: []int{},
		Maximize:       maximize,
		Optimal:        true,
		Verified:       verified,
		Duals:          matrixDuals{U: matrixFloats(res.U), V: matrixFloats(res.V)},
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
		p := matrixPair{Row: i, Col: j, Cost: cm.Data[i*cm.Cols+j] + 0} // + 0: no −0
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

// writeJSON writes the report with one field per line and one assigned pair
// per line, so that the file diffs well and stays short; json.Marshal gives
// every value, so the result is plain JSON.
func (rep *matrixReport) writeJSON(w io.Writer) error {
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

// writeCSV writes one line per assigned pair, sorted by row: row, col, cost
// and the labels when the input has them. Unassigned rows and columns are
// those that do not appear.
func (rep *matrixReport) writeCSV(w io.Writer) error {
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

// writeTable writes the assignment for a person to read, in l.
func (rep *matrixReport) writeTable(w io.Writer, l i18n.Lang) error {
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
