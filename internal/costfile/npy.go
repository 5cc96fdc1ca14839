package costfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"io"
	"math"
	"strings"
)

// npyType is a .npy element type the reader converts to float64.
type npyType struct {
	kind  byte // 'b' bool, 'i' signed, 'u' unsigned, 'f' float
	size  int  // bytes per element
	order binary.ByteOrder
}

// parseNPYType parses a dtype string such as "<f8", ">i4" or "|b1". The
// byte order is '<' or '>' ('|' for one-byte types, which have none).
func parseNPYType(descr string) (npyType, error) {
	unsupported := i18n.Errorf(i18n.CostNPYDtype, descr)
	if len(descr) != 3 {
		return npyType{}, unsupported
	}
	t := npyType{kind: descr[1], size: int(descr[2]) - '0'}
	ok := false
	switch t.kind {
	case 'b':
		ok = t.size == 1
	case 'i', 'u':
		ok = t.size == 1 || t.size == 2 || t.size == 4 || t.size == 8
	case 'f':
		ok = t.size == 2 || t.size == 4 || t.size == 8
	}
	if !ok {
		return npyType{}, unsupported
	}
	switch descr[0] {
	case '<':
		t.order = binary.LittleEndian
	case '>':
		t.order = binary.BigEndian
	case '|':
		if t.size != 1 {
			return npyType{}, unsupported
		}
		t.order = binary.LittleEndian
	default:
		return npyType{}, unsupported
	}
	return t, nil
}

// decode converts len(dst) elements of src (len(dst)·t.size bytes) to
// float64. The loops are per type so that the common little-endian float64
// file costs one load and one store per element.
func (t npyType) decode(dst []float64, src []byte) {
	o := t.order
	switch t.kind {
	case 'f':
		switch t.size {
		case 8:
			if o == binary.LittleEndian {
				for k := range dst {
					dst[k] = math.Float64frombits(binary.LittleEndian.Uint64(src[8*k:]))
				}
				return
			}
			for k := range dst {
				dst[k] = math.Float64frombits(o.Uint64(src[8*k:]))
			}
		case 4:
			for k := range dst {
				dst[k] = float64(math.Float32frombits(o.Uint32(src[4*k:])))
			}
		default:
			for k := range dst {
				dst[k] = float16(o.Uint16(src[2*k:]))
			}
		}
	case 'i':
		switch t.size {
		case 8:
			for k := range dst {
				dst[k] = float64(int64(o.Uint64(src[8*k:])))
			}
		case 4:
			for k := range dst {
				dst[k] = float64(int32(o.Uint32(src[4*k:])))
			}
		case 2:
			for k := range dst {
				dst[k] = float64(int16(o.Uint16(src[2*k:])))
			}
		default:
			for k := range dst {
				dst[k] = float64(int8(src[k]))
			}
		}
	case 'u':
		switch t.size {
		case 8:
			for k := range dst {
				dst[k] = float64(o.Uint64(src[8*k:]))
			}
		case 4:
			for k := range dst {
				dst[k] = float64(o.Uint32(src[4*k:]))
			}
		case 2:
			for k := range dst {
				dst[k] = float64(o.Uint16(src[2*k:]))
			}
		default:
			for k := range dst {
				dst[k] = float64(src[k])
			}
		}
	default: // bool: numpy writes 0 or 1; any other byte is true too
		for k := range dst {
			dst[k] = 0
			if src[k] != 0 {
				dst[k] = 1
			}
		}
	}
}

// float16 converts an IEEE 754 half-precision number to float64.
func float16(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp, frac := int(h>>10&0x1f), float64(h&0x3ff)
	switch exp {
	case 0: // zero or subnormal
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac != 0 {
			return math.NaN()
		}
		return math.Inf(int(sign))
	}
	return sign * math.Ldexp(1024+frac, exp-25)
}

// npyChunk is how many bytes of array data are read and converted at a
// time: large enough that the reads cost nothing, small enough to stay in
// the cache while they are converted.
const npyChunk = 256 << 10

// npyArray is what a .npy header says of the array that follows it.
type npyArray struct {
	shape      []int
	descr      string
	t          npyType
	fortran    bool
	rows, cols int
	// offset is where the data starts: the preamble and header's length.
	offset int64
}

// readNPYHeader reads the preamble and header of a NumPy .npy file (format
// versions 1.0, 2.0 and 3.0) holding a 2-D array of a dtype parseNPYType
// accepts, in C or Fortran order. The header is a Python dict literal; see
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html.
func readNPYHeader(name string, r io.Reader) (*npyArray, error) {
	bad := func(format string, args ...any) error {
		return i18n.Errorf(i18n.CostNPYBad, name, fmt.Errorf(format, args...))
	}
	var pre [8]byte
	if _, err := io.ReadFull(r, pre[:]); err != nil {
		return nil, bad("truncated preamble")
	}
	if string(pre[:6]) != npyMagic {
		return nil, bad("missing magic string")
	}
	major, minor := pre[6], pre[7]
	var hlen, preamble int
	switch major {
	case 1:
		var b [2]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, bad("truncated header length")
		}
		hlen, preamble = int(binary.LittleEndian.Uint16(b[:])), 10
	case 2, 3:
		var b [4]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, bad("truncated header length")
		}
		hlen, preamble = int(binary.LittleEndian.Uint32(b[:])), 12
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
	if len(h.shape) != 2 {
		return nil, i18n.Errorf(i18n.CostNPYNot2D, name, npyShape(h.shape))
	}
	t, err := parseNPYType(h.descr)
	if err != nil {
		return nil, i18n.Errorf(i18n.CostInFile, name, err)
	}
	a := &npyArray{shape: h.shape, descr: h.descr, t: t, fortran: h.fortran,
		rows: h.shape[0], cols: h.shape[1], offset: int64(preamble + hlen)}
	const maxCells = math.MaxInt32 // 16 GiB of float64: far beyond what fits in memory here
	if a.rows > maxCells || a.cols > maxCells || (a.cols > 0 && a.rows > maxCells/a.cols) {
		return nil, i18n.Errorf(i18n.CostNPYTooLarge, name, npyShape(h.shape))
	}
	return a, nil
}

