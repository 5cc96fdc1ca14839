package analysis

import (
	"context"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"

	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
)

// SweepMaxSteps bounds the grid of one sweep: each step is a full solve.
const SweepMaxSteps = 1000

// SweepSpec is a sweep of one policy key over a grid (whatif --sweep):
// KEY=FROM:TO:STEP.
type SweepSpec struct {
	Key            string
	From, To, Step float64
}

// ParseSweep reads "KEY=FROM:TO:STEP", with at most SweepMaxSteps steps.
func ParseSweep(s string) (SweepSpec, error) {
	key, rng, ok := strings.Cut(s, "=")
	key = strings.TrimSpace(key)
	parts := strings.Split(rng, ":")
	if !ok || key == "" || len(parts) != 3 {
		return SweepSpec{}, i18n.Errorf(i18n.CLISweepWant, s)
	}
	var v [3]float64
	for k, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return SweepSpec{}, i18n.Errorf(i18n.CLISweepNotNumber, s, p)
		}
		v[k] = f
	}
	sp := SweepSpec{Key: key, From: v[0], To: v[1], Step: v[2]}
	switch {
	case math.Abs(sp.From) > 1e6 || math.Abs(sp.To) > 1e6:
		// Policy values are small; beyond this the 1e-9 rounding of the
		// grid would lose the steps.
		return SweepSpec{}, i18n.Errorf(i18n.CLISweepBounds, s)
	case sp.Step <= 0:
		return SweepSpec{}, i18n.Errorf(i18n.CLISweepStep, s)
	case sp.To < sp.From:
		return SweepSpec{}, i18n.Errorf(i18n.CLISweepToBelow, s)
	case (sp.To-sp.From)/sp.Step > SweepMaxSteps:
		return SweepSpec{}, i18n.Errorf(i18n.CLISweepTooMany, s, SweepMaxSteps)
	}
	return sp, nil
}

// Values returns the grid FROM, FROM+STEP, … up to TO, each rounded to
// 1e-9 so that 0.1+0.2 prints as 0.3; TO is included when the steps land
// on it within that rounding.
func (sp SweepSpec) Values() []float64 {
	var out []float64
	for k := 0; ; k++ {
		x := sweepRound(sp.From + float64(k)*sp.Step)
		if x > sp.To+1e-9 {
			return out
		}
		out = append(out, x)
	}
}

func sweepRound(x float64) float64 {
	r := math.Round(x*1e9) / 1e9
	if r == 0 {
		return 0
	}
	return r
}

// SweepReport is the JSON output of whatif --sweep.
type SweepReport struct {
	Date string  `json:"date"`
	Key  string  `json:"key"`
	From float64 `json:"from"`
	To   float64 `json:"to"`
	Step float64 `json:"step"`
	// Precision bounds the width of every breakpoint's interval.
	Precision float64 `json:"precision"`
	// Base is the key's value in the policy as given, and BaseObjective
	// the objective of its plan, which every step is compared with.
	Base          float64      `json:"base"`
	BaseObjective float64      `json:"base_objective"`
	Steps         []SweepStep  `json:"steps"`
	Breakpoints   []SweepBreak `json:"breakpoints"`
	// Solves counts the plans solved, the base and the searches between
	// the values included.
	Solves int `json:"solves"`
	// Weight says the key is a weight: the changes are located exactly
	// where they are further apart than the precision (SweepBreak.Exact).
	Weight bool `json:"weight"`
}

// SweepStep is the plan at one value of the grid.
type SweepStep struct {
	Value     float64 `json:"value"`
	Objective float64 `json:"objective"`
	// Differ is len(Changes): the officials placed otherwise than in the base plan.
	Differ  int      `json:"differ"`
	Changes []Change `json:"changes"`
}

// SweepBreak is a change of plan: the plan at Lo differs from the one at
// Hi, and Hi − Lo ≤ the precision. Exact says the change was located
// exactly (a weight's sweep, whose plans' objectives are lines in the
// weight): Lo = Hi is the value where the two plans score the same, the
// plan before it holding up to it and the plan after it from it on (at the
// value itself both are optimal and the tie rule chooses). Changed counts
// the officials whom the two plans place differently; DifferAfter those
// whom the plan after the change (the plan from this change to the next)
// places otherwise than the base plan: the height of the step that --plot
// draws there.
type SweepBreak struct {
	Lo          float64 `json:"lo"`
	Hi          float64 `json:"hi"`
	Exact       bool    `json:"exact"`
	Changed     int     `json:"changed"`
	DifferAfter int     `json:"differ_after"`
}

