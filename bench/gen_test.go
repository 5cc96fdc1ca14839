package bench

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

var genDate = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func genMust(t testing.TB, cfg Config) *model.Roster {
	t.Helper()
	r, err := Generate(cfg)
	if err != nil {
		t.Fatalf("Generate(%+v): %v", cfg, err)
	}
	return r
}

func genCSV(t testing.TB, r *model.Roster) (officials, positions []byte) {
	t.Helper()
	var o, p bytes.Buffer
	if err := WriteOfficialsCSV(&o, r); err != nil {
		t.Fatal(err)
	}
	if err := WritePositionsCSV(&p, r); err != nil {
		t.Fatal(err)
	}
	return o.Bytes(), p.Bytes()
}

func TestGenerateDeterministic(t *testing.T) {
	for _, cfg := range []Config{
		{Preset: PresetKota, Seed: 1},
		{Preset: PresetProvinsi, Pengawas: true, Seed: 9},
		{Officials: 900, Positions: 700, Seed: 3},
	} {
		o1, p1 := genCSV(t, genMust(t, cfg))
		o2, p2 := genCSV(t, genMust(t, cfg))
		if !bytes.Equal(o1, o2) || !bytes.Equal(p1, p2) {
			t.Errorf("%+v: two runs wrote different bytes", cfg)
		}
		cfg.Seed++
		o3, _ := genCSV(t, genMust(t, cfg))
		if bytes.Equal(o1, o3) {
			t.Errorf("%+v: seeds %d and %d wrote the same officials", cfg, cfg.Seed-1, cfg.Seed)
		}
	}
}

// genLevels counts the posts of each level.
func genLevels(r *model.Roster) map[model.Level]int {
	n := map[model.Level]int{}
	for _, p := range r.Positions {
		n[p.Eselon.Level()]++
	}
	return n
}

func TestGeneratePresetSizes(t *testing.T) {
	tests := []struct {
		preset             string
		pengawas           bool
		jlo, jhi, alo, ahi int
	}{
		{PresetKota, false, 25, 35, 80, 150},
		{PresetKabupaten, false, 30, 40, 120, 250},
		{PresetProvinsi, false, 40, 60, 150, 250},
		{PresetProvinsi, true, 40, 60, 150, 250},
	}
	for _, tc := range tests {
		for seed := range uint64(20) {
			r := genMust(t, Config{Preset: tc.preset, Pengawas: tc.pengawas, Seed: seed})
			n := genLevels(r)
			if j := n[model.LevelJPT]; j < tc.jlo || j > tc.jhi {
				t.Errorf("%s seed %d: %d JPT posts, want %d–%d", tc.preset, seed, j, tc.jlo, tc.jhi)
			}
			if a := n[model.LevelAdministrator]; a < tc.alo || a > tc.ahi {
				t.Errorf("%s seed %d: %d administrator posts, want %d–%d", tc.preset, seed, a, tc.alo, tc.ahi)
			}
			if p := n[model.LevelPengawas]; (p > 0) != tc.pengawas {
				t.Errorf("%s pengawas=%v seed %d: %d pengawas posts", tc.preset, tc.pengawas, seed, p)
			}
			if len(r.Officials) <= len(r.Positions) {
				t.Errorf("%s seed %d: %d officials for %d posts: candidates must outnumber vacancies",
					tc.preset, seed, len(r.Officials), len(r.Positions))
			}
			genCheckInvariants(t, r, genDate)
		}
	}
}

