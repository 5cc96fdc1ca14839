package model

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

const scoreTol = 1e-9

// scoreRoster3 is the hand-computed 3×3 roster. Posts (default standard 3,
// Σ required 27): P1 III.a priority 5, P2 III.a priority 3, P3 III.b
// priority 1, so prio = 1, 0.6, 0.2.
//
//	A holds P1 for 70 months (overdue: pressure 1, continuity 0: tenure −1), Sangat Baik (perf 1), all 3 (JPM 1)
//	B holds P2 for 36 months (continuity 0.5 − 0.25·12/36 = 5/12: tenure 5/12), Baik (0.75), all 2 (JPM 2/3)
//	C holds P3 for 12 months (continuity 0.5: tenure 0.5), Butuh Perbaikan (0.5), all 3
//
// Default weights but family (1, 1, 1, 0.25, 0, 1, 1), b = perf·prio + fit
// + stay·(continuity − pressure):
//
//	      P1                    P2                       P3
//	A  1+1−1 = 1            0.6+1 = 1.6              0.2+1 = 1.2
//	B  0.75+2/3 = 1.41667   0.45+2/3+5/12 = 1.53333  0.15+2/3 = 0.81667
//	C  0.5+1 = 1.5          0.3+1 = 1.3              0.1+1+0.5 = 1.6
//
// Release costs: A 1.5/1.5 = 1, B 1.25/1.5 = 0.83333, C 1/1.5 = 0.66667;
// vacancy costs 1, 0.6, 0.2 (total 1.8). Any release also leaves a post
// vacant, so all are placed; of the six permutations the best is A→P2,
// B→P1, C stays in P3: 1.6 + 1.41667 + 1.6 = 4.61667 (next: A→P3, B
// stays, C→P1 4.23333; everyone staying 4.13333).
func scoreRoster3() *Roster {
	return &Roster{
		Positions: []Position{
			scorePost("P1", EselonIIIa, 5),
			scorePost("P2", EselonIIIa, 3),
			scorePost("P3", EselonIIIb, 1),
		},
		Officials: []Official{
			scoreOfficial(1, "Ahmad Contoh", "P1", 70, SangatBaik, 3),
			scoreOfficial(2, "Budi Contoh", "P2", 36, Baik, 2),
			scoreOfficial(3, "Citra Contoh", "P3", 12, ButuhPerbaikan, 3),
		},
	}
}

func TestScoreHand3x3Matrix(t *testing.T) {
	r := scoreRoster3()
	sc := scoreBuild(t, r, newScoreMask(), scoreNoRules())
	inf := math.Inf(1)
	want := [][]float64{
		// c_ij = −(b_ij + prio_j), then the release columns.
		{-(1 + 1), -(1.6 + 0.6), -(1.2 + 0.2), 1, inf, inf},
		{-(0.75 + 2.0/3 + 1), -(0.45 + 2.0/3 + 5.0/12 + 0.6), -(0.15 + 2.0/3 + 0.2), inf, 1.25 / 1.5, inf},
		{-(1.5 + 1), -(1.3 + 0.6), -(1.6 + 0.2), inf, inf, 1 / 1.5},
	}
	for i, row := range want {
		for j, w := range row {
			if got := sc.Cost.At(i, j); !(got == w || math.Abs(got-w) < scoreTol) {
				t.Errorf("Cost[%d][%d] = %v, want %v", i, j, got, w)
			}
		}
	}
	if math.Abs(sc.VacancyTotal-1.8) > scoreTol {
		t.Errorf("VacancyTotal = %v, want 1.8", sc.VacancyTotal)
	}
	res, ok := scoreBruteMatrix(sc)
	if !ok {
		t.Fatal("no assignment")
	}
	if got, want := res.RowCol, []int{1, 0, 2}; !equalInts(got, want) {
		t.Errorf("assignment %v, want %v", got, want)
	}
	if obj := -res.Total - sc.VacancyTotal; math.Abs(obj-(1.6+0.75+2.0/3+1.6)) > scoreTol {
		t.Errorf("objective %v, want 4.61667", obj)
	}
}

