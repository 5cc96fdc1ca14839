package model

// This file is the contract of the rules of eligibility. Its bodies are a
// temporary stand-in (everything allowed) until rules.go lands.

// Verdict is one rule's finding: its code (e.g. "R-RANK") and a one-line
// reason a committee can read.
type Verdict struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}

// Status is what the rules say of an official as a whole.
type Status uint8

// Official statuses.
const (
	Free      Status = iota // may stay, move or be released
	Locked                  // must stay in the current post
	MustLeave               // may not keep the current post
)

// Eligibility holds the rules' findings on a roster at a plan date.
type Eligibility struct {
	r   *Roster
	pol *Policy
}

// Evaluate applies the policy's rules to every pair of the roster.
func Evaluate(r *Roster, pol *Policy) (*Eligibility, error) {
	return &Eligibility{r: r, pol: pol}, nil
}

// Allowed reports whether official i may be placed in post j.
func (e *Eligibility) Allowed(i, j int) bool { return true }

// Blocked returns the verdicts that forbid official i in post j; nil when
// the pair is allowed.
func (e *Eligibility) Blocked(i, j int) []Verdict { return nil }

// Status returns official i's status and the verdicts behind it.
func (e *Eligibility) Status(i int) (Status, []Verdict) { return Free, nil }

// CanRelease reports whether official i may be left without a post.
func (e *Eligibility) CanRelease(i int) bool { return true }
