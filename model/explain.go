package model

import (
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/solver"
)

// Explanation is why one official gets the post the plan gives: the move
// with its score and reasons, the competencies against the post's standard,
// the rules that constrained the official, the best alternatives and, per
// weight, where the choice would flip. Its fields are JSON-ready.
type Explanation struct {
	Move Move `json:"move"`
	// Status is "free", "locked" or "must_leave", with the verdicts behind it.
	Status        string    `json:"status"`
	StatusReasons []Verdict `json:"status_reasons"`
	// Against is the post the competencies are compared with: the new post,
	// or the old one for a release; nil when the official holds none.
	Against      *PostRef        `json:"against"`
	Competencies []CompetencyFit `json:"competencies"`
	// Constraints groups the posts the rules close to the official by rule.
	Constraints []RuleCount `json:"constraints"`
	// CanRelease says whether the rules let the official go without a post.
	CanRelease bool `json:"can_release"`
	// Flips gives, per weight, the value at which the best alternative
	// would overtake the chosen column; see FlipNote.
	Flips    []WeightFlip `json:"flips"`
	FlipNote string       `json:"flip_note"`
}

// CompetencyFit is one competency of the official against the post's
// standard.
type CompetencyFit struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Actual   int    `json:"actual"`
	Required int    `json:"required"`
	// Gap is Actual − Required; a positive gap does not raise the JPM.
	Gap int `json:"gap"`
}

// RuleCount is one rule that closed posts to the official.
type RuleCount struct {
	Rule  string `json:"rule"`
	Posts int    `json:"posts"`
	// Example is the reason given for the first such post, and Post that
	// post's id.
	Example i18n.Msg `json:"-"`
	Post    string   `json:"post"`
}

// WeightFlip is the value of one weight at which the official's best
// alternative would score as well as the chosen column, other weights and
// the rest of the plan unchanged.
type WeightFlip struct {
	Weight  string  `json:"weight"`
	Current float64 `json:"current"`
	At      float64 `json:"at"`
	// To is the alternative that would take over; nil is release.
	To *PostRef `json:"to"`
}

// competencyNames are the names of M1 … SK and the technical competency
// (PermenPANRB 38/2017).
var competencyNames = [NumCompetencies][2]string{
	{"M1", "Integritas"}, {"M2", "Kerjasama"}, {"M3", "Komunikasi"},
	{"M4", "Orientasi pada Hasil"}, {"M5", "Pelayanan Publik"},
	{"M6", "Pengembangan Diri dan Orang Lain"}, {"M7", "Mengelola Perubahan"},
	{"M8", "Pengambilan Keputusan"}, {"SK", "Perekat Bangsa"},
	{"TK", "Kompetensi Teknis"},
}

// flipNote qualifies every WeightFlip.
const flipNote = "pairwise estimate: the weight at which the alternative's cost, " +
	"less the dual potential of its column, meets the chosen one's; exact only if the rest of the plan stays"