// equalInts reports whether two int slices are equal.
func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// scoreRoster45 is the hand-computed 4×5 roster. Posts: Q1 II.b priority 5
// (standard 4), Q2 III.a 4, Q3 III.a 2, Q4 III.b 3, Q5 IV.a 1 (standard 2):
// prio 1, 0.8, 0.4, 0.6, 0.2; vacancy total 3.
//
//	D holds Q2 64 months (overdue: tenure −1), Sangat Baik, all 4 (JPM 1 everywhere), box 9
//	E holds Q1 30 months (continuity 0.5 − 0.25·6/36 = 11/24: tenure 11/24), Kurang (0.25), all 3 (JPM 0.75 on Q1, 1 elsewhere)
//	F holds nothing, Baik with potential 60: perf 0.7·0.75+0.3·0.6 = 0.705, not assessed (fit 0.5)
//	G holds Q5 10 months (continuity 0.5: tenure 0.5), Sangat Kurang (0), all 2
//
// Mask: E may only stay in Q1 (no demotion), F not Q1, G only Q5.
// b_ij + vacancy_j (what filling j with i is worth):
//
//	     Q1               Q2              Q3            Q4            Q5            release
//	D  2.25+1 = 3.25    0.8+0.8 = 1.6   1.4+0.4       1.6+0.6=2.2   1.2+0.2       −1
//	E  1.45833+1        x               x             x             x             −0.5
//	F  x                1.064+0.8       0.782+0.4     0.923+0.6     0.641+0.2     0
//	G  x                x               x             x             1.5+0.2       −0.33333
//
// D in Q1 (promotion with the box-9 bonus 0.25) releases E: 3.25 − 0.5 +
// F→Q2 1.864 = 4.614; E stays: 2.45833 + D→Q4 2.2 + F→Q2 1.864 = 6.52233
// (D stays in Q2 + F→Q4 gives 1.6 + 1.523 = 3.123 < 4.064). G stays (1.7).
// Best: E stays Q1, D→Q4, F→Q2, G stays Q5, Q3 vacant: objective 1.45833 +
// 1.6 + 1.064 + 1.5 − 0.4 = 5.22233.
func scoreRoster45() (*Roster, *scoreMask) {
	r := &Roster{
		Positions: []Position{
			scorePost("Q1", EselonIIb, 5),
			scorePost("Q2", EselonIIIa, 4),
			scorePost("Q3", EselonIIIa, 2),
			scorePost("Q4", EselonIIIb, 3),
			scorePost("Q5", EselonIVa, 1),
		},
		Officials: []Official{
			scoreOfficial(4, "Dewi Contoh", "Q2", 64, SangatBaik, 4),
			scoreOfficial(5, "Eko Contoh", "Q1", 30, Kurang, 3),
			scoreOfficial(6, "Fajar Contoh", "", 0, Baik, 0),
			scoreOfficial(7, "Gita Contoh", "Q5", 10, SangatKurang, 2),
		},
	}
	r.Officials[0].TalentBox = 9
	r.Officials[2].Potential, r.Officials[2].HasPotential = 60, true
	mask := newScoreMask()
	for j := 1; j < 5; j++ {
		mask.forbid(1, j, "R-PROMOTION")
	}
	mask.forbid(2, 0, "R-RANK")
	for j := range 4 {
		mask.forbid(3, j, "R-RANK")
	}
	return r, mask
}

