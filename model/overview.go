package model

import (
	"fmt"
	"time"
)

// Overview counts what a roster holds at a plan date under the default
// rules: its officials and posts, the posts no official of the roster
// holds, the officials the rules keep in place, and those at or within
// the horizon of their retirement age (BUP). It is mutasi validate's
// summary of a roster that loads.
type Overview struct {
	Officials int `json:"officials"`
	Positions int `json:"positions"`
	Vacancies int `json:"vacancies"`
	// Locked are the officials the default rules keep in their posts.
	Locked int `json:"locked"`
	// Retired have reached the BUP on or before the date; Retiring reach
	// it within HorizonMonths after it.
	Retired       int `json:"retired"`
	Retiring      int `json:"retiring"`
	HorizonMonths int `json:"horizon_months"`
}

// OverviewOf counts r at date under the default rules.
func OverviewOf(r *Roster, date time.Time) (Overview, error) {
	pol := Policy{Date: date, Rules: DefaultRules()}
	el, err := Evaluate(r, &pol)
	if err != nil {
		return Overview{}, fmt.Errorf("rules: %w", err)
	}
	ov := Overview{Officials: len(r.Officials), Positions: len(r.Positions), HorizonMonths: pol.Rules.HorizonMonths}
	held := map[string]bool{}
	for i := range r.Officials {
		held[r.Officials[i].Position] = true
	}
	for j := range r.Positions {
		if !held[r.Positions[j].ID] {
			ov.Vacancies++
		}
	}
	horizon := date.AddDate(0, pol.Rules.HorizonMonths, 0)
	for i := range r.Officials {
		if st, _ := el.Status(i); st == Locked {
			ov.Locked++
		}
		switch t := el.Retirement(i); {
		case t.IsZero(), t.After(horizon):
		case !t.After(date):
			ov.Retired++
		default:
			ov.Retiring++
		}
	}
	return ov, nil
}
