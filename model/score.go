package model

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/solver"
)

// NeutralFit is the competency fit given to an official who was never
// assessed: half a JPM point, so that a missing assessment neither wins a
// post nor rules the official out. The plan warns about it.
const NeutralFit = 0.5

// perfWeightPredicate is the share of the SKP predicate in perf_i when a
// potential is given; the rest is potential/100.
const perfWeightPredicate = 0.7

// continuityMax and continuityMin bound the continuity bonus of staying in
// the current post: continuityMax up to TenureMinMonths, falling linearly
// to continuityMin at TenureMaxMonths, then 0 (the post is overdue and the
// rotation pressure, 1, applies instead). Staying thus keeps a bonus
// through the whole 2-to-5-year window that the regulation allows
// (PP 11/2017 Pasal 190(3)): a holder in it moves for a better fit, a
// better use of their performance, their job family or an evaluation
// outcome worth more than a quarter to a half JPM point, never for the
// calendar alone; docs/score.md argues the values.
const (
	continuityMax = 0.5
	continuityMin = 0.25
)

// Components are the names of the weighted contributions to a move's score
// (Move.Components, Scores.Components).
const (
	CompPerformance = "performance"
	CompFit         = "fit"
	CompTenure      = "tenure"
	CompTalent      = "talent"
	CompFamily      = "family"
	CompRelease     = "release"
	// CompVacancy names the vacancy weight in weight flips (Explain); a
	// move has no vacancy component.
	CompVacancy = "vacancy"
)

// Scores is a roster turned into a cost matrix for the solver, with what the
// plan needs to explain it.
//
// The matrix has one row per official and m+n columns: columns 0..m−1 are
// the posts, column m+i is official i's release column (no post). For an
// allowed pair
//
//	Cost[i][j] = −(b_ij + w_vacancy·prio_j)
//
// (filling post j saves its vacancy cost), Cost[i][m+i] is i's release cost,
// and every forbidden pair, and every other official's release column, is
// +Inf. Then for any assignment of every row,
//
//	Objective = Σ benefits − Σ vacancy costs − Σ release costs = −Total − VacancyTotal.
type Scores struct {
	// Cost is the matrix to minimise: one row per official; one column per
	// post, then one release column per official.
	Cost *mat.Dense
	// VacancyTotal is Σ_j w_vacancy·prio_j, the cost of leaving every post
	// vacant: Objective = −Total − VacancyTotal.
	VacancyTotal float64

	r   *Roster
	el  scoreRules
	pol Policy
	w   Weights
	// Per official.
	perf       []float64 // perf_i in [0, 1]
	pressure   []float64 // rotation pressure: 1 when the post is overdue, else 0
	continuity []float64 // continuity bonus in [0, continuityMax]
	months     []int     // months in the current post, −1 unknown
	cur        []int     // index of the current post, −1 none in the roster
	level      []Level   // level held before the plan, 0 none
	assessed   []bool
	release    []float64 // weighted release cost (0 for candidates without a roster post)
	relCol     []float64 // the release column's cost: release plus the move penalty of a holder
	canRelease []bool
	// penalty is the policy's MovePenalty, added to every column but the
	// own post of a holder.
	penalty float64
	status  []Status
	// Per post.
	prio      []float64 // priority/5
	postLevel []Level
	den       []int // Σ required
	// postFam is each post's family as an index into the distinct family
	// keys of the posts; famKind says what each is (famUnknown,
	// famGeneralist or famSpecific). offFam lists, per official, the
	// indices of the post families the official belongs to, and offKnown
	// whether the official lists any family at all.
	postFam  []int32
	famKind  []uint8
	offFam   [][]int32
	offKnown []bool
	famRows  sync.Pool
	// Fit table: when the posts have few distinct standards, fitTab[i*nprof+prof[j]].
	// prof[j] indexes profiles, the distinct standards.
	prof     []int
	nprof    int
	profiles []Profile
	profDen  []int // Σ of each standard's managerial and socio-cultural levels
	fitTab   []float64
	// fitRows recycles the per-row fit buffers of postCosts when there is
	// no table.
	fitRows sync.Pool
	posIdx  map[string]int
	// classes, when not nil, is a partition of the posts into classes of
	// identical posts (classBuild): every post of a class but an
	// official's own costs that official the same. The tie stage reads a
	// row through it when the potentials are equal on every class.
	classes *classSet
	// classCosts is the class matrix of classes the class solve left, kept
	// so that the tie stage and the plan read a row without computing it;
	// nil after ReleaseClassCosts.
	classCosts *classMatrix
	// classRows recycles the per-row buffers of sparseRowCosts through
	// the classes.
	classRows sync.Pool
	// certified is the last result Canonical certified on every pair for
	// these scores: verifyResult need not read the pairs again.
	certified atomic.Pointer[solver.Result]
}

