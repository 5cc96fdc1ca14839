package solver

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// kbestAssignment is one assignment found by enumeration.
type kbestAssignment struct {
	rowCol []int
	total  float64
}

// kbestEnumerate lists every assignment of c (SciPy's semantics: min(r, c)
// pairs, all allowed) with its total, sorted by total (best first), by plain
// recursion: the oracle for KBest.
func kbestEnumerate(c *mat.Dense, maximize bool) []kbestAssignment {
	r, cols := c.Dims()
	var all []kbestAssignment
	rowCol := filled(r, -1)
	usedRow := make([]bool, r)
	usedCol := make([]bool, cols)
	allowed := func(x float64) bool { return !math.IsInf(x, 0) }
	var byRow func(i int, sum float64)
	byRow = func(i int, sum float64) {
		if i == r {
			all = append(all, kbestAssignment{slices.Clone(rowCol), sum})
			return
		}
		for j := range cols {
			if x := c.At(i, j); !usedCol[j] && allowed(x) {
				usedCol[j], rowCol[i] = true, j
				byRow(i+1, sum+x)
				usedCol[j], rowCol[i] = false, -1
			}
		}
	}
	var byCol func(j int, sum float64)
	byCol = func(j int, sum float64) {
		if j == cols {
			all = append(all, kbestAssignment{slices.Clone(rowCol), sum})
			return
		}
		for i := range r {
			if x := c.At(i, j); !usedRow[i] && allowed(x) {
				usedRow[i], rowCol[i] = true, j
				byCol(j+1, sum+x)
				usedRow[i], rowCol[i] = false, -1
			}
		}
	}
	if r <= cols {
		byRow(0, 0)
	} else {
		byCol(0, 0)
	}
	sort.SliceStable(all, func(a, b int) bool {
		if maximize {
			return all[a].total > all[b].total
		}
		return all[a].total < all[b].total
	})
	return all
}

// kbestRandom returns an r×c matrix of small integers (many ties) with a
// share of forbidden pairs.
func kbestRandom(rng *rand.Rand, r, c int, forbidden float64, maximize bool) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	inf := math.Inf(1)
	if maximize {
		inf = math.Inf(-1)
	}
	levels := 1 + rng.IntN(6) // 1 level: everything ties
	for i := range r {
		for j := range c {
			if rng.Float64() < forbidden {
				m.Set(i, j, inf)
			} else {
				m.Set(i, j, float64(rng.IntN(levels)-1))
			}
		}
	}
	return m
}

// kbestKey names an assignment for set comparisons.
func kbestKey(rowCol []int) string { return fmt.Sprint(rowCol) }

// kbestSubMatrix rebuilds the subproblem a node was solved on, in the
// caller's orientation, so that its certificate can be verified.
func kbestSubMatrix(c *mat.Dense, nd *kbestNode, w work, maximize bool) *mat.Dense {
	sub := mat.DenseCopyOf(c)
	forbid := math.Inf(1)
	if maximize {
		forbid = math.Inf(-1)
	}
	set := func(i, j int) { // working coordinates
		if w.transposed {
			i, j = j, i
		}
		sub.Set(i, j, forbid)
	}
	for _, p := range nd.excluded {
		set(p.i, p.j)
	}
	for _, p := range nd.forced {
		for j := 0; j < w.m; j++ {
			if j != p.j {
				set(p.i, j)
			}
		}
		for i := 0; i < w.n; i++ {
			if i != p.i {
				set(i, p.j)
			}
		}
	}
	return sub
}

// TestKBestBruteForce ranks every assignment of random matrices of every
// shape up to 7×7 (ties, forbidden pairs, both senses) and compares with
// enumeration: the sequence of totals, the set of assignments within each
// tie, the count when fewer than k exist, and each certificate within its
// subproblem.
func TestKBestBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 7))
	perShape := 6
	maxSide := 7
	if testing.Short() {
		perShape, maxSide = 2, 6
	}
	for r := 1; r <= maxSide; r++ {
		for c := 1; c <= maxSide; c++ {
			for trial := range perShape {
				maximize := trial%3 == 2
				forbidden := []float64{0, 0.2, 0.5}[trial%3]
				m := kbestRandom(rng, r, c, forbidden, maximize)
				name := fmt.Sprintf("%dx%d/%d", r, c, trial)
				kbestCheck(t, name, m, maximize, rng)
			}
		}
	}
}