func TestGenerateCustomSizes(t *testing.T) {
	sizes := [][2]int{{1, 1}, {1, 5}, {5, 1}, {2, 2}, {120, 100}, {2000, 1500}, {12000, 10000}}
	if !testing.Short() {
		sizes = append(sizes, [2]int{MaxOfficials, MaxPositions})
	}
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			r := genMust(t, Config{Officials: sz[0], Positions: sz[1], Seed: 5})
			if len(r.Officials) != sz[0] || len(r.Positions) != sz[1] {
				t.Fatalf("got %d officials, %d posts", len(r.Officials), len(r.Positions))
			}
			genCheckInvariants(t, r, genDate)
			pooled := sz[1] > 400
			for _, p := range r.Positions {
				if strings.Contains(p.Unit, " — ") != pooled {
					t.Fatalf("post %s unit %q: pooled=%v", p.ID, p.Unit, pooled)
				}
			}
		})
	}
}

func TestGenerateErrors(t *testing.T) {
	for _, cfg := range []Config{
		{Preset: "desa"},
		{Preset: PresetKota, Officials: 10},
		{Officials: 0, Positions: 10},
		{Officials: 10, Positions: 0},
		{Officials: MaxOfficials + 1, Positions: 10},
		{Officials: 10, Positions: MaxPositions + 1},
		{Officials: -1, Positions: -1},
	} {
		if _, err := Generate(cfg); err == nil {
			t.Errorf("Generate(%+v): no error", cfg)
		}
	}
}

