package bench

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"

	"codeberg.org/sbinet/npyio"
	"gonum.org/v1/gonum/mat"
)

// WriteNPY writes m as a NumPy .npy file (little-endian float64, C order),
// the input of the SciPy scripts in bench/peers and of "mutasi matrix".
// Forbidden pairs stay +Inf, which SciPy's linear_sum_assignment accepts as
// such. The writer is npyio's; a matrix other than a *mat.Dense is copied
// into one first. Its header is padded as numpy.save pads it, so that the
// data starts at a multiple of 64 bytes (the format's alignment, which lets
// "mutasi matrix" map the array instead of reading it).
func WriteNPY(w io.Writer, m mat.Matrix) error {
	d, ok := m.(*mat.Dense)
	if !ok {
		d = mat.DenseCopyOf(m)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	aw := &npyAligner{w: bw}
	if err := npyio.Write(aw, d); err != nil {
		return fmt.Errorf("bench: writing .npy: %w", err)
	}
	if err := aw.close(); err != nil {
		return fmt.Errorf("bench: writing .npy: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("bench: writing .npy: %w", err)
	}
	return nil
}

// npyAlign is the alignment of the array data in a .npy file that
// numpy.save writes: magic string, version, header length and header
// together a multiple of 64 bytes.
const npyAlign = 64

// npyAligner passes a .npy stream through with its header written as
// numpy.save writes it: format version 1.0 when the header fits its 16-bit
// length (npyio writes 2.0), padded by spaces before the closing newline so
// that the data is aligned to npyAlign bytes. It holds back the bytes of the
// header until the header is complete; the array data then passes straight
// through.
type npyAligner struct {
	w    io.Writer
	head []byte // the preamble and header so far
	done bool
}

func (a *npyAligner) Write(p []byte) (int, error) {
	if a.done {
		return a.w.Write(p)
	}
	n := len(p)
	a.head = append(a.head, p...)
	if len(a.head) < 12 {
		return n, nil
	}
	var pre, hlen int
	switch a.head[6] {
	case 1:
		pre, hlen = 10, int(binary.LittleEndian.Uint16(a.head[8:10]))
	case 2, 3:
		pre, hlen = 12, int(binary.LittleEndian.Uint32(a.head[8:12]))
	default:
		return 0, fmt.Errorf("npy format version %d.%d", a.head[6], a.head[7])
	}
	if len(a.head) < pre+hlen {
		return n, nil
	}
	header := bytes.TrimRight(a.head[pre:pre+hlen], " \n")
	rest := a.head[pre+hlen:]
	major := a.head[6]
	if major == 2 && 10+len(header)+1 <= 0xffff {
		major, pre = 1, 10
	}
	total := (pre + len(header) + 1 + npyAlign - 1) / npyAlign * npyAlign
	out := make([]byte, 0, total)
	out = append(out, a.head[:6]...)
	out = append(out, major, 0)
	if pre == 10 {
		out = binary.LittleEndian.AppendUint16(out, uint16(total-pre))
	} else {
		out = binary.LittleEndian.AppendUint32(out, uint32(total-pre))
	}
	out = append(out, header...)
	out = append(out, bytes.Repeat([]byte{' '}, total-len(out)-1)...)
	out = append(out, '\n')
	a.done, a.head = true, nil
	if _, err := a.w.Write(out); err != nil {
		return 0, err
	}
	if _, err := a.w.Write(rest); err != nil {
		return 0, err
	}
	return n, nil
}

// close reports a stream that ended inside its header.
func (a *npyAligner) close() error {
	if !a.done {
		return fmt.Errorf("npy stream ended in its header (%d bytes)", len(a.head))
	}
	return nil
}
