package model

import (
	"fmt"
	"time"
)

// This file reads the political calendar of the policy: whether a plan at
// a date needs the Minister of Home Affairs' written approval before the
// regional head may sign it. The plan is made either way; the approval is
// a mark on it (Plan.Approval), never a rule of eligibility.

// calendarBanMonths is the six months of UU 10/2016 Pasal 71 ayat (2)
// before the candidates are set, and of Pasal 162 ayat (3) after the
// inauguration.
const calendarBanMonths = 6

// ApprovalAt returns what the calendar c asks of a plan dated d: Required
// with one reason per ban the date falls in, and the letter the policy
// names. The bans (docs/rules.md, "The political calendar"):
//
//   - UU 10/2016 Pasal 71 ayat (2): from six months before the day the
//     candidates are set to the end of the term, both days included (an
//     unknown end of term leaves the ban open);
//   - UU 10/2016 Pasal 162 ayat (3): from the inauguration to the day
//     before six months after it;
//   - an acting head (penjabat): PP 49/2008 Pasal 132A ayat (1) huruf a and
//     ayat (2), whatever the date.
func ApprovalAt(d time.Time, c Calendar) Approval {
	d = dateOf(d)
	a := Approval{Reasons: []string{}, Letter: c.ApprovalLetter}
	if s := c.CandidatesSet; !s.IsZero() {
		start := AddMonths(dateOf(s), -calendarBanMonths)
		end := dateOf(c.TermEnd)
		if !d.Before(start) && (c.TermEnd.IsZero() || !d.After(end)) {
			a.Reasons = append(a.Reasons, calendarWhyElection(d, dateOf(s), start, c.TermEnd))
		}
	}
	if in := c.Inaugurated; !in.IsZero() {
		in = dateOf(in)
		until := AddMonths(in, calendarBanMonths)
		if !d.Before(in) && d.Before(until) {
			a.Reasons = append(a.Reasons, calendarWhyInauguration(d, in, until))
		}
	}
	if c.ActingHead {
		a.Reasons = append(a.Reasons, calendarWhyActing())
	}
	a.Required = len(a.Reasons) > 0
	return a
}

func calendarWhyElection(d, set, start, end time.Time) string {
	until := "the end of the term (date unknown)"
	if !end.IsZero() {
		until = "the end of the term on " + rulesDate(end)
	}
	return fmt.Sprintf("UU 10/2016 Pasal 71 ayat (2): the plan date %s falls from 6 months before the candidates are set (%s, set on %s) to %s: no replacement of officials without the written approval of the Minister of Home Affairs",
		rulesDate(d), rulesDate(start), rulesDate(set), until)
}

func calendarWhyInauguration(d, in, until time.Time) string {
	return fmt.Sprintf("UU 10/2016 Pasal 162 ayat (3): the plan date %s is within 6 months of the inauguration on %s (until %s): replacing officials needs the written approval of the Minister of Home Affairs",
		rulesDate(d), rulesDate(in), rulesDate(until.AddDate(0, 0, -1)))
}

func calendarWhyActing() string {
	return "PP 49/2008 Pasal 132A ayat (1) huruf a and ayat (2): the regional head is an acting one (penjabat, Pj), who moves officials only with the written approval of the Minister of Home Affairs"
}
