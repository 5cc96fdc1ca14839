package model

import "time"

// Policy is everything a region chooses for one plan: the plan date, the
// weights of the score, the switches of the rules and the analyst's own
// decisions (pins and forbids).
type Policy struct {
	// Date is the plan date: tenure, age and retirement are computed at it.
	Date    time.Time
	Weights Weights
	Rules   Rules
	// Pins place an official in a post; Forbids exclude a pair (R-DECISION).
	// A pin to the empty post id releases the official.
	Pins    []Decision
	Forbids []Decision
	// Exempt lists NIPs exempted from R-TENURE-MIN (SE MenPANRB 19/2023
	// allowed exceptions per official).
	Exempt []string
	// Decree is what the lampiran SK prints around the moves: the decree's
	// title block and signature. It does not change the plan.
	Decree Decree
}

// Decision names an official by NIP and a post by id.
type Decision struct {
	NIP      string
	Position string
}

// Weights are the weights of the components of the score. Every component
// is normalised to [0, 1] so that the weights compare.
type Weights struct {
	Performance float64
	Fit         float64
	Tenure      float64
	Talent      float64
	Vacancy     float64
	Release     float64
}

// Rules holds the switch and the parameters of every rule of eligibility
// (DOMAIN.md "Hard rules"). The zero Rules switches every rule off; use
// DefaultRules for the regulations' defaults.
type Rules struct {
	// TenureMin (R-TENURE-MIN): no move before TenureMinMonths in the post.
	TenureMin       bool
	TenureMinMonths int
	// TenureMax (R-TENURE-MAX): a post held TenureMaxMonths or longer must be
	// left. It is always a cost in the score; TenureMaxHard makes it a rule.
	TenureMaxHard   bool
	TenureMaxMonths int
	// Rank (R-RANK): rank at least one step below the eselon's range.
	Rank bool
	// BUP (R-BUP): not placed when retirement falls within HorizonMonths of
	// the plan date.
	BUP           bool
	HorizonMonths int
	// Sanction (R-SANCTION): berat in force bars every post, sedang bars
	// promotion.
	Sanction bool
	// Training (R-TRAINING): an official in PKN II training moves only by
	// promotion.
	Training bool
	// Promotion (R-PROMOTION): one level up at most; JPT candidates at most
	// JPTMaxAge years old with AdminMinMonths as administrator; no demotion
	// unless AllowDemotion.
	Promotion      bool
	JPTMaxAge      int
	AdminMinMonths int
	AllowDemotion  bool
	// JPMMin (R-JPM-MIN): a JPM below JPMMinValue cannot fill a post.
	JPMMin      bool
	JPMMinValue float64
}

// DefaultRules returns the rules as the regulations set them: every rule on
// except R-JPM-MIN and the hard form of R-TENURE-MAX, 24 and 60 months, a
// 12-month horizon, JPT candidates at most 56 with 24 months as
// administrator, no demotion, and a JPM floor of 0.68 when switched on.
func DefaultRules() Rules {
	return Rules{
		TenureMin: true, TenureMinMonths: 24,
		TenureMaxMonths: 60,
		Rank:            true,
		BUP:             true, HorizonMonths: 12,
		Sanction:  true,
		Training:  true,
		Promotion: true, JPTMaxAge: 56, AdminMinMonths: 24,
		JPMMinValue: 0.68,
	}
}
