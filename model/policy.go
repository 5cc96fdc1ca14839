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
	Pins    []Decision
	Forbids []Decision
}

// Decision names an official by NIP and a post by id.
type Decision struct {
	NIP      string
	Position string
}

// Weights are the weights of the components of the score.
type Weights struct {
	Performance float64
	Fit         float64
	Tenure      float64
	Talent      float64
	Vacancy     float64
	Release     float64
}

// Rules holds the switch and the parameters of every rule of eligibility.
type Rules struct {
	TenureMin bool // R-TENURE-MIN
	TenureMax bool // R-TENURE-MAX as a hard rule
	Rank      bool // R-RANK
	BUP       bool // R-BUP
	Sanction  bool // R-SANCTION
	Training  bool // R-TRAINING
	Promotion bool // R-PROMOTION
	JPMMin    bool // R-JPM-MIN
}
