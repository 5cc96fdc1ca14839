package model

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/mutasi-id/mutasi/solver"
)

// planAlternatives is how many alternatives each move lists.
const planAlternatives = 3

// NewPlan turns the solver's optimal assignment of sc.Cost back into moves
// with reasons: one move per official, sorted by NIP, and the posts left
// vacant. The plan is marked Optimal only when solver.Verify accepts res's
// dual certificate for sc.Cost. It fails when res does not assign every
// official to an allowed column of sc.Cost.
func NewPlan(r *Roster, el *Eligibility, sc *Scores, res *solver.Result) (*Plan, error) {
	return NewPlanWith(r, el, sc, res, PlanOptions{})
}

// PlanOptions tunes NewPlanWith.
type PlanOptions struct {
	// Brief leaves out what only a reader of the plan needs: each move's
	// reasons, warnings and alternatives, and each vacant post's reason
	// and acting candidates. The moves, their types, scores and
	// components, the summary and the objective are those of the full
	// plan. A sweep's or a re-solve's plans are brief: they are compared,
	// not printed.
	Brief bool
	// NoAlternatives leaves out each move's alternatives only: a ranked
	// next-best plan's duals prove its own Murty subproblem, not the
	// alternatives of its moves, so they are not shown (NextPlans).
	NoAlternatives bool
}

// NewPlanWith is NewPlan with options.
func NewPlanWith(r *Roster, el *Eligibility, sc *Scores, res *solver.Result, opt PlanOptions) (*Plan, error) {
	if r == nil || sc == nil || res == nil {
		return nil, errors.New("model: NewPlan needs a roster, its scores and a result")
	}
	if sc.r != r {
		return nil, errors.New("model: NewPlan: the scores were built for another roster")
	}
	if el != nil && sc.el != scoreRules(el) {
		return nil, errors.New("model: NewPlan: the scores were built with another eligibility")
	}
	pc, err := newPlanContext(r, sc, res)
	if err != nil {
		return nil, err
	}
	pc.brief, pc.noAlts = opt.Brief, opt.NoAlternatives
	n, m := sc.Officials(), sc.Positions()

	pl := &Plan{Date: sc.pol.Date, Optimal: sc.verifyResult(res) == nil,
		Approval: ApprovalAt(sc.pol.Date, sc.pol.Calendar), Upcoming: []UpcomingVacancy{}}
	pl.Summary.Officials, pl.Summary.Positions = n, m

	// The moves on every core (each one's alternatives read a row of n·m
	// costs on the sparse path, which on a large province is most of the
	// plan's time on one core: bench/README.md); move(i) writes only i's
	// own caches.
	pl.Moves = make([]Move, n)
	if err := parallelRows(context.Background(), n, func() func(i int) {
		return func(i int) { pl.Moves[i] = pc.move(i) }
	}); err != nil {
		return nil, fmt.Errorf("model: plan: %w", err)
	}
	for i := range pl.Moves {
		mv := &pl.Moves[i]
		pl.Objective += mv.Score
		switch mv.Type {
		case Stay:
			pl.Summary.Stay++
		case Rotate:
			pl.Summary.Rotate++
		case Promote:
			pl.Summary.Promote++
		case Fill:
			pl.Summary.Fill++
		case Release:
			pl.Summary.Release++
		case Retire:
			pl.Summary.Retire++
		case Unplaced:
			pl.Summary.Unplaced++
		case Demote:
			pl.Summary.Demote++
		}
	}
	sort.SliceStable(pl.Moves, func(a, b int) bool { return pl.Moves[a].NIP < pl.Moves[b].NIP })
	pl.Vacant = []Vacancy{}
	for j := range m {
		if pc.holder[j] >= 0 {
			pl.Summary.Filled++
			continue
		}
		pl.Objective -= sc.VacancyCost(j)
		p := &r.Positions[j]
		v := Vacancy{PostRef: PostRef{ID: p.ID, Name: p.Name, Unit: p.Unit}, Acting: []Acting{}}
		if !pc.brief {
			v.Reason = pc.vacancyReason(j)
		}
		pl.Vacant = append(pl.Vacant, v)
	}
	pl.Summary.Vacant = len(pl.Vacant)
	// By post id, so that the roster's row order does not show.
	sort.SliceStable(pl.Vacant, func(a, b int) bool { return pl.Vacant[a].ID < pl.Vacant[b].ID })
	if !pc.brief {
		pc.actingCandidates(pl.Vacant)
	}
	pl.Upcoming = pc.upcoming()
	pl.Summary.Upcoming = len(pl.Upcoming)
	pc.tenureAndJPM(&pl.Summary)
	return pl, nil
}

