package rosterfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// loadDate is the plan date of the load fixtures.
var loadDate = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func TestLoadFixture(t *testing.T) {
	r, ps, err := Load(Source{Officials: "testdata/load/officials.csv", Positions: "testdata/load/positions.csv"}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		t.Errorf("unexpected problem: %s", p)
	}
	if r == nil {
		t.Fatal("nil roster")
	}
	if len(r.Officials) != 4 || len(r.Positions) != 4 {
		t.Fatalf("%d officials, %d positions; want 4 and 4", len(r.Officials), len(r.Positions))
	}
	o := r.Officials[1]
	if o.NIP.Raw != "197205152000032002" || o.Name != "Sari Contoh" || o.Rank != model.RankIVc ||
		o.Position != "DINKES-01" || !o.PositionSince.Equal(time.Date(2019, 6, 15, 0, 0, 0, 0, time.UTC)) ||
		o.Performance.Predicate != model.Baik || !o.HasPotential || o.Potential != 72.5 || o.TalentBox != 8 ||
		o.Competency != (model.Profile{4, 3, 4, 4, 4, 3, 4, 4, 4}) || o.Education != model.S2 || o.Training != model.PKNII ||
		!o.TrainingInProgress || o.Sanction != 0 || o.Row != 3 {
		t.Errorf("official row 3 = %+v", o)
	}
	// birth_date empty: the NIP's.
	if !o.BirthDate.Equal(o.NIP.Birth) {
		t.Errorf("birth date %v, want the NIP's %v", o.BirthDate, o.NIP.Birth)
	}
	a := r.Officials[2]
	if !a.Performance.HasScore || a.Performance.Score != 88 || a.Performance.Predicate != model.Baik ||
		a.Sanction != model.Ringan || !a.SanctionUntil.Equal(time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)) ||
		!a.PositionSince.Equal(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("official row 4 = %+v", a)
	}
	if c := r.Officials[3]; c.Position != "" || c.Training != model.PKA || c.Performance.Predicate != model.ButuhPerbaikan {
		t.Errorf("official row 5 = %+v", c)
	}
	// Required levels: the eselon's default where empty, the file's where set.
	want := []model.Profile{
		{4, 4, 4, 4, 4, 4, 4, 4, 4},
		{4, 4, 4, 4, 4, 4, 4, 4, 4},
		{4, 3, 3, 3, 3, 3, 3, 3, 3},
		{3, 3, 3, 3, 3, 3, 3, 3, 3},
	}
	prio := []int{5, 4, 3, 3}
	for j, p := range r.Positions {
		if p.Required != want[j] || p.Priority != prio[j] || p.Row != j+2 {
			t.Errorf("position %s: required %v priority %d row %d; want %v, %d, %d", p.ID, p.Required, p.Priority, p.Row, want[j], prio[j], j+2)
		}
	}
}

// loadFS builds an in-memory file system from name/content pairs.
func loadFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for n, c := range files {
		m[n] = &fstest.MapFile{Data: []byte(c)}
	}
	return m
}

