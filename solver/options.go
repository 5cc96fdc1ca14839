package solver

import "context"

// Option configures Solve.
type Option func(*options)

type options struct {
	maximize bool
	ctx      context.Context
	// arrPasses is the number of augmenting row reduction passes; -1 means
	// the default. It exists so that tests can run the shortest augmenting
	// path phase alone, as a second algorithm to compare against.
	arrPasses int
	// simdCap, when non-zero, is one more than the best relaxation kernel
	// Solve may use (tests compare them all).
	simdCap simdLevel
	// f32 chooses when exactly-float32 costs are scanned as float32.
	f32 int
	// warmU and warmV are the potentials of WithDuals (warm.go).
	warmU, warmV []float64
	// warmNoFallback: see withoutWarmFallback (tests).
	warmNoFallback bool
	// helper: 0 = SolveCapacitated's default, 1 = never, 2 = whenever
	// there are two cores (tests compare them).
	helper int
	// lower: 0 = SolveCapacitated's default, 1 = never, 2 = always read
	// the transfer costs' float32 bounds first (tests compare them).
	lower int
	// splitMin: 0 = capSplitRecompute, else the least row costs a
	// recomputation reads for the helper to take half (tests).
	splitMin int
	// cands: 0 = SolveCapacitated's default, -1 never, else the length
	// of the cold searches' candidate lists, whatever the size (tests
	// compare them).
	cands int
	// progress is WithProgress's function.
	progress func(done, total int)
}

const (
	f32Auto   = iota // from f32MinCells cells on
	f32Always        // whenever exact (tests)
	f32Never
)

// Maximize makes Solve maximise the total instead of minimising it. Forbidden
// pairs are then −Inf, and +Inf is an error.
func Maximize() Option { return func(o *options) { o.maximize = true } }

// WithContext lets a long solve be cancelled. Solve checks ctx before every
// augmentation (at most min(rows, columns) of them), not inside the O(n)
// inner loops, so cancellation is noticed within one augmentation's time.
func WithContext(ctx context.Context) Option { return func(o *options) { o.ctx = ctx } }

// WithProgress lets a long solve say how far it is: f is called from the
// solving goroutine with the augmenting paths found so far (done) of those
// the solve needs after its start (total), every few dozen paths and when
// the last is found. Solve, SolveSparse(From) and SolveCapacitated(From)
// call it; f must return quickly.
func WithProgress(f func(done, total int)) Option { return func(o *options) { o.progress = f } }

// report calls the progress function, if any, every 64th path and at the
// end.
func (o *options) report(done, total int) {
	if o.progress != nil && (done%64 == 0 || done == total) {
		o.progress(done, total)
	}
}

// withARRPasses sets the number of augmenting row reduction passes (0 turns
// the phase off). Unexported: only tests need it.
func withARRPasses(k int) Option { return func(o *options) { o.arrPasses = k } }

// withoutSIMD forces the scalar relaxation kernel. Unexported: only tests
// need it.
func withoutSIMD() Option { return withSIMDAtMost(simdNone) }

// withSIMDAtMost caps the relaxation kernel at level (the AVX2 kernel on a
// CPU with AVX-512, say). Unexported: only tests need it.
func withSIMDAtMost(level simdLevel) Option { return func(o *options) { o.simdCap = level + 1 } }

// withF32 sets when exactly-float32 costs are scanned as float32.
// Unexported: only tests need it.
func withF32(mode int) Option { return func(o *options) { o.f32 = mode } }

// withCapLower sets whether SolveCapacitated's relaxation reads float32
// lower bounds of the transfer costs first (on a CPU with AVX-512),
// whatever the size. Unexported: only tests need it.
func withCapLower(on bool) Option {
	return func(o *options) {
		o.lower = 1
		if on {
			o.lower = 2
		}
	}
}

// withCapHelper sets when SolveCapacitated relaxes long ranges on a second
// core: on (whenever there are two cores, whatever the size) or off.
// Unexported: only tests need it.
func withCapHelper(on bool) Option {
	return func(o *options) {
		o.helper = 1
		if on {
			o.helper = 2
		}
	}
}

// withCapCands sets the length of the candidate lists of SolveCapacitated's
// cold searches, whatever the size; 0 keeps none. Unexported: only tests
// need it.
func withCapCands(length int) Option {
	return func(o *options) {
		o.cands = -1
		if length > 0 {
			o.cands = length
		}
	}
}

// withCapSplit sets the least number of row costs a recomputation of
// SolveCapacitated's lists reads for the helper to take half of them.
// Unexported: only tests need it.
func withCapSplit(costs int) Option { return func(o *options) { o.splitMin = costs } }
