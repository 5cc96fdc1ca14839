//go:build !unix

package bench_test

import "time"

// solverCPUTime is unknown outside unix: the cpu-ns/op metric then reads 0.
func solverCPUTime() time.Duration { return 0 }
