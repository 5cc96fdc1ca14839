package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/mutasi-id/mutasi/model"
)

// Options is how a plan is printed: the command line's --format, --lang,
// --all and --csv-sep, and what the roster and the policy add to a decree.
type Options struct {
	Format string // table, csv, json, xlsx or pdf
	Lang   string // id or en
	// All lists stays and unplaced candidates too (the table's and the
	// lampiran's), which are otherwise only counted.
	All bool
	// Outside names, by NIP, the post a candidate holds outside the
	// roster's posts (Official.Eselon), e.g. "Pengawas (eselon IV.a)", for
	// the Jabatan Lama of a decree, where "-" would say "no post".
	Outside map[string]string
	// Decree is the title and signature blocks of the lampiran (xlsx, pdf).
	Decree model.Decree
	// CSVSep separates the CSV's cells: ';' by default in Indonesian
	// (what Excel expects in an Indonesian locale), ',' in English.
	CSVSep rune
}

// OutsidePosts describes the posts that candidates hold outside the
// roster's posts, by NIP (see Options.Outside), with their unit when the
// roster gives it: "Pengawas (eselon IV.a), Dinas Kesehatan".
func OutsidePosts(r *model.Roster) map[string]string {
	out := map[string]string{}
	for i := range r.Officials {
		o := &r.Officials[i]
		if o.Position == "" && o.Eselon.Level() != 0 {
			s := o.Eselon.Level().String() + " (eselon " + o.Eselon.String() + ")"
			if o.Unit != "" {
				s += ", " + o.Unit
			}
			out[o.NIP.Raw] = s
		}
	}
	return out
}

// fromLabel is PostLabel of the official's current post, or the post they
// hold outside the roster.
func fromLabel(m *model.Move, o *Options) string {
	if m.From == nil && o.Outside[m.NIP] != "" {
		return o.Outside[m.NIP]
	}
	return PostLabel(m.From)
}

// PlanFormats lists the values of --format for solve.
var PlanFormats = []string{"table", "csv", "json", "xlsx", "pdf"}

// ParseCSVSep reads --csv-sep: ";", ",", "tab" (or a tab character), or ""
// for the language's default (';' for id, ',' for en).
func ParseCSVSep(s, lang string) (rune, error) {
	switch s {
	case "":
		if lang == "en" {
			return ',', nil
		}
		return ';', nil
	case ";", "semicolon":
		return ';', nil
	case ",", "comma":
		return ',', nil
	case "tab", `\t`, "\t":
		return '\t', nil
	}
	return 0, fmt.Errorf("--csv-sep %q: want ; , or tab", s)
}

// WritePlan writes p to w in o's format, with the next-best plans alts
// (--alternatives; table and JSON only).
func WritePlan(w io.Writer, p *model.Plan, alts []*model.Plan, o Options) error {
	switch o.Format {
	case "csv":
		return WritePlanCSV(w, p, o)
	case "json":
		return writePlanAltsJSON(w, p, alts)
	case "xlsx":
		return WritePlanXLSX(w, p, o)
	case "pdf":
		return WritePlanPDF(w, p, o)
	}
	if err := writePlanTable(w, p, o); err != nil {
		return err
	}
	return writeAlternativesTable(w, p, alts)
}

// moveOrder is the order of move types in the table and the lampiran: the
// decisions a committee discusses first come first.
func moveOrder(t model.MoveType) int {
	switch t {
	case model.Promote:
		return 0
	case model.Rotate:
		return 1
	case model.Fill:
		return 2
	case model.Demote:
		return 3
	case model.Release:
		return 4
	case model.Retire:
		return 5
	case model.Unplaced:
		return 6
	}
	return 7
}

// SortedMoves returns the plan's moves by type, then by NIP.
func SortedMoves(p *model.Plan) []*model.Move {
	ms := make([]*model.Move, len(p.Moves))
	for k := range p.Moves {
		ms[k] = &p.Moves[k]
	}
	sort.SliceStable(ms, func(a, b int) bool {
		oa, ob := moveOrder(ms[a].Type), moveOrder(ms[b].Type)
		if oa != ob {
			return oa < ob
		}
		return ms[a].NIP < ms[b].NIP
	})
	return ms
}

// unplaced reports whether m is a candidate from outside the roster's posts
// who gets none: nothing happens to them, so no decree names them.
func unplaced(m *model.Move) bool { return m.Type == model.Unplaced }