// maxCells bounds the dense matrix (2^30 cells, 8.6 GB) so that a roster
// far beyond a pooled province fails with a message instead of exhausting
// memory.
const maxCells = 1 << 30

// maxProfiles bounds the distinct competency standards for which the fit is
// tabulated per official (n × maxProfiles floats); beyond it JPM is computed
// per pair.
const maxProfiles = 256

// Score turns a roster, its eligibility and a policy into a cost matrix
// (see Scores for the layout). It works in parallel over blocks of rows,
// allocates nothing per pair and honours ctx between blocks. Its cost is
// O(n·(m+n)) time and memory for n officials and m posts.
func Score(ctx context.Context, r *Roster, el *Eligibility, pol *Policy) (*Scores, error) {
	if r == nil || el == nil || pol == nil {
		return nil, errors.New("model: Score needs a roster, its eligibility and a policy")
	}
	return scoreWith(ctx, r, el, pol)
}

// scoreRules is what the score asks of the rules of eligibility. It is
// *Eligibility in the product; tests give hand-made masks.
type scoreRules interface {
	Allowed(i, j int) bool
	Blocked(i, j int) []Verdict
	BlockedCodes(dst []string, i, j int) []string
	Status(i int) (Status, []Verdict)
	CanRelease(i int) bool
	// Checked lists the codes of the rules applied; Notes the findings on
	// an official that bar nothing but belong in the plan's warnings.
	Checked() []string
	Notes(i int) []Verdict
	// Cause says why an official may leave without a post; RetiresOn when
	// a holder who stays retires within the horizon.
	Cause(i int) Cause
	RetiresOn(i int) (time.Time, bool)
}

// scoreBegin is the common start of Score and SolveSparse (named by who in
// the error): a nil ctx means context.Background, the weights must be
// valid and the roster must have officials.
func scoreBegin(ctx context.Context, r *Roster, pol *Policy, who string) (context.Context, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := scoreCheckWeights(pol.Weights); err != nil {
		return nil, err
	}
	if p := pol.MovePenalty; !(p >= 0) || math.IsInf(p, 1) {
		return nil, fmt.Errorf("model: %s: the move penalty %v is not a finite number of 0 or more", who, p)
	}
	if len(r.Officials) == 0 {
		return nil, fmt.Errorf("model: %s: the roster has no officials", who)
	}
	return ctx, nil
}

// scoreWith is Score on any source of eligibility.
func scoreWith(ctx context.Context, r *Roster, el scoreRules, pol *Policy) (*Scores, error) {
	ctx, err := scoreBegin(ctx, r, pol, "Score")
	if err != nil {
		return nil, err
	}
	n, m := len(r.Officials), len(r.Positions)
	if cells := float64(n) * float64(m+n); cells > maxCells {
		return nil, fmt.Errorf("model: Score: %d officials and %d posts need a dense %d × %d cost matrix (%.1f GB), more than the %.0f GB this build allows",
			n, m, n, m+n, cells*8/1e9, maxCells*8/1e9)
	}
	sc := scorePrepare(r, el, pol)
	sc.Cost = mat.NewDense(n, m+n, nil)

	infRow := make([]float64, max(n, m))
	for k := range infRow {
		infRow[k] = math.Inf(1)
	}
	err = parallelRows(ctx, n, func() func(i int) {
		return func(i int) { sc.fillRow(i, infRow) }
	})
	if err != nil {
		return nil, fmt.Errorf("model: Score: %w", err)
	}
	return sc, nil
}

