package bench

import (
	"bytes"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestWriteNPYGolden compares a 2×3 matrix with the bytes numpy.save writes
// for np.array([[1, -2.5, inf], [0, 3, -0.0]]) (checked by hand against the
// NPY format 1.0 description: magic, version, header length 118, the
// dictionary padded to 128 bytes, then little-endian float64 in C order).
func TestWriteNPYGolden(t *testing.T) {
	m := mat.NewDense(2, 3, []float64{1, -2.5, math.Inf(1), 0, 3, math.Copysign(0, -1)})
	var b bytes.Buffer
	if err := WriteNPY(&b, m); err != nil {
		t.Fatal(err)
	}
	got := b.Bytes()
	dict := "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"
	want := []byte("\x93NUMPY\x01\x00\x76\x00" + dict)
	for len(want) < 127 {
		want = append(want, ' ')
	}
	want = append(want, '\n')
	for _, v := range []uint64{
		0x3ff0000000000000, 0xc004000000000000, 0x7ff0000000000000,
		0x0000000000000000, 0x4008000000000000, 0x8000000000000000,
	} {
		for k := range 8 {
			want = append(want, byte(v>>(8*k)))
		}
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("got\n%q\nwant\n%q", got, want)
	}
	if len(got[:128])%64 != 0 {
		t.Fatal("header not aligned")
	}
}

// TestWriteNPYNonDense checks the path for matrices without raw rows.
func TestWriteNPYNonDense(t *testing.T) {
	d := mat.NewDense(3, 2, []float64{1, 2, 3, 4, 5, 6})
	var a, b bytes.Buffer
	if err := WriteNPY(&a, d); err != nil {
		t.Fatal(err)
	}
	if err := WriteNPY(&b, npyOpaque{d}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("Dense and generic matrix differ")
	}
}

// npyOpaque hides the raw rows of the matrix it wraps.
type npyOpaque struct{ m mat.Matrix }

func (o npyOpaque) Dims() (int, int)    { return o.m.Dims() }
func (o npyOpaque) At(i, j int) float64 { return o.m.At(i, j) }
func (o npyOpaque) T() mat.Matrix       { return mat.Transpose{Matrix: o} }
