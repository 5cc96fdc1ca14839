package solver

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// capExpand repeats each column j of cost capacity[j] times: the assignment
// problem whose optimum the capacitated one must equal (capped at rows
// copies, which is all a column can take).
func capExpand(cost *mat.Dense, capacity []int) *mat.Dense {
	n, m := cost.Dims()
	var cols []int
	for j := range m {
		for range min(capacity[j], n) {
			cols = append(cols, j)
		}
	}
	if len(cols) == 0 {
		return nil
	}
	e := mat.NewDense(n, len(cols), nil)
	for i := range n {
		for k, j := range cols {
			e.Set(i, k, cost.At(i, j))
		}
	}
	return e
}

// capCheck solves (cost, capacity) and checks the result against the
// expanded assignment problem solved by Solve (and by brute force when
// tiny): the same optimum, or both infeasible with a genuine Hall violator.
func capCheck(t *testing.T, name string, cost *mat.Dense, capacity []int) {
	t.Helper()
	n, _ := cost.Dims()
	res, st, err := SolveCapacitated(cost, capacity)
	total := 0
	for _, c := range capacity {
		total += min(c, n)
	}
	var want float64
	feasible := total >= n
	if e := capExpand(cost, capacity); feasible && e != nil {
		dres, derr := Solve(e)
		if derr != nil {
			var inf *InfeasibleError
			if !errors.As(derr, &inf) {
				t.Fatalf("%s: dense oracle: %v", name, derr)
			}
			feasible = false
		} else {
			want = dres.Total
		}
		if r, c := e.Dims(); feasible && r*c <= 36 {
			if b, ok := bruteOptimum(e, false); !ok || math.Abs(b-want) > 1e-9*math.Max(1, math.Abs(b)) {
				t.Fatalf("%s: the oracles disagree: brute force %v (%v), Solve %v", name, b, ok, want)
			}
		}
	}
	if !feasible {
		var inf *InfeasibleError
		if !errors.As(err, &inf) {
			t.Fatalf("%s: want an infeasible error, got %v (stats %+v)", name, err, st)
		}
		if msg, ok := capViolator(cost, capacity, inf); !ok {
			t.Fatalf("%s: bad violator %v: %s", name, inf, msg)
		}
		return
	}
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := VerifyCapacitated(cost, capacity, res); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	scale := 1.0
	for i := range n {
		for _, x := range cost.RawRowView(i) {
			if !math.IsInf(x, 1) {
				scale = math.Max(scale, math.Abs(x))
			}
		}
	}
	if math.Abs(res.Total-want) > VerifyRelTol*scale*float64(n+1) {
		t.Fatalf("%s: total %.15g, expanded assignment %.15g", name, res.Total, want)
	}
}

// capViolator checks an InfeasibleError of the capacitated problem: every
// allowed column of Rows is in Cols, and the capacities of Cols sum to less
// than len(Rows).
func capViolator(cost *mat.Dense, capacity []int, e *InfeasibleError) (string, bool) {
	in := map[int]bool{}
	room := 0
	for _, j := range e.Cols {
		in[j] = true
		room += capacity[j]
	}
	if room >= len(e.Rows) {
		return fmt.Sprintf("%d rows, room for %d", len(e.Rows), room), false
	}
	_, m := cost.Dims()
	for _, i := range e.Rows {
		for j := range m {
			if !math.IsInf(cost.At(i, j), 1) && !in[j] {
				return fmt.Sprintf("row %d may use column %d, not in Cols", i, j), false
			}
		}
	}
	return "", true
}

// capRandom draws an n × m instance: costs from draw, a pair forbidden with
// probability pForbid, capacities 0..maxCap.
func capRandom(rng *rand.Rand, n, m, maxCap int, pForbid float64, draw func() float64) (*mat.Dense, []int) {
	cost := mat.NewDense(n, m, nil)
	for i := range n {
		for j := range m {
			x := draw()
			if rng.Float64() < pForbid {
				x = math.Inf(1)
			}
			cost.Set(i, j, x)
		}
	}
	capacity := make([]int, m)
	for j := range capacity {
		capacity[j] = rng.IntN(maxCap + 1)
	}
	return cost, capacity
}

