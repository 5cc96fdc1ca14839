package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// ApprovalLines are the lines that head a plan needing the Minister of
// Home Affairs' written approval: a first line saying so, with the letter
// when the policy names one, then one line per reason. None when the plan
// needs no approval.
func ApprovalLines(a model.Approval, lang i18n.Lang) []string {
	if !a.Required {
		return nil
	}
	head := lang.T(i18n.ApprovalHead)
	if a.Letter != "" {
		head += "; " + lang.T(i18n.ApprovalLetter, a.Letter)
	} else {
		head += "; " + lang.T(i18n.ApprovalNoLetter)
	}
	out := []string{head}
	for _, r := range a.Reasons {
		out = append(out, "  - "+r.Text(lang))
	}
	return out
}

// actingPost names the post an acting candidate holds.
func actingPost(a *model.Acting, lang i18n.Lang) string {
	if a.Post != nil {
		return a.Post.ID
	}
	return lang.T(i18n.TableActingEselon, a.Eselon)
}

// TablePost shows a post as "ID Name" (the id lets the user pin or forbid).
func TablePost(p *model.PostRef) string {
	if p == nil {
		return "-"
	}
	return tableCut(p.ID+" "+p.Name, 48)
}

// tableFrom shows the current post, or the level and eselon of the post
// held outside the roster.
func tableFrom(m *model.Move, o *Options) string {
	if m.From == nil && o.Outside[m.NIP] != "" {
		return o.Outside[m.NIP]
	}
	return TablePost(m.From)
}

// tableCut shortens s to n runes with an ellipsis, so that long post names
// keep the table within a wide terminal; the CSV and JSON keep them whole.
func tableCut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// writePlanTable prints the plan for a terminal: the moves grouped by type
// (stays and unplaced candidates counted unless o.All), the vacant posts and
// a summary.
func writePlanTable(w io.Writer, p *model.Plan, o Options) error {
	l := o.Lang
	var b strings.Builder
	verdict := l.T(i18n.TableOptimal)
	if !p.Optimal {
		verdict = l.T(i18n.TableNotOptimal)
	}
	for _, ln := range ApprovalLines(p.Approval, l) {
		fmt.Fprintln(&b, ln)
	}
	fmt.Fprintln(&b, l.T(i18n.TablePlanHead, i18n.Date(p.Date), p.Summary.Officials, p.Summary.Positions, verdict))

	groups := []model.MoveType{model.Promote, model.Rotate, model.Fill, model.Demote, model.Release,
		model.Retire, model.Unplaced, model.Stay}
	byGroup := map[model.MoveType][]*model.Move{}
	for _, m := range SortedMoves(p) {
		byGroup[m.Type] = append(byGroup[m.Type], m)
	}
	for _, g := range groups {
		ms := byGroup[g]
		if len(ms) == 0 {
			continue
		}
		if !o.All && (g == model.Stay || g == model.Unplaced) {
			many, one := i18n.TableStays, i18n.TableStay1
			if g == model.Unplaced {
				many, one = i18n.TableUnplaced, i18n.TableUnplaced1
			}
			line := l.T(many, len(ms))
			if len(ms) == 1 {
				line = l.T(one)
			}
			fmt.Fprintf(&b, "\n%s %s\n", line, l.T(i18n.TableAllHint))
			continue
		}
		fmt.Fprintf(&b, "\n%s (%d)\n", l.T(GroupKey(g)), len(ms))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.TableHeader))
		for _, m := range ms {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\n", m.NIP, tableCut(m.Name, 32), m.Rank,
				tableFrom(m, &o), TablePost(m.To), l.Dec(m.Score, 3), JPMText(m, l))
		}
		tw.Flush()
		for _, m := range ms {
			for _, wn := range m.Warnings {
				fmt.Fprintf(&b, "  ! %s %s: %s\n", m.NIP, l.T(i18n.TableWarning), wn.Text(l))
			}
		}
	}

	if len(p.Vacant) > 0 {
		fmt.Fprintf(&b, "\n%s (%d)\n", l.T(i18n.TableVacant), len(p.Vacant))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.TableVacantHeader))
		for _, v := range p.Vacant {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", v.ID, PostLabel(&v.PostRef), v.Reason.Text(l))
		}
		tw.Flush()
		for _, v := range p.Vacant {
			for k, a := range v.Acting {
				fmt.Fprintf(&b, "  %s %s %d: %s %s (%s): %s\n", v.ID, l.T(i18n.TableActing), k+1, a.NIP, a.Name, actingPost(&a, l), a.Reason.Text(l))
			}
		}
	}

	if len(p.Upcoming) > 0 {
		fmt.Fprintf(&b, "\n%s (%d)\n", l.T(i18n.TableUpcoming), len(p.Upcoming))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.TableUpcomingHeader))
		for _, u := range p.Upcoming {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s %s\n", u.ID, PostLabel(&u.PostRef), l.Date(u.Date), u.NIP, u.Holder)
		}
		tw.Flush()
	}

	s := p.Summary
	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.TableSummary))
	var counts []string
	for _, c := range []struct {
		g model.MoveType
		n int
	}{{model.Promote, s.Promote}, {model.Rotate, s.Rotate}, {model.Fill, s.Fill}, {model.Demote, s.Demote},
		{model.Release, s.Release}, {model.Retire, s.Retire}, {model.Unplaced, s.Unplaced}, {model.Stay, s.Stay}} {
		if c.n == 0 && (c.g == model.Demote || c.g == model.Retire) {
			continue
		}
		counts = append(counts, fmt.Sprintf("%s %d", strings.ToLower(l.T(GroupKey(c.g))), c.n))
	}
	fmt.Fprintf(&b, "  %s: %s\n", l.T(i18n.TableMoves), strings.Join(counts, ", "))
	fmt.Fprintf(&b, "  %s\n", l.T(i18n.TableFilled, s.Positions, s.Filled, s.Vacant))
	fmt.Fprintf(&b, "  %s\n", l.T(i18n.TableMeanJPM, l.Pct(s.MeanJPMBefore, 1), l.Pct(s.MeanJPMAfter, 1)))
	fmt.Fprintf(&b, "  %s\n", l.T(i18n.TableOver5, s.Over5Before, s.Over5After))
	if bg := p.Budget; bg != nil {
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.TableBudget, bg.MaxMoves, bg.Moves, l.Dec(bg.Penalty, 4), l.Dec(bg.Bound, 4), l.Dec(bg.Gap, 4)))
	}
	fmt.Fprintf(&b, "  %s\n", l.T(i18n.TableObjective, l.Dec(p.Objective, 4), verdict))
	_, err := io.WriteString(w, b.String())
	return err
}

// ChangePost shows where a plan puts an official: the post id, or the
// move type when there is no post (release).
func ChangePost(p *model.PostRef, typ string, l i18n.Lang) string {
	if p == nil {
		for _, t := range model.MoveTypes() {
			if t.String() == typ {
				return l.T(i18n.WhatifNoPostType, strings.ToLower(l.T(MoveKey(t))))
			}
		}
		return l.T(i18n.WhatifNoPostType, typ)
	}
	return p.ID
}
