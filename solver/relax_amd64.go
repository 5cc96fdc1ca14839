package solver

// hasAVX2 reports whether the CPU and the OS support AVX2 (CPUID, XGETBV).
//
//go:noescape
func hasAVX2() bool

// relaxAVX2 is relaxGeneric four columns at a time, stopping before the
// first group of four that holds an event (h ≤ dmin); it returns the number
// of columns done. Written in assembly because Go does not vectorise: on
// Machol–Wien, where every scan relaxes thousands of columns, it halves the
// solve time.
//
//go:noescape
func relaxAVX2(ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int

// relaxAVX2F32 is relaxAVX2 with float32 costs.
//
//go:noescape
func relaxAVX2F32(ri []float32, v, d []float64, pred []int32, u1, dmin float64, i int32) int

// simdAvailable reports whether relax may use relaxAVX2.
func simdAvailable() bool { return hasAVX2() }

// relaxSIMD is relax with the vector kernel: the kernel runs until a group
// holding an event, the scalar code finishes that group (and the tail of
// fewer than four columns) and reports the event.
func relaxSIMD(ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	n := len(d)
	ri, v, pred = ri[:n], v[:n], pred[:n]
	for j := 0; ; {
		j += relaxAVX2(ri[j:], v[j:], d[j:], pred[j:], u1, dmin, i)
		end := min(j+4, n)
		if k := relaxGeneric(ri[j:end], v[j:end], d[j:end], pred[j:end], u1, dmin, i); j+k < end {
			return j + k
		}
		if end == n {
			return n
		}
		j = end
	}
}

// relaxSIMD32 is relaxSIMD with float32 costs.
func relaxSIMD32(ri []float32, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	n := len(d)
	ri, v, pred = ri[:n], v[:n], pred[:n]
	for j := 0; ; {
		j += relaxAVX2F32(ri[j:], v[j:], d[j:], pred[j:], u1, dmin, i)
		end := min(j+4, n)
		if k := relaxGeneric(ri[j:end], v[j:end], d[j:end], pred[j:end], u1, dmin, i); j+k < end {
			return j + k
		}
		if end == n {
			return n
		}
		j = end
	}
}