// Explain explains official i's move in the plan that res (an assignment of
// sc.Cost) describes. pol, when not nil, must carry the weights sc was built
// with. Its cost is O(m) Blocked calls for the m posts, plus building the
// plan's indices, O(n + m).
func Explain(r *Roster, el *Eligibility, sc *Scores, res *solver.Result, pol *Policy, i int) (*Explanation, error) {
	if r == nil || sc == nil || res == nil {
		return nil, errors.New("model: Explain needs a roster, its scores and a result")
	}
	if sc.r != r {
		return nil, errors.New("model: Explain: the scores were built for another roster")
	}
	if el != nil && sc.el != scoreRules(el) {
		return nil, errors.New("model: Explain: the scores were built with another eligibility")
	}
	if pol != nil && pol.Weights != sc.w {
		return nil, errors.New("model: Explain: the policy's weights differ from those of the scores")
	}
	if i < 0 || i >= sc.Officials() {
		return nil, fmt.Errorf("model: Explain: no official %d (roster has %d)", i, sc.Officials())
	}
	pc, err := newPlanContext(r, sc, res)
	if err != nil {
		return nil, err
	}
	ex := &Explanation{Move: pc.move(i), CanRelease: sc.canRelease[i], FlipNote: flipNote}
	st, vs := sc.el.Status(i)
	ex.Status = map[Status]string{Free: "free", Locked: "locked", MustLeave: "must_leave"}[st]
	ex.StatusReasons = append([]Verdict{}, vs...)

	against := pc.post[i]
	if against < 0 {
		against = sc.cur[i]
	}
	ex.Competencies = []CompetencyFit{}
	if against >= 0 {
		ex.Against = pc.postRef(against)
		a, q := sc.r.Officials[i].Competency, sc.r.Positions[against].Required
		for k := range NumCompetencies {
			if q[k] == 0 && a[k] == 0 {
				continue
			}
			ex.Competencies = append(ex.Competencies, CompetencyFit{
				Code: competencyNames[k][0], Name: competencyNames[k][1],
				Actual: int(a[k]), Required: int(q[k]), Gap: int(a[k]) - int(q[k]),
			})
		}
	}
	ex.Constraints = pc.constraints(i)
	ex.Flips = pc.flips(i, ex.Move.Alternatives)
	return ex, nil
}

// constraints groups the posts closed to official i by rule, the largest
// group first, ties by rule code.
func (pc *planContext) constraints(i int) []RuleCount {
	sc := pc.sc
	byRule := map[string]*RuleCount{}
	for j := range sc.Positions() {
		if sc.allowed(i, j) {
			continue
		}
		vs := sc.el.Blocked(i, j)
		if len(vs) == 0 {
			vs = pc.statusVerdicts(i)
		}
		seen := map[string]bool{}
		for _, v := range vs {
			if seen[v.Rule] {
				continue
			}
			seen[v.Rule] = true
			rc := byRule[v.Rule]
			if rc == nil {
				rc = &RuleCount{Rule: v.Rule, Example: v.Reason, Post: sc.r.Positions[j].ID}
				byRule[v.Rule] = rc
			}
			rc.Posts++
		}
	}
	out := make([]RuleCount, 0, len(byRule))
	for _, rc := range byRule {
		out = append(out, *rc)
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Posts != out[b].Posts {
			return out[a].Posts > out[b].Posts
		}
		return out[a].Rule < out[b].Rule
	})
	return out
}

// flips finds, for each weight, the nearest value at which one of the
// alternatives would overtake official i's chosen column. The cost of a
// column is linear in each weight: for a post, ∂c/∂w_k is minus the
// unweighted component (−prio for the vacancy weight); for the release
// column, ∂c/∂w_release is the unweighted release cost. With the column
// duals held fixed the gap g(w) = g0 + (w − w0)·∂(c_alt − c_chosen)/∂w
// vanishes at w0 − g0/slope.
func (pc *planContext) flips(i int, alts []Alternative) []WeightFlip {
	sc := pc.sc
	m := sc.Positions()
	chosen := pc.res.RowCol[i]
	names := weightNames[:]
	current := []float64{sc.w.Performance, sc.w.Fit, sc.w.Tenure, sc.w.Talent, sc.w.Family, sc.w.Vacancy, sc.w.Release}
	g0 := pc.costGrad(i, chosen)
	out := []WeightFlip{}
	for k, name := range names {
		best := WeightFlip{Weight: name, Current: current[k], At: math.NaN()}
		for _, a := range alts {
			col := m + i
			if a.Post != nil {
				col = sc.posIdx[a.Post.ID]
			}
			slope := pc.costGrad(i, col)[k] - g0[k]
			if slope == 0 {
				continue
			}
			at := current[k] - a.Gap/slope
			if math.IsNaN(best.At) || math.Abs(at-current[k]) < math.Abs(best.At-current[k]) {
				best.At, best.To = at, a.Post
			}
		}
		if !math.IsNaN(best.At) {
			out = append(out, best)
		}
	}
	return out
}
