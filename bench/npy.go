package bench

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"gonum.org/v1/gonum/mat"
)

// WriteNPY writes m as a NumPy .npy file (format version 1.0, little-endian
// float64, C order), the input of ../shared/peers/scipy_lsa.py and of
// "mutasi matrix". Forbidden pairs stay +Inf, which SciPy's
// linear_sum_assignment accepts as such. It streams row by row: memory is
// one row.
func WriteNPY(w io.Writer, m mat.Matrix) error {
	r, c := m.Dims()
	dict := fmt.Sprintf("{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }", r, c)
	// The magic (6), version (2) and length (2) plus the dictionary and its
	// closing newline are padded with spaces to a multiple of 64 bytes, as
	// numpy.lib.format does.
	const pre = 10
	pad := (64 - (pre+len(dict)+1)%64) % 64
	header := make([]byte, 0, pre+len(dict)+pad+1)
	header = append(header, "\x93NUMPY\x01\x00"...)
	header = binary.LittleEndian.AppendUint16(header, uint16(len(dict)+pad+1))
	header = append(header, dict...)
	for range pad {
		header = append(header, ' ')
	}
	header = append(header, '\n')
	bw := bufio.NewWriterSize(w, 1<<20)
	if _, err := bw.Write(header); err != nil {
		return fmt.Errorf("bench: writing .npy header: %w", err)
	}
	buf := make([]byte, 8*c)
	row := make([]float64, c)
	for i := range r {
		if d, ok := m.(mat.RawRowViewer); ok {
			row = d.RawRowView(i)
		} else {
			for j := range c {
				row[j] = m.At(i, j)
			}
		}
		for j, v := range row {
			binary.LittleEndian.PutUint64(buf[8*j:], math.Float64bits(v))
		}
		if _, err := bw.Write(buf); err != nil {
			return fmt.Errorf("bench: writing .npy row %d: %w", i, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("bench: writing .npy: %w", err)
	}
	return nil
}
