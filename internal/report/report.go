package report

import (
	"io"
	"math"
	"sort"
	"strings"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// Options is how a plan is printed: the command line's --format, --lang,
// --all and --csv-sep, and what the roster and the policy add to a decree.
type Options struct {
	Format string // table, csv, json, xlsx or pdf
	Lang   i18n.Lang
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
func ParseCSVSep(s string, lang i18n.Lang) (rune, error) {
	switch s {
	case "":
		if lang == i18n.EN {
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
	return 0, i18n.Errorf(i18n.CLICSVSepWant, s)
}

// WritePlan writes p to w in o's format, with the next-best plans alts
// (--alternatives; table and JSON only).
func WritePlan(w io.Writer, p *model.Plan, alts []*model.Plan, o Options) error {
	switch o.Format {
	case "csv":
		return WritePlanCSV(w, p, o)
	case "json":
		return writePlanAltsJSON(w, p, alts, o.Lang)
	case "xlsx":
		return WritePlanXLSX(w, p, o)
	case "pdf":
		return WritePlanPDF(w, p, o)
	}
	if err := writePlanTable(w, p, o); err != nil {
		return err
	}
	return writeAlternativesTable(w, p, alts, o.Lang)
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
func toLabel(m *model.Move, l i18n.Lang) string {
	if m.To == nil && m.Type == model.Demote {
		return l.T(i18n.LampiranLower)
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
func pangkat(rank string, lang i18n.Lang) string {
	if r, err := model.ParseRank(rank); err == nil && lang == i18n.ID {
		return r.Pangkat() + ", " + r.String()
	}
	return rank
}

// MoveKey is the catalogue key of a move type's label in the lampiran's
// Keterangan and on the page.
func MoveKey(t model.MoveType) i18n.Key { return i18n.Key("move." + t.String()) }

// GroupKey is the catalogue key of a move type's group in the table.
func GroupKey(t model.MoveType) i18n.Key { return i18n.Key("group." + t.String()) }

// causeKey is the catalogue key of a release's or a demotion's cause
// ("evaluation", "sanction", "decision"); no retiree is described with a
// sanction's words.
func causeKey(cause string) (i18n.Key, bool) {
	k := i18n.Key("cause." + cause)
	return k, cause != "" && i18n.Has(k)
}

// MoveLabel is the Keterangan of a move in the lampiran and its group name
// in the table: the type's label, with the cause of a release or a
// demotion after a dash.
func MoveLabel(m *model.Move, lang i18n.Lang) string {
	l := lang.T(MoveKey(m.Type))
	if c, ok := causeKey(m.Cause); ok && (m.Type == model.Release || m.Type == model.Demote) {
		return lang.T(i18n.CauseWith, l, lang.T(c))
	}
	return l
}

// ComponentLabel names a score component in the language ("kinerja" for
// performance); an unknown component keeps its name.
func ComponentLabel(c string, lang i18n.Lang) string {
	if k := i18n.Key("component." + c); i18n.Has(k) {
		return lang.T(k)
	}
	return c
}

// SignedDec writes v with prec decimals and its sign always: "+0,1250",
// "-2,0000".
func SignedDec(v float64, prec int, l i18n.Lang) string {
	s := l.Dec(v, prec)
	if !strings.HasPrefix(s, "-") {
		s = "+" + s
	}
	return s
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
func JPMText(m *model.Move, lang i18n.Lang) string {
	if !m.HasJPM {
		return "-"
	}
	s := lang.Pct(m.JPM, 0)
	if m.JPMCategory != "" {
		s += " " + m.JPMCategory
	}
	return s
}
