package solver

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// TestRelaxKernels runs every vector kernel the CPU has and the scalar one
// on the same random inputs — collected (NaN) columns, events h ≤ dmin
// anywhere, lengths that are not multiples of four or eight — and requires
// identical results.
func TestRelaxKernels(t *testing.T) {
	best := simdAvailable()
	if best == simdNone {
		t.Skip("no vector kernel on this CPU")
	}
	for level := simdAVX2; level <= best; level++ {
		t.Run(fmt.Sprint("level=", level), func(t *testing.T) { testRelaxKernel(t, level) })
	}
}

func testRelaxKernel(t *testing.T, level simdLevel) {
	rng := rand.New(rand.NewPCG(11, 13))
	for it := range 3000 {
		n := rng.IntN(70)
		ri, v := make([]float64, n), make([]float64, n)
		d1, p1 := make([]float64, n), make([]int32, n)
		for j := range n {
			ri[j] = float64(rng.IntN(20))
			v[j] = float64(rng.IntN(5)) - 2
			d1[j] = float64(rng.IntN(25))
			if rng.IntN(4) == 0 {
				d1[j] = math.NaN()
			}
			if rng.IntN(10) == 0 {
				ri[j] = math.Inf(1)
			}
			p1[j] = int32(rng.IntN(9))
		}
		d2, p2 := append([]float64(nil), d1...), append([]int32(nil), p1...)
		u1, dmin := float64(rng.IntN(6)), float64(rng.IntN(8)-10)
		if it%3 == 0 {
			dmin += 10 // events become common
		}
		var a, b int
		if it%2 == 0 {
			a = relaxSIMD(level, ri, v, d1, p1, u1, dmin, 77)
			b = relaxGeneric(ri, v, d2, p2, u1, dmin, 77)
		} else { // the float32 kernel; these costs are exact in float32
			r32 := make([]float32, n)
			for j, x := range ri {
				r32[j] = float32(x)
			}
			a = relaxSIMD32(level, r32, v, d1, p1, u1, dmin, 77)
			b = relaxGeneric(r32, v, d2, p2, u1, dmin, 77)
		}
		if a != b {
			t.Fatalf("it=%d: event at %d (vector) and %d (scalar)", it, a, b)
		}
		for j := range n {
			if math.Float64bits(d1[j]) != math.Float64bits(d2[j]) && !(math.IsNaN(d1[j]) && math.IsNaN(d2[j])) || p1[j] != p2[j] {
				t.Fatalf("it=%d col %d: vector d=%v pred=%d, scalar d=%v pred=%d", it, j, d1[j], p1[j], d2[j], p2[j])
			}
		}
	}
}
