package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"

	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
	"github.com/spf13/pflag"
)

// sweepMaxSteps bounds the grid of one sweep: each step is a full solve.
const sweepMaxSteps = 1000

// sweepFlags are whatif's --sweep, --precision and --plot.
type sweepFlags struct {
	spec      string
	precision float64
	plot      string
}

func addSweepFlags(fs *pflag.FlagSet) *sweepFlags {
	sw := &sweepFlags{}
	fs.StringVar(&sw.spec, "sweep", "", use(i18n.FlagSweep))
	fs.Float64Var(&sw.precision, "precision", 0, use(i18n.FlagPrecision))
	fs.StringVar(&sw.plot, "plot", "", use(i18n.FlagPlot))
	return sw
}

// sweepSpec is a parsed --sweep.
type sweepSpec struct {
	key            string
	from, to, step float64
}

// parseSweep reads "KEY=FROM:TO:STEP".
func parseSweep(s string) (sweepSpec, error) {
	key, rng, ok := strings.Cut(s, "=")
	key = strings.TrimSpace(key)
	parts := strings.Split(rng, ":")
	if !ok || key == "" || len(parts) != 3 {
		return sweepSpec{}, usagef(i18n.CLISweepWant, s)
	}
	var v [3]float64
	for k, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return sweepSpec{}, usagef(i18n.CLISweepNotNumber, s, p)
		}
		v[k] = f
	}
	sp := sweepSpec{key: key, from: v[0], to: v[1], step: v[2]}
	switch {
	case math.Abs(sp.from) > 1e6 || math.Abs(sp.to) > 1e6:
		// Policy values are small; beyond this the 1e-9 rounding of the
		// grid would lose the steps.
		return sweepSpec{}, usagef(i18n.CLISweepBounds, s)
	case sp.step <= 0:
		return sweepSpec{}, usagef(i18n.CLISweepStep, s)
	case sp.to < sp.from:
		return sweepSpec{}, usagef(i18n.CLISweepToBelow, s)
	case (sp.to-sp.from)/sp.step > sweepMaxSteps:
		return sweepSpec{}, usagef(i18n.CLISweepTooMany, s, sweepMaxSteps)
	}
	return sp, nil
}

