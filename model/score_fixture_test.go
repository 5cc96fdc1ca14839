package model

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/solver"
)

// scoreDate is the plan date of the score's fixtures.
var scoreDate = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// scoreNIP builds a fictional NIP for a birth date and a sequence number.
func scoreNIP(birth time.Time, seq int) NIP {
	return NIP{
		Raw:       fmt.Sprintf("%s1995031%03d", birth.Format("20060102"), seq),
		Birth:     birth,
		Appointed: time.Date(1995, 3, 1, 0, 0, 0, 0, time.UTC),
		Gender:    Male,
		Seq:       seq,
	}
}

// scoreOfficial builds an official holding pos (empty: none) for the given
// months before scoreDate, with every competency at level comp (0: not
// assessed).
func scoreOfficial(seq int, name, pos string, months int, pred Predicate, comp uint8) Official {
	o := Official{
		NIP:         scoreNIP(time.Date(1975, 1, 10+seq%15, 0, 0, 0, 0, time.UTC), seq),
		Name:        name,
		Rank:        RankIVa,
		Position:    pos,
		Performance: Performance{Predicate: pred},
	}
	o.BirthDate = o.NIP.Birth
	if pos != "" {
		o.PositionSince = scoreDate.AddDate(0, -months, 0)
	}
	for k := range o.Competency {
		o.Competency[k] = comp
	}
	return o
}

// scorePost builds a post with the eselon's default standard and no
// technical one.
func scorePost(id string, e Eselon, prio int) Position {
	p := Position{ID: id, Name: "Kepala " + id, Unit: "Dinas " + id, Eselon: e, Priority: prio}
	for k := range TK {
		p.Required[k] = e.Level().DefaultRequired()
	}
	return p
}

// scoreMask is a hand-made source of eligibility for the tests: every pair
// allowed except those in deny, statuses and release as set.
type scoreMask struct {
	deny      map[[2]int]Verdict
	status    map[int]Status
	statusWhy map[int][]Verdict
	noRelease map[int]bool
	notes     map[int][]Verdict
}

func newScoreMask() *scoreMask {
	return &scoreMask{deny: map[[2]int]Verdict{}, status: map[int]Status{},
		statusWhy: map[int][]Verdict{}, noRelease: map[int]bool{}}
}

func (s *scoreMask) forbid(i, j int, rule string) {
	s.deny[[2]int{i, j}] = Verdict{Rule: rule, Reason: rawReason("test " + rule)}
}

func (s *scoreMask) Allowed(i, j int) bool {
	_, bad := s.deny[[2]int{i, j}]
	return !bad
}

func (s *scoreMask) Blocked(i, j int) []Verdict {
	if v, bad := s.deny[[2]int{i, j}]; bad {
		return []Verdict{v}
	}
	return nil
}

func (s *scoreMask) BlockedCodes(dst []string, i, j int) []string {
	if v, bad := s.deny[[2]int{i, j}]; bad {
		dst = append(dst, v.Rule)
	}
	return dst
}

func (s *scoreMask) Status(i int) (Status, []Verdict) { return s.status[i], s.statusWhy[i] }

func (s *scoreMask) CanRelease(i int) bool { return !s.noRelease[i] }

func (s *scoreMask) Checked() []string { return []string{"R-RANK", "R-DECISION"} }

func (s *scoreMask) Cause(int) Cause { return CauseNone }

func (s *scoreMask) RetiresOn(int) (time.Time, bool) { return time.Time{}, false }

func (s *scoreMask) Notes(i int) []Verdict { return s.notes[i] }

// scoreNoRules is a policy at scoreDate with the default weights but the
// family's (0: the fixtures know no job families, and their hand
// computations leave the neutral family term out; TestScoreFamily covers
// it) and every rule switched off, so that only the test's mask forbids
// pairs.
func scoreNoRules() Policy {
	w := DefaultWeights()
	w.Family = 0
	return Policy{Date: scoreDate, Weights: w,
		Rules: Rules{TenureMinMonths: 24, TenureMaxMonths: 60, HorizonMonths: 12}}
}

