package bench

import (
	"bytes"
	"math"
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