// sweepParallelCells bounds the roster (officials × posts) whose sweep
// solves two plans at once: each solve holds its own scores and class
// matrix, which on a province of tens of thousands of posts are gigabytes.
const sweepParallelCells = 1 << 28

// sweepSearchCells bounds the roster (officials × posts) whose sweep
// searches between the values of its grid by default (DefaultPrecision):
// a city's roster holds a change or two per step, found in a few solves;
// a province's holds dozens per step, and locating them would cost more
// than ten times the grid's own solves (bench/README.md).
const sweepSearchCells = 1 << 22

// DefaultPrecision is whatif --sweep's precision when none is given: a
// sixteenth of the step on a roster of up to sweepSearchCells officials ×
// posts; beyond, the step itself, so that the sweep solves its values and
// does not search between them.
func DefaultPrecision(r *model.Roster, sp SweepSpec) float64 {
	if len(r.Officials)*len(r.Positions) > sweepSearchCells {
		return sp.Step
	}
	return sp.Step / 16
}

// sweeper solves the roster at values of one policy key.
type sweeper struct {
	ctx context.Context
	// solve and progress are Sweep's.
	solve    Solver
	progress func(i18n.Msg)
	r        *model.Roster
	pol      *model.Policy
	key      string
	// near is the base plan: the breakpoints count the moves that differ
	// from it.
	near *model.Plan
	// prec is the width below which a change is not searched further.
	prec float64
	// solves counts the solves, shared by the copies of the sweeper that
	// work side by side.
	solves *atomic.Int64
	// integer keys (tenure_min_months, …) are bisected on whole numbers.
	integer bool
	// weight is the model's name of the weight the key sets ("fit"), whose
	// changes are located by the plans' lines; "" for any other key.
	weight string
}

// at solves the plan with the key set to x, starting from the solution
// from.
func (s *sweeper) at(x float64, from *pipeline.Solution) (*pipeline.Solution, error) {
	p := s.pol.Clone()
	val := strconv.FormatFloat(x, 'g', -1, 64)
	if err := policyfile.Set(p, s.key, val); err != nil {
		return nil, &pipeline.InputError{Err: i18n.Errorf(i18n.CLISweepSetting, s.key+"="+val, err)}
	}
	n := s.solves.Add(1)
	s.progress(i18n.M(i18n.CLIProgressSweepAt, s.key, val, int(n)))
	// Brief plans: a sweep compares them, and prints their moves only.
	sol, err := s.solve(s.ctx, s.r, p, pipeline.Options{From: from, Brief: true}, i18n.M(i18n.RuleList, s.key+"="+val))
	if err != nil {
		return nil, fmt.Errorf("%s=%s: %w", s.key, val, err)
	}
	return sol, nil
}

// sweepSame reports whether two solutions assign every official alike.
func sweepSame(a, b *pipeline.Solution) bool { return slices.Equal(a.Result.RowCol, b.Result.RowCol) }

// change reports the change between the plans slo at lo and shi at hi.
func (s *sweeper) change(lo, hi float64, slo, shi *pipeline.Solution, exact bool) SweepBreak {
	return SweepBreak{Lo: sweepRound(lo), Hi: sweepRound(hi), Exact: exact, Changed: len(model.Diff(slo.Plan, shi.Plan)),
		DifferAfter: len(model.Diff(s.near, shi.Plan))}
}

// bisect locates the changes of plan between lo and hi (whose plans
// differ) by bisection until the interval is at most prec wide. When the
// midpoint's plan is a third one, both halves hold a change and both are
// searched, so every change that the precision can separate is found.
func (s *sweeper) bisect(lo, hi float64, slo, shi *pipeline.Solution, out *[]SweepBreak) error {
	if hi-lo <= s.prec*(1+1e-9) || (s.integer && hi-lo <= 1) {
		*out = append(*out, s.change(lo, hi, slo, shi, false))
		return nil
	}
	mid := lo + (hi-lo)/2
	if s.integer {
		mid = math.Floor(mid)
	}
	sm, err := s.at(mid, slo)
	if err != nil {
		return err
	}
	if !sweepSame(slo, sm) {
		if err := s.bisect(lo, mid, slo, sm, out); err != nil {
			return err
		}
	}
	if !sweepSame(sm, shi) {
		return s.bisect(mid, hi, sm, shi, out)
	}
	return nil
}

