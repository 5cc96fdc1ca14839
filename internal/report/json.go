package report

import (
	"encoding/json"
	"io"
	"sort"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// JSONPlan is the plan as docs/cli.md ("--format json") fixes it (stable fields;
// the summary's measures, each move's rules, JPM category and alternatives
// and each vacancy's reason are additions).
type JSONPlan struct {
	Date      string          `json:"date"`
	Optimal   bool            `json:"optimal"`
	Objective float64         `json:"objective"`
	Summary   model.Summary   `json:"summary"`
	Moves     []JSONMove      `json:"moves"`
	Vacant    []model.Vacancy `json:"vacant"`
	// Upcoming are the posts whose holders retire within the horizon
	// (R-BUP): they stay until the date given.
	Upcoming []JSONUpcoming `json:"upcoming_vacancies"`
	// Approval says whether the political calendar asks for the Minister
	// of Home Affairs' written approval.
	Approval model.Approval `json:"approval"`
	// Alternatives are the next-best plans (--alternatives K), best first,
	// each with the moves that differ from this plan.
	Alternatives []jsonAlternative `json:"alternatives,omitempty"`
	// Budget is the move budget (--max-moves, rules.max_moves) the plan
	// was found under.
	Budget *JSONBudget `json:"budget,omitempty"`
}

// JSONBudget is model.Budget with its numbers rounded like the others.
type JSONBudget struct {
	MaxMoves int     `json:"max_moves"`
	Moves    int     `json:"moves"`
	Penalty  float64 `json:"penalty"`
	Bound    float64 `json:"bound"`
	Gap      float64 `json:"gap"`
}

// JSONBudgetOf converts the plan's budget; nil without one.
func JSONBudgetOf(b *model.Budget) *JSONBudget {
	if b == nil {
		return nil
	}
	return &JSONBudget{MaxMoves: b.MaxMoves, Moves: b.Moves, Penalty: Round6(b.Penalty),
		Bound: Round6(b.Bound), Gap: Round6(b.Gap)}
}

// JSONUpcoming is an upcoming vacancy with its date as YYYY-MM-DD.
type JSONUpcoming struct {
	model.PostRef
	Date   string `json:"date"`
	NIP    string `json:"nip"`
	Holder string `json:"holder"`
}

// JSONUpcomingOf converts the plan's upcoming vacancies ([] when none).
func JSONUpcomingOf(us []model.UpcomingVacancy) []JSONUpcoming {
	out := make([]JSONUpcoming, 0, len(us))
	for _, u := range us {
		out = append(out, JSONUpcoming{PostRef: u.PostRef, Date: u.Date.Format(time.DateOnly), NIP: u.NIP, Holder: u.Holder})
	}
	return out
}

// JSONVacantOf copies the plan's vacant posts with every list non-nil.
func JSONVacantOf(vs []model.Vacancy) []model.Vacancy {
	out := make([]model.Vacancy, 0, len(vs))
	for _, v := range vs {
		if v.Acting == nil {
			v.Acting = []model.Acting{}
		}
		out = append(out, v)
	}
	return out
}

// JSONApprovalOf copies the approval with its reasons non-nil.
func JSONApprovalOf(a model.Approval) model.Approval {
	if a.Reasons == nil {
		a.Reasons = []string{}
	}
	return a
}

type jsonAlternative struct {
	Objective float64    `json:"objective"`
	Moves     []JSONMove `json:"moves"`
}

// JSONMove is one move of the plan in JSON (docs/cli.md, "--format json").
type JSONMove struct {
	NIP          string              `json:"nip"`
	Name         string              `json:"name"`
	Rank         string              `json:"rank"`
	From         *model.PostRef      `json:"from"`
	To           *model.PostRef      `json:"to"`
	Type         string              `json:"type"`
	Score        float64             `json:"score"`
	Components   map[string]float64  `json:"components"`
	JPM          *float64            `json:"jpm"`
	JPMCategory  string              `json:"jpm_category,omitempty"`
	Cause        string              `json:"cause,omitempty"`
	Reasons      []string            `json:"reasons"`
	Rules        []string            `json:"rules,omitempty"`
	Warnings     []string            `json:"warnings"`
	Alternatives []model.Alternative `json:"alternatives,omitempty"`
}

// JSONPlanOf converts a plan, rounding numbers to six decimals and moves
// sorted by NIP; empty lists are [] rather than null.
func JSONPlanOf(p *model.Plan) JSONPlan {
	s := p.Summary
	s.MeanJPMBefore, s.MeanJPMAfter = Round6(s.MeanJPMBefore), Round6(s.MeanJPMAfter)
	out := JSONPlan{
		Date:      p.Date.Format(time.DateOnly),
		Optimal:   p.Optimal,
		Objective: Round6(p.Objective),
		Summary:   s,
		Moves:     make([]JSONMove, 0, len(p.Moves)),
		Vacant:    JSONVacantOf(p.Vacant),
		Upcoming:  JSONUpcomingOf(p.Upcoming),
		Approval:  JSONApprovalOf(p.Approval),
		Budget:    JSONBudgetOf(p.Budget),
	}
	for k := range p.Moves {
		out.Moves = append(out.Moves, JSONMoveOf(&p.Moves[k]))
	}
	sortByNIP(out.Moves)
	return out
}

// JSONMoveOf is m in JSON: numbers rounded to 6 decimals, empty lists
// written as [] rather than null.
func JSONMoveOf(m *model.Move) JSONMove {
	j := JSONMove{NIP: m.NIP, Name: m.Name, Rank: m.Rank, From: m.From, To: m.To,
		Type: m.Type.String(), Score: Round6(m.Score), Components: map[string]float64{},
		JPMCategory: m.JPMCategory, Cause: m.Cause, Reasons: NonNil(m.Reasons), Rules: m.Rules,
		Warnings: NonNil(m.Warnings)}
	for c, v := range m.Components {
		j.Components[c] = Round6(v)
	}
	if m.HasJPM {
		v := Round6(m.JPM)
		j.JPM = &v
	}
	for _, a := range m.Alternatives {
		a.Gap, a.Score, a.JPM = Round6(a.Gap), Round6(a.Score), Round6(a.JPM)
		j.Alternatives = append(j.Alternatives, a)
	}
	return j
}

func sortByNIP(ms []JSONMove) {
	sort.Slice(ms, func(a, b int) bool { return ms[a].NIP < ms[b].NIP })
}

// NonNil returns s, or an empty slice for nil, so that JSON writes [].
func NonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// WriteJSON writes v indented, ending with a newline.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// WritePlanJSON writes the plan as JSON.
func WritePlanJSON(w io.Writer, p *model.Plan) error {
	return writePlanAltsJSON(w, p, nil)
}

// writePlanAltsJSON writes the plan as JSON, with the next-best plans alts.
func writePlanAltsJSON(w io.Writer, p *model.Plan, alts []*model.Plan) error {
	j := JSONPlanOf(p)
	for _, a := range alts {
		ja := jsonAlternative{Objective: Round6(a.Objective), Moves: []JSONMove{}}
		for _, m := range AlternativeMoves(p, a) {
			jm := JSONMoveOf(m)
			// A move's own alternatives come from the duals, which for a
			// next-best plan prove only its Murty subproblem: leave them out.
			jm.Alternatives = nil
			ja.Moves = append(ja.Moves, jm)
		}
		j.Alternatives = append(j.Alternatives, ja)
	}
	return WriteJSON(w, j)
}
