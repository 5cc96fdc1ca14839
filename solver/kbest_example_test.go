package solver_test

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/solver"
)

// ExampleKBest ranks the assignments of three officials to three posts; the
// official in row 2 may not take the post in column 0, so only four of the
// six assignments exist and KBest returns four although ten were asked.
func ExampleKBest() {
	inf := math.Inf(1)
	cost := mat.NewDense(3, 3, []float64{
		4, 1, 3,
		2, 0, 5,
		inf, 2, 2,
	})
	plans, err := solver.KBest(cost, 10)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range plans {
		fmt.Println(p.Total, p.RowCol)
	}
	// Output:
	// 5 [1 0 2]
	// 6 [0 1 2]
	// 7 [2 0 1]
	// 11 [0 2 1]
}
