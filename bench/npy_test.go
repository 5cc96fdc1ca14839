package bench

import (
	"bytes"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/internal/costfile"
)

// TestWriteNPYRoundTrip writes a matrix with the values that trip writers
// (+Inf, −0, a non-integer) and reads it back with the reader of "mutasi
// matrix", which is independent of the writer (npyio's): the same bits must
// come back, in C order, as float64.
func TestWriteNPYRoundTrip(t *testing.T) {
	want := []float64{1, -2.5, math.Inf(1), 0, 3, math.Copysign(0, -1)}
	var b bytes.Buffer
	require.NoError(t, WriteNPY(&b, mat.NewDense(2, 3, want)))
	assert.Contains(t, b.String()[:80], "'descr': '<f8', 'fortran_order': False, 'shape': (2, 3)")
	m, err := costfile.Read("m.npy", &b, math.Inf(1), costfile.LabelsNone)
	require.NoError(t, err)
	require.Equal(t, 2, m.Rows)
	require.Equal(t, 3, m.Cols)
	for k := range want {
		assert.Equal(t, math.Float64bits(want[k]), math.Float64bits(m.Data[k]), "value %d", k)
	}
}

// TestWriteNPYNonDense checks the path for matrices without raw rows.
func TestWriteNPYNonDense(t *testing.T) {
	d := mat.NewDense(3, 2, []float64{1, 2, 3, 4, 5, 6})
	var a, b bytes.Buffer
	require.NoError(t, WriteNPY(&a, d))
	require.NoError(t, WriteNPY(&b, npyOpaque{d}))
	assert.Equal(t, a.Bytes(), b.Bytes(), "Dense and generic matrix differ")
}

// npyOpaque hides the raw rows of the matrix it wraps.
type npyOpaque struct{ m mat.Matrix }

func (o npyOpaque) Dims() (int, int)    { return o.m.Dims() }
func (o npyOpaque) At(i, j int) float64 { return o.m.At(i, j) }
func (o npyOpaque) T() mat.Matrix       { return mat.Transpose{Matrix: o} }

// TestWriteNPYAsNumPy compares the file with the one numpy.save writes for
// the same matrix (internal/costfile's fixture, written by NumPy itself):
// the same bytes, the header padded so that the data starts at 128.
func TestWriteNPYAsNumPy(t *testing.T) {
	want, err := os.ReadFile("../internal/costfile/testdata/numpy/float64_le_c.npy")
	require.NoError(t, err)
	a := make([]float64, 12)
	for k := range a {
		a[k] = float64(k)
	}
	var b bytes.Buffer
	require.NoError(t, WriteNPY(&b, mat.NewDense(3, 4, a)))
	assert.Equal(t, string(want), b.String())
}

// TestWriteNPYAligned checks the data's offset for shapes whose header
// lengths fall on either side of a multiple of 64, against the format's
// header length field, and that the values read back.
func TestWriteNPYAligned(t *testing.T) {
	for _, shape := range [][2]int{{1, 1}, {9, 99}, {12345, 1}, {1, 123456789}} {
		r, c := shape[0], shape[1]
		if r*c > 1<<20 {
			c = 1 << 20 / r
		}
		var b bytes.Buffer
		require.NoError(t, WriteNPY(&b, mat.NewDense(r, c, nil)))
		assert.Equal(t, byte(1), b.Bytes()[6], "%d×%d: format version 1.0", r, c)
		hlen := int(b.Bytes()[8]) | int(b.Bytes()[9])<<8
		off := 10 + hlen
		assert.Zero(t, off%npyAlign, "%d×%d: data at %d", r, c, off)
		assert.Equal(t, byte('\n'), b.Bytes()[off-1], "%d×%d: header ends in a newline", r, c)
		assert.Equal(t, off+8*r*c, b.Len(), "%d×%d: size", r, c)
		m, err := costfile.Read("m.npy", &b, math.Inf(1), costfile.LabelsNone)
		require.NoError(t, err)
		assert.Equal(t, [2]int{r, c}, [2]int{m.Rows, m.Cols})
	}
}
