//go:build unix

package bench

import (
	"syscall"
	"time"
)

// sparseCPUTime is the CPU time (user+system) of the process so far: on a
// shared machine a steadier measure than wall time.
func sparseCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
