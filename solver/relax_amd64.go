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

// hasAVX512 reports whether the CPU and the OS support AVX-512 F and VL.
//
//go:noescape
func hasAVX512() bool

// relaxAVX512 is relaxAVX2 eight columns at a time in 512-bit registers,
// with the comparisons in opmask registers and a masked store for pred: 15
// instructions per eight columns where relaxAVX2 needs 34. It stops before
// the first group of eight that holds an event.
//
//go:noescape
func relaxAVX512(ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int

// relaxAVX512F32 is relaxAVX512 with float32 costs.
//
//go:noescape
func relaxAVX512F32(ri []float32, v, d []float64, pred []int32, u1, dmin float64, i int32) int

// relaxAVX512Lower is relaxAVX512 reading float32 lower bounds of the
// costs first and the exact costs only in the lanes whose bound may improve
// a distance: on a search's later scans few do, so the pass reads about half
// the memory of relaxAVX512's.
//
//go:noescape
func relaxAVX512Lower(lb []float32, ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int

// simdAvailable returns the best vector kernel the CPU and the OS support.
// It runs CPUID on every call (a few hundred nanoseconds, once per solve)
// rather than caching the answer in a package variable.
func simdAvailable() simdLevel {
	switch {
	case hasAVX512():
		return simdAVX512
	case hasAVX2():
		return simdAVX2
	}
	return simdNone
}

// relaxSIMD is relax with the vector kernel of level: the kernel runs until
// a group holding an event, the scalar code finishes four columns of it
// (and the tail of fewer than four columns) and reports the event.
func relaxSIMD(level simdLevel, ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	kernel := relaxAVX2
	if level == simdAVX512 {
		kernel = relaxAVX512
	}
	return relaxWith(kernel, ri, v, d, pred, u1, dmin, i)
}

// relaxSIMD32 is relaxSIMD with float32 costs.
func relaxSIMD32(level simdLevel, ri []float32, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	kernel := relaxAVX2F32
	if level == simdAVX512 {
		kernel = relaxAVX512F32
	}
	return relaxWith(kernel, ri, v, d, pred, u1, dmin, i)
}

// relaxLower is relaxGeneric on the exact costs ri, reading the lower
// bounds lb ≤ ri first (relaxAVX512Lower); the results are relaxGeneric's,
// bit for bit. Only for level simdAVX512: other levels run relaxSIMD on ri.
func relaxLower(level simdLevel, lb []float32, ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	if level != simdAVX512 {
		return relaxSIMD(level, ri, v, d, pred, u1, dmin, i)
	}
	n := len(d)
	lb, ri, v, pred = lb[:n], ri[:n], v[:n], pred[:n]
	for j := 0; ; {
		j += relaxAVX512Lower(lb[j:], ri[j:], v[j:], d[j:], pred[j:], u1, dmin, i)
		end := min(j+8, n)
		if k := relaxGeneric(ri[j:end], v[j:end], d[j:end], pred[j:end], u1, dmin, i); j+k < end {
			return j + k
		}
		if end == n {
			return n
		}
		j = end
	}
}

// relaxWith alternates a vector kernel with relaxGeneric on the group the
// kernel stopped before, as relaxSIMD describes.
func relaxWith[T costElem](kernel func(ri []T, v, d []float64, pred []int32, u1, dmin float64, i int32) int,
	ri []T, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	n := len(d)
	ri, v, pred = ri[:n], v[:n], pred[:n]
	for j := 0; ; {
		j += kernel(ri[j:], v[j:], d[j:], pred[j:], u1, dmin, i)
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
