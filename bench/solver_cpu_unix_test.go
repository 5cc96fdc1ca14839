//go:build unix

package bench_test

import (
	"syscall"
	"time"
)

// solverCPUTime is the CPU time (user+system) the process has used so far.
// On a shared machine it is a steadier measure than wall time.
func solverCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
