package model

import "time"

// DefaultWeights returns the weights mutasi uses when the policy sets none.
// Every component is in [0, 1] (docs/score.md), so the weights read as
// exchange rates: performance and competency fit count alike (1); a full
// rotation pressure (five years in the post) costs as much as a whole JPM
// point (1); a talent-box recommendation is a tie-breaker (0.25); leaving a
// priority-5 post vacant costs 1; releasing (non-job) a Sangat Baik holder
// costs 1 and a Sangat Kurang holder a third of that.
func DefaultWeights() Weights {
	return Weights{
		Performance: 1,
		Fit:         1,
		Tenure:      1,
		Talent:      0.25,
		Family:      0.5,
		Vacancy:     1,
		Release:     1,
	}
}

// DefaultPolicy returns the built-in policy at the plan date: DefaultWeights,
// DefaultRules, no pins, forbids or exemptions.
func DefaultPolicy(date time.Time) Policy {
	return Policy{Date: date, Weights: DefaultWeights(), Rules: DefaultRules()}
}
