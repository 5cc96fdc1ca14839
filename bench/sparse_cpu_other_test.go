//go:build !unix

package bench

import "time"

// sparseCPUTime is not measured on this system.
func sparseCPUTime() time.Duration { return 0 }
