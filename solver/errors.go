package solver

import "fmt"

// ValueError reports a cost that Solve cannot accept: NaN, an infinity of the
// wrong sign (−Inf when minimising, +Inf when maximising), or a finite cost so
// large that sums of costs along an augmenting path could overflow.
type ValueError struct {
	// Row and Col are the position of the value in the matrix given to Solve.
	Row, Col int
	// Value is the offending cost.
	Value float64
	// Reason says why the value is refused.
	Reason string
}

func (e *ValueError) Error() string {
	return fmt.Sprintf("solver: cost at row %d, column %d is %v: %s", e.Row, e.Col, e.Value, e.Reason)
}