// parallelRows calls a row function for every row 0..n-1 on GOMAXPROCS
// workers, each taking the next block of 64 rows, and returns ctx's error if
// ctx ends before every block was taken (the rows already started finish).
// newWorker is called once per worker, so that each worker may own its
// buffers.
func parallelRows(ctx context.Context, n int, newWorker func() func(i int)) error {
	const block = 64
	var next atomic.Int64
	var g errgroup.Group
	for range min(runtime.GOMAXPROCS(0), n) {
		row := newWorker()
		g.Go(func() error {
			for {
				lo := int(next.Add(block)) - block
				if lo >= n {
					return nil
				}
				if err := ctx.Err(); err != nil {
					return err
				}
				for i := lo; i < min(lo+block, n); i++ {
					row(i)
				}
			}
		})
	}
	return g.Wait()
}

// scoreCheckWeights rejects weights that would make the matrix meaningless.
// Negative weights are allowed (a region may reward what the defaults
// penalise) but NaN and infinities are not.
func scoreCheckWeights(w Weights) error {
	for _, kv := range []struct {
		name string
		v    float64
	}{{"performance", w.Performance}, {"fit", w.Fit}, {"tenure", w.Tenure},
		{"talent", w.Talent}, {"family", w.Family}, {"vacancy", w.Vacancy}, {"release", w.Release}} {
		if math.IsNaN(kv.v) || math.IsInf(kv.v, 0) {
			return fmt.Errorf("model: Score: weight %s = %v is not a finite number", kv.name, kv.v)
		}
	}
	return nil
}

// scorePrepare computes everything per official and per post, so that the
// per-pair loop only multiplies and adds.
func scorePrepare(r *Roster, el scoreRules, pol *Policy) *Scores {
	n, m := len(r.Officials), len(r.Positions)
	sc := &Scores{
		r: r, el: el, pol: *pol, w: pol.Weights,
		perf: make([]float64, n), pressure: make([]float64, n), continuity: make([]float64, n),
		months: make([]int, n), cur: make([]int, n), level: make([]Level, n),
		assessed: make([]bool, n), release: make([]float64, n), relCol: make([]float64, n), canRelease: make([]bool, n),
		penalty: pol.MovePenalty,
		status:  make([]Status, n),
		prio:    make([]float64, m), postLevel: make([]Level, m), den: make([]int, m), prof: make([]int, m),
		posIdx: r.PositionIndex(),
	}
	lo, hi := scoreTenureBounds(pol.Rules)
	for j := range r.Positions {
		p := &r.Positions[j]
		sc.prio[j] = float64(p.Priority) / 5
		sc.postLevel[j] = p.Eselon.Level()
		sc.VacancyTotal += sc.w.Vacancy * sc.prio[j]
		for _, v := range p.Required {
			sc.den[j] += int(v)
		}
	}
	// Distinct standards: most rosters use the eselon defaults.
	profiles := map[Profile]int{}
	var order []Profile
	for j := range r.Positions {
		req := r.Positions[j].Required
		k, ok := profiles[req]
		if !ok {
			k = len(order)
			profiles[req] = k
			order = append(order, req)
		}
		sc.prof[j] = k
	}
	sc.nprof, sc.profiles = len(order), order
	sc.profDen = make([]int, len(order))
	for k := range order {
		for _, v := range order[k][:TK] {
			sc.profDen[k] += int(v)
		}
	}
	sc.prepareFamilies()
	if len(order) <= maxProfiles {
		sc.fitTab = make([]float64, n*sc.nprof)
	}
	for i := range r.Officials {
		o := &r.Officials[i]
		sc.perf[i] = OfficialPerformance(o)
		sc.cur[i] = -1
		if j, ok := sc.posIdx[o.Position]; ok && o.Position != "" {
			sc.cur[i] = j
		}
		sc.level[i] = r.CurrentLevel(i, sc.posIdx)
		sc.months[i] = -1
		if sc.cur[i] >= 0 && !o.PositionSince.IsZero() {
			mo := scoreMonths(o.PositionSince, pol.Date)
			sc.months[i] = mo
			sc.continuity[i] = Continuity(mo, lo, hi)
			if mo >= hi {
				sc.pressure[i] = 1
			}
		}
		for _, v := range o.Competency[:TK] {
			if v != 0 {
				sc.assessed[i] = true
			}
		}
		st, _ := el.Status(i)
		sc.status[i] = st
		sc.canRelease[i] = el.CanRelease(i) && !(st == Locked && sc.cur[i] >= 0)
		// A retiree leaves at no cost: retirement is not the optimiser's
		// choice (their only column) nor a release. Their leaving still
		// counts as a move of a holder, so it bears the move penalty like
		// every other column but the own post (the move budget's bound
		// rests on that).
		if sc.cur[i] >= 0 {
			if el.Cause(i) != CauseRetirement {
				sc.release[i] = sc.w.Release * (0.5 + sc.perf[i]) / 1.5
			}
			sc.relCol[i] = sc.release[i] + sc.penalty
		}
		if sc.fitTab != nil {
			sc.fitRowOf(i, sc.fitTab[i*sc.nprof:(i+1)*sc.nprof])
		}
	}
	return sc
}

