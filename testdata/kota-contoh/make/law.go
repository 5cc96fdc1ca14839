package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/rosterfile"
)

// This file adds what the law's rules read to the sample (docs/rules.md):
// evaluation outcomes, the kind and start of sanctions, cumulative
// experience, the open selections' results for the vacant JPT posts, and
// the political calendar of Kota Contoh (policy.toml). Each is written out
// here by post id; the experience dates of the others are drawn from a
// stream of their own, so that the draws of main.go stay as they were.

// lawFact is what the law's columns say of the holder of one post.
type lawFact struct {
	evaluation, evaluationDate string
	sanctionKind, sanctionDate string
	dropUntil                  bool // the end follows from the kind's period
}

// lawFacts are the sample's evaluations and sanctions, by post id.
var lawFacts = map[string]lawFact{
	// The uji kompetensi of 15 October 2026 among the JPT holders (PP
	// 11/2017 Pasal 132): three keep their post, two rotate, one rests. The
	// rotations are such that every switch of the rules leaves them room
	// (a generalist post among them, good fits): an evaluation's rotasi
	// gives no cause to release, so a rotasi with nowhere to go would make
	// the sample infeasible under a switch (R-JPM-MIN, R-FAMILY).
	"SETDA-ASISTEN2": {evaluation: "tetap", evaluationDate: "2026-10-15"},
	"INSP-INSPEKTUR": {evaluation: "tetap", evaluationDate: "2026-10-15"},
	"BAPPEDA-KABAN":  {evaluation: "tetap", evaluationDate: "2026-10-15"}, // just over 5 years: a hard R-TENURE-MAX moves her
	"DPUPR-KADIS":    {evaluation: "rotasi", evaluationDate: "2026-10-15"},
	"SETDA-ASISTEN1": {evaluation: "rotasi", evaluationDate: "2026-10-15"},
	"SATPOLPP-KASAT": {evaluation: "istirahat", evaluationDate: "2026-10-15"},
	// The evaluation of administrators of 20 September 2026.
	"DISPORAPAR-BID2":          {evaluation: "istirahat", evaluationDate: "2026-09-20"},
	"DINKES-BID3":              {evaluation: "rotasi", evaluationDate: "2026-09-20"},
	"BKPSDM-BID2":              {evaluation: "rotasi", evaluationDate: "2026-09-20"},
	"DISDIK-BID2":              {evaluation: "rotasi", evaluationDate: "2026-09-20"}, // a new appointee: waits
	"DPUPR-BID1":               {evaluation: "rotasi", evaluationDate: "2026-09-20"}, // retires 2027-11-01: stays
	"KEC-TANJUNGHARAPAN-CAMAT": {evaluation: "tetap", evaluationDate: "2026-09-20"},
	// Sanctions by their kind (PP 94/2021 Pasal 8).
	"DISPERKIM-BID2": {sanctionKind: "penurunan jabatan setingkat lebih rendah selama 12 bulan", sanctionDate: "2026-07-01"},
	"BAPENDA-SEK":    {sanctionKind: "pemotongan tunjangan kinerja 25% selama 6 bulan", sanctionDate: "2026-10-01"},
	"DISNAKER-BID1":  {sanctionKind: "pemotongan tunjangan kinerja 25% selama 9 bulan", sanctionDate: "2025-09-01", dropUntil: true},
	"DISDAG-BID2":    {sanctionKind: "teguran tertulis", sanctionDate: "2026-02-02"},
}

// lawSelections are the names the selection committee proposed for the
// vacant JPT posts, by the post id of each candidate's current post, rank
// first. DISKOMINFO-KADIS and SETDA-STAFAHLI3 have had no open selection.
var lawSelections = []struct {
	post  string
	names []string
}{
	{"DINKES-KADIS", []string{"DINKES-BID2", "BAPPEDA-BID1", "SETDA-BAG-UMUM"}},
	{"DISHUB-KADIS", []string{"BKAD-SEK", "DPMPTSP-SEK", "DISHUB-SEK"}},
}

// lawD3 is where the search for the candidate with a D3 diploma starts:
// the first pengawas candidate from it on drawn with a plain S1 becomes a
// D3 holder, who may take no administrator post (R-EDUCATION).
const lawD3 = 11

// lawPolicy is the sample's policy file: the political calendar of Kota
// Contoh, whose mayor took office after a repeat election (invented).
const lawPolicy = `# Kota Contoh (fictional): the political calendar of the sample.
# The mayor was inaugurated on 16 July 2026 after a repeat election: a
# reshuffle before 16 January 2027 needs the Minister of Home Affairs'
# written approval (UU 10/2016 Pasal 162 ayat (3)), which was given.
[calendar]
candidates_set = 2029-09-22
term_end = 2030-02-20
inaugurated = 2026-07-16
acting_head = false
approval_letter = "Surat Menteri Dalam Negeri Nomor 100.2.2.6/5120/OTDA tanggal 24 November 2026"
`

