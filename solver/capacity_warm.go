package solver

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"

	"gonum.org/v1/gonum/mat"
)

// SolveCapacitatedFrom is SolveCapacitated started from an earlier solution
// of a neighbouring problem: start.RowCol (−1 for a row to place) and the
// column potentials start.V, typically the optimum of the same rows and
// columns under other costs (a what-if, a sweep step), with a pair
// forbidden (Murty's ranking) or with a column split in two (a post set
// apart from its class). start.U, Load and Total are not read. The answer
// is optimal whatever start holds; a near start only makes it cheaper. It
// also reports how many rows the start kept.
//
// The searches need, as in a cold solve: potentials v ≤ 0, every placed
// row in a column of least reduced cost c − v, and every column with room
// at one common potential T (0 in a cold solve). So: v = start.V (clamped
// to ≤ 0), and each row keeps its column when that column is still of
// least reduced cost for it (within a few units in the last place) and has
// room; the other rows are free. A column then left with room below T (a
// "deficit": a freed row left it, or its pair was forbidden) must end full
// or at T. Raising it to T at once would free every row outside it that
// then prefers it, and on the ties of a roster's classes that cascades
// until most rows are free. Instead, as in the sparse solver's warm start,
// a search may only end at a deficit once there are no more free rows than
// deficit slots; reaching a column with room at d0 then lets one of its
// vacancies (an empty slot, held in the square problem by a dummy row of
// cost 0) move to any other column c at d0 + T − v_c, and T falls by the
// distance travelled beyond d0, which keeps every column with room at T.
// Deficits left at the end (only by rounding, or a start with more
// deficit slots than free rows) are raised to T, freeing the rows that
// prefer them, and those are placed in turn. T is 0 again at the end. When
// fewer than half of the rows keep their place the start is dropped for
// the cold one, whose greedy start places more of them.
func SolveCapacitatedFrom(cost mat.Matrix, capacity []int, start *CapacitatedResult, opts ...Option) (*CapacitatedResult, CapacitatedStats, int, error) {
	var st CapacitatedStats
	if start == nil {
		res, st, err := SolveCapacitated(cost, capacity, opts...)
		return res, st, 0, err
	}
	if cost == nil {
		return nil, st, 0, errors.New("solver: capacitated: nil matrix")
	}
	n, m := cost.Dims()
	if len(start.RowCol) != n || len(start.V) != m {
		return nil, st, 0, fmt.Errorf("solver: capacitated: warm start of %d rows and %d columns for a %d×%d matrix", len(start.RowCol), len(start.V), n, m)
	}
	o, c, err := capacitatedInput(cost, capacity, opts)
	if err != nil {
		return nil, st, 0, err
	}
	return newCapLap(n, m, c, capacity, true).solveFrom(o, cost, start, opts)
}

// solveFrom is SolveCapacitatedFrom on s, freshly made or reset, for the
// costs cost with the options o (parsed from opts).
func (s *capLap) solveFrom(o options, cost mat.Matrix, start *CapacitatedResult, opts []Option) (*CapacitatedResult, CapacitatedStats, int, error) {
	var st CapacitatedStats
	n, m, capacity := s.n, s.m, s.cap
	s.helperMode = o.helper
	s.useLower(o.lower)
	if o.progress != nil {
		s.report = o.report
	}
	kept := s.warmPlace(start)
	if 2*kept < n {
		res, st, err := SolveCapacitated(cost, capacity, opts...)
		return res, st, 0, err
	}
	for i := range n {
		if row := s.c[i*m : (i+1)*m]; slices.IndexFunc(row, func(x float64) bool { return !math.IsInf(x, 1) }) < 0 {
			return nil, st, kept, &InfeasibleError{Rows: []int{i}}
		}
	}
	for j := range m {
		for _, r := range s.held[j] {
			s.enter(r, int32(j))
		}
	}
	w := &capWarm{deficit: make([]bool, m)}
	s.warm = w
	var free []int32
	for i, j := range s.x {
		if j < 0 {
			free = append(free, int32(i))
		}
	}
	w.nFree = len(free)
	w.refresh(s)
	for {
		if w.nDef > w.nFree || len(free) == 0 && w.nDef > 0 {
			free = s.warmRaise(free, &st)
			w.nFree = len(free)
			w.refresh(s)
		}
		if len(free) == 0 {
			break
		}
		least := make([]float64, n)
		for _, i := range free {
			least[i] = slices.Min(s.c[int(i)*m : (int(i)+1)*m])
		}
		if err := s.augmentAll(o.ctx, free, least, &st); err != nil {
			return nil, st, kept, err
		}
		free = free[:0]
	}
	// The columns with room are at T: make it 0.
	for j := range s.v {
		if s.room[j] {
			s.v[j] = 0
		} else {
			s.v[j] = min(s.v[j]-w.T, 0)
		}
	}
	return s.result(), st, kept, nil
}

