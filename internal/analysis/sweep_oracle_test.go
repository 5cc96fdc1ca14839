package analysis

import (
	"context"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// sweepRosters are the rosters the sweep's oracles run on: the sample and
// two small generated ones.
func sweepRosters(t *testing.T) map[string]*model.Roster {
	t.Helper()
	date, err := model.ParseDate(mutasi.SampleDate)
	require.NoError(t, err)
	r, ps, err := rosterfile.Load(mutasi.SampleSource(), date)
	require.NoError(t, err)
	require.NotNil(t, r, "sample: %v", ps)
	out := map[string]*model.Roster{"sample": r}
	for _, cfg := range []bench.Config{{Officials: 60, Positions: 50, Seed: 5}, {Officials: 90, Positions: 70, Seed: 8}} {
		g, err := bench.Generate(cfg)
		require.NoError(t, err)
		out["gen"+strconv.Itoa(cfg.Positions)] = g
	}
	return out
}

// sweepPlanAt solves r under pol with key set to x.
func sweepPlanAt(t *testing.T, r *model.Roster, pol *model.Policy, key string, x float64) *pipeline.Solution {
	t.Helper()
	p := pol.Clone()
	require.NoError(t, policyfile.Set(p, key, strconv.FormatFloat(x, 'g', -1, 64)))
	s, err := pipeline.Solve(context.Background(), r, p, pipeline.Options{Brief: true})
	require.NoError(t, err)
	return s
}

// TestSweepParametricOracle checks the exact changes of a weight's sweep
// against plans solved on a dense grid of values (0.01 apart) and at
// either side of each change: every change between two values of the dense
// grid is reported between them (none missed), just below an exact change
// the plan is another than just above it, by as many officials as reported
// (none invented), and every reported interval holds a change.
func TestSweepParametricOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("solves each roster some hundred times")
	}
	for name, r := range sweepRosters(t) {
		for _, key := range []string{"fit", "performance", "weights.vacancy"} {
			t.Run(name+"/"+key, func(t *testing.T) {
				pol := model.DefaultPolicy(mustDate(t))
				sp := SweepSpec{Key: key, From: 0, To: 2, Step: 0.5}
				prec := sp.Step / 256
				rep, err := Sweep(context.Background(), r, &pol, sp, 1, prec, false, nil, nil)
				require.NoError(t, err)
				require.True(t, rep.Weight)
				const d = 0.01
				var xs []float64
				for k := 0; k <= 200; k++ {
					xs = append(xs, sweepRound(float64(k)*d))
				}
				plans := make([]*pipeline.Solution, len(xs))
				for k, x := range xs {
					plans[k] = sweepPlanAt(t, r, &pol, key, x)
				}
				for k := 1; k < len(xs); k++ {
					if sweepSame(plans[k-1], plans[k]) {
						continue
					}
					lo, hi := xs[k-1], xs[k]
					require.True(t, slices.ContainsFunc(rep.Breakpoints, func(b SweepBreak) bool { return b.Hi >= lo && b.Lo <= hi }),
						"the plan changes between %v and %v; reported %+v", lo, hi, rep.Breakpoints)
				}
				for _, b := range rep.Breakpoints {
					if !b.Exact {
						require.NotEqual(t, sweepPlanAt(t, r, &pol, key, b.Lo).Result.RowCol, sweepPlanAt(t, r, &pol, key, b.Hi).Result.RowCol,
							"no change in the reported interval %+v", b)
						continue
					}
					// The tie rule takes plans within the certificate's
					// tolerance for equal: the plan of a value switches
					// within about a millionth of the exact change.
					eps := 1e-5 * math.Max(1, b.Lo)
					if slices.ContainsFunc(rep.Breakpoints, func(o SweepBreak) bool { return o != b && math.Abs(o.Lo-b.Lo) < 3*eps }) {
						continue
					}
					lo := b.Lo - eps
					if lo < sp.From {
						// A change at the first value: the plan there is
						// the one before it.
						lo = b.Lo
					}
					below, above := sweepPlanAt(t, r, &pol, key, lo), sweepPlanAt(t, r, &pol, key, b.Lo+eps)
					require.Len(t, model.Diff(below.Plan, above.Plan), b.Changed, "at the exact change %+v", b)
					require.NotZero(t, b.Changed, "%+v", b)
				}
			})
		}
	}
}