// The kinds of a post family (Scores.famKind).
const (
	famUnknown uint8 = iota
	famGeneralist
	famSpecific
)

// prepareFamilies indexes the posts' families and, per official, the ones
// they belong to, so that the family component of a pair is a look-up.
func (sc *Scores) prepareFamilies() {
	r := sc.r
	ids := map[string]int32{}
	sc.postFam = make([]int32, len(r.Positions))
	for j := range r.Positions {
		k := FamilyKey(r.Positions[j].Family)
		id, ok := ids[k]
		if !ok {
			id = int32(len(sc.famKind))
			ids[k] = id
			kind := famSpecific
			switch k {
			case "":
				kind = famUnknown
			case FamilyGeneralist:
				kind = famGeneralist
			}
			sc.famKind = append(sc.famKind, kind)
		}
		sc.postFam[j] = id
	}
	sc.offFam = make([][]int32, len(r.Officials))
	sc.offKnown = make([]bool, len(r.Officials))
	for i := range r.Officials {
		for _, f := range r.Officials[i].Families {
			k := FamilyKey(f)
			if k == "" {
				continue
			}
			sc.offKnown[i] = true
			if id, ok := ids[k]; ok && sc.famKind[id] != famUnknown {
				sc.offFam[i] = append(sc.offFam[i], id)
			}
		}
	}
}

// family returns the family component of official i in a post of family f
// (an index of famKind): FamilyFit without comparing strings.
func (sc *Scores) family(i int, f int32) float64 {
	if sc.famKind[f] == famUnknown || !sc.offKnown[i] {
		return FamilyNeutral
	}
	for _, g := range sc.offFam[i] {
		if g == f {
			return FamilyMatch
		}
	}
	if sc.famKind[f] == famGeneralist {
		return FamilyNeutral
	}
	return FamilyOther
}

// familyRow fills row (one entry per post family) with official i's family
// component in each.
func (sc *Scores) familyRow(i int, row []float64) {
	for f := range row {
		row[f] = sc.family(i, int32(f))
	}
}

// fitRowOf fills row (one entry per standard, sc.profiles) with official
// i's fit to each: fitOf's numbers, bit for bit, summed without a branch
// per competency (a large part of a row's cost on a pooled roster:
// bench/README.md).
func (sc *Scores) fitRowOf(i int, row []float64) {
	if !sc.assessed[i] {
		for k := range row {
			row[k] = NeutralFit
		}
		return
	}
	a := &sc.r.Officials[i].Competency
	for k := range sc.profiles {
		q := &sc.profiles[k]
		num, den := 0, sc.profDen[k]
		for c := range TK {
			num += int(min(a[c], q[c]))
		}
		if a[TK] != 0 && q[TK] != 0 {
			num += int(min(a[TK], q[TK]))
			den += int(q[TK])
		}
		if den == 0 {
			row[k] = NeutralFit
		} else {
			row[k] = float64(num) / float64(den)
		}
	}
}