func TestScoreHand4x5(t *testing.T) {
	r, mask := scoreRoster45()
	sc := scoreBuild(t, r, mask, scoreNoRules())
	checks := []struct {
		i, j int
		b    float64
	}{
		{0, 0, 2.25}, {0, 1, 0.8 + 1 - 1}, {0, 3, 1.6},
		{1, 0, 0.25 + 0.75 + 11.0/24},
		{2, 1, 0.705*0.8 + 0.5}, {2, 3, 0.705*0.6 + 0.5},
		{3, 4, 1 + 0.5},
		{0, -1, -1}, {1, -1, -0.5}, {2, -1, 0}, {3, -1, -1.0 / 3},
	}
	for _, c := range checks {
		if got := sc.Benefit(c.i, c.j); math.Abs(got-c.b) > scoreTol {
			t.Errorf("Benefit(%d, %d) = %v, want %v", c.i, c.j, got, c.b)
		}
	}
	if !math.IsInf(sc.Cost.At(1, 1), 1) || !math.IsInf(sc.Cost.At(2, 0), 1) {
		t.Error("forbidden pairs are not +Inf")
	}
	res, ok := scoreBruteMatrix(sc)
	if !ok {
		t.Fatal("no assignment")
	}
	// D→Q4, E→Q1, F→Q2, G→Q5.
	if got, want := res.RowCol, []int{3, 0, 1, 4}; !equalInts(got, want) {
		t.Errorf("assignment %v, want %v", got, want)
	}
	want := 1.0 + 11.0/24 + 1.6 + 0.705*0.8 + 0.5 + 1.5 - 0.4
	if obj := -res.Total - sc.VacancyTotal; math.Abs(obj-want) > scoreTol {
		t.Errorf("objective %v, want %v", obj, want)
	}
	if got := scoreBruteObjective(sc); math.Abs(got-want) > scoreTol {
		t.Errorf("model brute force objective %v, want %v", got, want)
	}
}

// TestScoreMatrixMatchesModel checks the folding of vacancies into the post
// columns: the best assignment of the matrix and the best plan counted in
// the model's own terms (benefits, vacancies, releases) agree on random
// small rosters, including ones with more posts than officials and the
// reverse.
func TestScoreMatrixMatchesModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 4))
	cases := 300
	if testing.Short() {
		cases = 60
	}
	feasible := 0
	for c := range cases {
		n, m := 1+rng.IntN(4), 1+rng.IntN(5)
		r, mask := scoreRandomRoster(rng, n, m)
		sc := scoreBuild(t, r, mask, scoreNoRules())
		want := scoreBruteObjective(sc)
		res, ok := scoreBruteMatrix(sc)
		if !ok {
			if !math.IsInf(want, -1) {
				t.Fatalf("case %d: matrix infeasible but model plan %v exists", c, want)
			}
			continue
		}
		feasible++
		if got := -res.Total - sc.VacancyTotal; math.Abs(got-want) > 1e-9 {
			t.Fatalf("case %d (%d×%d): matrix objective %v, model objective %v", c, n, m, got, want)
		}
	}
	if feasible < cases/2 {
		t.Errorf("only %d of %d cases feasible: the test checks too little", feasible, cases)
	}
}

// TestScoreZeroWeightsNoNaN: every weight 0 (and a negative one) leaves
// forbidden pairs +Inf and everything else finite, never NaN.
func TestScoreZeroWeightsNoNaN(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, w := range []Weights{{}, {Performance: -1, Release: 0, Vacancy: 0}} {
		r, mask := scoreRandomRoster(rng, 12, 9)
		pol := scoreNoRules()
		pol.Weights = w
		sc := scoreBuild(t, r, mask, pol)
		rows, cols := sc.Cost.Dims()
		for i := range rows {
			for j := range cols {
				v := sc.Cost.At(i, j)
				if math.IsNaN(v) {
					t.Fatalf("weights %+v: NaN at (%d, %d)", w, i, j)
				}
				if allowed := sc.Allowed(i, j); allowed == math.IsInf(v, 1) {
					t.Fatalf("weights %+v: (%d, %d) allowed=%v but cost %v", w, i, j, allowed, v)
				}
			}
		}
	}
}