// genCheckInvariants checks, independently of the generator's code, what a
// roster must satisfy for the loader and the rules to take it seriously.
func genCheckInvariants(t *testing.T, r *model.Roster, date time.Time) {
	t.Helper()
	ids := map[string]int{}
	for j, p := range r.Positions {
		if _, dup := ids[p.ID]; dup || p.ID == "" {
			t.Fatalf("post %d: id %q empty or repeated", j, p.ID)
		}
		ids[p.ID] = j
		if p.Name == "" || p.Unit == "" || p.Eselon.Level() == 0 {
			t.Fatalf("post %s: name %q unit %q eselon %v", p.ID, p.Name, p.Unit, p.Eselon)
		}
		if p.Priority < 1 || p.Priority > 5 {
			t.Fatalf("post %s: priority %d", p.ID, p.Priority)
		}
		for k, v := range p.Required {
			if (v < 1 || v > 5) && !(k == model.TK && v == 0) {
				t.Fatalf("post %s: required level %d of competency %d", p.ID, v, k)
			}
		}
		// A technical standard exactly on the posts of a specific family.
		if generalist := model.IsGeneralist(p.Family); generalist != (p.Required[model.TK] == 0) {
			t.Fatalf("post %s: family %q and technical standard %d", p.ID, p.Family, p.Required[model.TK])
		}
	}
	nips := map[string]bool{}
	held := map[string]bool{}
	for i := range r.Officials {
		o := &r.Officials[i]
		genCheckNIP(t, o.NIP, date)
		if nips[o.NIP.Raw] {
			t.Fatalf("official %d: NIP %s repeated", i, o.NIP.Raw)
		}
		nips[o.NIP.Raw] = true
		if o.Name == "" || !o.Rank.Valid() {
			t.Fatalf("official %s: name %q rank %v", o.NIP.Raw, o.Name, o.Rank)
		}
		es := o.Eselon
		if o.Position != "" {
			j, ok := ids[o.Position]
			if !ok {
				t.Fatalf("official %s holds unknown post %q", o.NIP.Raw, o.Position)
			}
			if held[o.Position] {
				t.Fatalf("post %s held twice", o.Position)
			}
			held[o.Position] = true
			if o.Eselon != 0 {
				t.Fatalf("holder %s has an outside eselon %v", o.NIP.Raw, o.Eselon)
			}
			es = r.Positions[j].Eselon
			tenure := date.Sub(o.PositionSince)
			if o.PositionSince.IsZero() || tenure < 0 || tenure > 8*366*24*time.Hour+28*24*time.Hour {
				t.Fatalf("holder %s: TMT %v at %v", o.NIP.Raw, o.PositionSince, date)
			}
			if o.PositionSince.Before(o.NIP.Appointed) {
				t.Fatalf("holder %s: TMT %v before appointment %v", o.NIP.Raw, o.PositionSince, o.NIP.Appointed)
			}
		} else if !o.PositionSince.IsZero() {
			t.Fatalf("candidate %s has a TMT", o.NIP.Raw)
		}
		if es != 0 {
			_, hi := es.RankRange()
			if o.Rank < es.MinRank() || o.Rank > hi {
				t.Fatalf("official %s: rank %v outside %v's range", o.NIP.Raw, o.Rank, es)
			}
		}
		// Retirement: 1st of the month after the BUP birthday must be after
		// the plan date (nobody already retired).
		bup := 58
		if es.Level() == model.LevelJPT {
			bup = 60
		}
		bd := o.NIP.Birth.AddDate(bup, 0, 0)
		retire := time.Date(bd.Year(), bd.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		if !retire.After(date) {
			t.Fatalf("official %s born %v retired by %v", o.NIP.Raw, o.NIP.Birth, date)
		}
		if !o.BirthDate.Equal(o.NIP.Birth) {
			t.Fatalf("official %s: birth date %v differs from the NIP's", o.NIP.Raw, o.BirthDate)
		}
		if o.Performance.Predicate < model.SangatBaik || o.Performance.Predicate > model.SangatKurang {
			t.Fatalf("official %s: predicate %v", o.NIP.Raw, o.Performance.Predicate)
		}
		if o.Performance.HasScore && genBand(o.Performance.Score) != o.Performance.Predicate {
			t.Fatalf("official %s: score %v is not %v", o.NIP.Raw, o.Performance.Score, o.Performance.Predicate)
		}
		if o.HasPotential && (o.Potential < 0 || o.Potential > 100) {
			t.Fatalf("official %s: potential %v", o.NIP.Raw, o.Potential)
		}
		if o.TalentBox > 9 {
			t.Fatalf("official %s: talent box %d", o.NIP.Raw, o.TalentBox)
		}
		assessed := o.Competency[0] != 0
		for _, v := range o.Competency[:model.TK] {
			if (v != 0) != assessed || v > 5 {
				t.Fatalf("official %s: competencies %v", o.NIP.Raw, o.Competency)
			}
		}
		if o.Competency[model.TK] > 5 {
			t.Fatalf("official %s: teknis %d", o.NIP.Raw, o.Competency[model.TK])
		}
		// Every official belongs to a family; a holder of a post of a
		// specific family belongs to it (by education or experience).
		if len(o.Families) == 0 {
			t.Fatalf("official %s lists no family", o.NIP.Raw)
		}
		if o.Position != "" {
			p := &r.Positions[ids[o.Position]]
			if !model.IsGeneralist(p.Family) && model.FamilyFit(o.Families, p.Family) != model.FamilyMatch {
				t.Fatalf("holder %s of %s (%s) lists %v", o.NIP.Raw, p.ID, p.Family, o.Families)
			}
		}
	}
}

// genBand maps an old 0–100 score onto its predicate (PP 46/2011 bands of
// DOMAIN.md), independently of the generator.
func genBand(s float64) model.Predicate {
	switch {
	case s >= 91:
		return model.SangatBaik
	case s >= 76:
		return model.Baik
	case s >= 61:
		return model.ButuhPerbaikan
	case s >= 51:
		return model.Kurang
	}
	return model.SangatKurang
}

// genCheckNIP checks a NIP from its digits alone (Perka BKN 22/2007).
func genCheckNIP(t *testing.T, n model.NIP, date time.Time) {
	t.Helper()
	raw := n.Raw
	if len(raw) != 18 || strings.Trim(raw, "0123456789") != "" {
		t.Fatalf("NIP %q: not 18 digits", raw)
	}
	birth, err := time.Parse("20060102", raw[:8])
	if err != nil || !birth.Equal(n.Birth) {
		t.Fatalf("NIP %s: birth %v, parsed %v (%v)", raw, n.Birth, birth, err)
	}
	appt, err := time.Parse("200601", raw[8:14])
	if err != nil || !appt.Equal(n.Appointed) {
		t.Fatalf("NIP %s: appointment %v, parsed %v (%v)", raw, n.Appointed, appt, err)
	}
	age := appt.Year() - birth.Year()
	if age < 21 || age > 33 {
		t.Fatalf("NIP %s: appointed at about %d", raw, age)
	}
	if appt.After(date) {
		t.Fatalf("NIP %s: appointed after the plan date", raw)
	}
	if g := raw[14]; g != '1' && g != '2' || model.Gender(g-'0') != n.Gender {
		t.Fatalf("NIP %s: gender digit %c, field %d", raw, g, n.Gender)
	}
	if seq, _ := strconv.Atoi(raw[15:]); seq < 1 || seq != n.Seq {
		t.Fatalf("NIP %s: sequence %d, field %d", raw, seq, n.Seq)
	}
}

// TestGenerateDistributions checks that a large roster has what makes the
// problem as hard as a real one: every kind of official and post, in
// plausible proportions.
func TestGenerateDistributions(t *testing.T) {
	r := genMust(t, Config{Officials: 6000, Positions: 5000, Seed: 11})
	var pred [6]int
	var candidates, outside, retiring, berat, sedang, inTraining, scored, boxes, assessed int
	var tenureHist [9]int
	held := map[string]bool{}
	for i := range r.Officials {
		o := &r.Officials[i]
		pred[o.Performance.Predicate]++
		if o.Position == "" {
			candidates++
			if o.Eselon != 0 {
				outside++
			}
		} else {
			held[o.Position] = true
			tenureHist[min(8, int(genDate.Sub(o.PositionSince).Hours()/24/365.25))]++
		}
		bd := o.NIP.Birth.AddDate(58, 0, 0)
		if bd.Before(genDate.AddDate(1, 0, 0)) {
			retiring++
		}
		switch o.Sanction {
		case model.Berat:
			berat++
		case model.Sedang:
			sedang++
		}
		if o.TrainingInProgress {
			inTraining++
		}
		if o.Performance.HasScore {
			scored++
		}
		if o.TalentBox != 0 {
			boxes++
		}
		if o.Competency[0] != 0 {
			assessed++
		}
	}
	n := len(r.Officials)
	frac := func(k int) float64 { return float64(k) / float64(n) }
	checks := []struct {
		what   string
		got    float64
		lo, hi float64
	}{
		{"Baik share", frac(pred[model.Baik]), 0.5, 0.7},
		{"Sangat Baik share", frac(pred[model.SangatBaik]), 0.12, 0.28},
		{"Sangat Kurang share", frac(pred[model.SangatKurang]), 0.002, 0.05},
		{"candidates", frac(candidates), 0.15, 0.35},
		{"outside holders among candidates", float64(outside) / float64(candidates), 0.05, 0.3},
		{"retiring within 12 months (BUP 58)", frac(retiring), 0.01, 0.15},
		{"berat", frac(berat), 0.0005, 0.02},
		{"sedang", frac(sedang), 0.003, 0.03},
		{"in training", frac(inTraining), 0.01, 0.05},
		{"numeric scores", frac(scored), 0.05, 0.2},
		{"talent boxes", frac(boxes), 0.7, 0.95},
		{"assessed", frac(assessed), 0.75, 0.95},
		{"vacant posts", 1 - float64(len(held))/float64(len(r.Positions)), 0.05, 0.15},
	}
	for _, c := range checks {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s: %.4f, want %.4f–%.4f", c.what, c.got, c.lo, c.hi)
		}
	}
	for y, k := range tenureHist {
		if k == 0 {
			t.Errorf("no holder with %d full years in the post: tenures %v", y, tenureHist)
		}
	}
	lv := genLevels(r)
	if lv[model.LevelJPT] == 0 || lv[model.LevelAdministrator] == 0 || lv[model.LevelPengawas] == 0 {
		t.Errorf("levels %v", lv)
	}
}

