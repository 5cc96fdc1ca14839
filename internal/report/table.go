package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// tableText holds the words of the terminal table in one language.
type tableText struct {
	plan, officials, posts, optimal, notOptimal                      string
	header                                                           [7]string
	groups                                                           map[string]string
	stays, staysHint, unplacedN, unplacedHint, stay1, unplaced1      string
	vacantHeader                                                     [3]string
	vacant                                                           string
	summary, moves, filled, meanJPM, over5, objective, none, warning string
	upcoming                                                         string
	upcomingHeader                                                   [4]string
	acting                                                           string
	// budget is the summary's line for a move budget: K, the moves, the
	// penalty, the bound and the gap.
	budget string
}

func tableWords(lang string) tableText {
	if lang == "id" {
		return tableText{
			plan: "Rencana mutasi per", officials: "pejabat", posts: "jabatan",
			optimal: "optimal (sertifikat terverifikasi)", notOptimal: "TIDAK terbukti optimal",
			header: [7]string{"NIP", "Nama", "Gol", "Jabatan lama", "Jabatan baru", "Skor", "JPM"},
			groups: map[string]string{"promote": "PROMOSI", "rotate": "ROTASI", "fill": "PENGANGKATAN",
				"demote": "PENURUNAN JABATAN", "release": "DIBEBASKAN (NON-JOB)", "retire": "PENSIUN",
				"unplaced": "TIDAK DITEMPATKAN", "stay": "TETAP"},
			stays: "%d pejabat tetap di jabatannya", stay1: "1 pejabat tetap di jabatannya", staysHint: " (--all untuk daftarnya)",
			unplacedN: "%d calon tidak ditempatkan", unplaced1: "1 calon tidak ditempatkan", unplacedHint: " (--all untuk daftarnya)",
			vacant:       "LOWONG",
			vacantHeader: [3]string{"ID", "Jabatan", "Alasan"},
			summary:      "RINGKASAN", moves: "Mutasi", filled: "Jabatan: %d, terisi %d, lowong %d",
			meanJPM: "Rata-rata JPM pemangku: %s → %s", over5: "Pemangku > 5 tahun di jabatan: %d → %d",
			objective: "Nilai total: %.4f, %s", none: "tidak ada", warning: "peringatan",
			upcoming: "AKAN LOWONG (pensiun dalam horizon)", upcomingHeader: [4]string{"ID", "Jabatan", "Tanggal", "Pemangku"},
			acting: "Plt",
			budget: "Batas mutasi: paling banyak %d pemangku pindah, %d pindah (harga per mutasi %.4f); rencana terbaik dalam batas itu bernilai paling tinggi %.4f (selisih %.4f)",
		}
	}
	return tableText{
		plan: "Plan at", officials: "officials", posts: "posts",
		optimal: "optimal (certificate verified)", notOptimal: "NOT proven optimal",
		header: [7]string{"NIP", "Name", "Rank", "From", "To", "Score", "JPM"},
		groups: map[string]string{"promote": "PROMOTE", "rotate": "ROTATE", "fill": "FILL",
			"demote": "DEMOTE", "release": "RELEASE (NON-JOB)", "retire": "RETIRE",
			"unplaced": "NOT PLACED", "stay": "STAY"},
		stays: "%d officials stay in their posts", stay1: "1 official stays in the post", staysHint: " (--all lists them)",
		unplacedN: "%d candidates not placed", unplaced1: "1 candidate not placed", unplacedHint: " (--all lists them)",
		vacant:       "VACANT",
		vacantHeader: [3]string{"ID", "Post", "Reason"},
		summary:      "SUMMARY", moves: "Moves", filled: "Posts: %d, filled %d, vacant %d",
		meanJPM: "Mean JPM of holders: %s → %s", over5: "Holders over 5 years in post: %d → %d",
		objective: "Objective: %.4f, %s", none: "none", warning: "warning",
		upcoming: "UPCOMING VACANCIES (retirement within the horizon)", upcomingHeader: [4]string{"ID", "Post", "Date", "Holder"},
		acting: "acting (Plt)",
		budget: "Move budget: at most %d holders change post, %d do (a price of %.4f per move); the best plan within the budget scores at most %.4f (gap %.4f)",
	}
}

// ApprovalLines are the lines that head a plan needing the Minister of
// Home Affairs' written approval: a first line saying so, with the letter
// when the policy names one, then one line per reason. None when the plan
// needs no approval.
func ApprovalLines(a model.Approval, lang string) []string {
	if !a.Required {
		return nil
	}
	head := "APPROVAL REQUIRED: written approval of the Minister of Home Affairs"
	letter, none := "letter: ", "no approval letter given yet (calendar.approval_letter)"
	if lang == "id" {
		head = "PERLU PERSETUJUAN: persetujuan tertulis Menteri Dalam Negeri"
		letter, none = "surat: ", "surat persetujuan belum dicatat (calendar.approval_letter)"
	}
	if a.Letter != "" {
		head += "; " + letter + a.Letter
	} else {
		head += "; " + none
	}
	out := []string{head}
	for _, r := range a.Reasons {
		out = append(out, "  - "+r)
	}
	return out
}

// actingPost names the post an acting candidate holds.
func actingPost(a *model.Acting) string {
	if a.Post != nil {
		return a.Post.ID
	}
	return "eselon " + a.Eselon
}

// tableGroup names the group of a move in the table.
func tableGroup(m *model.Move) string { return m.Type.String() }

// TablePost shows a post as "ID Name" (the id lets the user pin or forbid).
func TablePost(p *model.PostRef) string {
	if p == nil {
		return "-"
	}
	return tableCut(p.ID+" "+p.Name, 48)
}

