package model

import (
	"cmp"
	"slices"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// This file adds to a plan what the law asks beyond the assignment: the
// posts that fall vacant within the horizon, and who may act in a vacant
// post until it is filled (Plt).

// actingMax is how many acting candidates a vacant post lists.
const actingMax = 3

// upcoming lists the posts whose holders stay in them until they retire
// within the horizon (R-BUP), sorted by date, then post id.
func (pc *planContext) upcoming() []UpcomingVacancy {
	sc := pc.sc
	out := []UpcomingVacancy{}
	for i, j := range pc.post {
		if j < 0 || j != sc.cur[i] {
			continue
		}
		day, ok := sc.el.RetiresOn(i)
		if !ok {
			continue
		}
		p := &sc.r.Positions[j]
		o := &sc.r.Officials[i]
		out = append(out, UpcomingVacancy{PostRef: PostRef{ID: p.ID, Name: p.Name, Unit: p.Unit},
			Date: day, NIP: o.NIP.Raw, Holder: o.Name})
	}
	slices.SortFunc(out, func(a, b UpcomingVacancy) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// actingCandidate is an official who could act in a vacant post, with what
// ranks them.
type actingCandidate struct {
	i         int
	post      int    // the post held after the plan, -1 for one outside the roster
	es        Eselon // its eselon
	sameUnit  bool
	sameLevel bool
	good      bool // an SKP of at least Baik
	jpm       float64
	hasJPM    bool
	perf      float64
}

// actingCandidates fills each vacancy's acting candidates (Plt): officials
// who hold a structural post after the plan (in the roster, or outside it
// and not placed) of the post's level or one level lower, "within the
// agency" (SE Kepala BKN 1/SE/I/2021 on Plh and Plt), whose rank the post's
// eselon allows (R-RANK) and who have no sedang or berat sanction in force.
// They are ranked: the post's own OPD first (the secretary acts for the
// head), the same level before one lower, an SKP of at least Baik before a
// weaker one, then the JPM against the post's standard, then performance,
// then NIP. An acting assignment is on top of
// the candidate's own post and changes nothing in the plan.
func (pc *planContext) actingCandidates(vacant []Vacancy) {
	sc := pc.sc
	r := sc.r
	el, _ := sc.el.(*Eligibility)
	for k := range vacant {
		j, ok := sc.posIdx[vacant[k].ID]
		if !ok {
			continue
		}
		p := &r.Positions[j]
		lvl := p.Eselon.Level()
		var cands []actingCandidate
		for i := range r.Officials {
			o := &r.Officials[i]
			c := actingCandidate{i: i, post: pc.post[i]}
			switch {
			case c.post >= 0:
				c.es = r.Positions[c.post].Eselon
			case pc.kinds[i] == Unplaced && o.Position == "" && o.Eselon != 0:
				c.es = o.Eselon
			default:
				continue // released, retired, or no structural post
			}
			l := c.es.Level()
			if l != lvl && l != lvl+1 {
				continue
			}
			if o.Rank != 0 && o.Rank < p.Eselon.MinRank() {
				continue
			}
			if el != nil && el.facts[i].sanction >= Sedang {
				continue
			}
			c.sameLevel = l == lvl
			c.good = o.Performance.Predicate != 0 && o.Performance.Predicate <= Baik
			c.sameUnit = c.post >= 0 && r.Positions[c.post].Unit == p.Unit
			c.jpm, c.hasJPM = sc.Fit(i, j)
			c.perf = sc.perf[i]
			cands = append(cands, c)
		}
		slices.SortFunc(cands, func(a, b actingCandidate) int {
			return cmp.Or(actingBool(a.sameUnit, b.sameUnit), actingBool(a.sameLevel, b.sameLevel),
				actingBool(a.good, b.good), cmp.Compare(b.jpm, a.jpm), cmp.Compare(b.perf, a.perf),
				cmp.Compare(r.Officials[a.i].NIP.Raw, r.Officials[b.i].NIP.Raw))
		})
		vacant[k].Acting = []Acting{}
		for _, c := range cands[:min(len(cands), actingMax)] {
			vacant[k].Acting = append(vacant[k].Acting, pc.acting(c, p))
		}
	}
}

// actingBool orders true before false.
func actingBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

// acting describes an acting candidate for post p.
func (pc *planContext) acting(c actingCandidate, p *Position) Acting {
	o := &pc.sc.r.Officials[c.i]
	a := Acting{NIP: o.NIP.Raw, Name: o.Name, Rank: o.Rank.String(), Post: pc.postRef(c.post), Eselon: c.es.String()}
	if c.hasJPM {
		v := c.jpm
		a.JPM = &v
	}
	where := i18n.M(i18n.ActingOtherUnit)
	if c.sameUnit {
		where = i18n.M(i18n.ActingSameUnit)
	}
	level := i18n.M(i18n.ActingSameLevel)
	if !c.sameLevel {
		level = i18n.M(i18n.ActingLevelBelow)
	}
	fit := i18n.M(i18n.ActingNotAssessed)
	if c.hasJPM {
		fit = i18n.M(i18n.ActingFit, reasonPercent(c.jpm))
	}
	var held any = i18n.M(i18n.ActingOutside)
	if c.post >= 0 {
		held = pc.sc.r.Positions[c.post].Name
	}
	a.Reason = i18n.M(i18n.ActingReason, held, c.es, where, level, fit, performanceText(o))
	return a
}