// sweepPoint is a plan solved at a value of a weight, with its cost line:
// the solver's cost of its assignment at x, and the cost's slope in the
// weight (model.Scores.WeightLine).
type sweepPoint struct {
	x           float64
	sol         *pipeline.Solution
	cost, slope float64
}

// point returns the plan sol solved at x with its line.
func (s *sweeper) point(x float64, sol *pipeline.Solution) (sweepPoint, error) {
	cost, slope, _, err := sol.Scores.WeightLine(sol.Result.RowCol, s.weight)
	if err != nil {
		return sweepPoint{}, err
	}
	return sweepPoint{x: x, sol: sol, cost: cost, slope: slope}, nil
}

// parametric locates the change of plan between a and b (neighbouring
// values of the grid, whose plans differ) exactly when it is the only one
// between them. The least cost over all plans is the lower envelope of
// their lines, concave in the weight; a's plan is optimal at a.x and b's
// at b.x, so their lines cross at some λ between, and one solve at λ
// either costs no less than the two lines there (then no plan lies below
// them: a's plan is optimal on [a.x, λ], b's on [λ, b.x], and λ is the
// change: Eisner and Severance's test) or finds a plan below both. Then the
// step holds several changes, and bisection locates them from its ends to
// within the precision: on a large roster, where most steps hold many
// changes closer together than the precision, searching each of them
// exactly would cost more solves than bisection's fixed halves.
func (s *sweeper) parametric(a, b sweepPoint, out *[]SweepBreak) error {
	if sweepSame(a.sol, b.sol) {
		return nil
	}
	width := b.x - a.x
	lam := math.NaN()
	if d := a.slope - b.slope; d != 0 {
		lam = (b.cost - a.cost + a.x*a.slope - b.x*b.slope) / d
	}
	switch {
	case width <= s.prec*(1+1e-9) || math.IsNaN(lam) || lam < a.x-1e-9*width || lam > b.x+1e-9*width:
		// Lines that do not cross between the two plans' values can only
		// come of rounding.
		return s.bisect(a.x, b.x, a.sol, b.sol, out)
	case lam <= a.x || lam >= b.x:
		// The lines meet at an end: both plans are optimal there.
		lam = math.Min(math.Max(lam, a.x), b.x)
		*out = append(*out, s.change(lam, lam, a.sol, b.sol, true))
		return nil
	}
	from := a.sol
	if b.x-lam < lam-a.x {
		from = b.sol
	}
	sc, err := s.at(lam, from)
	if err != nil {
		return err
	}
	c, err := s.point(lam, sc)
	if err != nil {
		return err
	}
	line := a.cost + (lam-a.x)*a.slope
	n, m := len(s.r.Officials), len(s.r.Positions)
	tol := float64(2*n+m)*sc.Stats.Ties.Tol + 1e-12*math.Abs(line)
	if sweepSame(sc, a.sol) || sweepSame(sc, b.sol) || c.cost >= line-tol {
		*out = append(*out, s.change(lam, lam, a.sol, b.sol, true))
		return nil
	}
	return s.bisect(a.x, b.x, a.sol, b.sol, out)
}

// SweepCurrent reads the key's value in pol from the policy file's form
// (policyfile.Write), so that every numeric key Set accepts is covered;
// integer says the file writes it as a whole number (no decimal point),
// as it does the month and age parameters.
func SweepCurrent(pol *model.Policy, key string) (value float64, integer, ok bool) {
	var b strings.Builder
	if err := policyfile.Write(&b, pol, i18n.EN); err != nil {
		return 0, false, false
	}
	want := strings.ToLower(strings.TrimSpace(key))
	section := ""
	for _, line := range strings.Split(b.String(), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.Trim(line, "[]")
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		k = strings.TrimSpace(k)
		if k != want && section+"."+k != want {
			continue
		}
		v = strings.TrimSpace(strings.SplitN(v, "#", 2)[0])
		f, err := strconv.ParseFloat(v, 64)
		return f, !strings.ContainsAny(v, ".eE"), err == nil
	}
	return 0, false, false
}

