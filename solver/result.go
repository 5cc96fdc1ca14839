package solver

import (
	"fmt"
	"strings"
)

// Result is an optimal assignment with its certificate.
//
// For a minimisation the dual potentials satisfy, for every allowed pair,
//
//	cost[i][j] − U[i] − V[j] ≥ −tol
//
// with equality (within tol) on every assigned pair; the potential of every
// unassigned row or column is 0 and every other one is of the sign that keeps
// the linear programming dual feasible (see Verify). For a maximisation all
// inequalities are reversed. Sum(U)+Sum(V) then equals Total, which proves
// that no assignment is better (LP duality).
type Result struct {
	// RowCol[i] is the column assigned to row i, or -1.
	RowCol []int
	// ColRow[j] is the row assigned to column j, or -1.
	ColRow []int
	// Total is the sum of the costs of the assigned pairs.
	Total float64
	// U and V are the dual potentials of the rows and of the columns.
	U, V []float64
	// Maximize records whether the problem was a maximisation.
	Maximize bool
}

// InfeasibleError reports that no assignment of the required size exists
// using allowed pairs only. It names a Hall violator: Rows are k rows (or,
// when Transposed, columns) whose allowed partners, Cols, number fewer than k.
type InfeasibleError struct {
	// Rows are the indices of the rows that cannot all be assigned.
	Rows []int
	// Cols are the only columns open to any of Rows; len(Cols) < len(Rows).
	Cols []int
	// Transposed is true when the roles are swapped: the problem had more
	// rows than columns, Rows lists columns and Cols lists rows.
	Transposed bool
}

func (e *InfeasibleError) Error() string {
	what, other := "rows", "columns"
	if e.Transposed {
		what, other = "columns", "rows"
	}
	return fmt.Sprintf("solver: infeasible: %d %s %s can only use the %d %s %s",
		len(e.Rows), what, intList(e.Rows), len(e.Cols), other, intList(e.Cols))
}

// intList formats at most 20 indices, so that an error message stays readable.
func intList(xs []int) string {
	const most = 20
	var b strings.Builder
	b.WriteByte('[')
	for k, x := range xs {
		if k == most {
			fmt.Fprintf(&b, " … and %d more", len(xs)-most)
			break
		}
		if k > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprint(&b, x)
	}
	b.WriteByte(']')
	return b.String()
}
