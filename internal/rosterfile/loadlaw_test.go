package rosterfile

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

func TestParseSanctionKind(t *testing.T) {
	tests := []struct {
		in   string
		want model.SanctionKind
		ok   bool
	}{
		{"teguran lisan", model.TeguranLisan, true},
		{"Teguran Tertulis", model.TeguranTertulis, true},
		{"Pernyataan tidak puas secara tertulis", model.PernyataanTidakPuas, true},
		{"pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan", model.PotonganTukin6, true},
		{"Potong tukin 9 bulan", model.PotonganTukin9, true},
		{"pemotongan tunjangan kinerja 25% selama dua belas bulan", model.PotonganTukin12, true},
		{"Penurunan Jabatan Setingkat Lebih Rendah Selama 12 (Dua Belas) Bulan", model.PenurunanJabatan, true},
		{"berat: penurunan jabatan", model.PenurunanJabatan, true},
		{"Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", model.PembebasanJabatan, true},
		{"dibebaskan dari jabatan", model.PembebasanJabatan, true},
		{"Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", model.Pemberhentian, true},
		{"hukuman disiplin berat (pemberhentian)", model.Pemberhentian, true},
		{"", 0, true}, {"-", 0, true}, {"tidak ada", 0, true},
		// The statutory period of a cut of allowance must be said.
		{"pemotongan tunjangan kinerja", 0, false},
		{"teguran", 0, false},
		{"skorsing", 0, false},
	}
	for _, tt := range tests {
		got, err := model.ParseSanctionKind(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseSanctionKind(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	// The kinds of PP 94/2021 Pasal 8 by severity, with their periods.
	periods := map[model.SanctionKind]struct {
		sev    model.Sanction
		months int
	}{
		model.TeguranLisan: {model.Ringan, 0}, model.TeguranTertulis: {model.Ringan, 0}, model.PernyataanTidakPuas: {model.Ringan, 0},
		model.PotonganTukin6: {model.Sedang, 6}, model.PotonganTukin9: {model.Sedang, 9}, model.PotonganTukin12: {model.Sedang, 12},
		model.PenurunanJabatan: {model.Berat, 12}, model.PembebasanJabatan: {model.Berat, 12}, model.Pemberhentian: {model.Berat, 0},
	}
	for k, w := range periods {
		if k.Severity() != w.sev || k.Months() != w.months || k.Permanent() != (k == model.Pemberhentian) {
			t.Errorf("%v: severity %v, %d months; want %v, %d", k, k.Severity(), k.Months(), w.sev, w.months)
		}
		// The name reads back as the same kind.
		if got, err := model.ParseSanctionKind(k.String()); err != nil || got != k {
			t.Errorf("ParseSanctionKind(%q) = %v, %v", k.String(), got, err)
		}
	}
}

func TestParseEvaluation(t *testing.T) {
	tests := []struct {
		in   string
		want model.Evaluation
		ok   bool
	}{
		{"tetap", model.EvalTetap, true}, {"Stay", model.EvalTetap, true}, {"dipertahankan", model.EvalTetap, true},
		{"Rotasi", model.EvalRotasi, true}, {"dirotasi", model.EvalRotasi, true}, {"rotate", model.EvalRotasi, true},
		{"istirahat", model.EvalIstirahat, true}, {"Diistirahatkan", model.EvalIstirahat, true},
		{"non-job", model.EvalIstirahat, true}, {"NON JOB", model.EvalIstirahat, true}, {"rest", model.EvalIstirahat, true},
		{"", 0, true}, {"-", 0, true},
		{"promosi", 0, false}, {"baik", 0, false},
	}
	for _, tt := range tests {
		got, err := model.ParseEvaluation(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseEvaluation(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParseSanctionKind(f *testing.F) {
	for _, s := range []string{"penurunan jabatan", "potong tukin 6 bulan", "teguran lisan", "berat", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := model.ParseSanctionKind(s)
		if err != nil && k != 0 {
			t.Fatalf("%q: kind %v with an error", s, k)
		}
		if k != 0 && k.Severity() == 0 {
			t.Fatalf("%q: kind %v without a severity", s, k)
		}
		sev, kind, err := parseSanctionCell(s)
		if err == nil && kind != 0 && kind.Severity() != sev {
			t.Fatalf("%q: severity %v, kind %v", s, sev, kind)
		}
	})
}

func FuzzParseEvaluation(f *testing.F) {
	for _, s := range []string{"tetap", "rotasi", "istirahat", "non-job", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := model.ParseEvaluation(s)
		if err != nil && v != 0 || v > model.EvalIstirahat {
			t.Fatalf("%q: %v, %v", s, v, err)
		}
	})
}

// lawOfficialsHeader is an officials file's header with the law's columns,
// in their Indonesian aliases.
const lawOfficialsHeader = "nip,nama,golongan,jabatan_id,tmt_jabatan,predikat_kinerja,hukuman_disiplin,jenis_hukuman,tanggal_hukuman,hasil_evaluasi,tanggal_evaluasi,tmt_administrator,tmt_pengawas,eselon\n"

// lawLoad loads an officials table (after the header above), the load
// fixture's positions and, when not empty, a selection table.
func lawLoad(t *testing.T, officials, selection string) (*model.Roster, []Problem) {
	t.Helper()
	pos, err := os.ReadFile("testdata/load/positions.csv")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"officials.csv": {Data: []byte(lawOfficialsHeader + officials)},
		"positions.csv": {Data: pos},
	}
	src := Source{Officials: "officials.csv", Positions: "positions.csv", FS: fsys}
	if selection != "" {
		fsys["selection.csv"] = &fstest.MapFile{Data: []byte(selection)}
		src.Selection = "selection.csv"
	}
	r, ps, err := Load(src, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	return r, ps
}

// lawRows are two good officials: the head of Setda (II.a) and the
// secretary of Dinas Kesehatan (III.a).
const lawRows = "19680411 199303 1 009,Budi Contoh,IV/d,SETDA-01,2022-01-03,Sangat Baik,,,,tetap,2026-10-01,2012-03-01,2005-01-01,\n" +
	"197811202005011003,Agus Contoh,IV/a,DINKES-02,2024-02-01,Baik,berat,penurunan jabatan,2026-07-01,,,2019-05-01,,\n" +
	"198002022006042001,Rina Contoh,III/d,,,Baik,,,,,,,2015-01-01,IV.a\n"

func TestLoadLawColumns(t *testing.T) {
	r, ps := lawLoad(t, lawRows, "")
	if len(ps) != 0 || r == nil {
		t.Fatalf("problems %v", ps)
	}
	day := func(s string) time.Time { d, _ := model.ParseDate(s); return d }
	o := r.Officials[0]
	if o.Evaluation != model.EvalTetap || !o.EvaluationDate.Equal(day("2026-10-01")) ||
		!o.AdministratorSince.Equal(day("2012-03-01")) || !o.PengawasSince.Equal(day("2005-01-01")) {
		t.Errorf("official 0 %+v", o)
	}
	o = r.Officials[1]
	if o.Sanction != model.Berat || o.SanctionKind != model.PenurunanJabatan || !o.SanctionDate.Equal(day("2026-07-01")) {
		t.Errorf("official 1 %+v", o)
	}
	// A kind in the sanction column alone gives the severity.
	r, ps = lawLoad(t, strings.Replace(lawRows, "berat,penurunan jabatan", "potong tukin 9 bulan,", 1), "")
	if r == nil || r.Officials[1].Sanction != model.Sedang || r.Officials[1].SanctionKind != model.PotonganTukin9 {
		t.Errorf("kind in the sanction column: %v %+v", ps, r)
	}
}

func TestLoadLawProblems(t *testing.T) {
	tests := []struct {
		name, from, to string
		want           string // the one problem, as printed
	}{
		{"bad outcome", ",tetap,", ",promosi,",
			`officials.csv:2: column hasil_evaluasi: "promosi": not an evaluation outcome (tetap, rotasi, istirahat)`},
		{"evaluation in the future", "tetap,2026-10-01", "tetap,2027-01-05",
			`officials.csv:2: column tanggal_evaluasi: "2027-01-05": after the plan date 1 December 2026: an evaluation not yet held has no outcome`},
		{"kind of another severity", "berat,penurunan jabatan", "sedang,penurunan jabatan",
			`officials.csv:3: column jenis_hukuman: "penurunan jabatan": a berat sanction (PP 94/2021 Pasal 8), but the sanction column says sedang`},
		{"cut without its period", "berat,penurunan jabatan", ",pemotongan tunjangan kinerja",
			`officials.csv:3: column jenis_hukuman: "pemotongan tunjangan kinerja": a cut of allowance (sedang) lasts 6, 9 or 12 months: say which`},
		{"administrator after the current post", "2019-05-01,,", "2025-05-01,,",
			`officials.csv:3: column tmt_administrator: "2025-05-01": after the start of the current administrator post 1 February 2024: the first administrator post cannot start later`},
		{"pengawas after the current post", ",2015-01-01,IV.a", ",2027-01-01,IV.a",
			`officials.csv:4: column tmt_pengawas: "2027-01-01": after the plan date 1 December 2026: the first pengawas post starts before today`},
		{"bad date", "2012-03-01", "2012-13-01",
			`officials.csv:2: column tmt_administrator: "2012-13-01": not a date in the calendar`},
		{"outcome on a candidate", "Baik,,,,,,,2015", "Baik,,,,istirahat,,,2015",
			`officials.csv:4: warning: column hasil_evaluasi: "istirahat": ignored: the outcome of an evaluation concerns the holder of a post of the roster`},
		{"sanction date without sanction", "Sangat Baik,,,,tetap", "Sangat Baik,,,2026-01-01,tetap",
			`officials.csv:2: warning: column tanggal_hukuman: "2026-01-01": ignored: no sanction is set`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := strings.Replace(lawRows, tt.from, tt.to, 1)
			if rows == lawRows {
				t.Fatalf("%q not in the rows", tt.from)
			}
			r, ps := lawLoad(t, rows, "")
			if len(ps) != 1 || ps[0].String() != tt.want {
				t.Fatalf("problems %q\nwant %q", ps, tt.want)
			}
			if (ps[0].Severity == Error) != (r == nil) {
				t.Errorf("roster %v with a %v", r != nil, ps[0].Severity)
			}
		})
	}
}

// lawSelection is a good selection file for the load fixture.
const lawSelection = "position,nip,rank,nama\nDINKES-01,197811202005011003,1,Agus Contoh\nDINKES-01,198002022006042001,2,Rina Contoh\n"

func TestLoadSelection(t *testing.T) {
	r, ps := lawLoad(t, lawRows, lawSelection)
	if len(ps) != 0 || r == nil {
		t.Fatalf("problems %v", ps)
	}
	want := []model.Selection{{Position: "DINKES-01", NIP: "197811202005011003", Rank: 1, Row: 2},
		{Position: "DINKES-01", NIP: "198002022006042001", Rank: 2, Row: 3}}
	if len(r.Selections) != 2 || r.Selections[0] != want[0] || r.Selections[1] != want[1] {
		t.Errorf("selections %+v", r.Selections)
	}
	tests := []struct {
		name, sel string
		want      []string
	}{
		{"unknown NIP", "position,nip\nDINKES-01,197811202005011004\n",
			[]string{`selection.csv:2: column nip: "197811202005011004": no official with this NIP in the officials file`}},
		{"unknown post", "jabatan_id,nip\nDINKES-09,197811202005011003\n",
			[]string{`selection.csv:2: column jabatan_id: "DINKES-09": no post with this id in the positions file`}},
		{"not a JPT post", "position,nip\nDINKES-02,197811202005011003\n",
			[]string{`selection.csv:2: column position: "DINKES-02": eselon III.a is not a JPT post: open selection (seleksi terbuka) fills JPT Pratama posts`}},
		{"rank out of range", "position,nip,peringkat\nDINKES-01,197811202005011003,4\n",
			[]string{`selection.csv:2: column peringkat: "4": not a rank of the selection (1, 2 or 3)`}},
		{"same rank twice", "position,nip,rank\nDINKES-01,197811202005011003,1\nDINKES-01,198002022006042001,1\n",
			[]string{`selection.csv:3: column rank: "1": rank 1 of post DINKES-01 is also given in row 2`}},
		{"listed twice", "position,nip\nDINKES-01,197811202005011003\nDINKES-01,19781120 200501 1 003\n",
			[]string{`selection.csv:3: NIP 197811202005011003 is listed for post DINKES-01 twice (also in row 2)`}},
		{"missing column", "position,rank\nDINKES-01,1\n",
			[]string{`selection.csv:1: column nip: required column missing`}},
		{"empty NIP", "position,nip\nDINKES-01,\n",
			[]string{`selection.csv:2: column nip: empty required cell`}},
		{"holds the post already", "position,nip\nSETDA-01,19680411 199303 1 009\n",
			[]string{`selection.csv:2: warning: column nip: "19680411 199303 1 009": already holds SETDA-01`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := lawLoad(t, lawRows, tt.sel)
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLoadWorkbookSelectionSheet(t *testing.T) {
	dir := t.TempDir()
	sel := xlsxSheet{"Seleksi", [][]any{{"Jabatan ID", "NIP", "Peringkat"}, {"SETDA-01", "197811202005011003", 1}}}
	path := xlsxWrite(t, dir, "roster.xlsx", xlsxOfficials("pejabat"), xlsxPositions("jabatan"), sel)
	r, ps, err := Load(Source{Workbook: path}, loadDate)
	if err != nil || r == nil || len(ps) != 0 {
		t.Fatalf("%v %v", err, ps)
	}
	if len(r.Selections) != 1 || r.Selections[0].Rank != 1 || r.Selections[0].NIP != "197811202005011003" {
		t.Errorf("selections %+v", r.Selections)
	}
	// A numeric NIP in the sheet has lost digits: an error naming the cell.
	sel.rows[1][1] = 197811202005011003
	path = xlsxWrite(t, dir, "roster2.xlsx", xlsxOfficials("pejabat"), xlsxPositions("jabatan"), sel)
	_, ps, err = Load(Source{Workbook: path}, loadDate)
	if err != nil || len(ps) != 1 || !strings.Contains(ps[0].String(), "roster2.xlsx[Seleksi]:2: column NIP:") {
		t.Errorf("numeric NIP: %v %v", err, ps)
	}
}
