package bench_test

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// solverReadNPY reads a C-order little-endian float64 .npy file (what
// ../shared/peers/matrices.py writes) into a *mat.Dense. It is a minimal
// reader for the benchmarks only; the product's reader lives in cmd/mutasi.
func solverReadNPY(path string) (*mat.Dense, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	var pre [8]byte
	if _, err := io.ReadFull(br, pre[:]); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if string(pre[:6]) != "\x93NUMPY" {
		return nil, fmt.Errorf("%s: not a .npy file", path)
	}
	var hlen int
	switch pre[6] {
	case 1:
		var b [2]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		hlen = int(binary.LittleEndian.Uint16(b[:]))
	case 2, 3:
		var b [4]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		hlen = int(binary.LittleEndian.Uint32(b[:]))
	default:
		return nil, fmt.Errorf("%s: .npy version %d", path, pre[6])
	}
	hdr := make([]byte, hlen)
	if _, err := io.ReadFull(br, hdr); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	h := string(hdr)
	if !strings.Contains(h, "'descr': '<f8'") || !strings.Contains(h, "'fortran_order': False") {
		return nil, fmt.Errorf("%s: only C-order <f8 is supported, header %q", path, h)
	}
	sm := regexp.MustCompile(`'shape': \((\d+), (\d+)\)`).FindStringSubmatch(h)
	if sm == nil {
		return nil, fmt.Errorf("%s: not a 2-D array, header %q", path, h)
	}
	r, _ := strconv.Atoi(sm[1])
	c, _ := strconv.Atoi(sm[2])
	data := make([]float64, r*c)
	buf := make([]byte, 8*c)
	for i := 0; i < r; i++ {
		if _, err := io.ReadFull(br, buf); err != nil {
			return nil, fmt.Errorf("%s: row %d: %w", path, i, err)
		}
		for j := 0; j < c; j++ {
			data[i*c+j] = math.Float64frombits(binary.LittleEndian.Uint64(buf[8*j:]))
		}
	}
	return mat.NewDense(r, c, data), nil
}