// scoreBuild scores a roster under a mask, failing the test on error.
func scoreBuild(t testing.TB, r *Roster, mask scoreRules, pol Policy) *Scores {
	t.Helper()
	sc, err := scoreWith(context.Background(), r, mask, &pol)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// scoreBruteMatrix finds a minimum-cost assignment of every row of a small
// cost matrix to distinct finite columns by exhaustive search; the first
// minimum in lexicographic order of columns wins. ok is false when no
// assignment exists. It returns a Result without duals.
func scoreBruteMatrix(sc *Scores) (res *solver.Result, ok bool) {
	n, cols := sc.Cost.Dims()
	best := math.Inf(1)
	var bestCols []int
	cur := make([]int, n)
	used := make([]bool, cols)
	var rec func(i int, total float64)
	rec = func(i int, total float64) {
		if i == n {
			if total < best-1e-12 {
				best = total
				bestCols = append(bestCols[:0], cur...)
			}
			return
		}
		for c := range cols {
			v := sc.Cost.At(i, c)
			if used[c] || math.IsInf(v, 1) {
				continue
			}
			used[c], cur[i] = true, c
			rec(i+1, total+v)
			used[c] = false
		}
	}
	rec(0, 0)
	if bestCols == nil {
		return nil, false
	}
	res = &solver.Result{RowCol: bestCols, ColRow: make([]int, cols), Total: best}
	for c := range res.ColRow {
		res.ColRow[c] = -1
	}
	for i, c := range bestCols {
		res.ColRow[c] = i
	}
	return res, true
}

// scoreBruteObjective finds the best plan by the model's own terms, not the
// matrix: every official takes an allowed post or is released (when
// allowed), each post at most once; objective = Σ Benefit − Σ VacancyCost of
// the posts left empty. It returns −Inf when no plan exists.
func scoreBruteObjective(sc *Scores) float64 {
	n, m := sc.Officials(), sc.Positions()
	taken := make([]bool, m)
	best := math.Inf(-1)
	var rec func(i int, sum float64)
	rec = func(i int, sum float64) {
		if i == n {
			v := sum
			for j := range m {
				if !taken[j] {
					v -= sc.VacancyCost(j)
				}
			}
			best = math.Max(best, v)
			return
		}
		if sc.Allowed(i, -1) {
			rec(i+1, sum+sc.Benefit(i, -1))
		}
		for j := range m {
			if !taken[j] && sc.Allowed(i, j) {
				taken[j] = true
				rec(i+1, sum+sc.Benefit(i, j))
				taken[j] = false
			}
		}
	}
	rec(0, 0)
	return best
}

// scoreRandomRoster builds a random roster of n officials and m posts with a
// random mask (about a fifth of the pairs forbidden, a few locked or
// must-leave officials), at scoreDate.
func scoreRandomRoster(rng *rand.Rand, n, m int) (*Roster, *scoreMask) {
	r := &Roster{}
	eselons := []Eselon{EselonIIb, EselonIIIa, EselonIIIb, EselonIVa}
	for j := range m {
		p := scorePost(fmt.Sprintf("P%02d", j), eselons[rng.IntN(len(eselons))], 1+rng.IntN(5))
		for k := range p.Required {
			if rng.IntN(3) == 0 {
				p.Required[k] = uint8(1 + rng.IntN(5))
			}
		}
		r.Positions = append(r.Positions, p)
	}
	holders := rng.Perm(n)
	for i := range n {
		pos := ""
		if h := holders[i]; h < m && rng.IntN(5) > 0 {
			pos = r.Positions[h].ID
		}
		o := scoreOfficial(i+1, fmt.Sprintf("Pejabat %d", i+1), pos, rng.IntN(90), Predicate(1+rng.IntN(5)), 0)
		if rng.IntN(4) > 0 {
			for k := range o.Competency {
				o.Competency[k] = uint8(1 + rng.IntN(5))
			}
		}
		if rng.IntN(2) == 0 {
			o.Potential, o.HasPotential = float64(rng.IntN(101)), true
		}
		o.TalentBox = uint8(rng.IntN(10))
		if pos == "" && rng.IntN(2) == 0 {
			o.Eselon = eselons[rng.IntN(len(eselons))]
		}
		r.Officials = append(r.Officials, o)
	}
	mask := newScoreMask()
	idx := r.PositionIndex()
	for i := range n {
		for j := range m {
			if rng.IntN(5) == 0 {
				mask.forbid(i, j, "R-RANK")
			}
		}
		cur, holds := idx[r.Officials[i].Position]
		switch k := rng.IntN(12); {
		case k == 0 && holds && mask.Allowed(i, cur):
			mask.status[i] = Locked
			mask.statusWhy[i] = []Verdict{{Rule: "R-TENURE-MIN", Reason: rawReason("test lock")}}
		case k == 1 && holds:
			mask.status[i] = MustLeave
			mask.statusWhy[i] = []Verdict{{Rule: "R-TENURE-MAX", Reason: rawReason("test must leave")}}
		case k == 2:
			mask.noRelease[i] = true
		}
	}
	return r, mask
}
