package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/mutasi-id/mutasi/model"
)

// planOutput is how a plan is printed: --format, --lang and --all.
type planOutput struct {
	format string // table, csv, json or xlsx
	lang   string // id or en
	// all lists stays and unplaced candidates too (the table's and the
	// lampiran's), which are otherwise only counted.
	all bool
	// outside names, by NIP, the post a candidate holds outside the
	// roster's posts (Official.Eselon), e.g. "Pengawas (eselon IV.a)", for
	// the Jabatan Lama of a decree, where "-" would say "no post".
	outside map[string]string
	// decree is the title and signature blocks of the lampiran (xlsx, pdf).
	decree model.Decree
	// csvSep separates the CSV's cells: ';' by default in Indonesian
	// (what Excel expects in an Indonesian locale), ',' in English.
	csvSep rune
}

// outsidePosts describes the posts that candidates hold outside the
// roster's posts, by NIP (see planOutput.outside), with their unit when the
// roster gives it: "Pengawas (eselon IV.a), Dinas Kesehatan".
func outsidePosts(r *model.Roster) map[string]string {
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

// fromLabel is postLabel of the official's current post, or the post they
// hold outside the roster.
func fromLabel(m *model.Move, o *planOutput) string {
	if m.From == nil && o.outside[m.NIP] != "" {
		return o.outside[m.NIP]
	}
	return postLabel(m.From)
}

// planFormats lists the values of --format for solve.
var planFormats = []string{"table", "csv", "json", "xlsx", "pdf"}

// checkPlanOutput validates --format, --lang, --csv-sep and --out together
// and fills the defaults: Indonesian for the lampiran SK (csv, xlsx, pdf),
// English for the terminal table; a CSV separated by ';' in Indonesian (what
// Excel in an Indonesian locale opens in columns), by ',' in English. JSON
// keys never change with the language.
func checkPlanOutput(o *planOutput, out, csvSep string, formats []string) error {
	ok := false
	for _, f := range formats {
		ok = ok || o.format == f
	}
	if !ok {
		return usagef("--format %q: want %s", o.format, strings.Join(formats, ", "))
	}
	switch o.lang {
	case "":
		o.lang = "en"
		if o.format == "csv" || o.format == "xlsx" || o.format == "pdf" {
			o.lang = "id"
		}
	case "id", "en":
	default:
		return usagef("--lang %q: want id or en", o.lang)
	}
	sep, err := parseCSVSep(csvSep, o.lang)
	if err != nil {
		return err
	}
	if csvSep != "" && o.format != "csv" {
		return usagef("--csv-sep needs --format csv")
	}
	o.csvSep = sep
	switch {
	case o.format == "xlsx" && (out == "" || out == "-"):
		return usagef("--format xlsx needs --out FILE.xlsx (a workbook cannot go to a terminal)")
	case o.format == "pdf" && (out == "" || out == "-"):
		return usagef("--format pdf needs --out FILE.pdf (a PDF cannot go to a terminal)")
	}
	return nil
}

// parseCSVSep reads --csv-sep: ";", ",", "tab" (or a tab character), or ""
// for the language's default (';' for id, ',' for en).
func parseCSVSep(s, lang string) (rune, error) {
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
	return 0, usagef("--csv-sep %q: want ; , or tab", s)
}

// writePlan writes p to w in o's format, with the next-best plans alts
// (--alternatives; table and JSON only).
func writePlan(w io.Writer, p *model.Plan, alts []*model.Plan, o planOutput) error {
	switch o.format {
	case "csv":
		return writePlanCSV(w, p, o)
	case "json":
		return writePlanAltsJSON(w, p, alts)
	case "xlsx":
		return writePlanXLSX(w, p, o)
	case "pdf":
		return writePlanPDF(w, p, o)
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

// sortedMoves returns the plan's moves by type, then by NIP.
func sortedMoves(p *model.Plan) []*model.Move {
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

// toLabel names the new post of a move as a decree does: postLabel, and
// for a demotion to a level below the roster's posts the level it goes to.
func toLabel(m *model.Move, lang string) string {
	if m.To == nil && m.Type == model.Demote {
		if lang == "id" {
			return "Jabatan setingkat lebih rendah"
		}
		return "A post one level lower"
	}
	return postLabel(m.To)
}

// postLabel names a post as a decree does: its name, then its unit unless
// the name already says it. nil is "-".
func postLabel(p *model.PostRef) string {
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

// moveLabels are the words of each move type in the lampiran's Keterangan
// and on the page (the page fetches them from /api/labels, so that both say
// the same): Indonesian, then English.
var moveLabels = map[model.MoveType][2]string{
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

// moveLabel is the Keterangan of a move in the lampiran and its group name
// in the table: the type's label, with the cause of a release or a
// demotion in parentheses.
func moveLabel(m *model.Move, lang string) string {
	k := 1
	if lang == "id" {
		k = 0
	}
	l, ok := moveLabels[m.Type]
	if !ok {
		return m.Type.String()
	}
	if c, ok := causeLabels[m.Cause]; ok && (m.Type == model.Release || m.Type == model.Demote) {
		return l[k] + " — " + c[k]
	}
	return l[k]
}

// round6 keeps six decimals: enough to compare plans, few enough to read.
func round6(x float64) float64 {
	r := math.Round(x*1e6) / 1e6
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}

// componentNames returns the component names used by moves, in the order
// of the score's formula first, then any other alphabetically.
func componentNames(ms []*model.Move) []string {
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

// jpmText prints a JPM as a percentage with its category, or "-" when the
// official was not assessed.
func jpmText(m *model.Move) string {
	if !m.HasJPM {
		return "-"
	}
	s := fmt.Sprintf("%.0f%%", m.JPM*100)
	if m.JPMCategory != "" {
		s += " " + m.JPMCategory
	}
	return s
}