// TestWriteCSVRoundTrip reads the CSV files back with encoding/csv and
// checks every cell against the roster, so that the writer and the column
// contract agree without relying on the loader.
func TestWriteCSVRoundTrip(t *testing.T) {
	r := genMust(t, Config{Preset: PresetProvinsi, Pengawas: true, Seed: 2})
	ob, pb := genCSV(t, r)
	orecs := genReadCSV(t, ob)
	precs := genReadCSV(t, pb)
	if len(orecs) != len(r.Officials)+1 || len(precs) != len(r.Positions)+1 {
		t.Fatalf("%d and %d rows", len(orecs), len(precs))
	}
	oh := genHeader(orecs[0])
	for i, rec := range orecs[1:] {
		o := &r.Officials[i]
		cell := func(c string) string { return rec[oh[c]] }
		if cell("nip") != o.NIP.Raw || cell("nama") != o.Name || cell("golongan") != o.Rank.String() ||
			cell("jabatan_id") != o.Position {
			t.Fatalf("row %d: %v vs %+v", i+2, rec, o)
		}
		if o.Position != "" && cell("tmt_jabatan") != o.PositionSince.Format("2006-01-02") {
			t.Fatalf("row %d: TMT %q vs %v", i+2, cell("tmt_jabatan"), o.PositionSince)
		}
		perf := cell("predikat_kinerja")
		if o.Performance.HasScore {
			if s, err := strconv.ParseFloat(perf, 64); err != nil || s != o.Performance.Score {
				t.Fatalf("row %d: score %q vs %v", i+2, perf, o.Performance.Score)
			}
		} else if perf != o.Performance.Predicate.String() {
			t.Fatalf("row %d: predicate %q vs %v", i+2, perf, o.Performance.Predicate)
		}
		for k, name := range []string{"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "sk"} {
			want := ""
			if o.Competency[k] != 0 {
				want = strconv.Itoa(int(o.Competency[k]))
			}
			if cell(name) != want {
				t.Fatalf("row %d: %s %q vs %d", i+2, name, cell(name), o.Competency[k])
			}
		}
		if (cell("eselon") == "") != (o.Eselon == 0) {
			t.Fatalf("row %d: eselon %q vs %v", i+2, cell("eselon"), o.Eselon)
		}
	}
	ph := genHeader(precs[0])
	for j, rec := range precs[1:] {
		p := &r.Positions[j]
		cell := func(c string) string { return rec[ph[c]] }
		if cell("id") != p.ID || cell("nama_jabatan") != p.Name || cell("unit_kerja") != p.Unit ||
			cell("eselon") != p.Eselon.String() {
			t.Fatalf("row %d: %v vs %+v", j+2, rec, p)
		}
		prio := 3
		if s := cell("prioritas"); s != "" {
			prio, _ = strconv.Atoi(s)
		}
		if prio != p.Priority {
			t.Fatalf("row %d: priority %q vs %d", j+2, cell("prioritas"), p.Priority)
		}
		def := p.Eselon.Level().DefaultRequired()
		for k, name := range []string{"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "sk"} {
			got := def
			if s := cell(name); s != "" {
				v, _ := strconv.Atoi(s)
				got = uint8(v)
			}
			if got != p.Required[k] {
				t.Fatalf("row %d: %s %q vs %d", j+2, name, cell(name), p.Required[k])
			}
		}
	}
}

func genReadCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func genHeader(h []string) map[string]int {
	m := map[string]int{}
	for k, c := range h {
		m[c] = k
	}
	return m
}

// TestWriteXLSX checks that the workbook holds the same cells as the CSV
// files, with NIPs as text and levels as numbers.
func TestWriteXLSX(t *testing.T) {
	r := genMust(t, Config{Preset: PresetKota, Seed: 4})
	ob, pb := genCSV(t, r)
	var xb bytes.Buffer
	if err := WriteXLSX(&xb, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&xb)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 3 || got[0] != SheetOfficials || got[1] != SheetPositions || got[2] != SheetSelection {
		t.Fatalf("sheets %v", got)
	}
	for _, sh := range []struct {
		name string
		csv  []byte
	}{{SheetOfficials, ob}, {SheetPositions, pb}} {
		want := genReadCSV(t, sh.csv)
		got, err := f.GetRows(sh.name)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d rows, want %d", sh.name, len(got), len(want))
		}
		for i := range want {
			for c := range want[i] {
				g := ""
				if c < len(got[i]) {
					g = got[i][c]
				}
				if g != want[i][c] {
					t.Fatalf("%s row %d col %d: %q, want %q", sh.name, i+1, c+1, g, want[i][c])
				}
			}
		}
	}
	// Every cell is of the type rosterfile's column gives it
	// (Column.Cell): a number in a numeric column (levels, potentials,
	// priorities, ranks), text elsewhere, the NIP and a score in
	// predikat_kinerja included (excelize reports a number cell, like an
	// empty one, as CellTypeUnset).
	for _, sh := range []struct {
		name string
		cols []rosterfile.Column
	}{{SheetOfficials, rosterfile.OfficialColumns()}, {SheetPositions, rosterfile.PositionColumns()}, {SheetSelection, rosterfile.SelectionColumns()}} {
		numeric := map[string]bool{}
		for _, c := range sh.cols {
			numeric[c.Name()] = c.Numeric
		}
		rows, err := f.GetRows(sh.name)
		require.NoError(t, err)
		seen := map[bool]int{}
		for i, row := range rows[1:min(len(rows), 200)] {
			for c, v := range row {
				cell, err := excelize.CoordinatesToCellName(c+1, i+2)
				require.NoError(t, err)
				typ, err := f.GetCellType(sh.name, cell)
				require.NoError(t, err)
				switch name := rows[0][c]; {
				case v == "":
					assert.Equal(t, excelize.CellTypeUnset, typ, "%s %s (%s) is empty", sh.name, cell, name)
				case numeric[name]:
					assert.Equal(t, excelize.CellTypeUnset, typ, "%s %s (%s) = %q is not a number", sh.name, cell, name, v)
					seen[true]++
				default:
					assert.Contains(t, []excelize.CellType{excelize.CellTypeSharedString, excelize.CellTypeInlineString}, typ,
						"%s %s (%s) = %q is not text", sh.name, cell, name, v)
					seen[false]++
				}
			}
		}
		assert.Positive(t, seen[true], "%s: no number cell", sh.name)
		assert.Positive(t, seen[false], "%s: no text cell", sh.name)
	}
}

