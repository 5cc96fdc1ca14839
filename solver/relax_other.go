//go:build !amd64

package solver

// simdAvailable reports whether relax may use a vector kernel: there is
// none outside amd64.
func simdAvailable() simdLevel { return simdNone }

// relaxSIMD is relaxGeneric where there is no vector kernel.
func relaxSIMD(_ simdLevel, ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	return relaxGeneric(ri, v, d, pred, u1, dmin, i)
}

// relaxSIMD32 is relaxGeneric where there is no vector kernel.
func relaxSIMD32(_ simdLevel, ri []float32, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	return relaxGeneric(ri, v, d, pred, u1, dmin, i)
}

// relaxLower is relaxGeneric on the exact costs ri where there is no vector
// kernel.
func relaxLower(_ simdLevel, _ []float32, ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int {
	return relaxGeneric(ri, v, d, pred, u1, dmin, i)
}
