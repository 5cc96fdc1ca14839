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
}

// outsidePosts describes the posts that candidates hold outside the
// roster's posts, by NIP (see planOutput.outside).
func outsidePosts(r *model.Roster) map[string]string {
	out := map[string]string{}
	for i := range r.Officials {
		o := &r.Officials[i]
		if o.Position == "" && o.Eselon.Level() != 0 {
			out[o.NIP.Raw] = o.Eselon.Level().String() + " (eselon " + o.Eselon.String() + ")"
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
var planFormats = []string{"table", "csv", "json", "xlsx"}

// checkPlanOutput validates --format, --lang and --out together and fills
// the default language: Indonesian for the lampiran SK (csv, xlsx), English
// for the terminal table. JSON keys never change with the language.
func checkPlanOutput(o *planOutput, out string, formats []string) error {
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
		if o.format == "csv" || o.format == "xlsx" {
			o.lang = "id"
		}
	case "id", "en":
	default:
		return usagef("--lang %q: want id or en", o.lang)
	}
	if o.format == "xlsx" && (out == "" || out == "-") {
		return usagef("--format xlsx needs --out FILE.xlsx (a workbook cannot go to a terminal)")
	}
	return nil
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

// pangkatNames are the rank titles (pangkat) of each golongan/ruang, as
// decrees print them next to the code (PP 99/2000).
var pangkatNames = map[string]string{
	"I/a": "Juru Muda", "I/b": "Juru Muda Tingkat I", "I/c": "Juru", "I/d": "Juru Tingkat I",
	"II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur", "II/d": "Pengatur Tingkat I",
	"III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
	"IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda", "IV/d": "Pembina Utama Madya",
	"IV/e": "Pembina Utama",
}

// pangkat writes a rank for the lampiran: "Pembina Tingkat I, IV/b" in
// Indonesian, the code alone in English.
func pangkat(rank, lang string) string {
	if n, ok := pangkatNames[rank]; ok && lang == "id" {
		return n + ", " + rank
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
