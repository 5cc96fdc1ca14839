package model

import (
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// MoveType is what a plan does with one official.
type MoveType uint8

// The move types of a plan. The names are a stable contract (JSON "type");
// new types are only ever added.
const (
	Stay     MoveType = iota + 1 // keeps the current post
	Rotate                       // another post of the same eselon
	Promote                      // a post of a higher eselon (within a level too: III.b to III.a)
	Fill                         // an official without a structural post takes one
	Release                      // a holder leaves the structure (non-job), with a cause
	Retire                       // a holder or candidate past the retirement age (pensiun)
	Unplaced                     // a candidate without a roster post is not placed: keeps what they have
	Demote                       // a post of a lower eselon (a sanction's demotion, or allowed by the policy); To is nil for a post one level lower outside the roster
)

// String returns the stable name of the move type: "stay", "rotate",
// "promote", "fill", "release", "retire", "unplaced" or "demote".
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
	case Retire:
		return "retire"
	case Unplaced:
		return "unplaced"
	case Demote:
		return "demote"
	}
	return "?"
}

// MoveTypes lists every move type in the order of their constants.
func MoveTypes() []MoveType {
	return []MoveType{Stay, Rotate, Promote, Fill, Release, Retire, Unplaced, Demote}
}

// Moves reports whether a holder's move of this type counts as a move: a
// change of the holder's post (rotation, promotion, demotion, release, and
// retirement, which every plan makes). The tie rule minimises these and a
// move budget bounds them; stays and the candidates' fills and
// non-placements do not count.
func (t MoveType) Moves() bool {
	switch t {
	case Rotate, Promote, Demote, Release, Retire:
		return true
	}
	return false
}

// InDecree reports whether the lampiran of the reshuffle's decree lists a
// move of this type: every change of post. Stays, retirements (pensiun has
// a decree of its own, on BKN's technical consideration) and unplaced
// candidates (nothing happens to them) are not listed.
func (t MoveType) InDecree() bool {
	switch t {
	case Rotate, Promote, Fill, Release, Demote:
		return true
	}
	return false
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
	// Reasons say, in words a committee can read, why this move; an
	// output renders them in its language (report.JSONMoveOf).
	Reasons []i18n.Msg `json:"-"`
	// Cause says why a holder leaves without a post (release, retire):
	// "evaluation" (istirahat), "sanction", "decision" (a pin to no post)
	// or "retirement"; also "sanction" for a demotion. Empty otherwise.
	Cause string `json:"cause,omitempty"`
	// Rules lists the codes of the rules that were checked for the move.
	Rules    []string   `json:"rules,omitempty"`
	Warnings []i18n.Msg `json:"-"`
	// Alternatives are the best other choices, best first.
	Alternatives []Alternative `json:"alternatives,omitempty"`
}

// Vacancy is a post left empty by the plan, with the reason and the
// officials who could act in it (Plt) until it is filled.
type Vacancy struct {
	PostRef
	Reason i18n.Msg `json:"-"`
	// Acting are the best acting candidates (Plt), best first; they do not
	// change the plan.
	Acting []Acting `json:"acting"`
}

// Acting is a candidate to act in a vacant post (pelaksana tugas, Plt) in
// addition to their own: an official holding a post of the same level or
// one level lower after the plan.
type Acting struct {
	NIP  string `json:"nip"`
	Name string `json:"name"`
	Rank string `json:"rank"`
	// Post is the post the candidate holds after the plan; nil for a post
	// outside the roster (Eselon then says which).
	Post   *PostRef `json:"post"`
	Eselon string   `json:"eselon"`
	JPM    *float64 `json:"jpm"`
	Reason i18n.Msg `json:"-"`
}

// UpcomingVacancy is a post whose holder retires within the plan's
// horizon: the holder stays until then (R-BUP), and the post falls vacant
// on the retirement date.
type UpcomingVacancy struct {
	PostRef
	// Date is the retirement date (TMT pensiun), the first day the post is
	// vacant.
	Date time.Time `json:"date"`
	// NIP and Holder name the retiring holder.
	NIP    string `json:"nip"`
	Holder string `json:"holder"`
}

// Approval says whether the plan needs the written approval of the
// Minister of Home Affairs before the regional head may sign it (the
// political calendar of the policy), why, and the approval letter when
// the policy names one.
type Approval struct {
	Required bool       `json:"required"`
	Reasons  []i18n.Msg `json:"-"`
	Letter   string     `json:"letter"`
}

// Summary counts a plan's moves and measures what it changes.
type Summary struct {
	Officials int `json:"officials"`
	Positions int `json:"positions"`
	Stay      int `json:"stay"`
	Rotate    int `json:"rotate"`
	Promote   int `json:"promote"`
	Fill      int `json:"fill"`
	// Release counts holders released (non-job), with a cause.
	Release int `json:"release"`
	// Retire counts officials past the retirement age; Unplaced the
	// candidates without a roster post left where they are; Demote the
	// moves to a lower eselon.
	Retire   int `json:"retire"`
	Unplaced int `json:"unplaced"`
	Demote   int `json:"demote"`
	Vacant   int `json:"vacant"`
	// Upcoming counts the posts that fall vacant within the horizon.
	Upcoming int `json:"upcoming"`
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
	// Upcoming are the posts whose holders retire within the horizon.
	Upcoming []UpcomingVacancy `json:"upcoming_vacancies"`
	// Approval is what the political calendar asks of the plan.
	Approval Approval `json:"approval"`
	// Budget is the move budget the plan was found under (SearchBudget);
	// nil without one.
	Budget *Budget `json:"budget,omitempty"`
}