// FuzzGenerate checks the invariants on custom sizes and seeds the tests
// above do not list.
func FuzzGenerate(f *testing.F) {
	f.Add(uint16(1), uint16(1), uint64(0))
	f.Add(uint16(500), uint16(401), uint64(3))
	f.Add(uint16(10), uint16(900), uint64(99))
	f.Fuzz(func(t *testing.T, n, m uint16, seed uint64) {
		cfg := Config{Officials: int(n)%3000 + 1, Positions: int(m)%2500 + 1, Seed: seed}
		r := genMust(t, cfg)
		if len(r.Officials) != cfg.Officials || len(r.Positions) != cfg.Positions {
			t.Fatalf("%+v: %d officials, %d posts", cfg, len(r.Officials), len(r.Positions))
		}
		genCheckInvariants(t, r, genDate)
	})
}

// TestWriteDirMissing checks that a write into a missing directory fails
// naming the file.
func TestWriteDirMissing(t *testing.T) {
	r := genMust(t, Config{Officials: 3, Positions: 2, Seed: 1})
	dir := t.TempDir() + "/missing"
	err := WriteDir(dir, r, false)
	if err == nil || !strings.Contains(err.Error(), OfficialsFile) {
		t.Fatalf("WriteDir into a missing directory: %v", err)
	}
}
