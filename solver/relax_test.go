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

// TestRelaxLower requires relaxLower, which reads lower bounds of the costs
// first, to give relaxGeneric's results bit for bit, whatever the bounds: equal
// to the costs, rounded down to float32, far below them or −Inf; with
// non-integer costs, collected (NaN) columns, +Inf costs and events
// anywhere.
func TestRelaxLower(t *testing.T) {
	level := simdAvailable()
	rng := rand.New(rand.NewPCG(17, 19))
	for it := range 5000 {
		n := rng.IntN(90)
		ri, v, lb := make([]float64, n), make([]float64, n), make([]float32, n)
		d1, p1 := make([]float64, n), make([]int32, n)
		for j := range n {
			ri[j] = float64(rng.IntN(20)) + rng.Float64()/3
			if it%5 == 1 {
				ri[j] += 40 // no improvement: only d ≤ dmin makes an event
			}
			v[j] = float64(rng.IntN(5)) - 2 + rng.Float64()/7
			d1[j] = float64(rng.IntN(25)) + rng.Float64()/5
			if rng.IntN(4) == 0 {
				d1[j] = math.NaN()
			}
			if rng.IntN(10) == 0 {
				ri[j] = math.Inf(1)
			}
			p1[j] = int32(rng.IntN(9))
			switch rng.IntN(4) {
			case 0:
				lb[j] = capLowerBound(ri[j])
			case 1:
				lb[j] = capLowerBound(ri[j] - float64(rng.IntN(4)))
			case 2:
				lb[j] = float32(math.Inf(-1))
			default:
				lb[j] = capLowerBound(ri[j] - rng.Float64())
			}
			if float64(lb[j]) > ri[j] {
				t.Fatalf("capLowerBound(%v) = %v, above", ri[j], lb[j])
			}
		}
		d2, p2 := append([]float64(nil), d1...), append([]int32(nil), p1...)
		u1, dmin := float64(rng.IntN(6))+rng.Float64(), float64(rng.IntN(8)-10)
		if it%3 == 0 {
			dmin += 10 // events become common
		}
		a := relaxLower(level, lb, ri, v, d1, p1, u1, dmin, 77)
		b := relaxGeneric(ri, v, d2, p2, u1, dmin, 77)
		if a != b {
			t.Fatalf("it=%d: event at %d (bounds first) and %d (scalar)", it, a, b)
		}
		for j := range n {
			if math.Float64bits(d1[j]) != math.Float64bits(d2[j]) && !(math.IsNaN(d1[j]) && math.IsNaN(d2[j])) || p1[j] != p2[j] {
				t.Fatalf("it=%d col %d: bounds first d=%v pred=%d, scalar d=%v pred=%d", it, j, d1[j], p1[j], d2[j], p2[j])
			}
		}
	}
}