func TestScoreRejectsBadInput(t *testing.T) {
	r := scoreRoster3()
	pol := scoreNoRules()
	pol.Weights.Fit = math.NaN()
	if _, err := scoreWith(context.Background(), r, newScoreMask(), &pol); err == nil {
		t.Error("NaN weight accepted")
	}
	pol = scoreNoRules()
	if _, err := scoreWith(context.Background(), &Roster{}, newScoreMask(), &pol); err == nil {
		t.Error("empty roster accepted")
	}
	huge := &Roster{Officials: make([]Official, 40000), Positions: make([]Position, 1)}
	if _, err := scoreWith(context.Background(), huge, newScoreMask(), &pol); err == nil || !strings.Contains(err.Error(), "40000 × 40001") {
		t.Errorf("oversized matrix: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := scoreWith(ctx, r, newScoreMask(), &pol); err == nil {
		t.Error("cancelled context ignored")
	}
	if _, err := Score(context.Background(), r, nil, &pol); err == nil {
		t.Error("nil eligibility accepted")
	}
}

func TestScoreStatusAndRelease(t *testing.T) {
	r := scoreRoster3()
	mask := newScoreMask()
	mask.status[0] = Locked
	mask.status[1] = MustLeave
	mask.noRelease[2] = true
	sc := scoreBuild(t, r, mask, scoreNoRules())
	inf := math.Inf(1)
	for _, c := range []struct {
		i, j  int
		isInf bool
	}{
		{0, 0, false}, {0, 1, true}, {0, 2, true}, {0, 3, true}, // locked: only P1, no release
		{1, 1, true}, {1, 0, false}, {1, 4, false}, // must leave P2
		{2, 5, true}, {2, 2, false}, // no release
	} {
		if got := sc.Cost.At(c.i, c.j); (got == inf) != c.isInf {
			t.Errorf("Cost[%d][%d] = %v, want +Inf=%v", c.i, c.j, got, c.isInf)
		}
	}
}

func TestScoreComponentsSumToBenefit(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 1))
	r, mask := scoreRandomRoster(rng, 15, 12)
	sc := scoreBuild(t, r, mask, scoreNoRules())
	for i := range 15 {
		for j := -1; j < 12; j++ {
			sum := 0.0
			for _, v := range sc.Components(i, j) {
				sum += v
			}
			if b := sc.Benefit(i, j); math.Abs(sum-b) > scoreTol {
				t.Fatalf("(%d, %d): Σ components %v, benefit %v", i, j, sum, b)
			}
			if j >= 0 && sc.Allowed(i, j) {
				if c := sc.Cost.At(i, j); math.Abs(c+sc.Benefit(i, j)+sc.VacancyCost(j)) > scoreTol {
					t.Fatalf("(%d, %d): cost %v ≠ −(b + vacancy)", i, j, c)
				}
			}
		}
	}
}

// TestScoreFitTableMatchesJPM checks the per-pair fit, tabulated or not,
// against JPM itself.
func TestScoreFitTableMatchesJPM(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	r, mask := scoreRandomRoster(rng, 20, 300) // > maxProfiles distinct standards: per-pair path
	// The same standards five times over: too many for a table, few per
	// post, so postCosts computes each official's fit per standard.
	var many []Position
	for k := range 5 {
		for _, p := range r.Positions {
			p.ID = fmt.Sprintf("%s-%d", p.ID, k)
			many = append(many, p)
		}
	}
	for _, rr := range []*Roster{r, {Officials: r.Officials, Positions: r.Positions[:10]}, {Officials: r.Officials, Positions: many}} {
		sc := scoreBuild(t, rr, mask, scoreNoRules())
		for i := range rr.Officials {
			for j := range rr.Positions {
				want, ok := JPM(rr.Officials[i].Competency, rr.Positions[j].Required)
				if !ok {
					want = NeutralFit
				}
				if got, _ := sc.Fit(i, j); math.Abs(got-want) > scoreTol {
					t.Fatalf("fit(%d, %d) = %v, want %v (table %v)", i, j, got, want, sc.fitTab != nil)
				}
			}
			// The matrix row (postCosts, which inlines the fit) against
			// the benefit built from Fit: c_ij = −(b_ij + w_vacancy·prio_j).
			for j := range rr.Positions {
				c := sc.Cost.At(i, j)
				if math.IsInf(c, 1) {
					continue
				}
				want := -(sc.Benefit(i, j) + sc.w.Vacancy*sc.prio[j])
				if math.Abs(c-want) > scoreTol {
					t.Fatalf("cost(%d, %d) = %v, want %v (table %v)", i, j, c, want, sc.fitTab != nil)
				}
			}
		}
	}
}