// capWarm is the state of a warm start's searches (SolveCapacitatedFrom).
type capWarm struct {
	// T is the potential of every column with room that is no deficit.
	T float64
	// deficit marks the columns with room below T; nDef counts their empty
	// slots, nFree the rows still free.
	deficit     []bool
	nDef, nFree int
}

// ends reports whether a search may end at column j, which has room: at a
// deficit always, elsewhere only while there are more free rows than
// deficit slots (each free row left must fill one).
func (w *capWarm) ends(j int32) bool { return w.deficit[j] || w.nFree > w.nDef }

// placed counts a search's row as placed and finds the deficits again.
func (w *capWarm) placed(s *capLap) {
	w.nFree--
	w.refresh(s)
}

// refresh finds the deficits. A column with room within rounding of T is
// put at T.
func (w *capWarm) refresh(s *capLap) {
	w.nDef = 0
	for j, v := range s.v {
		w.deficit[j] = false
		if !s.room[j] {
			continue
		}
		if v < w.T && w.T-v <= capWarmTightRelTol*(math.Abs(v)+math.Abs(w.T)) {
			s.v[j] = w.T
		}
		if s.v[j] < w.T {
			w.deficit[j] = true
			w.nDef += s.cap[j] - len(s.held[j])
		}
	}
}

// capWarmTightRelTol is the slack, relative to the magnitudes involved, up
// to which a warm start's row counts as in a column of least reduced cost:
// a few units in the last place, as for the sparse solver's warm start.
const capWarmTightRelTol = 1e-12

// warmPlace sets the start's potentials and places the rows of start that
// may stay (see SolveCapacitatedFrom). It returns how many it placed.
func (s *capLap) warmPlace(start *CapacitatedResult) int {
	n, m := s.n, s.m
	for j := range m {
		x := start.V[j]
		if math.IsNaN(x) || math.IsInf(x, 0) || x > 0 {
			x = 0
		}
		s.v[j] = x
	}
	kept := 0
	for i := range n {
		s.x[i] = -1
		k := start.RowCol[i]
		row := s.c[i*m : (i+1)*m]
		if k < 0 || k >= m || math.IsInf(row[k], 1) || len(s.held[k]) >= s.cap[k] {
			continue
		}
		best := math.Inf(1)
		for j, x := range row {
			best = min(best, x-s.v[j])
		}
		if d := row[k] - s.v[k] - best; d <= capWarmTightRelTol*(math.Abs(row[k])+math.Abs(s.v[k])+math.Abs(best)) {
			s.place(int32(i), int32(k))
			kept++
		}
	}
	return kept
}

// warmRaise raises every deficit column to T, freeing the rows outside it
// that then prefer it (their columns may become deficits in turn), and
// returns free with the rows it freed.
func (s *capLap) warmRaise(free []int32, st *CapacitatedStats) []int32 {
	n, m := s.n, s.m
	w := s.warm
	var raise []int32
	for j := range m {
		if w.deficit[j] {
			raise = append(raise, int32(j))
		}
	}
	for len(raise) > 0 {
		k := raise[len(raise)-1]
		raise = raise[:len(raise)-1]
		if s.v[k] >= w.T {
			continue
		}
		s.v[k] = w.T
		st.Raised++
		for i := range n {
			x := s.c[i*m+int(k)]
			j := s.x[i]
			if j < 0 || j == k || math.IsInf(x, 1) {
				continue
			}
			// Row i is tight in j: its least reduced cost is c_ij − v_j.
			if x-s.v[k] < s.c[i*m+int(j)]-s.v[j] {
				s.remove(int32(i), j)
				s.leave(int32(i), j)
				s.x[i] = -1
				free = append(free, int32(i))
				if s.v[j] < w.T {
					raise = append(raise, j)
				}
			}
		}
	}
	return free
}