// Solver solves the roster r under pol with the options opt (the From and
// Brief of a sweep's solves, beside the caller's own); label names the
// solve in an account of it (solve --verbose).
type Solver func(ctx context.Context, r *model.Roster, pol *model.Policy, opt pipeline.Options, label i18n.Msg) (*pipeline.Solution, error)

// Sweep solves the roster under pol with the key of sp set to each value
// of its grid, and locates each change of plan between neighbouring values
// to within prec (whole numbers when integer): exactly where the key is a
// weight (every plan's objective is then a line in it: parametric), by
// bisection otherwise; base is the key's value in pol (SweepCurrent).
// solve solves each plan (nil: pipeline.Solve with its default options),
// two at a time on a machine of several cores and a roster of up to
// sweepParallelCells officials × posts, each started from a neighbouring
// plan; progress, when not nil, is told of each solve. The report is the
// same whatever the order the solves end in.
func Sweep(ctx context.Context, r *model.Roster, pol *model.Policy, sp SweepSpec, base, prec float64, integer bool, solve Solver, progress func(i18n.Msg)) (*SweepReport, error) {
	if solve == nil {
		solve = func(ctx context.Context, r *model.Roster, pol *model.Policy, opt pipeline.Options, _ i18n.Msg) (*pipeline.Solution, error) {
			return pipeline.Solve(ctx, r, pol, opt)
		}
	}
	if progress == nil {
		progress = func(i18n.Msg) {}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	s := &sweeper{ctx: ctx, solve: solve, progress: progress, r: r, pol: pol, key: sp.Key, prec: prec, integer: integer,
		solves: new(atomic.Int64)}
	if !integer {
		s.weight = SweepWeight(pol, sp.Key)
	}
	return s.run(sp, base)
}

// SweepWeight returns the model's name of the weight that key sets in pol
// ("fit" for "fit" or "weights.fit"), "" when the key is no weight.
func SweepWeight(pol *model.Policy, key string) string {
	name := strings.TrimPrefix(strings.TrimSpace(key), "weights.")
	p := pol.Clone()
	if err := policyfile.Set(p, key, "1000"); err != nil {
		return ""
	}
	w := p.Weights
	for _, kv := range []struct {
		name string
		v    float64
	}{{model.CompPerformance, w.Performance}, {model.CompFit, w.Fit}, {model.CompTenure, w.Tenure}, {model.CompTalent, w.Talent},
		{model.CompFamily, w.Family}, {model.CompVacancy, w.Vacancy}, {model.CompRelease, w.Release}} {
		if kv.name == name && kv.v == 1000 {
			return name
		}
	}
	return ""
}

// run solves the base plan, every value of the grid and the searches
// between neighbouring values whose plans differ.
func (s *sweeper) run(sp SweepSpec, baseVal float64) (*SweepReport, error) {
	pol := s.pol
	base, err := s.solve(s.ctx, s.r, pol, pipeline.Options{Brief: true}, i18n.M(i18n.VerboseBasePlan))
	if err != nil {
		return nil, i18n.Errorf(i18n.VerboseFailed, i18n.M(i18n.VerboseBasePlan), err)
	}
	s.near = base.Plan
	rep := &SweepReport{Date: pol.Date.Format(time.DateOnly), Key: sp.Key, From: sp.From, To: sp.To, Step: sp.Step,
		Precision: sweepRound(s.prec), Base: baseVal, BaseObjective: report.Round6(base.Plan.Objective),
		Steps: []SweepStep{}, Breakpoints: []SweepBreak{}, Weight: s.weight != ""}
	grid := sp.Values()
	workers := 1
	if len(s.r.Officials)*len(s.r.Positions) <= sweepParallelCells {
		workers = min(runtime.GOMAXPROCS(0), 2)
	}
	// The grid in as many runs of neighbouring values as workers, each
	// solve started from the one before it (the first from the base).
	sols := make([]*pipeline.Solution, len(grid))
	// Each worker solves with the group's context: the first error stops
	// the others.
	g, gctx := errgroup.WithContext(s.ctx)
	w := *s
	w.ctx = gctx
	per := (len(grid) + workers - 1) / workers
	for lo := 0; lo < len(grid); lo += per {
		hi := min(lo+per, len(grid))
		g.Go(func() error {
			from := base
			for k := lo; k < hi; k++ {
				var err error
				if sols[k], err = w.at(grid[k], from); err != nil {
					return err
				}
				from = sols[k]
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	for k, x := range grid {
		st := SweepStep{Value: x, Objective: report.Round6(sols[k].Plan.Objective), Changes: Changes(base.Plan, sols[k].Plan)}
		st.Differ = len(st.Changes)
		rep.Steps = append(rep.Steps, st)
	}
	// The changes between each two neighbouring values, the steps in
	// parallel, each searched from its own ends.
	found := make([][]SweepBreak, len(grid))
	g, gctx = errgroup.WithContext(s.ctx)
	w.ctx = gctx
	g.SetLimit(workers)
	for k := 1; k < len(grid); k++ {
		if sweepSame(sols[k-1], sols[k]) {
			continue
		}
		g.Go(func() error {
			if w.weight == "" {
				return w.bisect(grid[k-1], grid[k], sols[k-1], sols[k], &found[k])
			}
			a, err := w.point(grid[k-1], sols[k-1])
			if err != nil {
				return err
			}
			b, err := w.point(grid[k], sols[k])
			if err != nil {
				return err
			}
			return w.parametric(a, b, &found[k])
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	for _, f := range found {
		rep.Breakpoints = append(rep.Breakpoints, f...)
	}
	rep.Solves = int(s.solves.Load()) + 1
	return rep, nil
}

// WriteSweepTable prints the sweep for a terminal, in l.
func WriteSweepTable(w io.Writer, rep *SweepReport, l i18n.Lang) error {
	var b strings.Builder
	num := func(v float64) string { return l.Dec(v, -1) }
	date, _ := time.Parse(time.DateOnly, rep.Date)
	key := KeyLabel(rep.Key, l)
	fmt.Fprintf(&b, "%s\n\n", l.T(i18n.SweepHead, key, num(rep.From), num(rep.To), num(rep.Step), i18n.Date(date),
		key, num(rep.Base), l.Dec(rep.BaseObjective, 4)))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, l.T(i18n.SweepHeader, key))
	for _, st := range rep.Steps {
		fmt.Fprintf(tw, "%s\t%s\t%d\t\n", num(st.Value), l.Dec(st.Objective, 4), st.Differ)
	}
	tw.Flush()
	solved := i18n.Count{N: rep.Solves, Noun: i18n.UnitPlan}
	switch {
	case rep.Precision >= rep.Step:
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.SweepChangesGrid, solved))
	case rep.Weight:
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.SweepChangesExact, num(rep.Precision), solved))
	default:
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.SweepChanges, num(rep.Precision), solved))
	}
	if len(rep.Breakpoints) == 0 {
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.SweepNone))
	}
	for _, bp := range rep.Breakpoints {
		if bp.Exact {
			fmt.Fprintf(&b, "  %s\n", l.T(i18n.SweepBreakExact, key, num(bp.Lo), i18n.Count{N: bp.Changed, Noun: i18n.UnitOfficial}))
			continue
		}
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.SweepBreak, key, num(bp.Lo), num(bp.Hi), i18n.Count{N: bp.Changed, Noun: i18n.UnitOfficial}))
	}
	for _, st := range rep.Steps {
		if st.Differ == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.SweepStep, key, num(st.Value), i18n.Count{N: st.Differ, Noun: i18n.UnitOfficial}))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.SweepChangeHeader, num(st.Value)))
		for _, c := range st.Changes {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t→ %s\n", c.NIP, c.Name, report.ChangePost(c.Base, c.BaseType, l), report.ChangePost(c.At, c.Type, l))
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// KeyLabel names a swept policy key in l: a weight by its component's
// name ("kesesuaian"), any other key as the policy file writes it.
func KeyLabel(key string, l i18n.Lang) string {
	if k := strings.TrimPrefix(key, "weights."); k != key || slices.Contains(policyfile.Keys(), "weights."+k) {
		return report.ComponentLabel(k, l)
	}
	return key
}
