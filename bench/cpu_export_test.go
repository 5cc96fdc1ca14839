package bench

import "time"

// CPUTime is processCPU's time alone, zero where the system cannot tell, for
// the cpu-ns/op metrics of the benchmarks: on a shared machine a steadier
// measure than wall time. It is exported (in the test build only) so that
// the external test package bench_test shares it too.
func CPUTime() time.Duration {
	d, _ := processCPU()
	return d
}
