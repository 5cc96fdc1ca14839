//go:build unix

package costfile

import (
	"encoding/binary"
	"math"
	"os"
	"syscall"
	"unsafe"
)

// mapNPY maps the array data of a little-endian float64 C-order .npy file
// into memory instead of reading it: the matrix is then the page cache's own
// pages, with no copy, and each page fault maps several of them (the
// kernel's fault-around) where a fresh allocation faults once per 4 KiB
// page. It applies when the file holds exactly such an array at an 8-byte
// aligned offset on a little-endian machine; otherwise it returns nil and
// the caller reads the file. The mapping is private: a write to Data copies
// the page and never reaches the file.
func mapNPY(f *os.File, size int64, off int64, t npyType, cells int) (data []float64, unmap func() error) {
	if t.kind != 'f' || t.size != 8 || t.order != binary.LittleEndian || !littleEndianHost() ||
		off%8 != 0 || cells == 0 || size != off+8*int64(cells) || size > math.MaxInt {
		return nil, nil
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil
	}
	populate(b)
	data = unsafe.Slice((*float64)(unsafe.Pointer(&b[off])), cells)
	return data, func() error { return syscall.Munmap(b) }
}

// littleEndianHost reports whether float64 values are stored little-endian.
func littleEndianHost() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}
