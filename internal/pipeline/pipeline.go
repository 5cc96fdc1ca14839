// Package pipeline is the one way mutasi turns a roster and a policy into
// the plan: the rules (model.Evaluate), the score, the exact solve on the
// path the roster's size calls for (the dense matrix, or the sparse path
// through classes of identical posts or candidate pricing), the tie rule
// (model.Canonical: among the optimal plans the fewest moves, then the
// canonical order), and the plan with its reasons (model.NewPlan). Every
// command of mutasi, its web page and its benchmarks call Solve, so that
// "the plan" means the same everywhere, byte for byte.
//
// A Solution keeps what the solve found (scores, duals, classes), so that a
// re-solve under a changed policy can start from it (Options.From), and so
// that the next-best plans and the explanations are computed from it.
//
// The package holds no presentation: it reports what it did in Stats and
// Choice, and package main words it for the user.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// Mode is the solver the caller asks for.
type Mode int

// The modes of Options.Mode.
const (
	// Auto takes the dense path while its matrix fits DenseLimitBytes, the
	// sparse path beyond.
	Auto Mode = iota
	// Dense builds the n × (m+n) cost matrix and solves it (solver.Solve).
	Dense
	// Sparse never builds the dense matrix (model.SolveSparse).
	Sparse
)

// ParseMode reads "auto", "dense" or "sparse".
func ParseMode(s string) (Mode, error) {
	switch s {
	case "auto":
		return Auto, nil
	case "dense":
		return Dense, nil
	case "sparse":
		return Sparse, nil
	}
	return Auto, fmt.Errorf("pipeline: solver %q: want auto, dense or sparse", s)
}

// String returns the mode as ParseMode reads it.
func (m Mode) String() string {
	switch m {
	case Dense:
		return "dense"
	case Sparse:
		return "sparse"
	}
	return "auto"
}

// Options tunes Solve. The zero value is what mutasi solve does by default.
type Options struct {
	// Mode chooses the solver (Auto by default).
	Mode Mode
	// NoClasses makes the sparse path skip the classes of identical posts
	// and take the candidate pricing rounds at once.
	NoClasses bool
	// Candidates is the number of best posts per official the pricing
	// rounds start from (0: model.DefaultSparseK).
	Candidates int
	// From is an earlier solution of the same roster (another policy: a
	// scenario, a sweep step, a pin, a slider move) to start from: its
	// assignment and duals warm-start the solve on the path it took. A
	// solution of another roster is ignored.
	From *Solution
	// Progress, when not nil, is told as each stage starts and as the
	// solve advances. It is called from the solving goroutine and must
	// return quickly.
	Progress func(Event)
	// Brief builds the plan without what only its reader needs (each
	// move's reasons, warnings and alternatives: model.PlanOptions): for
	// plans that are compared, not printed (a sweep's steps, explain's
	// re-solves).
	Brief bool
	// NoAlternatives builds the plan without each move's alternatives
	// only (model.PlanOptions.NoAlternatives): for a plan shown as a list
	// of moves (the page's slider moves); Solution.FullPlan adds them when
	// the plan is written out. A plan under a move budget is always full.
	NoAlternatives bool
}

// Stage is one step of the pipeline.
type Stage int

// The stages, in pipeline order.
const (
	// StageRules applies the rules of eligibility (model.Evaluate).
	StageRules Stage = iota
	// StageScore builds the dense cost matrix (model.Score); the sparse
	// path scores on the fly inside StageSolve.
	StageScore
	// StageSolve finds an optimal assignment with its dual certificate.
	StageSolve
	// StageTies checks the certificate on every pair and chooses among
	// the optimal plans by the tie rule (model.Canonical).
	StageTies
	// StagePlan builds the plan: the moves, their reasons and
	// alternatives (model.NewPlan).
	StagePlan
	// NumStages is the number of stages.
	NumStages
)

// String names the stage (for benchmarks and logs, not for users).
func (s Stage) String() string {
	switch s {
	case StageRules:
		return "rules"
	case StageScore:
		return "score"
	case StageSolve:
		return "solve"
	case StageTies:
		return "ties"
	case StagePlan:
		return "plan"
	}
	return "?"
}

// Event is what Options.Progress is told: a stage starts (Done and Total
// 0), or the solve advanced to Done of Total units of work.
type Event struct {
	Stage       Stage
	Done, Total int
}

// Path is the way the optimum was found.
type Path int

// The paths of a Solution.
const (
	// PathDense solved the dense matrix.
	PathDense Path = iota
	// PathClasses solved officials against classes of identical posts
	// with capacities (model.SolveSparse's class solve).
	PathClasses
	// PathCandidates solved candidate pairs with pricing rounds.
	PathCandidates
)

// String names the path.
func (p Path) String() string {
	switch p {
	case PathClasses:
		return "classes"
	case PathCandidates:
		return "candidates"
	}
	return "dense"
}

