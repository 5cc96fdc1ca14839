package main

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
}

func tableWords(lang string) tableText {
	if lang == "id" {
		return tableText{
			plan: "Rencana mutasi per", officials: "pejabat", posts: "jabatan",
			optimal: "optimal (sertifikat terverifikasi)", notOptimal: "TIDAK terbukti optimal",
			header: [7]string{"NIP", "Nama", "Gol", "Jabatan lama", "Jabatan baru", "Skor", "JPM"},
			groups: map[string]string{"promote": "PROMOSI", "rotate": "ROTASI", "fill": "PENGANGKATAN",
				"release": "DIBEBASKAN (NON-JOB)", "unplaced": "TIDAK DITEMPATKAN", "stay": "TETAP"},
			stays: "%d pejabat tetap di jabatannya", stay1: "1 pejabat tetap di jabatannya", staysHint: " (--all untuk daftarnya)",
			unplacedN: "%d calon tidak ditempatkan", unplaced1: "1 calon tidak ditempatkan", unplacedHint: " (--all untuk daftarnya)",
			vacant:       "LOWONG",
			vacantHeader: [3]string{"ID", "Jabatan", "Alasan"},
			summary:      "RINGKASAN", moves: "Mutasi", filled: "Jabatan: %d, terisi %d, lowong %d",
			meanJPM: "Rata-rata JPM pemangku: %s → %s", over5: "Pemangku > 5 tahun di jabatan: %d → %d",
			objective: "Nilai total: %.4f, %s", none: "tidak ada", warning: "peringatan",
		}
	}
	return tableText{
		plan: "Plan at", officials: "officials", posts: "posts",
		optimal: "optimal (certificate verified)", notOptimal: "NOT proven optimal",
		header: [7]string{"NIP", "Name", "Rank", "From", "To", "Score", "JPM"},
		groups: map[string]string{"promote": "PROMOTE", "rotate": "ROTATE", "fill": "FILL",
			"release": "RELEASE (NON-JOB)", "unplaced": "NOT PLACED", "stay": "STAY"},
		stays: "%d officials stay in their posts", stay1: "1 official stays in the post", staysHint: " (--all lists them)",
		unplacedN: "%d candidates not placed", unplaced1: "1 candidate not placed", unplacedHint: " (--all lists them)",
		vacant:       "VACANT",
		vacantHeader: [3]string{"ID", "Post", "Reason"},
		summary:      "SUMMARY", moves: "Moves", filled: "Posts: %d, filled %d, vacant %d",
		meanJPM: "Mean JPM of holders: %s → %s", over5: "Holders over 5 years in post: %d → %d",
		objective: "Objective: %.4f, %s", none: "none", warning: "warning",
	}
}

// tableGroup names the group of a move in the table.
func tableGroup(m *model.Move) string {
	if unplaced(m) {
		return "unplaced"
	}
	return m.Type.String()
}

// tablePost shows a post as "ID Name" (the id lets the user pin or forbid).
func tablePost(p *model.PostRef) string {
	if p == nil {
		return "-"
	}
	return tableCut(p.ID+" "+p.Name, 48)
}

// tableFrom shows the current post, or the level and eselon of the post
// held outside the roster.
func tableFrom(m *model.Move, o *planOutput) string {
	if m.From == nil && o.outside[m.NIP] != "" {
		return o.outside[m.NIP]
	}
	return tablePost(m.From)
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
// (stays and unplaced candidates counted unless o.all), the vacant posts and
// a summary.
func writePlanTable(w io.Writer, p *model.Plan, o planOutput) error {
	t := tableWords(o.lang)
	var b strings.Builder
	verdict := t.optimal
	if !p.Optimal {
		verdict = t.notOptimal
	}
	fmt.Fprintf(&b, "%s %s: %d %s, %d %s, %s\n", t.plan, p.Date.Format(time.DateOnly),
		p.Summary.Officials, t.officials, p.Summary.Positions, t.posts, verdict)

	groups := []string{"promote", "rotate", "fill", "release", "unplaced", "stay"}
	byGroup := map[string][]*model.Move{}
	for _, m := range sortedMoves(p) {
		g := tableGroup(m)
		byGroup[g] = append(byGroup[g], m)
	}
	for _, g := range groups {
		ms := byGroup[g]
		if len(ms) == 0 {
			continue
		}
		if !o.all && (g == "stay" || g == "unplaced") {
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
				tableFrom(m, &o), tablePost(m.To), round6(m.Score), jpmText(m))
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
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", v.ID, postLabel(&v.PostRef), v.Reason)
		}
		tw.Flush()
	}

	s := p.Summary
	fmt.Fprintf(&b, "\n%s\n", t.summary)
	var counts []string
	for _, c := range []struct {
		g string
		n int
	}{{"promote", s.Promote}, {"rotate", s.Rotate}, {"fill", s.Fill},
		{"release", s.Release - len(byGroup["unplaced"])}, {"unplaced", len(byGroup["unplaced"])}, {"stay", s.Stay}} {
		counts = append(counts, fmt.Sprintf("%s %d", strings.ToLower(t.groups[c.g]), c.n))
	}
	fmt.Fprintf(&b, "  %s: %s\n", t.moves, strings.Join(counts, ", "))
	fmt.Fprintf(&b, "  "+t.filled+"\n", s.Positions, s.Filled, s.Vacant)
	fmt.Fprintf(&b, "  "+t.meanJPM+"\n", tablePercent(s.MeanJPMBefore), tablePercent(s.MeanJPMAfter))
	fmt.Fprintf(&b, "  "+t.over5+"\n", s.Over5Before, s.Over5After)
	fmt.Fprintf(&b, "  "+t.objective+"\n", p.Objective, verdict)
	_, err := io.WriteString(w, b.String())
	return err
}