// inLampiran reports whether a decree lists m: every move that changes an
// official's post (model.MoveType.InDecree). Stays, retirements (listed in
// the retirement decree, pensiun) and unplaced candidates only with --all.
func inLampiran(m *model.Move, all bool) bool {
	return all || m.Type.InDecree()
}

// toLabel names the new post of a move as a decree does: PostLabel, and
// for a demotion to a level below the roster's posts the level it goes to.
func toLabel(m *model.Move, lang string) string {
	if m.To == nil && m.Type == model.Demote {
		if lang == "id" {
			return "Jabatan setingkat lebih rendah"
		}
		return "A post one level lower"
	}
	return PostLabel(m.To)
}

// PostLabel names a post as a decree does: its name, then its unit unless
// the name already says it. nil is "-".
func PostLabel(p *model.PostRef) string {
	if p == nil {
		return "-"
	}
	if p.Unit == "" || strings.Contains(strings.ToLower(p.Name), strings.ToLower(p.Unit)) {
		return p.Name
	}
	return p.Name + ", " + p.Unit
}

// pangkat writes a rank for the lampiran: "Pembina Tingkat I, IV/b" in
// Indonesian, the code alone in English.
func pangkat(rank, lang string) string {
	if r, err := model.ParseRank(rank); err == nil && lang == "id" {
		return r.Pangkat() + ", " + r.String()
	}
	return rank
}

// MoveLabels are the words of each move type in the lampiran's Keterangan
// and on the page (the page fetches them from /api/labels, so that both say
// the same): Indonesian, then English.
var MoveLabels = map[model.MoveType][2]string{
	model.Promote:  {"Promosi", "Promotion"},
	model.Rotate:   {"Rotasi", "Rotation"},
	model.Fill:     {"Pengangkatan dalam jabatan", "Appointment"},
	model.Demote:   {"Penurunan jabatan", "Demotion"},
	model.Release:  {"Dibebaskan dari jabatan (non-job)", "Released (non-job)"},
	model.Retire:   {"Pensiun", "Retires"},
	model.Unplaced: {"Tidak ditempatkan", "Not placed"},
	model.Stay:     {"Tetap", "Stays"},
}

// causeLabels qualify a release or a demotion by its cause, Indonesian
// then English; no retiree is described with a sanction's words.
var causeLabels = map[string][2]string{
	"evaluation": {"hasil evaluasi: diistirahatkan", "evaluation: rest (istirahat)"},
	"sanction":   {"hukuman disiplin", "discipline sanction"},
	"decision":   {"keputusan pejabat pembina kepegawaian", "decision of the appointing official"},
}

// MoveLabel is the Keterangan of a move in the lampiran and its group name
// in the table: the type's label, with the cause of a release or a
// demotion in parentheses.
func MoveLabel(m *model.Move, lang string) string {
	k := 1
	if lang == "id" {
		k = 0
	}
	l, ok := MoveLabels[m.Type]
	if !ok {
		return m.Type.String()
	}
	if c, ok := causeLabels[m.Cause]; ok && (m.Type == model.Release || m.Type == model.Demote) {
		return l[k] + " — " + c[k]
	}
	return l[k]
}

// Round6 keeps six decimals: enough to compare plans, few enough to read.
func Round6(x float64) float64 {
	r := math.Round(x*1e6) / 1e6
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}

// ComponentNames returns the component names used by moves, in the order
// of the score's formula first, then any other alphabetically.
func ComponentNames(ms []*model.Move) []string {
	known := []string{"performance", "fit", "tenure", "talent", "family", "release"}
	seen := map[string]bool{}
	for _, m := range ms {
		for n := range m.Components {
			seen[n] = true
		}
	}
	var out []string
	for _, n := range known {
		if seen[n] {
			out = append(out, n)
			delete(seen, n)
		}
	}
	var rest []string
	for n := range seen {
		rest = append(rest, n)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// JPMText prints a JPM as a percentage with its category, or "-" when the
// official was not assessed.
func JPMText(m *model.Move) string {
	if !m.HasJPM {
		return "-"
	}
	s := fmt.Sprintf("%.0f%%", m.JPM*100)
	if m.JPMCategory != "" {
		s += " " + m.JPMCategory
	}
	return s
}
