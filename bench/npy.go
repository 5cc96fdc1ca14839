package bench

import (
	"bufio"
	"fmt"
	"io"

	"codeberg.org/sbinet/npyio"
	"gonum.org/v1/gonum/mat"
)

// WriteNPY writes m as a NumPy .npy file (little-endian float64, C order),
// the input of the SciPy scripts in bench/peers and of "mutasi matrix".
// Forbidden pairs stay +Inf, which SciPy's linear_sum_assignment accepts as
// such. The writer is npyio's; a matrix other than a *mat.Dense is copied
// into one first.
func WriteNPY(w io.Writer, m mat.Matrix) error {
	d, ok := m.(*mat.Dense)
	if !ok {
		d = mat.DenseCopyOf(m)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if err := npyio.Write(bw, d); err != nil {
		return fmt.Errorf("bench: writing .npy: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("bench: writing .npy: %w", err)
	}
	return nil
}