// capacitatedInput checks the options and the matrix of a capacitated solve
// and returns the costs row-major.
func capacitatedInput(cost mat.Matrix, capacity []int, opts []Option) (options, []float64, error) {
	o, err := capacitatedOptions(opts)
	if err != nil {
		return o, nil, err
	}
	n, m := cost.Dims()
	if len(capacity) != m {
		return o, nil, fmt.Errorf("solver: capacitated: %d capacities for %d columns", len(capacity), m)
	}
	for j, c := range capacity {
		if c < 0 {
			return o, nil, fmt.Errorf("solver: capacitated: column %d has capacity %d", j, c)
		}
	}
	var c []float64
	if d, ok := cost.(*mat.Dense); ok && d.RawMatrix().Stride == m {
		c = d.RawMatrix().Data[:n*m] // read, never written: no copy
	} else if ok {
		c = make([]float64, n*m)
		for i := range n {
			copy(c[i*m:(i+1)*m], d.RawRowView(i))
		}
	} else {
		c = make([]float64, n*m)
		for i := range n {
			for j := range m {
				c[i*m+j] = cost.At(i, j)
			}
		}
	}
	limit := math.MaxFloat64 / (8 * float64(n+m))
	// The first bad entry of each chunk; the first of all is reported.
	var mu sync.Mutex
	first := len(c)
	inChunks(len(c), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			if x := c[k]; math.IsNaN(x) || math.IsInf(x, -1) || !math.IsInf(x, 1) && math.Abs(x) > limit {
				mu.Lock()
				first = min(first, k)
				mu.Unlock()
				return
			}
		}
	})
	if k := first; k < len(c) {
		return o, nil, &ValueError{Row: k / m, Col: k % m, Value: c[k],
			Reason: fmt.Sprintf("a cost must be finite (+Inf forbids the pair) and at most %.3g in magnitude", limit)}
	}
	return o, c, nil
}

// capacitatedOptions reads the options of a capacitated solve.
func capacitatedOptions(opts []Option) (options, error) {
	o := options{ctx: context.Background(), arrPasses: -1}
	for _, f := range opts {
		f(&o)
	}
	if o.ctx == nil {
		o.ctx = context.Background()
	}
	if o.maximize {
		return o, errors.New("solver: capacitated: minimisation only (negate the costs to maximise)")
	}
	return o, nil
}

// result returns the solver's assignment with its certificate.
func (s *capLap) result() *CapacitatedResult {
	n, m := s.n, s.m
	// V is a copy: a workspace's next solve reuses s.v.
	res := &CapacitatedResult{RowCol: make([]int, n), Load: make([]int, m), U: make([]float64, n), V: slices.Clone(s.v)}
	for i, j := range s.x {
		res.RowCol[i] = int(j)
		x := s.c[i*m+int(j)]
		res.Total += x
		res.U[i] = x - s.v[j]
	}
	for j := range res.Load {
		res.Load[j] = len(s.held[j])
	}
	return res
}

// augmentAll places the free rows, cheapest first, each along a shortest
// augmenting path.
func (s *capLap) augmentAll(ctx context.Context, free []int32, least []float64, st *CapacitatedStats) error {
	// Cheapest rows first, as in the sparse solver.
	slices.SortStableFunc(free, func(p, q int32) int {
		switch {
		case least[p] < least[q]:
			return -1
		case least[p] > least[q]:
			return 1
		}
		return 0
	})
	useHelper := s.n > 0 && capUseHelper(s.helperMode, s.m)
	total := len(free)
	if len(free) > 0 && useHelper {
		s.helper = &capHelper{s: s}
		go s.helper.run()
		defer func() {
			s.helper.quit.Store(true)
			s.helper = nil
		}()
	}
	for k, i := range free {
		if k%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("solver: capacitated: %w", err)
			}
		}
		if err := s.augment(i, st); err != nil {
			return err
		}
		if s.report != nil {
			s.report(k+1, total)
		}
	}
	return nil
}
