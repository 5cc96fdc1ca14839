package pipeline

// DenseLimitBytes is the size of the dense cost matrix (8 bytes per cell,
// n officials × (m posts + n release columns)) above which Auto takes the
// sparse path: 256 MiB. Below it the dense pipeline is about as fast
// (bench/README.md, "Sparse path", has the measurements); both paths give
// the same plan (the tie rule, model.Canonical).
const DenseLimitBytes = 256 << 20

// Reason says why Choose took a path.
type Reason int

// The reasons of a Choice.
const (
	// ReasonAsked: the caller asked for the path (Dense or Sparse).
	ReasonAsked Reason = iota
	// ReasonWithinLimit: Auto, and the dense matrix fits DenseLimitBytes.
	ReasonWithinLimit
	// ReasonAboveLimit: Auto, and the dense matrix exceeds DenseLimitBytes.
	ReasonAboveLimit
)

// Choice is the solver Choose took for a roster and why.
type Choice struct {
	// Mode is what was asked for; Sparse says whether the sparse path was
	// taken.
	Mode   Mode
	Sparse bool
	Reason Reason
	// Officials and Posts are the roster's size; DenseBytes is the size
	// the dense matrix has (or would have), and Limit DenseLimitBytes.
	Officials, Posts int
	DenseBytes       float64
	Limit            float64
}

// Choose returns the path for n officials and m posts under mode.
func Choose(mode Mode, n, m int) Choice {
	c := Choice{Mode: mode, Officials: n, Posts: m,
		DenseBytes: 8 * float64(n) * float64(m+n), Limit: DenseLimitBytes}
	switch mode {
	case Dense:
		c.Reason = ReasonAsked
	case Sparse:
		c.Sparse, c.Reason = true, ReasonAsked
	default:
		c.Sparse = c.DenseBytes > c.Limit
		c.Reason = ReasonWithinLimit
		if c.Sparse {
			c.Reason = ReasonAboveLimit
		}
	}
	return c
}
