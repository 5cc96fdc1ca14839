package model

import (
	"github.com/mutasi-id/mutasi/internal/i18n"

	"strconv"
	"time"
)

// The calendar arithmetic of the rules. Every function works on calendar
// dates only: the clock and the location of its arguments are ignored, so a
// plan date parsed in any zone gives the same tenure, age and retirement.

// dateOf returns t's calendar date at midnight UTC.
func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// daysIn returns the number of days of t's month.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// AddMonths returns the date n whole months after t (before it when n < 0),
// the day clamped to the last day of the target month: 2026-01-31 plus one
// month is 2026-02-28, not time.AddDate's 2026-03-03. The result is at
// midnight UTC.
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	if last := daysIn(first.Year(), first.Month()); d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, 0, 0, 0, 0, time.UTC)
}

// MonthsBetween returns the whole months from from to to: the largest n with
// AddMonths(from, n) on or before to. A post taken on 2024-12-01 has been
// held 24 months on 2026-12-01 and 23 on 2026-11-30; from 2024-12-02 it is
// 23 months on 2026-12-01. The result is negative when to is before from.
func MonthsBetween(from, to time.Time) int {
	fy, fm, _ := from.Date()
	ty, tm, _ := to.Date()
	n := (ty-fy)*12 + int(tm) - int(fm)
	if AddMonths(from, n).After(dateOf(to)) {
		n--
	}
	return n
}

// AgeAt returns the age in whole years at the date at. One is a year older
// on the birthday; someone born on 29 February turns a year older on 28
// February of a common year (AddMonths clamps the day).
func AgeAt(birth, at time.Time) int {
	n := MonthsBetween(birth, at)
	if n < 0 {
		return -((-n + 11) / 12)
	}
	return n / 12
}

// rulesRetirement returns the date a holder of a post of the level retires:
// the 1st of the month after the birthday at BUPAge(l) (60 for JPT, 58 for
// administrator and pengawas; UU 5/2014 Pasal 90, UU 20/2023). Born on
// 1968-03-01 an administrator retires on 2026-04-01; born on 1968-03-31,
// also on 2026-04-01.
func rulesRetirement(birth time.Time, l Level) time.Time {
	y, m, _ := birth.Date()
	return time.Date(y+BUPAge(l), m+1, 1, 0, 0, 0, 0, time.UTC)
}

// bulanNames and monthNames are the months' names in Indonesian and in
// English, January first.
var (
	bulanNames = [...]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
		"Agustus", "September", "Oktober", "November", "Desember"}
	monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// FormatDate writes a date as a decree does: "1 Maret 2028" in Indonesian
// (lang "id"), "1 March 2028" in English ("en"). Any other lang is
// Indonesian.
func FormatDate(t time.Time, lang string) string {
	names := bulanNames
	if lang == "en" {
		names = monthNames
	}
	return strconv.Itoa(t.Day()) + " " + names[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// monthByName reads a month's name, lower case, in Indonesian or English,
// written out or abbreviated as exports do ("maret", "mar", "agt", "agu",
// "aug", "sept"), and the old spellings "pebruari" and "nopember".
func monthByName(w string) (time.Month, bool) {
	switch w {
	case "januari", "january", "jan":
		return time.January, true
	case "februari", "pebruari", "february", "feb", "peb":
		return time.February, true
	case "maret", "march", "mar":
		return time.March, true
	case "april", "apr":
		return time.April, true
	case "mei", "may":
		return time.May, true
	case "juni", "june", "jun":
		return time.June, true
	case "juli", "july", "jul":
		return time.July, true
	case "agustus", "august", "agu", "agt", "ags", "aug", "agus":
		return time.August, true
	case "september", "sep", "sept":
		return time.September, true
	case "oktober", "october", "okt", "oct":
		return time.October, true
	case "november", "nopember", "nov", "nop":
		return time.November, true
	case "desember", "december", "des", "dec":
		return time.December, true
	}
	return 0, false
}

// policyDateLayouts are the date forms of a plan date and of every date of the policy (docs/policy.md).
var policyDateLayouts = [...]string{time.DateOnly, "02-01-2006", "02/01/2006"}

// ParseDate reads a date as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY, in UTC,
// and checks it with CheckPlanDate: it is how every plan date (--date, the
// policy file, the page) and every date of the policy is read.
func ParseDate(v string) (time.Time, error) {
	for _, l := range policyDateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			if err := planYears(t); err != nil {
				return time.Time{}, err
			}
			return t, nil
		}
	}
	return time.Time{}, i18n.Errorf(i18n.PolicyBadDate, v)
}

// The years of plan dates (and of every date of a policy): wide enough for
// any reshuffle of the past or the future a personnel agency plans, narrow
// enough that a mistyped year (0001, 12027) is refused instead of planned.
const (
	MinPlanYear = 1970
	MaxPlanYear = 2100
)

// CheckPlanDate refuses a plan date outside the years MinPlanYear to
// MaxPlanYear (a zero date included). Evaluate calls it, so that every path
// that plans (the command line, the page, a scenario) refuses the same
// dates.
func CheckPlanDate(d time.Time) error {
	if d.IsZero() {
		return i18n.Errorf(i18n.PolicyNoPlanDate)
	}
	return planYears(d)
}

// planYears refuses a date outside the years MinPlanYear to MaxPlanYear.
func planYears(d time.Time) error {
	if y := d.Year(); y < MinPlanYear || y > MaxPlanYear {
		return i18n.Errorf(i18n.PolicyPlanYears, d.Format(time.DateOnly), MinPlanYear, MaxPlanYear)
	}
	return nil
}

// StartsAfter reports whether the official started in their post after the
// plan date d: a plan cannot be made at d for this roster.
func (o *Official) StartsAfter(d time.Time) bool {
	return !o.PositionSince.IsZero() && o.PositionSince.After(dateOf(d))
}

// CheckRosterDate checks that d can be the plan date of r: a date
// CheckPlanDate accepts, on or after every official's position_since (the
// check the roster files' loader makes cell by cell). Evaluate calls it, so that the command
// line and the page refuse the same dates.
func CheckRosterDate(r *Roster, d time.Time) error {
	if err := CheckPlanDate(d); err != nil {
		return err
	}
	var late []i18n.Msg
	n := 0
	for i := range r.Officials {
		o := &r.Officials[i]
		if !o.StartsAfter(d) {
			continue
		}
		n++
		if len(late) < 3 {
			late = append(late, i18n.M(i18n.RosterLateItem, o.NIP.Raw, o.Row, i18n.Date(o.PositionSince)))
		}
	}
	if n == 0 {
		return nil
	}
	var more any = ""
	if n > len(late) {
		more = i18n.M(i18n.RosterAndMore, n-len(late))
	}
	return i18n.Errorf(i18n.RosterPlanDateLate, d.Format(time.DateOnly), i18n.List(late), more)
}