// loadFixtureCSV returns the fixture files, read from testdata/load.
func loadFixtureCSV(t testing.TB) (off, pos string) {
	t.Helper()
	a, err := os.ReadFile(filepath.Join("testdata", "load", "officials.csv"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("testdata", "load", "positions.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return string(a), string(b)
}

func TestLoadSemicolonBOMAliases(t *testing.T) {
	// The same roster as Excel in an Indonesian locale writes it: a BOM,
	// semicolons, decimal commas, Indonesian headers in another order and
	// case, CRLF line ends.
	off := "\ufeffNama;NIP;Golongan;Jabatan ID;TMT-Jabatan;Predikat Kinerja;Potensi;Hobi\r\n" +
		"Budi Contoh;19680411 199303 1 009;IV.d;SETDA-01;03/01/2022;sangat baik;85,5;catur\r\n"
	pos := "ID;Nama Jabatan;Unit Kerja;Eselon;Prioritas\r\nSETDA-01;Sekretaris Daerah;Sekretariat Daerah;2a;5\r\n"
	r, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: loadFS(map[string]string{"o.csv": off, "p.csv": pos})}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].String() != `o.csv:1: warning: column Hobi: unknown column, kept as an extra attribute` {
		t.Fatalf("problems %v", ps)
	}
	if r == nil || len(r.Officials) != 1 {
		t.Fatalf("roster %+v", r)
	}
	o := r.Officials[0]
	if o.Rank != model.RankIVd || o.Potential != 85.5 || o.Extra["Hobi"] != "catur" || o.Performance.Predicate != model.SangatBaik ||
		!o.PositionSince.Equal(time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("official %+v", o)
	}
	if r.Positions[0].Eselon != model.EselonIIa || r.Positions[0].Priority != 5 {
		t.Errorf("position %+v", r.Positions[0])
	}
}

func TestLoadSourceErrors(t *testing.T) {
	fsys := loadFS(map[string]string{"o.csv": "nip\n", "p.txt": "id\n"})
	cases := []struct {
		src  Source
		want string
	}{
		{Source{Officials: "o.csv", FS: fsys}, "both"},
		{Source{Officials: "o.csv", Positions: "p.txt", FS: fsys}, `p.txt: unknown file type ".txt"`},
		{Source{Officials: "o.csv", Positions: "missing.csv", FS: fsys}, "missing.csv"},
		{Source{Workbook: "r.xlsx", Officials: "o.csv", FS: fsys}, "not both"},
		{Source{Workbook: "o.csv", FS: fsys}, "must be an .xlsx"},
	}
	for _, c := range cases {
		_, _, err := Load(c.src, loadDate)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Load(%+v) error %v, want %q", c.src, err, c.want)
		}
	}
}

func TestLoadSwappedFiles(t *testing.T) {
	off, pos := loadFixtureCSV(t)
	fsys := loadFS(map[string]string{"o.csv": off, "p.csv": pos})
	_, ps, err := Load(Source{Officials: "p.csv", Positions: "o.csv", FS: fsys}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	want := "p.csv: this looks like the positions file and o.csv like the officials file: are the two swapped?"
	if len(ps) == 0 || ps[0].String() != want {
		t.Errorf("first problem %v, want %q", ps[0], want)
	}
	_, ps, _ = Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
	if len(ps) != 0 {
		t.Errorf("not swapped: %v", ps)
	}
}

// TestLoadDateZone checks that a plan date in another time zone is taken as
// its calendar day: a post taken up on the plan date itself is fine.
func TestLoadDateZone(t *testing.T) {
	off := "nip,name,rank,position,position_since,performance\n196804111993031009,A,IV/b,P,2026-12-01,Baik\n"
	fsys := loadFS(map[string]string{"o.csv": off, "p.csv": "id,name,unit,eselon\nP,Post,U,II.b\n"})
	for _, d := range []time.Time{
		time.Date(2026, 12, 1, 0, 30, 0, 0, time.FixedZone("WIT", 9*3600)),
		time.Date(2026, 12, 1, 23, 0, 0, 0, time.FixedZone("HST", -10*3600)),
	} {
		r, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, d)
		if err != nil || r == nil || len(ps) != 0 {
			t.Errorf("date %v: %v %v", d, err, ps)
		}
	}
	_, ps, _ := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, time.Date(2026, 11, 30, 23, 0, 0, 0, time.UTC))
	if len(ps) != 1 || !strings.Contains(ps[0].Reason.String(), "after the plan date 30 November 2026") {
		t.Errorf("a day before: %v", ps)
	}
}

func TestLoadPositionSinceColumnMissing(t *testing.T) {
	off := "nip,name,rank,position,performance\n196804111993031009,A,IV/b,P,Baik\n197205152000032002,B,IV/b,Q,Baik\n"
	fsys := loadFS(map[string]string{"o.csv": off, "p.csv": "id,name,unit,eselon\nP,Post,U,II.b\nQ,Post,U,II.b\n"})
	_, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
	want := "o.csv:1: column position_since: required column missing when position is set (also accepted as tmt_jabatan)"
	if err != nil || len(ps) != 1 || ps[0].String() != want {
		t.Errorf("%v %v\nwant %s", err, ps, want)
	}
}