func kbestCheck(t *testing.T, name string, m *mat.Dense, maximize bool, rng *rand.Rand) {
	t.Helper()
	want := kbestEnumerate(m, maximize)
	var opts []Option
	if maximize {
		opts = append(opts, Maximize())
	}
	// All of them, asking for more than exist; then a random prefix.
	ks := []int{len(want) + 3}
	if len(want) > 1 {
		ks = append(ks, 1+rng.IntN(len(want)))
	}
	for _, k := range ks {
		nodes, w, err := kbest(m, k, opts...)
		if len(want) == 0 {
			if _, ok := err.(*InfeasibleError); !ok {
				t.Fatalf("%s: infeasible problem gave %v", name, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, _ := KBest(m, k, opts...)
		if len(got) != min(k, len(want)) || len(nodes) != len(got) {
			t.Fatalf("%s k=%d: %d assignments, want %d", name, k, len(got), min(k, len(want)))
		}
		// Totals in order, assignments distinct, costs consistent.
		seen := map[string]bool{}
		for t1, res := range got {
			if res.Total != want[t1].total {
				t.Fatalf("%s k=%d: assignment %d costs %v, enumeration says %v\n%v", name, k, t1, res.Total, want[t1].total, mat.Formatted(m))
			}
			key := kbestKey(res.RowCol)
			if seen[key] {
				t.Fatalf("%s k=%d: assignment %s returned twice", name, k, key)
			}
			seen[key] = true
			sum := 0.0
			for i, j := range res.RowCol {
				if j >= 0 {
					sum += m.At(i, j)
					if res.ColRow[j] != i {
						t.Fatalf("%s: RowCol and ColRow disagree", name)
					}
				}
			}
			if sum != res.Total {
				t.Fatalf("%s: total %v but pairs sum to %v", name, res.Total, sum)
			}
			if err := Verify(kbestSubMatrix(m, nodes[t1], w, maximize), res); err != nil {
				t.Fatalf("%s k=%d: assignment %d: certificate within its subproblem: %v", name, k, t1, err)
			}
		}
		if err := Verify(m, got[0]); err != nil {
			t.Fatalf("%s: the first assignment is not certified optimal: %v", name, err)
		}
		// Within each tie, the assignments are among the enumerated ones
		// of that total, all of them when the tie is complete.
		byTotal := map[float64]map[string]bool{}
		for _, a := range want {
			if byTotal[a.total] == nil {
				byTotal[a.total] = map[string]bool{}
			}
			byTotal[a.total][kbestKey(a.rowCol)] = true
		}
		gotBy := map[float64]int{}
		for _, res := range got {
			if !byTotal[res.Total][kbestKey(res.RowCol)] {
				t.Fatalf("%s: %v is not an assignment of total %v", name, res.RowCol, res.Total)
			}
			gotBy[res.Total]++
		}
		last := got[len(got)-1].Total
		for total, n := range gotBy {
			if total != last && n != len(byTotal[total]) {
				t.Fatalf("%s: %d of the %d assignments of total %v", name, n, len(byTotal[total]), total)
			}
		}
	}
}

// TestKBestCases covers the edges: empty matrices, k ≤ 0, a constant matrix
// (every permutation ties), a single allowed assignment, an infeasible
// matrix and bad values.
func TestKBestCases(t *testing.T) {
	for _, sh := range [][2]int{{0, 0}, {0, 3}, {3, 0}} {
		got, err := KBest(kbestEmpty{sh[0], sh[1]}, 5)
		if err != nil || len(got) != 1 || got[0].Total != 0 || len(got[0].RowCol) != sh[0] || len(got[0].ColRow) != sh[1] {
			t.Errorf("%v: got %v, %v", sh, got, err)
		}
	}
	m := mat.NewDense(4, 4, nil)
	for i := range 4 {
		for j := range 4 {
			m.Set(i, j, 2)
		}
	}
	if got, err := KBest(m, 0); err != nil || len(got) != 0 {
		t.Errorf("k=0: %v, %v", got, err)
	}
	got, err := KBest(m, 100)
	if err != nil || len(got) != 24 {
		t.Fatalf("constant 4×4: %d assignments, %v", len(got), err)
	}
	if !slices.Equal(got[0].RowCol, []int{0, 1, 2, 3}) {
		t.Errorf("constant matrix: first assignment %v, want the identity", got[0].RowCol)
	}
	inf := math.Inf(1)
	diag := mat.NewDense(3, 3, []float64{1, inf, inf, inf, 2, inf, inf, inf, 3})
	if got, err := KBest(diag, 5); err != nil || len(got) != 1 || got[0].Total != 6 {
		t.Errorf("one allowed assignment: %v, %v", got, err)
	}
	hall := mat.NewDense(3, 3, []float64{1, inf, inf, 2, inf, inf, 3, 4, 5})
	if _, err := KBest(hall, 2); err == nil {
		t.Errorf("infeasible: no error")
	} else if ie, ok := err.(*InfeasibleError); !ok || len(ie.Rows) <= len(ie.Cols) {
		t.Errorf("infeasible: %v", err)
	}
	tall := mat.NewDense(3, 2, []float64{inf, 1, inf, 2, inf, 3})
	if _, err := KBest(tall, 2); err == nil {
		t.Errorf("infeasible tall: no error")
	} else if ie, ok := err.(*InfeasibleError); !ok || !ie.Transposed {
		t.Errorf("infeasible tall: %v", err)
	}
	bad := mat.NewDense(2, 2, []float64{1, math.NaN(), 3, 4})
	if _, err := KBest(bad, 2); err == nil || !strings.Contains(err.Error(), "row 0, column 1") {
		t.Errorf("NaN: %v", err)
	}
	if _, err := KBest(nil, 2); err == nil {
		t.Errorf("nil matrix: no error")
	}
}

// TestKBestFloat ranks uniform random costs, where ties are absent and
// rounding matters: totals must not decrease beyond rounding and must equal
// enumeration's.
func TestKBestFloat(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for trial := range 20 {
		r, c := 2+rng.IntN(5), 2+rng.IntN(5)
		m := mat.NewDense(r, c, nil)
		for i := range r {
			for j := range c {
				m.Set(i, j, rng.Float64()*math.Pow(10, float64(rng.IntN(7)-3)))
			}
		}
		want := kbestEnumerate(m, false)
		got, err := KBest(m, 15)
		if err != nil {
			t.Fatal(err)
		}
		for k, res := range got {
			if d := math.Abs(res.Total - want[k].total); d > 1e-9*math.Abs(want[k].total) {
				t.Fatalf("trial %d: assignment %d costs %v, enumeration %v", trial, k, res.Total, want[k].total)
			}
		}
	}
}

// kbestEmpty is a matrix without rows or columns.
type kbestEmpty struct{ r, c int }

func (m kbestEmpty) Dims() (int, int)    { return m.r, m.c }
func (m kbestEmpty) At(i, j int) float64 { panic("kbestEmpty.At") }
func (m kbestEmpty) T() mat.Matrix       { return kbestEmpty{m.c, m.r} }

func FuzzKBest(f *testing.F) {
	f.Add(uint8(3), uint8(3), uint8(5), uint64(1), false)
	f.Add(uint8(2), uint8(4), uint8(3), uint64(2), true)
	f.Add(uint8(5), uint8(2), uint8(9), uint64(3), false)
	f.Fuzz(func(t *testing.T, r, c, k uint8, seed uint64, maximize bool) {
		rows, cols := int(r%6)+1, int(c%6)+1
		rng := rand.New(rand.NewPCG(seed, 11))
		m := kbestRandom(rng, rows, cols, 0.3, maximize)
		kbestCheck(t, "fuzz", m, maximize, rng)
	})
}

// TestKBestSecondBest checks medium sizes, beyond enumeration, against an
// independent oracle built from Solve alone: the second best assignment
// differs from the best in at least one pair, so its total is the least,
// over the best's pairs, of the optimum with that pair forbidden.
func TestKBestSecondBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	shapes := [][2]int{{30, 30}, {20, 35}, {35, 20}, {40, 40}}
	if testing.Short() {
		shapes = shapes[:3]
	}
	for _, sh := range shapes {
		for _, maximize := range []bool{false, true} {
			m := kbestRandom(rng, sh[0], sh[1], 0.3, maximize)
			for i := range sh[0] {
				for j := range sh[1] {
					if x := m.At(i, j); !math.IsInf(x, 0) {
						m.Set(i, j, x+rng.Float64()) // few ties
					}
				}
			}
			var opts []Option
			forbid := math.Inf(1)
			if maximize {
				opts = append(opts, Maximize())
				forbid = math.Inf(-1)
			}
			best, err := Solve(m, opts...)
			if err != nil {
				t.Fatal(err)
			}
			want, found := 0.0, false
			for i, j := range best.RowCol {
				if j < 0 {
					continue
				}
				sub := mat.DenseCopyOf(m)
				sub.Set(i, j, forbid)
				res, err := Solve(sub, opts...)
				if err != nil {
					continue // no assignment avoids this pair
				}
				if !found || (res.Total < want) != maximize {
					want, found = res.Total, true
				}
			}
			got, err := KBest(m, 2, opts...)
			if err != nil {
				t.Fatal(err)
			}
			if got[0].Total != best.Total {
				t.Fatalf("%v: first %v, Solve %v", sh, got[0].Total, best.Total)
			}
			if !found {
				if len(got) != 1 {
					t.Fatalf("%v: a second assignment where none exists", sh)
				}
				continue
			}
			if len(got) != 2 || math.Abs(got[1].Total-want) > 1e-9*math.Abs(want) {
				t.Fatalf("%v maximize=%v: second best %v, oracle %v", sh, maximize, got[1].Total, want)
			}
		}
	}
}

func TestKBestCancelled(t *testing.T) {
	m := kbestRandom(rand.New(rand.NewPCG(1, 1)), 30, 30, 0, false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := KBest(m, 5, WithContext(ctx)); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: %v", err)
	}
}

// kbestNaive is the textbook Murty ranking, kept as simple as possible to
// serve as a second algorithm: every child is solved at once with Solve on
// its own modified copy of the matrix (no bounds, no warm start, no ordering)
// and the queue is a sorted slice. It returns the k best totals.
func kbestNaive(c *mat.Dense, k int, maximize bool) []float64 {
	r, cols := c.Dims()
	forbid := math.Inf(1)
	var opts []Option
	if maximize {
		forbid = math.Inf(-1)
		opts = append(opts, Maximize())
	}
	better := func(a, b float64) bool { return a < b != maximize && a != b }
	type node struct {
		m   *mat.Dense
		res *Result
	}
	first, err := Solve(c, opts...)
	if err != nil {
		return nil
	}
	queue := []node{{c, first}}
	var totals []float64
	for len(queue) > 0 && len(totals) < k {
		best := 0
		for q := range queue {
			if better(queue[q].res.Total, queue[best].res.Total) {
				best = q
			}
		}
		nd := queue[best]
		queue = append(queue[:best], queue[best+1:]...)
		totals = append(totals, nd.res.Total)
		// Children: force the pairs before t, exclude pair t.
		forced := mat.DenseCopyOf(nd.m)
		for i := 0; i < r; i++ {
			j := nd.res.RowCol[i]
			if j < 0 {
				continue
			}
			child := mat.DenseCopyOf(forced)
			child.Set(i, j, forbid)
			if res, err := Solve(child, opts...); err == nil {
				queue = append(queue, node{child, res})
			}
			for jj := 0; jj < cols; jj++ {
				if jj != j {
					forced.Set(i, jj, forbid)
				}
			}
			for ii := 0; ii < r; ii++ {
				if ii != i {
					forced.Set(ii, j, forbid)
				}
			}
		}
	}
	return totals
}

// TestKBestAgainstNaiveMurty compares the totals of KBest with the
// textbook ranking on matrices too large to enumerate.
func TestKBestAgainstNaiveMurty(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	shapes := [][2]int{{12, 12}, {10, 14}, {14, 10}, {16, 16}}
	if testing.Short() {
		shapes = shapes[:3]
	}
	for _, sh := range shapes {
		for trial := range 3 {
			maximize := trial == 2
			m := kbestRandom(rng, sh[0], sh[1], []float64{0, 0.3, 0.5}[trial], maximize)
			want := kbestNaive(m, 25, maximize)
			var opts []Option
			if maximize {
				opts = append(opts, Maximize())
			}
			got, err := KBest(m, 25, opts...)
			if len(want) == 0 {
				if err == nil {
					t.Fatalf("%v/%d: infeasible for the naive ranking, not for KBest", sh, trial)
				}
				continue
			}
			if err != nil || len(got) != len(want) {
				t.Fatalf("%v/%d: %d assignments (%v), naive %d", sh, trial, len(got), err, len(want))
			}
			for k := range got {
				if got[k].Total != want[k] {
					t.Fatalf("%v/%d: assignment %d costs %v, naive ranking %v", sh, trial, k, got[k].Total, want[k])
				}
			}
		}
	}
}