// TestCapacitatedFamilies compares SolveCapacitated with the expanded
// assignment problem (Solve, and brute force on the smallest) on random
// families: uniform costs, heavy ties, few columns with large capacities,
// forbidden pairs, unbounded columns, and infeasible instances.
func TestCapacitatedFamilies(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	type fam struct {
		name     string
		n, m     int
		maxCap   int
		pForbid  float64
		draw     func() float64
		reps     int
		unbound  bool
		negative bool
	}
	uniform := func() float64 { return rng.Float64() * 100 }
	ties := func() float64 { return float64(rng.IntN(4)) }
	scaled := func() float64 { return math.Pow(10, float64(rng.IntN(12)-6)) * float64(rng.IntN(7)-3) }
	fams := []fam{
		{"tiny", 3, 3, 2, 0.2, ties, 300, false, false},
		{"tiny-uniform", 4, 3, 2, 0.3, uniform, 300, false, false},
		{"uniform", 30, 8, 6, 0, uniform, 40, false, false},
		{"ties", 40, 6, 10, 0.1, ties, 40, false, false},
		{"scaled", 25, 7, 5, 0.15, scaled, 40, false, false},
		{"few-columns", 120, 4, 60, 0.05, uniform, 20, false, false},
		// Columns holding more rows than a transfer cost's list keeps.
		{"big-columns", 200, 10, 70, 0.2, ties, 10, true, false},
		{"sparse", 40, 12, 5, 0.7, uniform, 40, false, false},
		{"release", 50, 8, 5, 0.2, ties, 30, true, false},
		{"negative", 30, 8, 5, 0.1, func() float64 { return -rng.Float64() * 50 }, 30, true, true},
	}
	if !testing.Short() {
		fams = append(fams, fam{"large", 600, 40, 25, 0.3, ties, 3, true, false})
	}
	for _, f := range fams {
		for rep := range f.reps {
			cost, capacity := capRandom(rng, f.n, f.m, f.maxCap, f.pForbid, f.draw)
			if f.unbound {
				// A last column every row may use without limit, as the
				// release column of the roster's class problem.
				j := f.m - 1
				capacity[j] = f.n
				for i := range f.n {
					cost.Set(i, j, float64(rng.IntN(3)))
				}
			}
			capCheck(t, fmt.Sprintf("%s/%d", f.name, rep), cost, capacity)
		}
	}
}

