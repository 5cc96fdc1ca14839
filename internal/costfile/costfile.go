// Package costfile reads the cost matrices of "mutasi matrix": CSV (comma or
// semicolon separated, optional labels, forbidden pairs as empty cells or
// tokens) and NumPy .npy files (every integer, unsigned, float and bool
// dtype, either byte order, C or Fortran order). Both readers refuse what is
// not a cost (NaN, an infinity of the wrong sign) with the position of the
// cell, and neither lets a file's claims make it allocate more than the
// bytes it really holds. Report is what the command writes back: the
// optimal assignment with its certificate, as a table, CSV or JSON
// (docs/matrix.md), and Infeasible words a matrix without a full
// assignment in the input's rows, columns and labels.
package costfile

import (
	"bufio"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"io"
	"os"
)

// Matrix is a cost matrix read from a file, with the labels of its rows and
// columns when the file has them (nil otherwise).
type Matrix struct {
	Rows, Cols int
	// Data holds the costs row-major; a forbidden pair holds the forbidden
	// value the reader was given (+Inf, or −Inf for a maximisation).
	Data      []float64
	RowLabels []string
	ColLabels []string

	// unmap releases Data when ReadFile mapped it from its file.
	unmap func() error
}

// Close releases the memory of a matrix that ReadFile mapped from its file;
// Data must not be used after it. It does nothing for a matrix read into
// memory, and may be called more than once.
func (m *Matrix) Close() error {
	if m == nil || m.unmap == nil {
		return nil
	}
	err := m.unmap()
	m.unmap, m.Data = nil, nil
	return err
}

// Labels says where a CSV cost matrix has its labels.
type Labels string

// The label modes of a CSV cost matrix (mutasi matrix --labels).
const (
	LabelsAuto Labels = "auto" // detect them (see Read)
	LabelsNone Labels = "none" // every cell is a cost
	LabelsRows Labels = "rows" // the first column labels the rows
	LabelsCols Labels = "cols" // the first row labels the columns
	LabelsBoth Labels = "both" // both, the corner cell ignored
)

// ParseLabels returns the label mode named s, or an error listing the modes.
func ParseLabels(s string) (Labels, error) {
	switch l := Labels(s); l {
	case LabelsAuto, LabelsNone, LabelsRows, LabelsCols, LabelsBoth:
		return l, nil
	}
	return "", i18n.Errorf(i18n.CostLabelsMode, s)
}

// npyMagic starts every NumPy .npy file.
const npyMagic = "\x93NUMPY"

// Read reads a CSV or .npy cost matrix from r; name is the file name used in
// error messages. The format is detected from the content (the .npy magic
// bytes), not from the name, so that standard input works. forbidden is the
// value a forbidden pair gets: +Inf for a minimisation, −Inf for a
// maximisation; an infinity of the other sign, or NaN, is an error. labels
// applies to CSV; a .npy file has no labels, and any mode but LabelsAuto and
// LabelsNone is an error for it.
//
// CSV labels are detected (LabelsAuto) as follows: a set of cells is labels
// when none of them is a number and at least one is a word (neither a number
// nor a forbidden token), or when they are all identifiers of 16 digits or
// more (NIPs). The file has both a label row and a label column when the
// first row and the first column, each without the corner cell, are labels;
// otherwise a label row when the whole first row is labels, or else a label
// column when the whole first column is.
func Read(name string, r io.Reader, forbidden float64, labels Labels) (*Matrix, error) {
	return read(name, r, -1, forbidden, labels)
}

// ReadFile is Read on the named file. Knowing the file's size, it checks a
// .npy array's shape against it before allocating anything, and reads the
// array straight into a matrix of the right size. A little-endian float64
// C-order array, what numpy.save writes for a float matrix, is mapped into
// memory instead of read where the system allows it (Unix): call Close to
// release it when the matrix is no longer needed.
func ReadFile(path string, forbidden float64, labels Labels) (*Matrix, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return read(path, f, -1, forbidden, labels)
	}
	size := st.Size()
	br := bufio.NewReaderSize(f, 1<<16)
	if head, _ := br.Peek(len(npyMagic)); string(head) != npyMagic {
		return read(path, br, size, forbidden, labels)
	}
	if err := npyLabels(path, labels); err != nil {
		return nil, err
	}
	a, err := readNPYHeader(path, br)
	if err != nil {
		return nil, err
	}
	if err := a.checkSize(path, size); err != nil {
		return nil, err
	}
	if a.fortran {
		return a.read(path, br, true, forbidden)
	}
	if data, unmap := mapNPY(f, size, a.offset, a.t, a.rows*a.cols); data != nil {
		if err := a.check(path, data, forbidden); err != nil {
			unmap()
			return nil, err
		}
		return &Matrix{Rows: a.rows, Cols: a.cols, Data: data, unmap: unmap}, nil
	}
	return a.read(path, br, true, forbidden)
}

// npyLabels refuses a label mode on a .npy file, which has no labels.
func npyLabels(name string, labels Labels) error {
	if labels != LabelsAuto && labels != LabelsNone && labels != "" {
		return i18n.Errorf(i18n.CostNPYLabels, name, string(labels))
	}
	return nil
}

// read is Read with the size of the input when known (−1 otherwise).
func read(name string, r io.Reader, size int64, forbidden float64, labels Labels) (*Matrix, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(len(npyMagic))
	if string(head) == npyMagic {
		if err := npyLabels(name, labels); err != nil {
			return nil, err
		}
		return readNPY(name, br, size, forbidden)
	}
	return readCSV(name, br, forbidden, labels)
}
