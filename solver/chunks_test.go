package solver

import (
	"errors"
	"math"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// TestChunksCover checks that inChunks and eachParallel reach every index
// once, below and above the size from which inChunks splits.
func TestChunksCover(t *testing.T) {
	for _, n := range []int{0, 1, 7, chunksMin - 1, chunksMin, chunksMin + 3, 3*chunksMin + 1} {
		seen := make([]atomic.Int32, n)
		inChunks(n, func(lo, hi int) {
			require.LessOrEqual(t, 0, lo)
			require.LessOrEqual(t, hi, n)
			for k := lo; k < hi; k++ {
				seen[k].Add(1)
			}
		})
		each := make([]atomic.Int32, n)
		eachParallel(n, func(j int) { each[j].Add(1) })
		for k := range n {
			if seen[k].Load() != 1 || each[k].Load() != 1 {
				t.Fatalf("n = %d: index %d reached %d times by inChunks, %d by eachParallel", n, k, seen[k].Load(), each[k].Load())
			}
		}
	}
}

// TestCapacitatedFirstBadCost checks that a matrix large enough to be
// checked on several cores reports its first bad entry in row order,
// whichever core finds which.
func TestCapacitatedFirstBadCost(t *testing.T) {
	const n, m = 1100, 1000 // above chunksMin entries
	cost := mat.NewDense(n, m, nil)
	capacity := make([]int, m)
	for j := range capacity {
		capacity[j] = 2
	}
	cost.Set(1000, 999, math.NaN()) // in the last chunk
	cost.Set(700, 3, math.Inf(-1))  // in a later chunk than the first bad one
	cost.Set(300, 7, 1e308)         // too large: the first bad entry
	cost.Set(250, 10, math.Inf(1))  // forbids a pair: allowed
	_, _, err := SolveCapacitated(cost, capacity)
	var ve *ValueError
	require.True(t, errors.As(err, &ve), "error %v", err)
	require.Equal(t, 300, ve.Row)
	require.Equal(t, 7, ve.Col)
	require.Equal(t, 1e308, ve.Value)
}