// Solution is one solve of a roster under a policy: the plan and what lies
// behind it.
type Solution struct {
	Roster *model.Roster
	Policy *model.Policy
	Elig   *model.Eligibility
	// Scores holds the score; its dense matrix Cost is nil on the sparse
	// path.
	Scores *model.Scores
	// Result is the plan's assignment with the dual certificate of the
	// full problem.
	Result *solver.Result
	Plan   *model.Plan
	// Choice is how the solver was chosen, Path the way the optimum was
	// found.
	Choice Choice
	Path   Path
	Stats  Stats
	// partial: Plan was built brief or without alternatives (Options).
	partial bool
}

// FullPlan returns the plan with everything its reader needs: Plan itself,
// or when Options.Brief or Options.NoAlternatives left parts out, the plan
// built again in full from the same certified result.
func (s *Solution) FullPlan() (*model.Plan, error) {
	if !s.partial {
		return s.Plan, nil
	}
	p, err := model.NewPlan(s.Roster, s.Elig, s.Scores, s.Result)
	if err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	return p, nil
}

// Stats says what a solve did.
type Stats struct {
	// Time is each stage's wall-clock time.
	Time [NumStages]time.Duration
	// Classes describes the class solve of the sparse path (nil on the
	// dense path, or when it was not tried).
	Classes *model.ClassStats
	// Rounds are the pricing rounds of the sparse path.
	Rounds []model.SparseRound
	// Tol is the pricing tolerance of the sparse path.
	Tol float64
	// Ties describes the tie rule's stage.
	Ties model.TieStats
	// Warm describes the warm start from Options.From.
	Warm Warm
}

// Warm says how much of an earlier solution a solve reused.
type Warm struct {
	// Used is true when the solve started from Options.From.
	Used bool
	// Kept is the number of officials whose place (their post's class on
	// the class path, their column otherwise) the start kept, of
	// Officials; on the dense path, which starts from the duals alone, it
	// is not known (−1).
	Kept, Officials int
	// Augmentations is the number of augmenting paths the solve still
	// needed (each places one official).
	Augmentations int
}

// InputError is a roster or policy the rules or the score reject as given
// (a pin to an unknown post, two pins on one post, a bad weight): the
// user's input, not a failure of the solve.
type InputError struct{ Err error }

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// InfeasibleError is a solve that found no plan (a *solver.InfeasibleError
// it wraps) with the rules it ran under, so that the message can name the
// rules that close the other places to the officials concerned.
type InfeasibleError struct {
	Err  error
	Elig *model.Eligibility
}

func (e *InfeasibleError) Error() string { return e.Err.Error() }
func (e *InfeasibleError) Unwrap() error { return e.Err }

