//go:build !unix

package bench

import "time"

// processCPU is unavailable here: Run.CPU stays zero.
func processCPU() (time.Duration, bool) { return 0, false }