func TestScorePieces(t *testing.T) {
	for _, c := range []struct {
		months int
		want   float64
	}{{0, 0}, {24, 0}, {42, 0.5}, {60, 1}, {200, 1}} {
		if got := tenureShare(c.months, 24, 60); math.Abs(got-c.want) > scoreTol {
			t.Errorf("tenureShare(%d) = %v, want %v", c.months, got, c.want)
		}
	}
	o := &Official{Performance: Performance{Predicate: Baik}}
	if got := OfficialPerformance(o); got != 0.75 {
		t.Errorf("perf Baik = %v", got)
	}
	o.Potential, o.HasPotential = 100, true
	if got := OfficialPerformance(o); math.Abs(got-(0.525+0.3)) > scoreTol {
		t.Errorf("perf Baik, potential 100 = %v", got)
	}
	for _, c := range []struct {
		a, b string
		want int
	}{{"2020-01-15", "2026-12-01", 82}, {"2026-12-01", "2026-12-01", 0}, {"2027-01-01", "2026-12-01", 0}, {"2024-11-30", "2026-12-01", 24}} {
		a, _ := time.Parse(time.DateOnly, c.a)
		b, _ := time.Parse(time.DateOnly, c.b)
		if got := scoreMonths(a, b); got != c.want {
			t.Errorf("scoreMonths(%s, %s) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// FuzzScore builds random small rosters and masks from the fuzzer's seed
// and weights and checks the matrix against the model's own terms: no NaN,
// +Inf exactly on forbidden pairs, and the best assignment of the matrix
// giving the best plan's objective (brute force on both sides).
func FuzzScore(f *testing.F) {
	f.Add(uint64(1), uint8(3), uint8(3), 1.0, 1.0, 1.0)
	f.Add(uint64(7), uint8(4), uint8(2), 0.0, 0.0, 0.0)
	f.Add(uint64(9), uint8(1), uint8(5), -2.0, 3.5, 0.25)
	f.Fuzz(func(t *testing.T, seed uint64, n, m uint8, wPerf, wTenure, wVac float64) {
		for _, w := range []float64{wPerf, wTenure, wVac} {
			if math.IsNaN(w) || math.Abs(w) > 1e6 {
				t.Skip()
			}
		}
		rng := rand.New(rand.NewPCG(seed, 5))
		r, mask := scoreRandomRoster(rng, 1+int(n%4), 1+int(m%5))
		pol := scoreNoRules()
		pol.Weights.Performance, pol.Weights.Tenure, pol.Weights.Vacancy = wPerf, wTenure, wVac
		sc := scoreBuild(t, r, mask, pol)
		rows, cols := sc.Cost.Dims()
		for i := range rows {
			for j := range cols {
				v := sc.Cost.At(i, j)
				if math.IsNaN(v) || math.IsInf(v, -1) {
					t.Fatalf("(%d, %d) = %v", i, j, v)
				}
				if sc.Allowed(i, j) == math.IsInf(v, 1) {
					t.Fatalf("(%d, %d) allowed=%v but cost %v", i, j, sc.Allowed(i, j), v)
				}
			}
		}
		want := scoreBruteObjective(sc)
		res, ok := scoreBruteMatrix(sc)
		if !ok {
			if !math.IsInf(want, -1) {
				t.Fatalf("matrix infeasible, model plan %v", want)
			}
			return
		}
		got := -res.Total - sc.VacancyTotal
		if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
			t.Fatalf("matrix objective %v, model %v", got, want)
		}
	})
}
