package model

import (
	"math"
	"sort"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// VacancyComponent is the name under which ComponentTotals reports the plan's
// vacancy costs, which no move carries.
const VacancyComponent = "vacancy"

// ComponentTotals sums a plan's component contributions over its moves. The vacancy
// costs, which belong to no official, are what is left of the objective:
// ComponentTotals(p)[VacancyComponent] = Objective − Σ move scores (≤ 0).
func ComponentTotals(p *Plan) map[string]float64 {
	t := map[string]float64{}
	sum := 0.0
	for k := range p.Moves {
		m := &p.Moves[k]
		sum += m.Score
		for name, v := range m.Components {
			t[name] += v
		}
	}
	v := p.Objective - sum
	// The difference of two sums of the same numbers is rounding, not a
	// cost: keep it out of the report.
	if math.Abs(v) < 1e-9*max(1, math.Abs(p.Objective)) {
		v = 0
	}
	t[VacancyComponent] += v
	return t
}

// ComponentChange is one component of an official's score in two plans.
type ComponentChange struct {
	Name        string
	Base, Other float64
}

// Delta returns Other − Base.
func (c ComponentChange) Delta() float64 { return c.Other - c.Base }

// MoveChange is an official whom two plans place differently.
type MoveChange struct {
	NIP  string
	Name string
	// From is the official's current post (nil: none).
	From *PostRef
	// Base and Other are the posts of the two plans (nil: released or not
	// placed); BaseType and OtherType the moves.
	Base       *PostRef
	Other      *PostRef
	BaseType   MoveType
	OtherType  MoveType
	BaseScore  float64
	OtherScore float64
	// Components lists the components whose contribution differs, largest
	// change first.
	Components []ComponentChange
	// Reason says in words why the official's score changed: Change, and
	// when GivesWay that the official gives way so that the plan's total
	// gains elsewhere.
	Reason i18n.Msg
	// Change is the score before and after and the components that made
	// the difference.
	Change i18n.Msg
	// GivesWay is true when the official's own score falls: they moved to
	// make room.
	GivesWay bool
}

// Diff returns the officials whom other places in another post than base
// (or places where base releases them, or the reverse), sorted by NIP, each
// with the components of their score that changed and a reason. Officials
// are matched by NIP; one present in only one plan is reported with nil on
// the other side.
func Diff(base, other *Plan) []MoveChange {
	byNIP := make(map[string]*Move, len(other.Moves))
	for k := range other.Moves {
		byNIP[other.Moves[k].NIP] = &other.Moves[k]
	}
	seen := make(map[string]bool, len(base.Moves))
	var out []MoveChange
	for k := range base.Moves {
		b := &base.Moves[k]
		seen[b.NIP] = true
		o := byNIP[b.NIP]
		if o != nil && diffPostID(b.To) == diffPostID(o.To) && b.Type == o.Type {
			continue
		}
		out = append(out, diffMoveChange(b, o))
	}
	for k := range other.Moves {
		o := &other.Moves[k]
		if !seen[o.NIP] {
			out = append(out, diffMoveChange(nil, o))
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].NIP < out[b].NIP })
	return out
}

func diffPostID(p *PostRef) string {
	if p == nil {
		return ""
	}
	// A leading NUL keeps "no post" apart from any real post id.
	return "\x00" + p.ID
}

func diffMoveChange(b, o *Move) MoveChange {
	var c MoveChange
	var bc, oc map[string]float64
	if b != nil {
		c.NIP, c.Name, c.From = b.NIP, b.Name, b.From
		c.Base, c.BaseType, c.BaseScore, bc = b.To, b.Type, b.Score, b.Components
	}
	if o != nil {
		c.NIP, c.Name, c.From = o.NIP, o.Name, o.From
		c.Other, c.OtherType, c.OtherScore, oc = o.To, o.Type, o.Score, o.Components
	}
	names := map[string]bool{}
	for n := range bc {
		names[n] = true
	}
	for n := range oc {
		names[n] = true
	}
	for n := range names {
		if bc[n] != oc[n] {
			c.Components = append(c.Components, ComponentChange{Name: n, Base: bc[n], Other: oc[n]})
		}
	}
	sort.Slice(c.Components, func(i, j int) bool {
		di, dj := math.Abs(c.Components[i].Delta()), math.Abs(c.Components[j].Delta())
		if di != dj {
			return di > dj
		}
		return c.Components[i].Name < c.Components[j].Name
	})
	c.Change = diffReason(&c, b == nil, o == nil)
	c.Reason = c.Change
	if b != nil && o != nil && c.OtherScore < c.BaseScore {
		c.GivesWay = true
		c.Reason = i18n.M(i18n.DiffGivesWay, c.Change)
	}
	return c
}

// diffReason words a change: the score before and after and the
// components that made the difference.
func diffReason(c *MoveChange, noBase, noOther bool) i18n.Msg {
	switch {
	case noBase:
		return i18n.M(i18n.DiffOnlyScenario)
	case noOther:
		return i18n.M(i18n.DiffNotScenario)
	}
	var comps []any
	for k, cc := range c.Components {
		if k == 3 {
			comps = append(comps, i18n.M(i18n.DiffMore, len(c.Components)-3))
			break
		}
		d := diffNum(cc.Delta())
		sign := "+"
		if d < 0 {
			sign, d = "-", -d
		}
		comps = append(comps, i18n.M(i18n.DiffComponent, i18n.M(i18n.Key("component."+cc.Name)), sign, i18n.Num(d, 3)))
	}
	var tail i18n.Msg
	if len(comps) == 0 {
		tail = i18n.M(i18n.DiffTie)
	} else {
		tail = i18n.M(i18n.DiffComponents, i18n.Join{Items: comps, Sep: ", "})
	}
	return i18n.M(i18n.DiffScore, i18n.Num(diffNum(c.BaseScore), 3), i18n.Num(diffNum(c.OtherScore), 3), tail)
}

// diffNum clears what would print as "-0.000".
func diffNum(x float64) float64 {
	if math.Abs(x) < 5e-4 {
		return 0
	}
	return x
}