// fitOf is the fit component of official i against a standard: the JPM, or
// NeutralFit when i was not assessed or the standard is empty.
func (sc *Scores) fitOf(i int, req Profile) float64 {
	if !sc.assessed[i] {
		return NeutralFit
	}
	v, ok := JPM(sc.r.Officials[i].Competency, req)
	if !ok {
		return NeutralFit
	}
	return v
}

// fit returns fit_ij.
func (sc *Scores) fit(i, j int) float64 {
	if sc.fitTab != nil {
		return sc.fitTab[i*sc.nprof+sc.prof[j]]
	}
	return sc.fitOf(i, sc.r.Positions[j].Required)
}

// talent returns talent_ij: 1 when the move matches official i's 9-box
// recommendation (PermenPANRB 3/2020): boxes 4, 7 and 8 and another post
// than the current one; box 9 and a promotion.
func (sc *Scores) talent(i, j int) float64 {
	switch sc.r.Officials[i].TalentBox {
	case 4, 7, 8:
		if j != sc.cur[i] {
			return 1
		}
	case 9:
		if sc.level[i] != 0 && j != sc.cur[i] && sc.r.Positions[j].Eselon.Level() < sc.level[i] {
			return 1
		}
	}
	return 0
}

// allowed reports whether the matrix lets official i take post j: the
// rules' verdict, narrowed by the official's status.
func (sc *Scores) allowed(i, j int) bool {
	switch sc.status[i] {
	case Locked:
		if j != sc.cur[i] {
			return false
		}
	case MustLeave:
		if j == sc.cur[i] {
			return false
		}
	}
	return sc.el.Allowed(i, j)
}

// fillRow writes row i of the matrix: the post columns (postCosts), then
// the release columns. It allocates nothing.
func (sc *Scores) fillRow(i int, infRow []float64) {
	m := len(sc.prio)
	row := sc.Cost.RawRowView(i)
	copy(row[m:], infRow)
	if sc.canRelease[i] {
		row[m+i] = sc.relCol[i]
	}
	sc.postCosts(i, row[:m])
}

// postCosts writes official i's costs in the m posts into row (+Inf for a
// forbidden pair): the arithmetic the dense matrix and the sparse path
// share. It allocates nothing; the pair loop folds the row's constants first
// (rowTerms) so that each pair costs a mask test, a table look-up and two
// multiply-adds. The current post, the only pair with a tenure term, is
// rewritten afterwards from Benefit.
func (sc *Scores) postCosts(i int, row []float64) {
	m := len(sc.prio)
	row = row[:m]
	inf := math.Inf(1)
	cur := sc.cur[i]
	el := sc.el
	if sc.status[i] == Locked {
		for j := range row {
			row[j] = inf
		}
		if cur >= 0 && el.Allowed(i, cur) {
			row[cur] = sc.stayCost(i)
		}
		return
	}
	t := sc.rowTerms(i)
	defer t.release()
	// rowTerms.benefit by hand: the call is not inlined.
	w := sc.w
	a, fitRow, famRow, rot, prom, lvl := t.a, t.fitRow, t.famRow, t.talent, t.prom, t.lvl
	prio, prof, levels, fams := sc.prio[:m], sc.prof[:m], sc.postLevel[:m], sc.postFam[:m]
	for j := range m {
		if !el.Allowed(i, j) {
			row[j] = inf
			continue
		}
		var f float64
		if fitRow != nil {
			f = fitRow[prof[j]]
		} else {
			f = sc.fit(i, j)
		}
		c := a*prio[j] + w.Fit*f + famRow[fams[j]]
		if rot || prom && levels[j] < lvl {
			c += w.Talent
		}
		row[j] = -c
	}
	if cur >= 0 && !math.IsInf(row[cur], 1) {
		if sc.status[i] == MustLeave {
			row[cur] = inf
		} else {
			row[cur] = sc.stayCost(i)
		}
	}
	if p := sc.penalty; p != 0 && cur >= 0 {
		for j, c := range row {
			if j != cur && c != inf {
				row[j] = c + p
			}
		}
	}
}