// newPlanContext checks that res assigns every official of sc to an allowed
// column and indexes the assignment both ways.
func newPlanContext(r *Roster, sc *Scores, res *solver.Result) (*planContext, error) {
	n, m := sc.Officials(), sc.Positions()
	if len(res.RowCol) != n {
		return nil, fmt.Errorf("model: plan: the result assigns %d rows, the roster has %d officials", len(res.RowCol), n)
	}
	if sc.Cost == nil {
		// The sparse path (SolveSparse): costs are computed per row.
	} else if rows, cols := sc.Cost.Dims(); rows != n || cols != m+n {
		return nil, fmt.Errorf("model: plan: the cost matrix is %d×%d, want %d×%d", rows, cols, n, m+n)
	}
	// post[i] is the post official i takes, −1 for release; holder[j] the
	// official in post j after the plan and before[j] the one before.
	pc := &planContext{sc: sc, res: res, post: make([]int, n), holder: make([]int, m),
		before: make([]int, m), kinds: make([]MoveType, n), rules: sc.el.Checked(),
		statusCodes: make([][]string, n)}
	for j := range m {
		pc.holder[j], pc.before[j] = -1, -1
	}
	for i, c := range res.RowCol {
		switch {
		case c < 0 || c >= m+n:
			return nil, fmt.Errorf("model: plan: official %s is not assigned (column %d)", r.Officials[i].NIP.Raw, c)
		case c >= m && c != m+i:
			return nil, fmt.Errorf("model: plan: official %s is assigned to column %d, another official's release", r.Officials[i].NIP.Raw, c)
		case !sc.Allowed(i, c):
			return nil, fmt.Errorf("model: plan: official %s is assigned to a forbidden column %d", r.Officials[i].NIP.Raw, c)
		}
		if c >= m {
			pc.post[i] = -1
			continue
		}
		if pc.holder[c] >= 0 {
			return nil, fmt.Errorf("model: plan: post %s is assigned twice", r.Positions[c].ID)
		}
		pc.post[i], pc.holder[c] = c, i
	}
	for i := range n {
		if j := sc.cur[i]; j >= 0 && pc.before[j] < 0 {
			pc.before[j] = i
		}
		pc.kinds[i] = r.Kind(i, pc.post[i], sc.posIdx)
		switch c := sc.el.Cause(i); {
		case pc.post[i] >= 0:
		case c == CauseRetirement:
			pc.kinds[i] = Retire
		case c == CauseDemotion && sc.cur[i] >= 0:
			// Demoted to a level below the roster's posts: a demotion, to
			// a post outside the roster.
			pc.kinds[i] = Demote
		}
	}
	pc.cls = newPlanClasses(sc, res, pc.holder)
	return pc, nil
}

// planContext is what the building of one plan shares.
type planContext struct {
	// brief: see PlanOptions.
	brief  bool
	noAlts bool
	sc     *Scores
	res    *solver.Result
	post   []int
	holder []int
	before []int
	kinds  []MoveType
	// rules are the codes of the rules checked, shared by every move.
	rules []string
	// statusCodes caches the rule codes of each official's status.
	statusCodes [][]string
	// rows recycles the post-cost rows of alternatives on the sparse path
	// (no matrix): a fresh row per move was most of the plan's garbage.
	rows sync.Pool
	// cls reads the rows by class of identical posts where the class solve
	// allows it (plan_classes.go), nil otherwise.
	cls *planClasses
}

// costs returns official i's costs in the m posts and of their own
// release: views of the matrix, or a row computed as the sparse path does
// (put back into pc.rows by the caller when buf is not nil).
func (pc *planContext) costs(i int) (row []float64, release float64, buf *[]float64) {
	sc := pc.sc
	m := sc.Positions()
	if sc.Cost != nil {
		r := sc.Cost.RawRowView(i)
		return r[:m], r[m+i], nil
	}
	buf, _ = pc.rows.Get().(*[]float64)
	if buf == nil {
		b := make([]float64, m)
		buf = &b
	}
	sc.sparseRowCosts(i, *buf)
	release = math.Inf(1)
	if sc.canRelease[i] {
		release = sc.relCol[i]
	}
	return *buf, release, buf
}

// postRef returns the reference of post j, nil for j < 0.
func (pc *planContext) postRef(j int) *PostRef {
	if j < 0 {
		return nil
	}
	p := &pc.sc.r.Positions[j]
	return &PostRef{ID: p.ID, Name: p.Name, Unit: p.Unit}
}

