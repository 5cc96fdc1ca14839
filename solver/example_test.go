package solver_test

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/solver"
)

func ExampleSolve() {
	inf := math.Inf(1)
	// Three officials (rows), four posts (columns); +Inf forbids a pair.
	cost := mat.NewDense(3, 4, []float64{
		4, 1, 3, inf,
		2, 0, 5, 3,
		3, 2, 2, inf,
	})
	res, err := solver.Solve(cost)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("row → column:", res.RowCol)
	fmt.Println("column → row:", res.ColRow)
	fmt.Println("total:", res.Total)
	fmt.Println("certificate:", solver.Verify(cost, res))

	// Two rows that can only use the same column cannot both be assigned.
	_, err = solver.Solve(mat.NewDense(2, 2, []float64{1, inf, 2, inf}))
	var hall *solver.InfeasibleError
	fmt.Println(errors.As(err, &hall), err)
	// Output:
	// row → column: [1 0 2]
	// column → row: [1 0 2 -1]
	// total: 5
	// certificate: <nil>
	// true solver: infeasible: 2 rows [0 1] can only use the 1 columns [0]
}

func ExampleVerify() {
	cost := mat.NewDense(2, 2, []float64{
		1, 2,
		3, 5,
	})
	res, _ := solver.Solve(cost)
	fmt.Println(res.RowCol, res.Total, solver.Verify(cost, res))

	// A hand-made result for the worse assignment (0→0, 1→1, total 6):
	// its duals sum to its total, but they are not feasible, and no
	// feasible ones exist for a non-optimal assignment.
	worse := &solver.Result{
		RowCol: []int{0, 1}, ColRow: []int{0, 1}, Total: 6,
		U: []float64{1, 5}, V: []float64{0, 0},
	}
	fmt.Println(solver.Verify(cost, worse))
	// Output:
	// [1 0] 5 <nil>
	// solver: verify: reduced cost at row 1, column 0 is -2, below −5e-09: the duals are not feasible
}
