package model

import (
	"slices"
	"time"
)

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
	// Calendar is the political calendar of the region: it decides whether
	// the plan needs the Minister of Home Affairs' written approval.
	Calendar Calendar
	// MovePenalty is added to the cost of every column but their own post
	// for each holder of a roster post (the release column included): the
	// Lagrangian price of a move that the search of a move budget sets
	// (SearchBudget). It is 0, no penalty, unless a budget is searched; it
	// is not a key of the policy file.
	MovePenalty float64
}

// Calendar holds the dates of the regional head's term and election that
// UU 10/2016 Pasal 71 and Pasal 162 tie a reshuffle to. Zero dates are
// unknown (no ban is derived from them).
type Calendar struct {
	// CandidatesSet is the day the candidates of the next regional
	// election are set (penetapan pasangan calon).
	CandidatesSet time.Time
	// TermEnd is the last day of the current regional head's term.
	TermEnd time.Time
	// Inaugurated is the day the current regional head was inaugurated.
	Inaugurated time.Time
	// ActingHead is true when the head is an acting one (penjabat, Pj).
	ActingHead bool
	// ApprovalLetter is the number and date of the Minister's written
	// approval, when obtained.
	ApprovalLetter string
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
	// Family weighs the job-family component: 1 when the post's family is
	// one of the official's, 0 when both are known and differ, 0.5 when
	// either is unknown or the post is a generalist one (FamilyFit).
	Family  float64
	Vacancy float64
	Release float64
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
	// BUP (R-BUP): retired on or before the plan date: leaves (retire);
	// retiring within HorizonMonths: stays in the post, no other post.
	BUP           bool
	HorizonMonths int
	// Sanction (R-SANCTION): the kinds of PP 94/2021 Pasal 8 in force: a
	// berat demotion allows only posts one level lower, the other berat
	// kinds no structural post, sedang no promotion.
	Sanction bool
	// Training (R-TRAINING, a regional policy): an official in PKN II
	// training moves only by promotion.
	Training bool
	// Promotion (R-PROMOTION): one level up at most; JPT candidates at most
	// JPTMaxAge years old with AdminMinMonths as administrator,
	// administrator candidates with PengawasMinMonths as pengawas; an SKP
	// of at least Baik; no demotion unless AllowDemotion.
	Promotion         bool
	JPTMaxAge         int
	AdminMinMonths    int
	PengawasMinMonths int
	AllowDemotion     bool
	// JPMMin (R-JPM-MIN): a JPM below JPMMinValue cannot fill a post.
	JPMMin      bool
	JPMMinValue float64
	// Evaluation (R-EVALUATION): the evaluation's outcome tetap keeps the
	// holder in the post, rotasi moves them, istirahat releases them.
	Evaluation bool
	// ReleaseCause (R-RELEASE-CAUSE): a holder of a roster post is released
	// only with a cause (istirahat, a sanction, a pin to no post).
	ReleaseCause bool
	// JPTSelection (R-JPT-SELECTION): a JPT post is open to an official not
	// holding one only when the open selection lists them for it.
	JPTSelection bool
	// JPTRotation (R-JPT-ROTATION): a JPT holder moves to another JPT post
	// only with an evaluation (uji kompetensi, job fit) on record.
	JPTRotation bool
	// Education (R-EDUCATION): administrator and JPT posts need at least
	// S1/D4.
	Education bool
	// SameFamily (R-FAMILY): no move to a post of another job family than
	// the official's; generalist posts (empty or "umum" family) are open to
	// every family. Off by default: a region that rotates across fields
	// keeps it off and lets the family weight speak.
	SameFamily bool
	// MoveBudget bounds the holders of a roster post who change post
	// (rotation, promotion, release) to MaxMoves: the plan is the best one
	// the Lagrangian search over a penalty on moving finds within the
	// budget, with a bound on how far it can be from the best plan within
	// it (see SearchBudget).
	MoveBudget bool
	MaxMoves   int
}

// MaxMovesLimit bounds the policy's max_moves.
const MaxMovesLimit = 1_000_000

// DefaultRules returns the rules as the regulations set them: every rule on
// except R-JPM-MIN, R-TRAINING (a regional policy) and the hard form of
// R-TENURE-MAX, 24 and 60 months, a 12-month horizon, JPT candidates at
// most 56 with 24 months as administrator, administrator candidates with 36
// months as pengawas, no demotion, and a JPM floor of 0.68 when switched on.
func DefaultRules() Rules {
	return Rules{
		TenureMin: true, TenureMinMonths: 24,
		TenureMaxMonths: 60,
		Rank:            true,
		BUP:             true, HorizonMonths: 12,
		Sanction:  true,
		Promotion: true, JPTMaxAge: 56, AdminMinMonths: 24, PengawasMinMonths: 36,
		JPMMinValue:  0.68,
		Evaluation:   true,
		ReleaseCause: true,
		JPTSelection: true,
		JPTRotation:  true,
		Education:    true,
	}
}

// Clone returns a deep copy of p, so that a scenario's Set never changes the
// slices of the policy it started from.
func (p *Policy) Clone() *Policy {
	q := *p
	q.Pins = slices.Clone(p.Pins)
	q.Forbids = slices.Clone(p.Forbids)
	q.Exempt = slices.Clone(p.Exempt)
	return &q
}
