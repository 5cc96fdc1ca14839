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
	// noSIMD forces the scalar relaxation kernel (tests compare both).
	noSIMD bool
}

// Maximize makes Solve maximise the total instead of minimising it. Forbidden
// pairs are then −Inf, and +Inf is an error.
func Maximize() Option { return func(o *options) { o.maximize = true } }

// WithContext lets a long solve be cancelled. Solve checks ctx before every
// augmentation (at most min(rows, columns) of them), not inside the O(n)
// inner loops, so cancellation is noticed within one augmentation's time.
func WithContext(ctx context.Context) Option { return func(o *options) { o.ctx = ctx } }

// withARRPasses sets the number of augmenting row reduction passes (0 turns
// the phase off). Unexported: only tests need it.
func withARRPasses(k int) Option { return func(o *options) { o.arrPasses = k } }

// withoutSIMD forces the scalar relaxation kernel. Unexported: only tests
// need it.
func withoutSIMD() Option { return func(o *options) { o.noSIMD = true } }