// values returns the grid FROM, FROM+STEP, … up to TO, each rounded to
// 1e-9 so that 0.1+0.2 prints as 0.3; TO is included when the steps land
// on it within that rounding.
func (sp sweepSpec) values() []float64 {
	var out []float64
	for k := 0; ; k++ {
		x := sweepRound(sp.from + float64(k)*sp.step)
		if x > sp.to+1e-9 {
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

// sweepReport is the JSON output of whatif --sweep.
type sweepReport struct {
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
	Steps         []sweepStep  `json:"steps"`
	Breakpoints   []sweepBreak `json:"breakpoints"`
	// Solves counts the plans solved, the base and the bisections included.
	Solves int `json:"solves"`
}

// sweepStep is the plan at one value of the grid.
type sweepStep struct {
	Value     float64 `json:"value"`
	Objective float64 `json:"objective"`
	// Differ is len(Changes): the officials placed otherwise than in the base plan.
	Differ  int               `json:"differ"`
	Changes []analysis.Change `json:"changes"`
}

// sweepBreak is a change of plan: the plan at Lo differs from the one at
// Hi, and Hi − Lo ≤ the precision. Changed counts the officials whom the
// two plans place differently; DifferAfter those whom the plan at Hi (the
// plan from this change to the next) places otherwise than the base plan:
// the height of the step that --plot draws there.
type sweepBreak struct {
	Lo          float64 `json:"lo"`
	Hi          float64 `json:"hi"`
	Changed     int     `json:"changed"`
	DifferAfter int     `json:"differ_after"`
}

// sweeper solves the roster at values of one policy key.
type sweeper struct {
	ctx context.Context
	e   *env
	slv *solverFlags
	r   *model.Roster
	pol *model.Policy
	key string
	// near is the base plan: the breakpoints count the moves that differ
	// from it.
	near *model.Plan
	// from is the solution each solve starts from: the last one.
	from   *solution
	solves int
	// integer keys (tenure_min_months, …) are bisected on whole numbers.
	integer bool
}

// at solves the plan with the key set to x.
func (s *sweeper) at(x float64) (*solution, error) {
	p := s.pol.Clone()
	val := strconv.FormatFloat(x, 'g', -1, 64)
	if err := policyfile.Set(p, s.key, val); err != nil {
		return nil, usagef(i18n.CLISweepSetting, s.key+"="+val, err)
	}
	s.solves++
	s.slv.task(s.e, i18n.M(i18n.CLIProgressSweepAt, s.key, val, s.solves))
	// Brief plans: a sweep compares them, and prints their moves only.
	sol, err := s.slv.solveWith(s.ctx, s.e, s.r, p, pipeline.Options{From: s.from, Brief: true}, fmt.Sprintf("%s=%s", s.key, val))
	if err != nil {
		return nil, fmt.Errorf("%s=%s: %w", s.key, val, err)
	}
	s.from = sol
	return sol, nil
}

// sweepSame reports whether two solutions assign every official alike.
func sweepSame(a, b *solution) bool { return slices.Equal(a.Result.RowCol, b.Result.RowCol) }

// breakpoints locates the changes of plan between lo and hi (whose plans
// differ) by bisection until the interval is at most prec wide. When the
// midpoint's plan is a third one, both halves hold a change and both are
// searched, so every change that the precision can separate is found.
func (s *sweeper) breakpoints(lo, hi float64, slo, shi *solution, prec float64, out *[]sweepBreak) error {
	if hi-lo <= prec*(1+1e-9) || (s.integer && hi-lo <= 1) {
		*out = append(*out, sweepBreak{Lo: sweepRound(lo), Hi: sweepRound(hi), Changed: len(model.Diff(slo.Plan, shi.Plan)),
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

// run is whatif --sweep. done is false when neither --sweep nor
// --plot nor --precision was given: whatif then compares scenarios.
func (sw *sweepFlags) run(e *env, rf *rosterFlags, sf *scoringFlags, of *outputFlags, slv *solverFlags, scen []string) (code int, done bool) {
	if sw.spec == "" {
		if sw.plot != "" || sw.precision != 0 {
			return fail(e, exitUsage, i18n.CLISweepNeeded), true
		}
		return 0, false
	}
	if len(scen) > 0 {
		return fail(e, exitUsage, i18n.CLISweepOrScenario), true
	}
	if err := checkFormat(of.Format, []string{"table", "json"}); err != nil {
		return failErr(e, exitUsage, err), true
	}
	sp, err := parseSweep(sw.spec)
	if err != nil {
		return planFailure(e, nil, err, ""), true
	}
	prec := sw.precision
	if prec == 0 {
		prec = sp.step / 16
	}
	if prec < 0 || math.IsNaN(prec) || prec < sp.step*1e-6 {
		return fail(e, exitUsage, i18n.CLIPrecisionWant, strconv.FormatFloat(sw.precision, 'g', -1, 64)), true
	}
	plotFormat := ""
	if sw.plot != "" {
		switch strings.ToLower(filepath.Ext(sw.plot)) {
		case ".png":
			plotFormat = "png"
		case ".svg":
			plotFormat = "svg"
		default:
			return fail(e, exitUsage, i18n.CLIPlotWant, sw.plot), true
		}
	}
	if err := checkOutPath(of.out, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, ""), true
	}
	if err := checkOutPath(sw.plot, rosterInputs(rf, sf)...); err != nil {
		return planFailure(e, nil, err, ""), true
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code, true
	}
	// The key must be a number in the policy and every value of the grid
	// acceptable: check them all before the first solve.
	baseVal, integer, ok := sweepCurrent(pol, sp.key)
	if !ok {
		if err := policyfile.Set(pol.Clone(), sp.key, strconv.FormatFloat(sp.from, 'g', -1, 64)); err != nil {
			return planFailure(e, nil, usagef(i18n.CLISweepSetting, sw.spec, err), ""), true
		}
		return fail(e, exitUsage, i18n.CLISweepNotNumeric, sw.spec, sp.key), true
	}
	if integer && (sp.from != math.Trunc(sp.from) || sp.step != math.Trunc(sp.step)) {
		return fail(e, exitUsage, i18n.CLISweepWhole, sw.spec, sp.key), true
	}
	grid := sp.values()
	for _, x := range grid {
		if err := policyfile.Set(pol.Clone(), sp.key, strconv.FormatFloat(x, 'g', -1, 64)); err != nil {
			return planFailure(e, nil, usagef(i18n.CLISweepSetting, sw.spec, err), ""), true
		}
	}
	if integer {
		prec = math.Max(prec, 1)
	}
	stop := slv.startProgress(e)
	slv.task(e, i18n.CLIProgressSweep)
	s := &sweeper{ctx: context.Background(), e: e, slv: slv, r: r, pol: pol, key: sp.key, integer: integer}
	rep, err := s.run(sp, baseVal, prec)
	stop()
	if err != nil {
		return planFailure(e, r, err, "sweep"), true
	}
	write := func(w io.Writer) error {
		if of.Format == "json" {
			return report.WriteJSON(w, rep)
		}
		return writeSweepTable(w, rep, e.lang)
	}
	if err := writeOutput(e, of.out, write); err != nil {
		return failErr(e, exitFailure, err), true
	}
	if plotFormat != "" {
		if err := writeOutput(e, sw.plot, func(w io.Writer) error { return sweepPlot(w, plotFormat, rep, e.lang) }); err != nil {
			return failErr(e, exitFailure, err), true
		}
	}
	return exitOK, true
}

// sweepCurrent reads the key's value in pol from the policy file's form
// (policyfile.Write), so that every numeric key Set accepts is covered;
// integer says the file writes it as a whole number (no decimal point),
// as it does the month and age parameters.
func sweepCurrent(pol *model.Policy, key string) (value float64, integer, ok bool) {
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

// sweepRun is a sweep with the default solver and nothing said on the way.
func sweepRun(ctx context.Context, r *model.Roster, pol *model.Policy, sp sweepSpec, baseVal, prec float64, integer bool) (*sweepReport, error) {
	s := &sweeper{ctx: ctx, e: &env{stderr: io.Discard}, slv: defaultSolverFlags(), r: r, pol: pol, key: sp.key, integer: integer}
	return s.run(sp, baseVal, prec)
}

// run solves the base plan, every value of the grid and the bisections
// between neighbouring values whose plans differ.
func (s *sweeper) run(sp sweepSpec, baseVal, prec float64) (*sweepReport, error) {
	pol := s.pol
	base, err := s.slv.solveWith(s.ctx, s.e, s.r, pol, pipeline.Options{Brief: true}, s.e.lang.T(i18n.VerboseBasePlan))
	if err != nil {
		return nil, fmt.Errorf("base plan: %w", err)
	}
	s.near, s.from = base.Plan, base
	rep := &sweepReport{Date: pol.Date.Format(time.DateOnly), Key: sp.key, From: sp.from, To: sp.to, Step: sp.step,
		Precision: sweepRound(prec), Base: baseVal, BaseObjective: report.Round6(base.Plan.Objective),
		Steps: []sweepStep{}, Breakpoints: []sweepBreak{}}
	grid := sp.values()
	sols := make([]*solution, len(grid))
	for k, x := range grid {
		if sols[k], err = s.at(x); err != nil {
			return nil, err
		}
		st := sweepStep{Value: x, Objective: report.Round6(sols[k].Plan.Objective), Changes: analysis.Changes(base.Plan, sols[k].Plan)}
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

// writeSweepTable prints the sweep for a terminal, in l.
func writeSweepTable(w io.Writer, rep *sweepReport, l i18n.Lang) error {
	var b strings.Builder
	num := func(v float64) string { return l.Dec(v, -1) }
	date, _ := time.Parse(time.DateOnly, rep.Date)
	key := sweepKeyLabel(rep.Key, l)
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

// sweepKeyLabel names the swept key in l: a weight by its component's
// name ("kesesuaian"), any other key as the policy file writes it.
func sweepKeyLabel(key string, l i18n.Lang) string {
	if k := strings.TrimPrefix(key, "weights."); k != key || slices.Contains(weightNames, k) {
		return report.ComponentLabel(k, l)
	}
	return key
}