// TestCapacitatedErrors covers the argument checks.
func TestCapacitatedErrors(t *testing.T) {
	ok := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	for _, c := range []struct {
		name string
		cost mat.Matrix
		cap  []int
		opts []Option
	}{
		{"nil", nil, nil, nil},
		{"capacities", ok, []int{1}, nil},
		{"negative capacity", ok, []int{1, -1}, nil},
		{"NaN", mat.NewDense(1, 1, []float64{math.NaN()}), []int{1}, nil},
		{"-Inf", mat.NewDense(1, 1, []float64{math.Inf(-1)}), []int{1}, nil},
		{"maximize", ok, []int{1, 1}, []Option{Maximize()}},
	} {
		if _, _, err := SolveCapacitated(c.cost, c.cap, c.opts...); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
	var ve *ValueError
	if _, _, err := SolveCapacitated(mat.NewDense(2, 1, []float64{1, math.NaN()}), []int{2}); !errors.As(err, &ve) || ve.Row != 1 || ve.Col != 0 {
		t.Errorf("NaN at (1, 0): got %v", err)
	}
}

// TestVerifyCapacitatedRejects damages an optimal result in every way the
// certificate must catch.
func TestVerifyCapacitatedRejects(t *testing.T) {
	cost := mat.NewDense(3, 3, []float64{
		1, 4, 9,
		2, 3, 5,
		4, 1, math.Inf(1),
	})
	capacity := []int{2, 1, 1}
	res, _, err := SolveCapacitated(cost, capacity)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyCapacitated(cost, capacity, res); err != nil {
		t.Fatal(err)
	}
	clone := func() *CapacitatedResult {
		c := *res
		c.RowCol = append([]int(nil), res.RowCol...)
		c.Load = append([]int(nil), res.Load...)
		c.U = append([]float64(nil), res.U...)
		c.V = append([]float64(nil), res.V...)
		return &c
	}
	for name, damage := range map[string]func(r *CapacitatedResult){
		"u too high":   func(r *CapacitatedResult) { r.U[0] += 1 },
		"v positive":   func(r *CapacitatedResult) { r.V[2] = 1 },
		"total":        func(r *CapacitatedResult) { r.Total += 1 },
		"load":         func(r *CapacitatedResult) { r.Load[0]++ },
		"unassigned":   func(r *CapacitatedResult) { r.RowCol[1] = -1 },
		"forbidden":    func(r *CapacitatedResult) { r.RowCol[2] = 2 },
		"over cap":     func(r *CapacitatedResult) { r.RowCol = []int{1, 1, 1}; r.Load = []int{0, 3, 0} },
		"room, v != 0": func(r *CapacitatedResult) { r.V[2] -= 1 },
	} {
		bad := clone()
		damage(bad)
		if VerifyCapacitated(cost, capacity, bad) == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// FuzzCapacitated decodes a small matrix (fuzzMatrix, minimisation) and
// capacities 0–3 from the input's last bytes, and checks SolveCapacitated
// against the expanded assignment problem.
func FuzzCapacitated(f *testing.F) {
	f.Add([]byte{3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 1, 0})
	f.Add([]byte{5, 2, 0xff, 0xff, 3, 3, 3, 3, 1, 2, 0xff, 0xff, 3, 3})
	f.Add([]byte{4, 1, 9, 9, 9, 9, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		data[1] &^= 0x80
		cost, _ := fuzzMatrix(data, func(b byte) bool { return b == 0xff || b < 0x20 })
		_, m := cost.Dims()
		capacity := make([]int, m)
		for j := range capacity {
			if k := len(data) - 1 - j; k >= 2 {
				capacity[j] = int(data[k]) % 4
			} else {
				capacity[j] = 1
			}
		}
		capCheck(t, "fuzz", cost, capacity)
	})
}

// ExampleSolveCapacitated assigns five officials to two kinds of post, two
// posts of the first kind and three of the second: the rows are officials,
// the columns the kinds, the capacities the numbers of posts.
func ExampleSolveCapacitated() {
	cost := mat.NewDense(5, 2, []float64{
		1, 4,
		2, 3,
		1, 1,
		5, 2,
		3, 9,
	})
	res, _, err := SolveCapacitated(cost, []int{2, 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.RowCol, res.Load, res.Total)
	// Output: [0 1 1 1 0] [2 3] 10
}

// TestCapacitatedHelper solves the same instances with the second core's
// helper forced on (every range of 16 columns or more is split) and off:
// the results must be the same bit for bit, and certified.
func TestCapacitatedHelper(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	ties := func() float64 { return float64(rng.IntN(6)) }
	for rep := range 30 {
		n, m := 50+rng.IntN(200), 20+rng.IntN(60)
		cost, capacity := capRandom(rng, n, m, 4, 0.2, ties)
		capacity[m-1] = n
		on, _, err1 := SolveCapacitated(cost, capacity, withCapHelper(true))
		off, _, err2 := SolveCapacitated(cost, capacity, withCapHelper(false))
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("rep %d: helper %v, none %v", rep, err1, err2)
		}
		if err1 != nil {
			continue
		}
		if err := VerifyCapacitated(cost, capacity, on); err != nil {
			t.Fatalf("rep %d: %v", rep, err)
		}
		if on.Total != off.Total || fmt.Sprint(on.RowCol, on.V) != fmt.Sprint(off.RowCol, off.V) {
			t.Fatalf("rep %d: with the helper %v %v, without %v %v", rep, on.Total, on.RowCol, off.Total, off.RowCol)
		}
	}
}

// TestCapacitatedLower solves the same instances with the relaxation reading
// the transfer costs' float32 bounds first and without, cold and from a warm
// start, with the helper on and off: the results must be the same bit for
// bit (the bounds only skip relaxations that change nothing), and certified.
func TestCapacitatedLower(t *testing.T) {
	if simdAvailable() != simdAVX512 {
		t.Skip("the bounds are read only by the AVX-512 kernel")
	}
	rng := rand.New(rand.NewPCG(21, 23))
	ties := func() float64 { return float64(rng.IntN(6)) }
	uniform := func() float64 { return rng.Float64()*10 - 3 }
	same := func(a, b *CapacitatedResult) bool {
		return a.Total == b.Total && fmt.Sprint(a.RowCol, a.V, a.U) == fmt.Sprint(b.RowCol, b.V, b.U)
	}
	for rep := range 40 {
		n, m := 50+rng.IntN(200), 20+rng.IntN(60)
		draw := ties
		if rep%2 == 1 {
			draw = uniform
		}
		cost, capacity := capRandom(rng, n, m, 4, 0.2, draw)
		capacity[m-1] = n
		helper := withCapHelper(rep%4 < 2)
		on, _, err1 := SolveCapacitated(cost, capacity, withCapLower(true), helper)
		off, _, err2 := SolveCapacitated(cost, capacity, withCapLower(false), helper)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("rep %d: with the bounds %v, without %v", rep, err1, err2)
		}
		if err1 != nil {
			continue
		}
		if err := VerifyCapacitated(cost, capacity, on); err != nil {
			t.Fatalf("rep %d: %v", rep, err)
		}
		if !same(on, off) {
			t.Fatalf("rep %d: with the bounds %v %v, without %v %v", rep, on.Total, on.RowCol, off.Total, off.RowCol)
		}
		// A warm start from the optimum of costs moved a little.
		next := mat.DenseCopyOf(cost)
		for i := range n {
			for j := range m {
				if x := next.At(i, j); !math.IsInf(x, 1) {
					next.Set(i, j, x+rng.Float64()-0.5)
				}
			}
		}
		start := &CapacitatedResult{RowCol: on.RowCol, V: on.V}
		won, _, _, err1 := SolveCapacitatedFrom(next, capacity, start, withCapLower(true), helper)
		woff, _, _, err2 := SolveCapacitatedFrom(next, capacity, start, withCapLower(false), helper)
		if (err1 == nil) != (err2 == nil) || err1 == nil && !same(won, woff) {
			t.Fatalf("rep %d: warm: with the bounds %v, without %v", rep, err1, err2)
		}
	}
}

// TestCapacitatedCands checks that the candidate lists change nothing: the
// same assignment, potentials and work, list length by list length, against
// the whole ranges.
func TestCapacitatedCands(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 37))
	// Ties that rounding splits, as a roster's scores do: sums of tenths
	// and thirds reach equal distances along paths in different orders.
	rounded := func() float64 { return float64(rng.IntN(12))*0.1 + float64(rng.IntN(3))/3 }
	uniform := func() float64 { return rng.Float64()*10 - 3 }
	for rep := range 300 {
		n, m := 50+rng.IntN(200), 20+rng.IntN(60)
		draw := rounded
		if rep%3 == 2 {
			draw = uniform
		}
		maxCap := 4
		if rep%5 == 4 {
			maxCap = 2 * capTop // lists that leave rows out
		}
		cost, capacity := capRandom(rng, n, m, maxCap, 0.2, draw)
		capacity[m-1] = n
		helper, lower := withCapHelper(rep%4 < 2), withCapLower(rep%3 == 0)
		off, stOff, errOff := SolveCapacitated(cost, capacity, withCapCands(0), helper, lower)
		for _, w := range []int{1, 3, 8, 256} {
			on, stOn, err := SolveCapacitated(cost, capacity, withCapCands(w), helper, lower)
			if (err == nil) != (errOff == nil) {
				t.Fatalf("rep %d, lists of %d: %v, without lists %v", rep, w, err, errOff)
			}
			if err != nil {
				continue
			}
			require.NoError(t, VerifyCapacitated(cost, capacity, on), "rep %d, lists of %d", rep, w)
			require.Equal(t, off, on, "rep %d, lists of %d", rep, w)
			require.Equal(t, stOff, stOn, "rep %d, lists of %d", rep, w)
		}
	}
}

