package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"sort"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// JSONPlan is the plan as docs/cli.md ("--format json") fixes it (stable fields;
// the summary's measures, each move's rules, JPM category and alternatives
// and each vacancy's reason are additions).
type JSONPlan struct {
	Date      string        `json:"date"`
	Optimal   bool          `json:"optimal"`
	Objective float64       `json:"objective"`
	Summary   model.Summary `json:"summary"`
	Moves     []JSONMove    `json:"moves"`
	Vacant    []JSONVacancy `json:"vacant"`
	// Upcoming are the posts whose holders retire within the horizon
	// (R-BUP): they stay until the date given.
	Upcoming []JSONUpcoming `json:"upcoming_vacancies"`
	// Approval says whether the political calendar asks for the Minister
	// of Home Affairs' written approval.
	Approval JSONApproval `json:"approval"`
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

// JSONVacancy is a vacant post in JSON, its reason and its acting
// candidates' reasons in the output's language.
type JSONVacancy struct {
	model.PostRef
	Reason string       `json:"reason,omitempty"`
	Acting []JSONActing `json:"acting"`
}

// JSONActing is an acting candidate (Plt) in JSON.
type JSONActing struct {
	NIP    string         `json:"nip"`
	Name   string         `json:"name"`
	Rank   string         `json:"rank"`
	Post   *model.PostRef `json:"post"`
	Eselon string         `json:"eselon"`
	JPM    *float64       `json:"jpm"`
	Reason string         `json:"reason"`
}

// JSONVacantOf renders the plan's vacant posts in lang, with every list
// non-nil.
func JSONVacantOf(vs []model.Vacancy, lang i18n.Lang) []JSONVacancy {
	out := make([]JSONVacancy, 0, len(vs))
	for _, v := range vs {
		jv := JSONVacancy{PostRef: v.PostRef, Reason: v.Reason.Text(lang), Acting: make([]JSONActing, 0, len(v.Acting))}
		for _, a := range v.Acting {
			jv.Acting = append(jv.Acting, JSONActing{NIP: a.NIP, Name: a.Name, Rank: a.Rank, Post: a.Post,
				Eselon: a.Eselon, JPM: a.JPM, Reason: a.Reason.Text(lang)})
		}
		out = append(out, jv)
	}
	return out
}

// JSONApproval is the political calendar's verdict in JSON, its reasons
// in the output's language.
type JSONApproval struct {
	Required bool     `json:"required"`
	Reasons  []string `json:"reasons"`
	Letter   string   `json:"letter"`
}

// JSONApprovalOf renders the approval in lang, its reasons non-nil.
func JSONApprovalOf(a model.Approval, lang i18n.Lang) JSONApproval {
	return JSONApproval{Required: a.Required, Reasons: i18n.Texts(a.Reasons, lang), Letter: a.Letter}
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

// JSONPlanOf converts a plan, its texts in lang, rounding numbers to six
// decimals and moves sorted by NIP; empty lists are [] rather than null.
func JSONPlanOf(p *model.Plan, lang i18n.Lang) JSONPlan {
	s := p.Summary
	s.MeanJPMBefore, s.MeanJPMAfter = Round6(s.MeanJPMBefore), Round6(s.MeanJPMAfter)
	out := JSONPlan{
		Date:      p.Date.Format(time.DateOnly),
		Optimal:   p.Optimal,
		Objective: Round6(p.Objective),
		Summary:   s,
		Moves:     make([]JSONMove, 0, len(p.Moves)),
		Vacant:    JSONVacantOf(p.Vacant, lang),
		Upcoming:  JSONUpcomingOf(p.Upcoming),
		Approval:  JSONApprovalOf(p.Approval, lang),
		Budget:    JSONBudgetOf(p.Budget),
	}
	for k := range p.Moves {
		out.Moves = append(out.Moves, JSONMoveOf(&p.Moves[k], lang))
	}
	sortByNIP(out.Moves)
	return out
}

// JSONMoveOf is m in JSON, its reasons and warnings in lang: numbers
// rounded to 6 decimals, empty lists written as [] rather than null.
func JSONMoveOf(m *model.Move, lang i18n.Lang) JSONMove {
	j := JSONMove{NIP: m.NIP, Name: m.Name, Rank: m.Rank, From: m.From, To: m.To,
		Type: m.Type.String(), Score: Round6(m.Score), Components: map[string]float64{},
		JPMCategory: m.JPMCategory, Cause: m.Cause, Reasons: i18n.Texts(m.Reasons, lang), Rules: m.Rules,
		Warnings: i18n.Texts(m.Warnings, lang)}
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

// WritePlanJSON writes the plan as JSON, its texts in lang.
func WritePlanJSON(w io.Writer, p *model.Plan, lang i18n.Lang) error {
	return writePlanAltsJSON(w, p, nil, lang)
}

// writePlanAltsJSON writes the plan as JSON, with the next-best plans alts.
func writePlanAltsJSON(w io.Writer, p *model.Plan, alts []*model.Plan, lang i18n.Lang) error {
	j := jsonPlanAlts(p, alts, lang)
	return writePlanJSON(w, &j)
}

// jsonPlanAlts is JSONPlanOf with the next-best plans alts.
func jsonPlanAlts(p *model.Plan, alts []*model.Plan, lang i18n.Lang) JSONPlan {
	j := JSONPlanOf(p, lang)
	for _, a := range alts {
		ja := jsonAlternative{Objective: Round6(a.Objective), Moves: []JSONMove{}}
		for _, m := range AlternativeMoves(p, a) {
			jm := JSONMoveOf(m, lang)
			// A move's own alternatives come from the duals, which for a
			// next-best plan prove only its Murty subproblem: leave them out.
			jm.Alternatives = nil
			ja.Moves = append(ja.Moves, jm)
		}
		j.Alternatives = append(j.Alternatives, ja)
	}
	return j
}

// jsonMovesChunk is the number of moves writePlanJSON marshals in one
// piece; a plan of fewer moves is written in one piece by WriteJSON.
const jsonMovesChunk = 256

// jsonMovesKey is how WriteJSON writes an empty list of moves: at the top
// level of the plan, the only key indented by two spaces named "moves".
const jsonMovesKey = "\n  \"moves\": []"

// writePlanJSON writes j as WriteJSON does, byte for byte, without holding
// the whole document twice in memory (compact, then indented): the moves,
// most of a large plan, are marshalled in pieces on every core and written
// in order as they are ready, each indented as it stands in the document.
func writePlanJSON(w io.Writer, j *JSONPlan) error {
	moves := j.Moves
	if len(moves) <= jsonMovesChunk {
		return WriteJSON(w, j)
	}
	var head bytes.Buffer
	j.Moves = []JSONMove{}
	err := WriteJSON(&head, j)
	j.Moves = moves
	if err != nil {
		return err
	}
	h := head.Bytes()
	at := bytes.Index(h, []byte(jsonMovesKey))
	if at < 0 {
		return errors.New("report: the plan's JSON has no list of moves")
	}
	at += len(jsonMovesKey) - 1 // after the list's "["
	bw := bufio.NewWriterSize(w, 1<<20)
	if _, err := bw.Write(h[:at]); err != nil {
		return err
	}
	// A batch of pieces at a time, on every core, written in order.
	workers := runtime.GOMAXPROCS(0)
	pieces := make([]bytes.Buffer, 4*workers)
	for start := 0; start < len(moves); start += len(pieces) * jsonMovesChunk {
		var g errgroup.Group
		g.SetLimit(workers)
		for k := range pieces {
			pieces[k].Reset()
			if lo := start + k*jsonMovesChunk; lo < len(moves) {
				hi := min(lo+jsonMovesChunk, len(moves))
				g.Go(func() error { return appendMovesJSON(&pieces[k], moves[lo:hi], lo == 0) })
			}
		}
		if err := g.Wait(); err != nil {
			return err
		}
		for k := range pieces {
			if _, err := pieces[k].WriteTo(bw); err != nil {
				return err
			}
		}
	}
	if _, err := bw.WriteString("\n  ]"); err != nil {
		return err
	}
	if _, err := bw.Write(h[at+1:]); err != nil {
		return err
	}
	return bw.Flush()
}

// appendMovesJSON appends moves to dst as they stand in the plan's list of
// moves, indented: each after a line break, and a comma unless first is
// set and it is the first of the list.
func appendMovesJSON(dst *bytes.Buffer, moves []JSONMove, first bool) error {
	enc := json.NewEncoder(dst)
	enc.SetIndent("    ", "  ")
	for k := range moves {
		if k > 0 || !first {
			dst.WriteByte(',')
		}
		dst.WriteString("\n    ")
		if err := enc.Encode(&moves[k]); err != nil {
			return err
		}
		dst.Truncate(dst.Len() - 1) // Encode's line break
	}
	return nil
}