// postCostsAt writes official i's costs in the posts cols into out, one
// each: postCosts's numbers, bit for bit, for those posts alone (a post of
// each class of identical posts, classBuild).
func (sc *Scores) postCostsAt(i int, cols []int32, out []float64) {
	out = out[:len(cols)]
	inf := math.Inf(1)
	cur := sc.cur[i]
	el := sc.el
	if sc.status[i] == Locked {
		for k, j := range cols {
			out[k] = inf
			if int(j) == cur && el.Allowed(i, cur) {
				out[k] = sc.stayCost(i)
			}
		}
		return
	}
	t := sc.rowTerms(i)
	defer t.release()
	p := sc.penalty
	if cur < 0 {
		p = 0
	}
	for k, j := range cols {
		switch {
		case !el.Allowed(i, int(j)):
			out[k] = inf
		case int(j) == cur && sc.status[i] == MustLeave:
			out[k] = inf
		case int(j) == cur:
			out[k] = sc.stayCost(i)
		case p != 0:
			out[k] = -t.benefit(int(j)) + p
		default:
			out[k] = -t.benefit(int(j))
		}
	}
}

// stayCost is the cost of official i staying in their current post.
func (sc *Scores) stayCost(i int) float64 {
	cur := sc.cur[i]
	return -(sc.Benefit(i, cur) + sc.w.Vacancy*sc.prio[cur])
}

// rowTerms holds what official i's costs in the posts other than their own
// share: postCosts's constants of the row.
type rowTerms struct {
	sc     *Scores
	a      float64 // w_performance·perf_i + w_vacancy
	i      int
	lvl    Level
	talent bool // the talent term applies to every post
	prom   bool // it applies to posts above the official's level
	fitRow []float64
	fitBuf *[]float64
	famRow []float64
	famBuf *[]float64
}

// rowTerms computes official i's row constants; release returns their
// buffers.
func (sc *Scores) rowTerms(i int) rowTerms {
	w := sc.w
	m := len(sc.prio)
	box := sc.r.Officials[i].TalentBox
	t := rowTerms{sc: sc, i: i, a: w.Performance*sc.perf[i] + w.Vacancy, lvl: sc.level[i],
		talent: box == 4 || box == 7 || box == 8}
	t.prom = box == 9 && t.lvl != 0
	switch {
	case sc.fitTab != nil:
		t.fitRow = sc.fitTab[i*sc.nprof : (i+1)*sc.nprof]
	case 4*sc.nprof < m:
		// Too many standards for a table of all officials, yet few per
		// post: 40,000 posts have about 3,000. The fit of this official
		// to each standard once is a tenth of the work of one per post.
		buf, _ := sc.fitRows.Get().(*[]float64)
		if buf == nil {
			b := make([]float64, sc.nprof)
			buf = &b
		}
		t.fitBuf, t.fitRow = buf, *buf
		sc.fitRowOf(i, t.fitRow)
	}
	famBuf, _ := sc.famRows.Get().(*[]float64)
	if famBuf == nil {
		b := make([]float64, len(sc.famKind))
		famBuf = &b
	}
	t.famBuf, t.famRow = famBuf, *famBuf
	sc.familyRow(i, t.famRow)
	for f := range t.famRow {
		t.famRow[f] *= w.Family
	}
	return t
}

func (t *rowTerms) release() {
	if t.fitBuf != nil {
		t.sc.fitRows.Put(t.fitBuf)
	}
	t.sc.famRows.Put(t.famBuf)
}