// TestRelaxCandsLevel checks a scan from a candidate list on the case
// rounding makes: a column with room reached just below the current level
// (which bounds where the search ends) must not hide the columns reaching
// the level itself, which join it before the search ends.
func TestRelaxCandsLevel(t *testing.T) {
	const m = 3
	c := make([]float64, 2*m)
	s := newCapLap(2, m, c, []int{1, 1, 1}, false)
	s.useCands(8)
	// Column 0 is being scanned; column 1 (full) reaches the level,
	// column 2 (room) a rounding below it.
	s.t[0*m+0], s.t[0*m+1], s.t[0*m+2] = 0, 0.25, 0.24999999999999978
	s.lo[0], s.hi[0] = 0, m
	s.room[1], s.room[2] = false, true
	dmin, u1 := -2.9204000000000003, 3.1704000000000003
	require.Equal(t, dmin, s.t[1]-s.v[1]-u1)
	require.Less(t, s.t[2]-s.v[2]-u1, dmin)
	s.d[0], s.d[1], s.d[2] = math.NaN(), -2.4, -2.4
	ub := s.d[2]
	evs, ok := s.relaxCands(0, u1, dmin, &ub, nil)
	require.True(t, ok)
	require.Equal(t, []int32{1, 2}, evs, "both columns join the level")
	require.Equal(t, []int32{0, 0}, s.pred[1:])
	require.Equal(t, s.t[2]-s.v[2]-u1, ub)
}