// Solve plans roster r under policy pol: the rules, the score, the exact
// solve on the path Options choose, the tie rule and the plan with its
// reasons. Under a move budget (pol.Rules.MoveBudget) it searches the
// price of a move that keeps the plan within it (model.SearchBudget, see
// budget.go) and sets the plan's Budget. Errors of the rules and the score
// are *InputError; an infeasible problem comes back as a
// *solver.InfeasibleError (wrapped), a budget below the forced moves as a
// *model.BudgetError; a certificate that fails is an error, never a plan.
func Solve(ctx context.Context, r *model.Roster, pol *model.Policy, opt Options) (*Solution, error) {
	if r == nil || pol == nil {
		return nil, errors.New("pipeline: Solve needs a roster and a policy")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if pol.Rules.MoveBudget {
		// The budget's notes go into the plan's reasons (model.NoteBudget).
		opt.Brief, opt.NoAlternatives = false, false
		return solveBudget(ctx, r, pol, opt)
	}
	return solveOnce(ctx, r, pol, opt)
}

// solveOnce is Solve without the budget's search: one solve at the
// policy's own MovePenalty.
func solveOnce(ctx context.Context, r *model.Roster, pol *model.Policy, opt Options) (*Solution, error) {
	s := &Solution{Roster: r, Policy: pol, Choice: Choose(opt.Mode, len(r.Officials), len(r.Positions))}
	if err := s.solve(ctx, opt); err != nil {
		return nil, err
	}
	return s, nil
}

// stage starts stage st: it reports it and returns the function that
// records its time.
func (s *Solution) stage(opt *Options, st Stage) func() {
	if opt.Progress != nil {
		opt.Progress(Event{Stage: st})
	}
	t0 := time.Now()
	return func() { s.Stats.Time[st] += time.Since(t0) }
}

func (s *Solution) solve(ctx context.Context, opt Options) error {
	r, pol := s.Roster, s.Policy
	done := s.stage(&opt, StageRules)
	el, err := model.Evaluate(r, pol)
	done()
	if err != nil {
		return &InputError{err}
	}
	s.Elig = el
	var res *solver.Result
	if s.Choice.Sparse {
		res, err = s.solveSparse(ctx, &opt)
	} else {
		res, err = s.solveDense(ctx, &opt)
	}
	if ie := (*solver.InfeasibleError)(nil); errors.As(err, &ie) {
		return &InfeasibleError{Err: err, Elig: el}
	}
	if err != nil {
		return err
	}
	// Canonical checks the solver's certificate on every pair before it
	// chooses among the ties, and the plan's against the same duals.
	done = s.stage(&opt, StageTies)
	res, s.Stats.Ties, err = model.Canonical(ctx, s.Scores, res)
	done()
	if err != nil {
		return fmt.Errorf("ties: %w", err)
	}
	s.Result = res
	done = s.stage(&opt, StagePlan)
	p, err := model.NewPlanWith(r, el, s.Scores, res, model.PlanOptions{Brief: opt.Brief, NoAlternatives: opt.NoAlternatives})
	done()
	// The solution is kept (warm starts, explanations, the page): not the
	// class matrix the tie stage and the plan read.
	s.Scores.ReleaseClassCosts()
	if err != nil {
		return fmt.Errorf("plan: %w", err)
	}
	if !p.Optimal {
		// Canonical certified res on every pair and NewPlan takes its
		// word; a failure is checked again, for the message.
		err := s.Scores.VerifyFull(res)
		if err == nil {
			err = errors.New("the plan is not certified optimal")
		}
		return fmt.Errorf("certificate: %w", err)
	}
	s.Plan, s.partial = p, opt.Brief || opt.NoAlternatives
	return nil
}

// solveDense scores the dense matrix and solves it.
func (s *Solution) solveDense(ctx context.Context, opt *Options) (*solver.Result, error) {
	s.Path = PathDense
	done := s.stage(opt, StageScore)
	sc, err := model.Score(ctx, s.Roster, s.Elig, s.Policy)
	done()
	if err != nil {
		return nil, &InputError{err}
	}
	s.Scores = sc
	done = s.stage(opt, StageSolve)
	defer done()
	opts := []solver.Option{solver.WithContext(ctx)}
	if f := s.solveProgress(opt); f != nil {
		opts = append(opts, solver.WithProgress(f))
	}
	if from := s.from(opt); from != nil {
		// The duals of the earlier optimum: solver.Solve starts from them.
		opts = append(opts, solver.WithDuals(from.U, from.V))
		s.Stats.Warm = Warm{Used: true, Kept: -1, Officials: len(s.Roster.Officials)}
	}
	res, err := solver.Solve(sc.Cost, opts...)
	if err != nil {
		return nil, fmt.Errorf("solve: %w", err)
	}
	return res, nil
}

// solveProgress returns the solver's progress function for Options.Progress
// (nil for none): the solve stage's augmenting paths, done of total.
func (s *Solution) solveProgress(opt *Options) func(done, total int) {
	if opt.Progress == nil {
		return nil
	}
	return func(done, total int) { opt.Progress(Event{Stage: StageSolve, Done: done, Total: total}) }
}

// from returns the result of Options.From when it is an optimum of the
// same roster, nil otherwise.
func (s *Solution) from(opt *Options) *solver.Result {
	f := opt.From
	if f == nil || f.Roster != s.Roster || f.Result == nil {
		return nil
	}
	return f.Result
}

// solveSparse solves without the dense matrix: through classes of
// identical posts, or candidate pricing.
func (s *Solution) solveSparse(ctx context.Context, opt *Options) (*solver.Result, error) {
	done := s.stage(opt, StageSolve)
	defer done()
	from := s.from(opt)
	ss, err := model.SolveSparse(ctx, s.Roster, s.Elig, s.Policy, model.SparseOptions{K: opt.Candidates, NoClasses: opt.NoClasses,
		From: from, Progress: s.solveProgress(opt)})
	if err != nil {
		return nil, fmt.Errorf("solve: %w", err)
	}
	s.Scores = ss.Scores
	s.Stats.Classes, s.Stats.Rounds, s.Stats.Tol = ss.Classes, ss.Rounds, ss.Tol
	s.Path = PathCandidates
	if len(ss.Rounds) == 0 {
		s.Path = PathClasses
	}
	if from != nil {
		w := &s.Stats.Warm
		w.Used, w.Officials = true, len(s.Roster.Officials)
		if c := ss.Classes; c != nil {
			// What the earlier plan gave: later class solves start from
			// the one before.
			w.Kept, w.Augmentations = c.FirstKept, c.Stats.Augmentations
		}
		for _, rd := range ss.Rounds {
			w.Augmentations += rd.Stats.Augmentations
		}
		if len(ss.Rounds) > 0 && ss.Classes == nil {
			// The rounds started from the earlier assignment: the rows
			// the first round's warm start did not release were kept.
			w.Kept = w.Officials - ss.Rounds[0].Stats.Released
		}
	}
	return ss.Result, nil
}
