//go:build linux

package model

import (
	"syscall"
	"unsafe"
)

// hugeMinBytes is the size from which adviseHuge asks for huge pages.
const hugeMinBytes = 64 << 20

// adviseHuge asks the kernel to back buf, not yet written, with
// transparent huge pages where the system leaves that to the program
// (/sys/kernel/mm/transparent_hugepage/enabled set to madvise): a class
// matrix of gigabytes is then mapped in 2 MiB faults instead of 4 KiB
// ones, which on a virtual machine cost more than filling the matrix
// (bench/README.md). A refusal changes nothing but the speed.
func adviseHuge(buf []float64) {
	if len(buf)*8 < hugeMinBytes {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(buf))), len(buf)*8)
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
}
