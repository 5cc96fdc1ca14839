package model

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mutasi-id/mutasi/solver"
)

// classRoster builds n officials and m posts drawn from a few kinds (eselon,
// priority, standard), so that many posts are identical: the case the class
// solve is for. Officials hold posts, some none; predicates and competency
// levels vary.
func classRoster(rng *rand.Rand, n, m int) *Roster {
	r := &Roster{}
	kinds := []struct {
		es   Eselon
		prio int
	}{{EselonIIIa, 5}, {EselonIIIa, 3}, {EselonIIIb, 3}, {EselonIVa, 2}, {EselonIVa, 4}}
	for j := range m {
		k := kinds[rng.IntN(len(kinds))]
		r.Positions = append(r.Positions, scorePost(fmt.Sprintf("P%03d", j), k.es, k.prio))
	}
	preds := []Predicate{SangatBaik, Baik, Baik, ButuhPerbaikan}
	for i := range n {
		pos := ""
		if i < m && rng.IntN(5) > 0 {
			pos = r.Positions[i].ID
		}
		r.Officials = append(r.Officials, scoreOfficial(i+1, fmt.Sprintf("Pejabat %d", i+1), pos,
			rng.IntN(72), preds[rng.IntN(len(preds))], uint8(1+rng.IntN(5))))
	}
	return r
}

// TestClassSolveMatchesDense solves rosters of few kinds of posts through
// classes under hand-made masks: plain ones (posts merge), masks that bar
// single pairs inside a class (the class must be found split and solved
// again), officials locked in or barred from their posts, and officials who
// cannot be released. The optimum must equal the dense solver's, and the
// class potentials must certify it for the full dense matrix.
func TestClassSolveMatchesDense(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	pol := scoreNoRules()
	merged, split := 0, 0
	for rep := range 60 {
		n, m := 4+rng.IntN(30), 3+rng.IntN(25)
		r := classRoster(rng, n, m)
		mask := newScoreMask()
		if rep%3 != 0 {
			for range rng.IntN(4) {
				mask.forbid(rng.IntN(n), rng.IntN(m), "R-DECISION")
			}
		}
		for i := range n {
			switch rng.IntN(10) {
			case 0:
				mask.status[i] = Locked
			case 1:
				mask.status[i] = MustLeave
			case 2:
				mask.noRelease[i] = true
			}
		}
		name := fmt.Sprintf("rep %d (%d×%d)", rep, n, m)
		sc := scoreBuild(t, r, mask, pol)
		want, derr := solver.Solve(sc.Cost)
		got, serr := sparseSolveWith(context.Background(), r, mask, &pol, SparseOptions{})
		if derr != nil {
			if serr == nil {
				t.Fatalf("%s: dense %v, through classes no error", name, derr)
			}
			continue
		}
		if serr != nil {
			t.Fatalf("%s: %v", name, serr)
		}
		if got.Classes == nil {
			t.Fatalf("%s: not solved through classes", name)
		}
		if math.Abs(got.Result.Total-want.Total) > 1e-9 {
			t.Fatalf("%s: total %.12g, dense %.12g", name, got.Result.Total, want.Total)
		}
		if err := solver.Verify(sc.Cost, got.Result); err != nil {
			t.Fatalf("%s: the class potentials do not certify the full matrix: %v", name, err)
		}
		if got.Classes.Classes < m {
			merged++
		}
		if len(mask.deny) > 0 {
			split++
		}
	}
	if merged == 0 || split == 0 {
		t.Fatalf("%d rosters merged posts, %d had barred pairs: the test exercises too little", merged, split)
	}
}

// TestPostClasses checks the partition: identical posts share a class,
// a post named by a decision is alone, classes are in key order.
func TestPostClasses(t *testing.T) {
	r := &Roster{Positions: []Position{
		scorePost("A", EselonIVa, 3), scorePost("B", EselonIIIa, 3), scorePost("C", EselonIVa, 3),
		scorePost("D", EselonIVa, 4), scorePost("E", EselonIVa, 3),
	}}
	r.Officials = []Official{scoreOfficial(1, "X", "A", 30, Baik, 3)}
	pol := scoreNoRules()
	sc := scorePrepare(r, newScoreMask(), &pol)
	single := []bool{false, false, false, false, true}
	cs := postClasses(r, sc, single)
	want := [][]int{{1}, {0, 2}, {4}, {3}}
	if fmt.Sprint(cs.posts) != fmt.Sprint(want) {
		t.Fatalf("classes %v, want %v", cs.posts, want)
	}
	for k, ps := range cs.posts {
		for _, j := range ps {
			if int(cs.of[j]) != k {
				t.Fatalf("post %d in class %d, of says %d", j, k, cs.of[j])
			}
		}
	}
}

// TestClassHolders checks which posts get a class of their own: the post of
// a holder who would rather move (long tenure) when every classmate would
// rather stay, in a class of two or of three; not when another post of the
// class is vacant, not for a holder who would rather stay.
func TestClassHolders(t *testing.T) {
	r := &Roster{Positions: []Position{
		scorePost("A", EselonIVa, 3), scorePost("B", EselonIVa, 3), // X moves, W stays
		scorePost("C", EselonIIIa, 2), scorePost("D", EselonIIIa, 2), // Y stays, D vacant
		scorePost("H", EselonIIIb, 3), scorePost("I", EselonIIIb, 3), // V moves, I vacant
		scorePost("E", EselonIVb, 4), scorePost("F", EselonIVb, 4), scorePost("G", EselonIVb, 4), // Z moves, U stays, G vacant
		scorePost("J", EselonIIIa, 4), scorePost("K", EselonIIIa, 4), scorePost("L", EselonIIIa, 4), // T moves, S and R stay
	}}
	r.Officials = []Official{
		scoreOfficial(1, "X", "A", 80, Baik, 3), // 80 months: staying is penalised
		scoreOfficial(2, "W", "B", 6, Baik, 3),  // 6 months: staying is rewarded
		scoreOfficial(3, "Y", "C", 6, Baik, 3),
		scoreOfficial(4, "V", "H", 80, Baik, 3),
		scoreOfficial(5, "Z", "E", 80, Baik, 3),
		scoreOfficial(6, "U", "F", 6, Baik, 3),
		scoreOfficial(7, "T", "J", 80, Baik, 3),
		scoreOfficial(8, "S", "K", 6, Baik, 3),
		scoreOfficial(9, "R", "L", 6, Baik, 3),
	}
	pol := scoreNoRules()
	sc := scorePrepare(r, newScoreMask(), &pol)
	if x, o := sc.postCost(0, 0), sc.postCost(0, 1); !(x > o) {
		t.Fatalf("fixture: X's own post costs %v, the other %v", x, o)
	}
	if w, o := sc.postCost(1, 1), sc.postCost(1, 0); !(w <= o) {
		t.Fatalf("fixture: W's own post costs %v, the other %v", w, o)
	}
	single := make([]bool, len(r.Positions))
	classHolders(sc, postClasses(r, sc, single), single)
	want := []bool{true, false, false, false, false, false, false, false, false, true, false, false}
	if fmt.Sprint(single) != fmt.Sprint(want) {
		t.Fatalf("singles %v, want %v", single, want)
	}
}
