package model

import "time"

// MoveType is what a plan does with one official.
type MoveType uint8

// The move types of a plan. The names are a stable contract (JSON "type").
const (
	Stay    MoveType = iota + 1 // keeps the current post
	Rotate                      // another post of the same level
	Promote                     // a post one level up
	Fill                        // an official without a post takes one
	Release                     // leaves the structure (non-job), or a candidate not placed
)

// String returns the stable name of the move type: "stay", "rotate",
// "promote", "fill" or "release".
func (t MoveType) String() string {
	switch t {
	case Stay:
		return "stay"
	case Rotate:
		return "rotate"
	case Promote:
		return "promote"
	case Fill:
		return "fill"
	case Release:
		return "release"
	}
	return "?"
}

// MarshalText makes a MoveType its stable name in JSON ("stay", …).
func (t MoveType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// PostRef identifies a post in a plan.
type PostRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Unit string `json:"unit"`
}

// Alternative is another post an official could have taken and what it would
// have cost the plan.
type Alternative struct {
	// Post is nil for "release".
	Post *PostRef `json:"post"`
	// Gap is the loss of total score, at least the reduced cost, if the
	// official were sent there instead (≥ 0).
	Gap float64 `json:"gap"`
	// Score is the official's own score in that post.
	Score float64 `json:"score"`
	JPM   float64 `json:"jpm"`
}

// Move is the plan for one official.
type Move struct {
	// Official is the index in Roster.Officials.
	Official int      `json:"-"`
	NIP      string   `json:"nip"`
	Name     string   `json:"name"`
	Rank     string   `json:"rank"`
	From     *PostRef `json:"from"`
	To       *PostRef `json:"to"`
	Type     MoveType `json:"type"`
	// Score is the official's benefit in the new post (or minus the release
	// cost).
	Score float64 `json:"score"`
	// Components maps each component name (performance, fit, tenure,
	// talent, release) to its weighted contribution to Score.
	Components map[string]float64 `json:"components"`
	// JPM against the new post (against the old one for a release); HasJPM
	// is false when the official was not assessed.
	JPM         float64 `json:"jpm"`
	HasJPM      bool    `json:"-"`
	JPMCategory string  `json:"jpm_category,omitempty"`
	// Reasons say, in words a committee can read, why this move.
	Reasons []string `json:"reasons"`
	// Rules lists the codes of the rules that were checked for the move.
	Rules    []string `json:"rules,omitempty"`
	Warnings []string `json:"warnings"`
	// Alternatives are the best other choices, best first.
	Alternatives []Alternative `json:"alternatives,omitempty"`
}

// Vacancy is a post left empty by the plan, with the reason.
type Vacancy struct {
	PostRef
	Reason string `json:"reason,omitempty"`
}

// Summary counts a plan's moves and measures what it changes.
type Summary struct {
	Officials int `json:"officials"`
	Positions int `json:"positions"`
	Stay      int `json:"stay"`
	Rotate    int `json:"rotate"`
	Promote   int `json:"promote"`
	Fill      int `json:"fill"`
	Release   int `json:"release"`
	Vacant    int `json:"vacant"`
	// Filled counts the posts held after the plan.
	Filled int `json:"filled"`
	// MeanJPMBefore/After average the JPM of the holders of posts before and
	// after the plan, over assessed holders.
	MeanJPMBefore float64 `json:"mean_jpm_before"`
	MeanJPMAfter  float64 `json:"mean_jpm_after"`
	// Over5Before/After count holders with at least TenureMaxMonths in the
	// same post (the rotation R-TENURE-MAX calls due) before and after the
	// plan; an official who moves starts again at 0.
	Over5Before int `json:"over5_before"`
	Over5After  int `json:"over5_after"`
}

// Plan is an optimal reshuffle: one move per official and the posts left
// vacant, with the certificate's verdict.
type Plan struct {
	Date time.Time `json:"date"`
	// Optimal is true when the solver's dual certificate was verified.
	Optimal bool `json:"optimal"`
	// Objective is the total score of the plan: Σ benefits − Σ vacancy
	// costs − Σ release costs.
	Objective float64   `json:"objective"`
	Summary   Summary   `json:"summary"`
	Moves     []Move    `json:"moves"`
	Vacant    []Vacancy `json:"vacant"`
}