// benefit is official i's benefit in post j, another than their own, plus
// the vacancy it saves: minus the cost before the move penalty.
func (t *rowTerms) benefit(j int) float64 {
	sc := t.sc
	w := &sc.w
	var f float64
	if t.fitRow != nil {
		f = t.fitRow[sc.prof[j]]
	} else {
		f = sc.fit(t.i, j)
	}
	c := t.a*sc.prio[j] + w.Fit*f + t.famRow[sc.postFam[j]]
	if t.talent || t.prom && sc.postLevel[j] < t.lvl {
		c += w.Talent
	}
	return c
}

// postCost is postCosts for one post, with the same arithmetic, bit for bit.
func (sc *Scores) postCost(i, j int) float64 {
	inf := math.Inf(1)
	w := sc.w
	cur, lvl := sc.cur[i], sc.level[i]
	if !sc.el.Allowed(i, j) || sc.status[i] == Locked && j != cur {
		return inf
	}
	if j == cur {
		if sc.status[i] == MustLeave {
			return inf
		}
		return -(sc.Benefit(i, cur) + w.Vacancy*sc.prio[cur])
	}
	box := sc.r.Officials[i].TalentBox
	c := (w.Performance*sc.perf[i]+w.Vacancy)*sc.prio[j] + w.Fit*sc.fit(i, j) + w.Family*sc.family(i, sc.postFam[j])
	if box == 4 || box == 7 || box == 8 || box == 9 && lvl != 0 && sc.postLevel[j] < lvl {
		c += w.Talent
	}
	if sc.penalty != 0 && cur >= 0 {
		return -c + sc.penalty
	}
	return -c
}

// ReleaseClassCosts drops the class matrix the sparse path's class solve
// kept for the tie stage and the plan (officials × classes costs): rows
// are computed again from the classes when needed. Call it once the plan
// is built, when the scores are kept for later (another plan's warm start,
// explanations).
func (sc *Scores) ReleaseClassCosts() { sc.classCosts = nil }

// Officials returns the number of officials (rows).
func (sc *Scores) Officials() int { return len(sc.perf) }

// Positions returns the number of posts (the first columns).
func (sc *Scores) Positions() int { return len(sc.prio) }

// Allowed reports whether the matrix lets official i take column j: a post
// (j < m) or i's own release column (j == m+i, or j < 0 for release).
func (sc *Scores) Allowed(i, j int) bool {
	m := len(sc.prio)
	if j < 0 || j == m+i {
		return sc.canRelease[i]
	}
	if j >= m {
		return false
	}
	return sc.allowed(i, j)
}

// Performance returns perf_i in [0, 1].
func (sc *Scores) Performance(i int) float64 { return sc.perf[i] }

// Priority returns prio_j = priority/5.
func (sc *Scores) Priority(j int) float64 { return sc.prio[j] }

// Months returns the whole months official i has held the current post at
// the plan date, or −1 when unknown or when i holds no post of the roster.
func (sc *Scores) Months(i int) int { return sc.months[i] }

// Current returns the index of official i's current post, or −1.
func (sc *Scores) Current(i int) int { return sc.cur[i] }

// Assessed reports whether official i has any assessed competency.
func (sc *Scores) Assessed(i int) bool { return sc.assessed[i] }

// Fit returns the fit component of official i in post j (JPM or NeutralFit)
// and whether it is a real JPM.
func (sc *Scores) Fit(i, j int) (float64, bool) {
	f := sc.fit(i, j)
	return f, sc.assessed[i] && sc.den[j] > 0
}

// VacancyCost returns w_vacancy·prio_j, the cost of leaving post j vacant.
func (sc *Scores) VacancyCost(j int) float64 { return sc.w.Vacancy * sc.prio[j] }

// ReleaseCost returns the cost of leaving official i without a post:
// w_release·(0.5+perf_i)/1.5 for a holder of a roster post, 0 for a
// candidate without one.
func (sc *Scores) ReleaseCost(i int) float64 { return sc.release[i] }

// Policy returns the policy the matrix was built with.
func (sc *Scores) Policy() Policy { return sc.pol }