// TestCapacitatedHelperRecompute checks the lists a leaving row empties,
// recomputed half by the helper on another core, against the same solves
// on one core: every row prefers the same few columns, which hold many more
// rows than a list keeps, so that long paths move rows out of them and
// their lists empty often.
func TestCapacitatedHelperRecompute(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("the helper needs a second core")
	}
	rng := rand.New(rand.NewPCG(41, 43))
	for rep := range 8 {
		n, m := 300+rng.IntN(200), 10+rng.IntN(10)
		base := make([]float64, m)
		for j := range base {
			base[j] = float64(rng.IntN(10))
		}
		cost := mat.NewDense(n, m, nil)
		capacity := make([]int, m)
		for j := range m {
			capacity[j] = 20 + rng.IntN(40)
			for i := range n {
				x := base[j] + float64(rng.IntN(4))
				if rep%2 == 1 {
					x = base[j] + rng.Float64()*3
				}
				cost.Set(i, j, x)
			}
		}
		for i := range n {
			cost.Set(i, m-1, 20) // a release every row may take, dear
		}
		capacity[m-1] = n
		on, stOn, errOn := SolveCapacitated(cost, capacity, withCapHelper(true), withCapSplit(1))
		off, stOff, errOff := SolveCapacitated(cost, capacity, withCapHelper(false))
		require.NoError(t, errOn, "rep %d", rep)
		require.NoError(t, errOff, "rep %d", rep)
		require.NoError(t, VerifyCapacitated(cost, capacity, on), "rep %d", rep)
		require.Equal(t, off, on, "rep %d", rep)
		require.Equal(t, stOff, stOn, "rep %d", rep)
	}
}