// tableFrom shows the current post, or the level and eselon of the post
// held outside the roster.
func tableFrom(m *model.Move, o *Options) string {
	if m.From == nil && o.Outside[m.NIP] != "" {
		return o.Outside[m.NIP]
	}
	return TablePost(m.From)
}

// tableCut shortens s to n runes with an ellipsis, so that long post names
// keep the table within a wide terminal; the CSV and JSON keep them whole.
func tableCut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func tablePercent(x float64) string { return fmt.Sprintf("%.1f%%", x*100) }

// writePlanTable prints the plan for a terminal: the moves grouped by type
// (stays and unplaced candidates counted unless o.All), the vacant posts and
// a summary.
func writePlanTable(w io.Writer, p *model.Plan, o Options) error {
	t := tableWords(o.Lang)
	var b strings.Builder
	verdict := t.optimal
	if !p.Optimal {
		verdict = t.notOptimal
	}
	for _, l := range ApprovalLines(p.Approval, o.Lang) {
		fmt.Fprintln(&b, l)
	}
	fmt.Fprintf(&b, "%s %s: %d %s, %d %s, %s\n", t.plan, p.Date.Format(time.DateOnly),
		p.Summary.Officials, t.officials, p.Summary.Positions, t.posts, verdict)

	groups := []string{"promote", "rotate", "fill", "demote", "release", "retire", "unplaced", "stay"}
	byGroup := map[string][]*model.Move{}
	for _, m := range SortedMoves(p) {
		g := tableGroup(m)
		byGroup[g] = append(byGroup[g], m)
	}
	for _, g := range groups {
		ms := byGroup[g]
		if len(ms) == 0 {
			continue
		}
		if !o.All && (g == "stay" || g == "unplaced") {
			format, one, hint := t.stays, t.stay1, t.staysHint
			if g == "unplaced" {
				format, one, hint = t.unplacedN, t.unplaced1, t.unplacedHint
			}
			if len(ms) == 1 {
				format = strings.Replace(one, "1", "%d", 1)
			}
			fmt.Fprintf(&b, "\n"+format+"%s\n", len(ms), hint)
			continue
		}
		fmt.Fprintf(&b, "\n%s (%d)\n", t.groups[g], len(ms))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", strings.Join(t.header[:], "\t"))
		for _, m := range ms {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%.3f\t%s\n", m.NIP, tableCut(m.Name, 32), m.Rank,
				tableFrom(m, &o), TablePost(m.To), Round6(m.Score), JPMText(m))
		}
		tw.Flush()
		for _, m := range ms {
			for _, wn := range m.Warnings {
				fmt.Fprintf(&b, "  ! %s %s: %s\n", m.NIP, t.warning, wn)
			}
		}
	}

	if len(p.Vacant) > 0 {
		fmt.Fprintf(&b, "\n%s (%d)\n", t.vacant, len(p.Vacant))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", strings.Join(t.vacantHeader[:], "\t"))
		for _, v := range p.Vacant {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", v.ID, PostLabel(&v.PostRef), v.Reason)
		}
		tw.Flush()
		for _, v := range p.Vacant {
			for k, a := range v.Acting {
				fmt.Fprintf(&b, "  %s %s %d: %s %s (%s): %s\n", v.ID, t.acting, k+1, a.NIP, a.Name, actingPost(&a), a.Reason)
			}
		}
	}

	if len(p.Upcoming) > 0 {
		fmt.Fprintf(&b, "\n%s (%d)\n", t.upcoming, len(p.Upcoming))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", strings.Join(t.upcomingHeader[:], "\t"))
		for _, u := range p.Upcoming {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s %s\n", u.ID, PostLabel(&u.PostRef), u.Date.Format(time.DateOnly), u.NIP, u.Holder)
		}
		tw.Flush()
	}

	s := p.Summary
	fmt.Fprintf(&b, "\n%s\n", t.summary)
	var counts []string
	for _, c := range []struct {
		g string
		n int
	}{{"promote", s.Promote}, {"rotate", s.Rotate}, {"fill", s.Fill}, {"demote", s.Demote},
		{"release", s.Release}, {"retire", s.Retire}, {"unplaced", s.Unplaced}, {"stay", s.Stay}} {
		if c.n == 0 && (c.g == "demote" || c.g == "retire") {
			continue
		}
		counts = append(counts, fmt.Sprintf("%s %d", strings.ToLower(t.groups[c.g]), c.n))
	}
	fmt.Fprintf(&b, "  %s: %s\n", t.moves, strings.Join(counts, ", "))
	fmt.Fprintf(&b, "  "+t.filled+"\n", s.Positions, s.Filled, s.Vacant)
	fmt.Fprintf(&b, "  "+t.meanJPM+"\n", tablePercent(s.MeanJPMBefore), tablePercent(s.MeanJPMAfter))
	fmt.Fprintf(&b, "  "+t.over5+"\n", s.Over5Before, s.Over5After)
	if bg := p.Budget; bg != nil {
		fmt.Fprintf(&b, "  "+t.budget+"\n", bg.MaxMoves, bg.Moves, bg.Penalty, bg.Bound, bg.Gap)
	}
	fmt.Fprintf(&b, "  "+t.objective+"\n", p.Objective, verdict)
	_, err := io.WriteString(w, b.String())
	return err
}

// ChangePost shows where a plan puts an official: the post id, or the
// move type when there is no post (release).
func ChangePost(p *model.PostRef, typ string) string {
	if p == nil {
		return "(" + typ + ")"
	}
	return p.ID
}

// Plural picks the singular or plural form for n.
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
