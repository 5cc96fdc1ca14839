package main

import (
	"encoding/json"
	"io"
	"sort"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// jsonPlan is the plan as DESIGN.md "Plan output" fixes it (stable fields;
// the summary's measures, each move's rules, JPM category and alternatives
// and each vacancy's reason are additions).
type jsonPlan struct {
	Date      string          `json:"date"`
	Optimal   bool            `json:"optimal"`
	Objective float64         `json:"objective"`
	Summary   model.Summary   `json:"summary"`
	Moves     []jsonMove      `json:"moves"`
	Vacant    []model.Vacancy `json:"vacant"`
	// Upcoming are the posts whose holders retire within the horizon
	// (R-BUP): they stay until the date given.
	Upcoming []jsonUpcoming `json:"upcoming_vacancies"`
	// Approval says whether the political calendar asks for the Minister
	// of Home Affairs' written approval.
	Approval model.Approval `json:"approval"`
	// Alternatives are the next-best plans (--alternatives K), best first,
	// each with the moves that differ from this plan.
	Alternatives []jsonAlternative `json:"alternatives,omitempty"`
	// Budget is the move budget (--max-moves, rules.max_moves) the plan
	// was found under.
	Budget *jsonBudget `json:"budget,omitempty"`
}

// jsonBudget is model.Budget with its numbers rounded like the others.
type jsonBudget struct {
	MaxMoves int     `json:"max_moves"`
	Moves    int     `json:"moves"`
	Penalty  float64 `json:"penalty"`
	Bound    float64 `json:"bound"`
	Gap      float64 `json:"gap"`
}

// jsonBudgetOf converts the plan's budget; nil without one.
func jsonBudgetOf(b *model.Budget) *jsonBudget {
	if b == nil {
		return nil
	}
	return &jsonBudget{MaxMoves: b.MaxMoves, Moves: b.Moves, Penalty: round6(b.Penalty),
		Bound: round6(b.Bound), Gap: round6(b.Gap)}
}

// jsonUpcoming is an upcoming vacancy with its date as YYYY-MM-DD.
type jsonUpcoming struct {
	model.PostRef
	Date   string `json:"date"`
	NIP    string `json:"nip"`
	Holder string `json:"holder"`
}

// jsonUpcomingOf converts the plan's upcoming vacancies ([] when none).
func jsonUpcomingOf(us []model.UpcomingVacancy) []jsonUpcoming {
	out := make([]jsonUpcoming, 0, len(us))
	for _, u := range us {
		out = append(out, jsonUpcoming{PostRef: u.PostRef, Date: u.Date.Format(time.DateOnly), NIP: u.NIP, Holder: u.Holder})
	}
	return out
}

// jsonVacantOf copies the plan's vacant posts with every list non-nil.
func jsonVacantOf(vs []model.Vacancy) []model.Vacancy {
	out := make([]model.Vacancy, 0, len(vs))
	for _, v := range vs {
		if v.Acting == nil {
			v.Acting = []model.Acting{}
		}
		out = append(out, v)
	}
	return out
}

// jsonApprovalOf copies the approval with its reasons non-nil.
func jsonApprovalOf(a model.Approval) model.Approval {
	if a.Reasons == nil {
		a.Reasons = []string{}
	}
	return a
}

type jsonAlternative struct {
	Objective float64    `json:"objective"`
	Moves     []jsonMove `json:"moves"`
}

type jsonMove struct {
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

// jsonPlanOf converts a plan, rounding numbers to six decimals and moves
// sorted by NIP; empty lists are [] rather than null.
func jsonPlanOf(p *model.Plan) jsonPlan {
	s := p.Summary
	s.MeanJPMBefore, s.MeanJPMAfter = round6(s.MeanJPMBefore), round6(s.MeanJPMAfter)
	out := jsonPlan{
		Date:      p.Date.Format(time.DateOnly),
		Optimal:   p.Optimal,
		Objective: round6(p.Objective),
		Summary:   s,
		Moves:     make([]jsonMove, 0, len(p.Moves)),
		Vacant:    jsonVacantOf(p.Vacant),
		Upcoming:  jsonUpcomingOf(p.Upcoming),
		Approval:  jsonApprovalOf(p.Approval),
		Budget:    jsonBudgetOf(p.Budget),
	}
	for k := range p.Moves {
		out.Moves = append(out.Moves, jsonMoveOf(&p.Moves[k]))
	}
	sortByNIP(out.Moves)
	return out
}

func jsonMoveOf(m *model.Move) jsonMove {
	j := jsonMove{NIP: m.NIP, Name: m.Name, Rank: m.Rank, From: m.From, To: m.To,
		Type: m.Type.String(), Score: round6(m.Score), Components: map[string]float64{},
		JPMCategory: m.JPMCategory, Cause: m.Cause, Reasons: nonNil(m.Reasons), Rules: m.Rules,
		Warnings: nonNil(m.Warnings)}
	for c, v := range m.Components {
		j.Components[c] = round6(v)
	}
	if m.HasJPM {
		v := round6(m.JPM)
		j.JPM = &v
	}
	for _, a := range m.Alternatives {
		a.Gap, a.Score, a.JPM = round6(a.Gap), round6(a.Score), round6(a.JPM)
		j.Alternatives = append(j.Alternatives, a)
	}
	return j
}

func sortByNIP(ms []jsonMove) {
	sort.Slice(ms, func(a, b int) bool { return ms[a].NIP < ms[b].NIP })
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// writeJSON writes v indented, ending with a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writePlanJSON writes the plan as JSON.
func writePlanJSON(w io.Writer, p *model.Plan) error {
	return writePlanAltsJSON(w, p, nil)
}

// writePlanAltsJSON writes the plan as JSON, with the next-best plans alts.
func writePlanAltsJSON(w io.Writer, p *model.Plan, alts []*model.Plan) error {
	j := jsonPlanOf(p)
	for _, a := range alts {
		ja := jsonAlternative{Objective: round6(a.Objective), Moves: []jsonMove{}}
		for _, m := range alternativeMoves(p, a) {
			jm := jsonMoveOf(m)
			// A move's own alternatives come from the duals, which for a
			// next-best plan prove only its Murty subproblem: leave them out.
			jm.Alternatives = nil
			ja.Moves = append(ja.Moves, jm)
		}
		j.Alternatives = append(j.Alternatives, ja)
	}
	return writeJSON(w, j)
}