// checkSize refuses an array whose data would not fill a file of size bytes
// exactly, before anything is allocated.
func (a *npyArray) checkSize(name string, size int64) error {
	want := int64(a.rows*a.cols) * int64(a.t.size)
	switch got := size - a.offset; {
	case got < want:
		return i18n.Errorf(i18n.CostNPYTruncated, name, npyShape(a.shape), a.descr, want, got)
	case got > want:
		return i18n.Errorf(i18n.CostNPYTrailing, name, npyShape(a.shape))
	}
	return nil
}

// readNPY reads a NumPy .npy file (see readNPYHeader). size is the length of
// the whole input when known, or −1: then the matrix grows only as bytes
// arrive, so that a header that lies about its shape cannot make the reader
// allocate a huge matrix; when it is known, a shape that disagrees with it
// is refused before anything is allocated. Integers beyond 2^53 are rounded
// to the nearest float64.
func readNPY(name string, r io.Reader, size int64, forbidden float64) (*Matrix, error) {
	a, err := readNPYHeader(name, r)
	if err != nil {
		return nil, err
	}
	if size >= 0 {
		if err := a.checkSize(name, size); err != nil {
			return nil, err
		}
	}
	return a.read(name, r, size >= 0, forbidden)
}

// read reads the array's data from r, positioned after the header.
func (a *npyArray) read(name string, r io.Reader, exact bool, forbidden float64) (*Matrix, error) {
	data, err := npyData(r, a.t, a.rows*a.cols, exact)
	if err != nil {
		what, k, of := i18n.M(i18n.MatrixColRow), len(data)/max(a.cols, 1), a.rows
		if a.fortran {
			what, k, of = i18n.M(i18n.MatrixColumnWord), len(data)/max(a.rows, 1), a.cols
		}
		return nil, i18n.Errorf(i18n.CostNPYCutIn, name, what, k, of, npyShape(a.shape))
	}
	var extra [1]byte
	if n, _ := r.Read(extra[:]); n > 0 {
		return nil, i18n.Errorf(i18n.CostNPYTrailing, name, npyShape(a.shape))
	}
	if err := a.check(name, data, forbidden); err != nil {
		return nil, err
	}
	m := &Matrix{Rows: a.rows, Cols: a.cols, Data: data}
	if a.fortran && a.rows > 1 && a.cols > 1 {
		m.Data = transpose(data, a.rows, a.cols)
	}
	return m, nil
}

// check refuses NaN and infinities other than forbidden, naming the cell.
func (a *npyArray) check(name string, data []float64, forbidden float64) error {
	for k, v := range data {
		if v-v == 0 { // finite: the common case, one compare
			continue
		}
		i, j := k/max(a.cols, 1), k%max(a.cols, 1)
		if a.fortran {
			i, j = k%a.rows, k/a.rows
		}
		if math.IsNaN(v) {
			return i18n.Errorf(i18n.CostNPYNaN, name, i, j, forbidden)
		}
		if v != forbidden {
			return i18n.Errorf(i18n.CostNPYForbidden, name, i, j, v, npySense(forbidden), forbidden)
		}
	}
	return nil
}

// errShort is npyData's error for an input that ends before the array does.
var errShort = errors.New("short")

// npyData reads and converts cells elements of type t. With exact (the
// input's size was checked against the shape) the result is allocated at
// once; otherwise it grows with the bytes read. On a short input it returns
// the elements read so far and errShort.
func npyData(r io.Reader, t npyType, cells int, exact bool) ([]float64, error) {
	var data []float64
	if exact {
		data = make([]float64, cells)
	} else {
		data = make([]float64, 0, min(cells, npyChunk))
	}
	buf := make([]byte, min(npyChunk, cells*t.size))
	for k := 0; k < cells; {
		n := min(len(buf)/t.size, cells-k)
		got, err := io.ReadFull(r, buf[:n*t.size])
		if err != nil {
			n = got / t.size
		}
		if !exact {
			data = append(data, make([]float64, n)...)
		}
		t.decode(data[k:k+n], buf[:n*t.size])
		k += n
		if err != nil {
			return data[:k], errShort
		}
	}
	return data, nil
}

// transpose returns the r×c row-major transpose of a c×r row-major matrix
// (a Fortran-order r×c array read as written), a tile at a time so that
// both sides are read and written in cache lines.
func transpose(src []float64, r, c int) []float64 {
	const tile = 32
	dst := make([]float64, len(src))
	for i0 := 0; i0 < c; i0 += tile {
		for j0 := 0; j0 < r; j0 += tile {
			for i := i0; i < min(i0+tile, c); i++ {
				row := src[i*r : (i+1)*r]
				for j := j0; j < min(j0+tile, r); j++ {
					dst[j*c+i] = row[j]
				}
			}
		}
	}
	return dst
}