// Components returns the weighted contributions to official i's score in
// column j: performance, fit, tenure, talent and family for a post (j < m); release
// (minus the release cost) for j < 0 or j ≥ m. Their sum is Benefit(i, j).
// It is computed on demand, whether or not the pair is allowed.
func (sc *Scores) Components(i, j int) map[string]float64 {
	if j < 0 || j >= len(sc.prio) {
		return map[string]float64{CompRelease: -sc.release[i]}
	}
	u := sc.unweighted(i, j)
	return map[string]float64{
		CompPerformance: sc.w.Performance * u[0],
		CompFit:         sc.w.Fit * u[1],
		CompTenure:      sc.w.Tenure * u[2],
		CompTalent:      sc.w.Talent * u[3],
		CompFamily:      sc.w.Family * u[4],
	}
}

// unweighted returns the components of official i in post j before
// weighting: perf·prio, fit, tenure (continuity − pressure when staying, else
// 0), talent and family.
func (sc *Scores) unweighted(i, j int) [5]float64 {
	var t float64
	if j == sc.cur[i] {
		t = sc.continuity[i] - sc.pressure[i]
	}
	return [5]float64{sc.perf[i] * sc.prio[j], sc.fit(i, j), t, sc.talent(i, j), sc.family(i, sc.postFam[j])}
}

// Benefit returns b_ij, official i's score in post j, or minus the release
// cost for j < 0 or j ≥ m. It is the sum of Components(i, j).
func (sc *Scores) Benefit(i, j int) float64 {
	if j < 0 || j >= len(sc.prio) {
		return -sc.release[i]
	}
	u := sc.unweighted(i, j)
	w := sc.w
	return w.Performance*u[0] + w.Fit*u[1] + w.Tenure*u[2] + w.Talent*u[3] + w.Family*u[4]
}

// OfficialPerformance returns perf_i in [0, 1]: the SKP predicate's value
// (Predicate.Value; an old 0–100 score counts through the predicate of its
// band, so that rosters mixing scores and predicates compare), blended 70/30
// with potential/100 when a potential is given.
func OfficialPerformance(o *Official) float64 {
	v := o.Performance.Predicate.Value()
	if o.HasPotential {
		p := math.Min(math.Max(o.Potential/100, 0), 1)
		v = perfWeightPredicate*v + (1-perfWeightPredicate)*p
	}
	return v
}

// Continuity returns the continuity bonus of staying after months in the
// same post: continuityMax (0.5) up to lo months, falling linearly to
// continuityMin (0.25) at hi months, and 0 from hi on, where the post is
// overdue (24 and 60 by default).
func Continuity(months, lo, hi int) float64 {
	if months >= hi {
		return 0
	}
	return continuityMax - (continuityMax-continuityMin)*tenureShare(months, lo, hi)
}

// tenureShare returns how far months in the same post are through the
// window: 0 up to lo months, rising linearly to 1 at hi months (24 and 60
// by default: the 2-to-5-year window of PP 11/2017 Pasal 190(3)).
func tenureShare(months, lo, hi int) float64 {
	if hi <= lo {
		if months >= hi {
			return 1
		}
		return 0
	}
	return math.Min(math.Max(float64(months-lo)/float64(hi-lo), 0), 1)
}

// scoreTenureBounds returns the window of the continuity's decline: from
// TenureMinMonths (0 is "no minimum", as for the rules) to TenureMaxMonths
// (60 when unset, and always above the minimum).
func scoreTenureBounds(r Rules) (lo, hi int) {
	// A minimum of 0 months is a real setting (tenure_min_months = 0: no
	// minimum), so only a negative one is replaced; the maximum must stay
	// above the minimum for the continuity's ramp to be defined.
	lo, hi = max(r.TenureMinMonths, 0), r.TenureMaxMonths
	if hi <= 0 {
		hi = 60
	}
	if hi <= lo {
		hi = lo + 1
	}
	return lo, hi
}

// scoreMonths returns the whole months from a to b as the rules count them
// (MonthsBetween), 0 when b is before a.
func scoreMonths(a, b time.Time) int {
	return max(MonthsBetween(a, b), 0)
}