// TestSweepParametricBisection compares the two ways of locating a
// weight's changes, the exact search and bisection (the way of every
// other key): every interval bisection finds holds an exact change, every
// exact change lies in an interval of bisection, and the grid's steps are
// the same.
func TestSweepParametricBisection(t *testing.T) {
	if testing.Short() {
		t.Skip("solves each roster some hundred times")
	}
	for name, r := range sweepRosters(t) {
		t.Run(name, func(t *testing.T) {
			pol := model.DefaultPolicy(mustDate(t))
			sp := SweepSpec{Key: "fit", From: 0, To: 3, Step: 0.25}
			prec := sp.Step / 64
			exact, err := Sweep(context.Background(), r, &pol, sp, 1, prec, false, nil, nil)
			require.NoError(t, err)
			s := &sweeper{ctx: context.Background(), progress: func(i18n.Msg) {}, r: r, pol: &pol, key: "fit", prec: prec, solves: new(atomic.Int64),
				solve: func(ctx context.Context, r *model.Roster, pol *model.Policy, opt pipeline.Options, _ i18n.Msg) (*pipeline.Solution, error) {
					return pipeline.Solve(ctx, r, pol, opt)
				}}
			bis, err := s.run(sp, 1)
			require.NoError(t, err)
			require.False(t, bis.Weight)
			require.Equal(t, bis.Steps, exact.Steps)
			in := func(x float64, b SweepBreak) bool { return x >= b.Lo-1e-9 && x <= b.Hi+1e-9 }
			for _, b := range bis.Breakpoints {
				require.True(t, slices.ContainsFunc(exact.Breakpoints, func(e SweepBreak) bool { return in(e.Lo, b) || in(e.Hi, b) }),
					"bisection's %+v holds no exact change of %+v", b, exact.Breakpoints)
			}
			for _, e := range exact.Breakpoints {
				require.True(t, slices.ContainsFunc(bis.Breakpoints, func(b SweepBreak) bool { return in(e.Lo, b) || in(e.Hi, b) }),
					"the exact change %+v lies in no interval of bisection %+v", e, bis.Breakpoints)
			}
			t.Logf("%s: exact %d solves, %d changes; bisection %d solves, %d intervals", name, exact.Solves, len(exact.Breakpoints),
				bis.Solves, len(bis.Breakpoints))
		})
	}
}

// TestSweepDeterministic: the sweep on one core and on two gives the same
// report (the solves end in another order, the plans are the tie rule's).
func TestSweepDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("sweeps twice")
	}
	r := sweepRosters(t)["gen70"]
	pol := model.DefaultPolicy(mustDate(t))
	sp := SweepSpec{Key: "fit", From: 0, To: 3, Step: 0.25}
	old := runtime.GOMAXPROCS(1)
	one, err := Sweep(context.Background(), r, &pol, sp, 1, sp.Step/16, false, nil, nil)
	runtime.GOMAXPROCS(max(old, 2))
	two, err2 := Sweep(context.Background(), r, &pol, sp, 1, sp.Step/16, false, nil, nil)
	runtime.GOMAXPROCS(old)
	require.NoError(t, err)
	require.NoError(t, err2)
	require.Equal(t, one, two)
}

func mustDate(t *testing.T) time.Time {
	t.Helper()
	d, err := model.ParseDate(mutasi.SampleDate)
	require.NoError(t, err)
	return d
}

// TestSweepGridAlone: at a precision of one step the sweep solves the base
// and the grid and nothing else, and reports one interval, a step wide and
// not exact, for each pair of neighbouring values whose plans (solved here
// one by one) differ; the table says the changes were not searched.
func TestSweepGridAlone(t *testing.T) {
	for name, r := range sweepRosters(t) {
		t.Run(name, func(t *testing.T) {
			pol := model.DefaultPolicy(mustDate(t))
			sp := SweepSpec{Key: "fit", From: 0, To: 3, Step: 0.5}
			rep, err := Sweep(context.Background(), r, &pol, sp, 1, sp.Step, false, nil, nil)
			require.NoError(t, err)
			grid := sp.Values()
			require.Equal(t, len(grid)+1, rep.Solves, "the base and the grid only")
			var want [][2]float64
			prev := sweepPlanAt(t, r, &pol, "fit", grid[0])
			for _, x := range grid[1:] {
				cur := sweepPlanAt(t, r, &pol, "fit", x)
				if !sweepSame(prev, cur) {
					want = append(want, [2]float64{x - sp.Step, x})
				}
				prev = cur
			}
			if name == "sample" {
				require.NotEmpty(t, want, "the sample's plan changes with the fit weight")
			}
			var got [][2]float64
			for _, bp := range rep.Breakpoints {
				require.False(t, bp.Exact, "%+v", bp)
				require.Positive(t, bp.Changed, "%+v", bp)
				got = append(got, [2]float64{bp.Lo, bp.Hi})
			}
			require.Equal(t, want, got)
			var b strings.Builder
			require.NoError(t, WriteSweepTable(&b, rep, i18n.ID))
			require.Contains(t, b.String(), "tidak dicari di antara nilai-nilai")
			require.NotContains(t, b.String(), "pembagian dua")
		})
	}
}