// move builds official i's move.
func (pc *planContext) move(i int) Move {
	sc := pc.sc
	o := &sc.r.Officials[i]
	j := pc.post[i]
	mv := Move{
		Official:   i,
		NIP:        o.NIP.Raw,
		Name:       o.Name,
		Rank:       o.Rank.String(),
		From:       pc.postRef(sc.cur[i]),
		To:         pc.postRef(j),
		Type:       pc.kinds[i],
		Score:      sc.Benefit(i, j),
		Components: sc.Components(i, j),
		Rules:      slices.Clone(pc.rules),
	}
	switch mv.Type {
	case Release, Retire:
		mv.Cause = sc.el.Cause(i).String()
	case Demote:
		if c := sc.el.Cause(i); c == CauseSanction || c == CauseDemotion {
			mv.Cause = c.String()
		}
	}
	// The JPM is against the new post, or the old one for a release.
	against := j
	if against < 0 {
		against = sc.cur[i]
	}
	if against >= 0 {
		if f, ok := sc.Fit(i, against); ok {
			mv.JPM, mv.HasJPM, mv.JPMCategory = f, true, JPMCategory(f)
		}
	}
	if !pc.brief {
		mv.Reasons = pc.reasons(i)
		mv.Warnings = pc.warnings(i)
		if !pc.noAlts {
			mv.Alternatives = pc.alternatives(i, planAlternatives)
		}
	}
	return mv
}