// applyLaw writes the law's facts into the officials: those of lawFacts,
// the D3 candidate, and drawn experience dates for everyone.
func applyLaw(offs []official) error {
	byPost := map[string]*official{}
	for k := range offs {
		if offs[k].position != "" {
			byPost[offs[k].position] = &offs[k]
		}
	}
	for post, f := range lawFacts {
		o := byPost[post]
		if o == nil {
			return fmt.Errorf("law fact for %s: no holder", post)
		}
		o.evaluation, o.evaluationDate = f.evaluation, f.evaluationDate
		o.sanctionKind, o.sanctionDate = f.sanctionKind, f.sanctionDate
		if f.sanctionKind != "" && o.sanction == "" {
			return fmt.Errorf("law fact for %s: a kind without a sanction", post)
		}
		if f.dropUntil {
			o.sanctionUntil = ""
		}
	}
	candidate, d3 := 0, false
	for k := range offs {
		o := &offs[k]
		lawExperience(o, k)
		if o.position == "" {
			if !d3 && candidate >= lawD3 && o.education == "S1" && !strings.HasPrefix(strings.ToLower(o.name), "d") {
				o.education, d3 = "D3", true
				o.name = o.name[:strings.Index(o.name, ",")] + ", A.Md."
			}
			candidate++
		}
	}
	if !d3 {
		return fmt.Errorf("no pengawas candidate from %d on with an S1 to become the D3 case", lawD3)
	}
	return nil
}

// lawExperience draws the start of the first administrator and pengawas
// posts: for a holder of an administrator post the current post in a third
// of the cases, else up to 8 years earlier; for a JPT holder 2 to 10 years
// before the current post; pengawas 3 to 8 years before administrator; for
// a pengawas candidate the current post in a third of the cases, else up to
// 6 years earlier. Never before two years after the CPNS appointment.
func lawExperience(o *official, n int) {
	r := rand.New(rand.NewPCG(20261202, uint64(n)))
	appointed, err := time.Parse("200601", o.nip[8:14])
	if err != nil {
		panic(err)
	}
	floor := appointed.AddDate(2, 0, 0)
	back := func(t time.Time, lo, hi int) time.Time {
		d := t.AddDate(-lo, -r.IntN(12*(hi-lo)+1), -r.IntN(28))
		if d.Before(floor) {
			d = floor
		}
		if d.After(t) {
			d = t
		}
		return d
	}
	since := mustDate(o.since)
	var admin, peng time.Time
	switch {
	case o.position == "":
		peng = since
		if r.IntN(3) != 0 {
			peng = back(since, 0, 6)
		}
	case strings.HasPrefix(o.eselonHeld, "II."):
		admin = back(since, 2, 10)
		peng = back(admin, 3, 8)
	default:
		admin = since
		if r.IntN(3) != 0 {
			admin = back(since, 0, 8)
		}
		peng = back(admin, 3, 8)
	}
	if !admin.IsZero() {
		o.adminSince = admin.Format(time.DateOnly)
	}
	o.pengawasSince = peng.Format(time.DateOnly)
}

// selectionRows are the rows of selection.csv: position, nip, rank.
func selectionRows(offs []official) ([][]string, error) {
	nipOf := map[string]string{}
	for _, o := range offs {
		if o.position != "" {
			nipOf[o.position] = o.nip
		}
	}
	header, err := rosterfile.Header(rosterfile.SelectionColumns(), selectionKeys...)
	if err != nil {
		return nil, err
	}
	rows := [][]string{header}
	for _, s := range lawSelections {
		for k, post := range s.names {
			nip, ok := nipOf[post]
			if !ok {
				return nil, fmt.Errorf("selection for %s: no holder of %s", s.post, post)
			}
			rows = append(rows, []string{s.post, nip, fmt.Sprint(k + 1)})
		}
	}
	return rows, nil
}

// writeLaw writes selection.csv and policy.toml into dir.
func writeLaw(dir string, offs []official) ([][]string, error) {
	rows, err := selectionRows(offs)
	if err != nil {
		return nil, err
	}
	if err := writeCSV(filepath.Join(dir, "selection.csv"), rows); err != nil {
		return nil, err
	}
	return rows, os.WriteFile(filepath.Join(dir, "policy.toml"), []byte(lawPolicy), 0o644)
}

// lawCells are official o's cells under the law's columns of
// officialKeys.
func lawCells(o official) []string {
	return []string{o.sanctionKind, o.sanctionDate, o.evaluation, o.evaluationDate, o.adminSince, o.pengawasSince}
}
