package analysis

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

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
	// Solves counts the plans solved, the base and the bisections included.
	Solves int `json:"solves"`
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
// Hi, and Hi − Lo ≤ the precision. Changed counts the officials whom the
// two plans place differently; DifferAfter those whom the plan at Hi (the
// plan from this change to the next) places otherwise than the base plan:
// the height of the step that --plot draws there.
type SweepBreak struct {
	Lo          float64 `json:"lo"`
	Hi          float64 `json:"hi"`
	Changed     int     `json:"changed"`
	DifferAfter int     `json:"differ_after"`
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
	// from is the solution each solve starts from: the last one.
	from   *pipeline.Solution
	solves int
	// integer keys (tenure_min_months, …) are bisected on whole numbers.
	integer bool
}

// at solves the plan with the key set to x.
func (s *sweeper) at(x float64) (*pipeline.Solution, error) {
	p := s.pol.Clone()
	val := strconv.FormatFloat(x, 'g', -1, 64)
	if err := policyfile.Set(p, s.key, val); err != nil {
		return nil, &pipeline.InputError{Err: i18n.Errorf(i18n.CLISweepSetting, s.key+"="+val, err)}
	}
	s.solves++
	s.progress(i18n.M(i18n.CLIProgressSweepAt, s.key, val, s.solves))
	// Brief plans: a sweep compares them, and prints their moves only.
	sol, err := s.solve(s.ctx, s.r, p, pipeline.Options{From: s.from, Brief: true}, i18n.M(i18n.RuleList, s.key+"="+val))
	if err != nil {
		return nil, fmt.Errorf("%s=%s: %w", s.key, val, err)
	}
	s.from = sol
	return sol, nil
}

// sweepSame reports whether two solutions assign every official alike.
func sweepSame(a, b *pipeline.Solution) bool { return slices.Equal(a.Result.RowCol, b.Result.RowCol) }

// breakpoints locates the changes of plan between lo and hi (whose plans
// differ) by bisection until the interval is at most prec wide. When the
// midpoint's plan is a third one, both halves hold a change and both are
// searched, so every change that the precision can separate is found.
func (s *sweeper) breakpoints(lo, hi float64, slo, shi *pipeline.Solution, prec float64, out *[]SweepBreak) error {
	if hi-lo <= prec*(1+1e-9) || (s.integer && hi-lo <= 1) {
		*out = append(*out, SweepBreak{Lo: sweepRound(lo), Hi: sweepRound(hi), Changed: len(model.Diff(slo.Plan, shi.Plan)),
			DifferAfter: len(model.Diff(s.near, shi.Plan))})
		return nil
	}
	mid := lo + (hi-lo)/2
	if s.integer {
		mid = math.Floor(mid)
	}
	sm, err := s.at(mid)
	if err != nil {
		return err
	}
	if !sweepSame(slo, sm) {
		if err := s.breakpoints(lo, mid, slo, sm, prec, out); err != nil {
			return err
		}
	}
	if !sweepSame(sm, shi) {
		return s.breakpoints(mid, hi, sm, shi, prec, out)
	}
	return nil
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
// by bisection to within prec (whole numbers when integer); base is the
// key's value in pol (SweepCurrent). solve solves each plan (nil:
// pipeline.Solve with its default options); progress, when not nil, is
// told of each solve.
func Sweep(ctx context.Context, r *model.Roster, pol *model.Policy, sp SweepSpec, base, prec float64, integer bool, solve Solver, progress func(i18n.Msg)) (*SweepReport, error) {
	if solve == nil {
		solve = func(ctx context.Context, r *model.Roster, pol *model.Policy, opt pipeline.Options, _ i18n.Msg) (*pipeline.Solution, error) {
			return pipeline.Solve(ctx, r, pol, opt)
		}
	}
	if progress == nil {
		progress = func(i18n.Msg) {}
	}
	s := &sweeper{ctx: ctx, solve: solve, progress: progress, r: r, pol: pol, key: sp.Key, integer: integer}
	return s.run(sp, base, prec)
}

// run solves the base plan, every value of the grid and the bisections
// between neighbouring values whose plans differ.
func (s *sweeper) run(sp SweepSpec, baseVal, prec float64) (*SweepReport, error) {
	pol := s.pol
	base, err := s.solve(s.ctx, s.r, pol, pipeline.Options{Brief: true}, i18n.M(i18n.VerboseBasePlan))
	if err != nil {
		return nil, i18n.Errorf(i18n.VerboseFailed, i18n.M(i18n.VerboseBasePlan), err)
	}
	s.near, s.from = base.Plan, base
	rep := &SweepReport{Date: pol.Date.Format(time.DateOnly), Key: sp.Key, From: sp.From, To: sp.To, Step: sp.Step,
		Precision: sweepRound(prec), Base: baseVal, BaseObjective: report.Round6(base.Plan.Objective),
		Steps: []SweepStep{}, Breakpoints: []SweepBreak{}}
	grid := sp.Values()
	sols := make([]*pipeline.Solution, len(grid))
	for k, x := range grid {
		if sols[k], err = s.at(x); err != nil {
			return nil, err
		}
		st := SweepStep{Value: x, Objective: report.Round6(sols[k].Plan.Objective), Changes: Changes(base.Plan, sols[k].Plan)}
		st.Differ = len(st.Changes)
		rep.Steps = append(rep.Steps, st)
	}
	for k := 1; k < len(grid); k++ {
		if sweepSame(sols[k-1], sols[k]) {
			continue
		}
		if err := s.breakpoints(grid[k-1], grid[k], sols[k-1], sols[k], prec, &rep.Breakpoints); err != nil {
			return nil, err
		}
	}
	rep.Solves = s.solves + 1
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
	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.SweepChanges, num(rep.Precision), i18n.Count{N: rep.Solves, Noun: i18n.UnitPlan}))
	if len(rep.Breakpoints) == 0 {
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.SweepNone))
	}
	for _, bp := range rep.Breakpoints {
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