// alternatives returns the k best other columns for official i by reduced
// cost c_ij − u_i − v_j (the least the plan's total would lose if i were
// sent there), best first; ties by higher score, then by column. Without
// duals in the result the gap is the difference of i's own costs. The
// duals are the plan's least prices (Canonical), the same on every path to
// within a step far below the certificate's tolerance; gaps within that
// tolerance of each other count as ties, so that the last bits of two
// equal gaps do not order them.
func (pc *planContext) alternatives(i, k int) []Alternative {
	sc := pc.sc
	m := sc.Positions()
	cur := sc.cur[i]
	inf := math.Inf(1)
	// Official i's costs: every post's (row), or through the classes each
	// class's (cb) and the own post's (own).
	var (
		row, scan []float64
		cb        *classBuf
		own       float64
		release   float64
	)
	if pcl := pc.cls; pcl != nil {
		cb, own = pcl.row(sc, i)
		defer pcl.put(cb)
		release, scan = sc.releaseCol(i), cb.cost
	} else {
		var buf *[]float64
		row, release, buf = pc.costs(i)
		if buf != nil {
			defer pc.rows.Put(buf)
		}
		scan = row
	}
	at := func(c int) float64 {
		switch {
		case c >= m:
			return release // c = m+i
		case row != nil:
			return row[c]
		case c == cur:
			return own
		}
		return cb.cost[pc.cls.cs.of[c]]
	}
	chosen := pc.res.RowCol[i]
	duals := len(pc.res.U) == sc.Officials() && len(pc.res.V) == m+sc.Officials()
	type cand struct {
		col        int
		gap, score float64
	}
	scale := 0.0
	// comparisons, not max: +Inf entries are skipped; the classes hold
	// every cost of the row but the own post's, which follows.
	for _, x := range scan {
		if x > scale && x < inf {
			scale = x
		} else if -x > scale {
			scale = -x
		}
	}
	if cb != nil && cur >= 0 {
		if own > scale && own < inf {
			scale = own
		} else if -own > scale {
			scale = -own
		}
	}
	if !math.IsInf(release, 0) {
		scale = max(scale, release, -release)
	}
	tol := solver.VerifyRelTol * scale
	// Best first: smaller gap; among ties the higher score, then the
	// column.
	before := func(a, b cand) bool {
		switch {
		case a.gap < b.gap-tol:
			return true
		case a.gap > b.gap+tol:
			return false
		case a.score != b.score:
			return a.score > b.score
		}
		return a.col < b.col
	}
	best := make([]cand, 0, k+1)
	insert := func(c int, g float64) {
		var nc cand
		if cb != nil && c < m && c != cur {
			nc = cand{c, g, cb.benefit(sc, i, c, pc.cls.cs.of[c])}
		} else {
			nc = cand{c, g, sc.Benefit(i, c)} // c = m+i: the release's benefit
		}
		pos := len(best)
		for pos > 0 && before(nc, best[pos-1]) {
			pos--
		}
		if pos >= k {
			return
		}
		best = append(best, cand{})
		copy(best[pos+1:], best[pos:])
		best[pos] = nc
		if len(best) > k {
			best = best[:k]
		}
	}
	gap := func(c int, x float64) float64 {
		if duals {
			return max(x-pc.res.U[i]-pc.res.V[c], 0)
		}
		return max(x-at(chosen), 0)
	}
	// keep reports whether post c at gap g is worth an insert: the loops
	// below skip, without Benefit, a gap beyond the last kept's by more
	// than the tolerance, or a tie with it by a post alike (priority,
	// standard, level, neither i's own), whose score is the same and whose
	// column comes later: on a large province most of the plan's time
	// (bench/README.md).
	keep := func(c int, g float64) bool {
		if len(best) < k {
			return true
		}
		last := best[k-1].col
		if g > best[k-1].gap+tol {
			return false
		}
		return !(g >= best[k-1].gap-tol && last < m && c != cur && last != cur &&
			sc.prio[c] == sc.prio[last] && sc.prof[c] == sc.prof[last] && sc.postLevel[c] == sc.postLevel[last])
	}
	if cb != nil {
		// Every post of a class but i's own has the class's cost; its gap
		// is at least the class's bound (the cost less u_i and the class's
		// highest potential; IEEE subtraction is monotone), and a post is
		// passed over on that look-up while the bound is beyond the last
		// kept's. Where the potentials are equal on the class, the bound is
		// the gap.
		cs, u, v := pc.cls.cs, pc.res.U[i], pc.res.V
		for kk, x := range cb.cost {
			g := inf
			if x != inf {
				g = max(x-u-pc.cls.maxV[kk], 0)
			}
			cb.gap[kk] = g
		}
		thr := inf // best[k-1].gap + tol once best is full
		bound := cb.gap
		// visit is the loop's step for post c.
		visit := func(c int) {
			kk := cs.of[c]
			if bound[kk] > thr && c != cur {
				return
			}
			var g float64
			switch {
			case c == chosen:
				return
			case c == cur:
				if own == inf {
					return
				}
				g = gap(c, own)
			default:
				x := cb.cost[kk]
				if x == inf {
					return
				}
				g = max(x-u-v[c], 0) // gap(c, x), inlined
			}
			if keep(c, g) {
				insert(c, g)
				if len(best) == k {
					thr = best[k-1].gap + tol
				}
			}
		}
		// Until best is full, the step for every post of a class i may
		// take (finite cost), and i's own: an official with fewer allowed
		// posts than k alternatives would otherwise take it for every post.
		of := cs.of[:m]
		c := 0
		for ; c < len(of) && len(best) < k; c++ {
			if cb.cost[of[c]] != inf || c == cur {
				visit(c)
			}
		}
		// Then a post other than i's own and the chosen one is kept only
		// at a gap within thr (keep's first test; thr ≥ 0, so the clamp at
		// 0 does not matter): the loop's common case, one class look-up
		// and one subtraction per post of the province.
		for ; c < len(of); c++ {
			if g := cb.cost[of[c]] - u - v[c]; g <= thr || c == cur {
				visit(c)
			}
		}
	} else {
		for c, x := range row {
			if c == chosen || x == inf {
				continue
			}
			if g := gap(c, x); keep(c, g) {
				insert(c, g)
			}
		}
	}
	if c := m + i; c != chosen && release != inf {
		if g := gap(c, release); len(best) < k || g <= best[k-1].gap+tol {
			insert(c, g)
		}
	}
	out := make([]Alternative, 0, len(best))
	for _, c := range best {
		a := Alternative{Gap: c.gap, Score: c.score}
		if c.col < m {
			a.Post = pc.postRef(c.col)
			a.JPM, _ = sc.Fit(i, c.col)
		} else if sc.cur[i] >= 0 {
			a.JPM, _ = sc.Fit(i, sc.cur[i])
		}
		out = append(out, a)
	}
	return out
}

// tenureAndJPM fills the before/after measures of the summary.
func (pc *planContext) tenureAndJPM(s *Summary) {
	sc := pc.sc
	_, hi := scoreTenureBounds(sc.pol.Rules)
	var sumB, sumA float64
	var nB, nA int
	for i := range sc.Officials() {
		if c := sc.cur[i]; c >= 0 {
			if f, ok := sc.Fit(i, c); ok {
				sumB += f
				nB++
			}
			if sc.months[i] >= hi {
				s.Over5Before++
				if pc.post[i] == c {
					s.Over5After++
				}
			}
		}
		if j := pc.post[i]; j >= 0 {
			if f, ok := sc.Fit(i, j); ok {
				sumA += f
				nA++
			}
		}
	}
	if nB > 0 {
		s.MeanJPMBefore = sumB / float64(nB)
	}
	if nA > 0 {
		s.MeanJPMAfter = sumA / float64(nA)
	}
}
