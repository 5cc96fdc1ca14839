package model

import (
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
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
	a := Approval{Reasons: []i18n.Msg{}, Letter: c.ApprovalLetter}
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

func calendarWhyElection(d, set, start, end time.Time) i18n.Msg {
	until := i18n.M(i18n.CalendarTermEnd)
	if !end.IsZero() {
		until = i18n.M(i18n.CalendarTermEndOn, rulesDate(end))
	}
	return i18n.M(i18n.CalendarElection, rulesDate(d), rulesDate(start), rulesDate(set), until)
}

func calendarWhyInauguration(d, in, until time.Time) i18n.Msg {
	return i18n.M(i18n.CalendarInauguration, rulesDate(d), rulesDate(in), rulesDate(until.AddDate(0, 0, -1)))
}

func calendarWhyActing() i18n.Msg { return i18n.M(i18n.CalendarActing) }
