package rosterfile

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/mutasi-id/mutasi/model"
	"reflect"
)

// The forms of the cells and columns that exports and decrees use beyond the
// tool's canonical ones: rank with pangkat, dates with month names, education
// with its programme, SIASN's field names, row-number columns.

func TestParseRankPangkat(t *testing.T) {
	cases := []struct {
		in   string
		want model.Rank // 0 = error
	}{
		{"Pembina Tk. I (IV/b)", model.RankIVb},
		{"Pembina Tingkat I (IV/b)", model.RankIVb},
		{"Pembina Tk.I, IV/b", model.RankIVb},
		{"Pembina Tkt. I / IV.b", model.RankIVb},
		{"Pembina Tingkat 1 (IV/b)", model.RankIVb},
		{"Pembina Utama Muda, IV/c", model.RankIVc}, // the lampiran's own form
		{"Pembina Utama Madya IV/d", model.RankIVd},
		{"Pembina Utama (IV/e)", model.RankIVe},
		{"PEMBINA (IV/a)", model.RankIVa},
		{"IV/b - Pembina Tingkat I", model.RankIVb},
		{"IV/a Pembina", model.RankIVa},
		{"Penata Tk. I (III/d)", model.RankIIId},
		{"Penata Muda Tingkat I, III/b", model.RankIIIb},
		{"Penata Muda (III/a)", model.RankIIIa},
		{"Juru Muda Tingkat I, I/b", 2},
		{"Pengatur Tk. I (II/d)", 8},
		{"Gol. IV/b", model.RankIVb},
		{"Golongan Ruang III/c", model.RankIIIc},
		{"Pembina Tingkat I", model.RankIVb}, // the pangkat alone
		{"Pembina Utama Muda", model.RankIVc},
		{"Penata", model.RankIIIc},
		// The pangkat and the code disagree: which is right is the user's call.
		{"Pembina Tk. I (IV/a)", 0},
		{"Pembina, IV/c", 0},
		{"Penata Muda (III/c)", 0},
		{"Pembina Tingkat II (IV/b)", 0},
		{"Pembina Madya (IV/d)", 0},
		{"Kepala (IV/b)", 0},
		{"Pembina Pembina", 0},
		{"Pembina IV/b Pembina", 0},
		{"Tk. I", 0},
		{"Golongan", 0},
	}
	for _, c := range cases {
		got, err := model.ParseRank(c.in)
		if c.want == 0 {
			assert.Errorf(t, err, "ParseRank(%q) = %v", c.in, got)
			continue
		}
		if assert.NoErrorf(t, err, "ParseRank(%q)", c.in) {
			assert.Equalf(t, c.want, got, "ParseRank(%q)", c.in)
		}
	}
	_, err := model.ParseRank("Pembina Tk. I (IV/a)")
	assert.EqualError(t, err, "pangkat Pembina Tingkat I is IV/b, not IV/a")
	// Every rank reads back from its pangkat, alone and in both orders.
	for r := model.Rank(1); r.Valid(); r++ {
		for _, s := range []string{r.Pangkat(), r.Pangkat() + ", " + r.String(), r.Pangkat() + " (" + r.String() + ")", r.String() + " " + r.Pangkat()} {
			got, err := model.ParseRank(s)
			assert.NoErrorf(t, err, "ParseRank(%q)", s)
			assert.Equalf(t, r, got, "ParseRank(%q)", s)
		}
	}
}

func TestParseCellDateWords(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		in   string
		want time.Time // zero = error
	}{
		{"1 Maret 2021", day(2021, 3, 1)},
		{"01 Maret 2021", day(2021, 3, 1)},
		{"1 Mar 2021", day(2021, 3, 1)},
		{"1 Mar. 2021", day(2021, 3, 1)},
		{"01-Mar-2021", day(2021, 3, 1)},
		{"1/Mar/2021", day(2021, 3, 1)},
		{"17 Agustus 1945", day(1945, 8, 17)},
		{"17 Agt 2020", day(2020, 8, 17)},
		{"17 Agu 2020", day(2020, 8, 17)},
		{"17 Aug 2020", day(2020, 8, 17)},
		{"5 Mei 2019", day(2019, 5, 5)},
		{"5 May 2019", day(2019, 5, 5)},
		{"31 DESEMBER 2024", day(2024, 12, 31)},
		{"10 Nopember 2010", day(2010, 11, 10)},
		{"29 Pebruari 2024", day(2024, 2, 29)},
		{"1 Oktober 2020", day(2020, 10, 1)},
		{"1 Okt 2020", day(2020, 10, 1)},
		{"1 Oct 2020", day(2020, 10, 1)},
		{"1 Sept 2020", day(2020, 9, 1)},
		{"March 1, 2021", day(2021, 3, 1)},
		{"Mar 1 2021", day(2021, 3, 1)},
		{"29 Februari 2023", time.Time{}}, // not in the calendar
		{"31 April 2021", time.Time{}},
		{"1 Maret 21", time.Time{}},    // a two-digit year is ambiguous
		{"1 Marett 2021", time.Time{}}, // not a month
		{"100 Maret 2021", time.Time{}},
		{"1 Maret 1899", time.Time{}},
		{"Maret 2021", time.Time{}},
		{"1 Maret 2021 2022", time.Time{}},
		{"Senin", time.Time{}},
	}
	for _, c := range cases {
		got, err := model.ParseCellDate(c.in)
		if c.want.IsZero() {
			assert.Errorf(t, err, "ParseCellDate(%q) = %v", c.in, got)
			continue
		}
		if assert.NoErrorf(t, err, "ParseCellDate(%q)", c.in) {
			assert.Truef(t, got.Equal(c.want), "ParseCellDate(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	d := time.Date(2028, 3, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, "1 Maret 2028", model.FormatDate(d, "id"))
	assert.Equal(t, "1 March 2028", model.FormatDate(d, "en"))
	assert.Equal(t, "17 Agustus 2045", model.FormatDate(time.Date(2045, 8, 17, 0, 0, 0, 0, time.UTC), "id"))
	// Every month's name in both languages reads back.
	for m := time.January; m <= time.December; m++ {
		for _, lang := range []string{"id", "en"} {
			d := time.Date(2027, m, 28, 0, 0, 0, 0, time.UTC)
			got, err := model.ParseCellDate(model.FormatDate(d, lang))
			assert.NoError(t, err)
			assert.True(t, got.Equal(d), "%s: %v", model.FormatDate(d, lang), got)
		}
	}
}

func TestParseEducationForms(t *testing.T) {
	cases := []struct {
		in   string
		want model.Education // 0 = error
	}{
		{"S1", model.S1}, {"S-1", model.S1}, {"S-1/Sarjana", model.S1}, {"S-1 Ilmu Hukum", model.S1}, {"S1 Teknik Sipil", model.S1},
		{"Sarjana Hukum", model.S1}, {"Strata 1", model.S1}, {"Strata I", model.S1}, {"S-2 Magister Manajemen", model.S2},
		{"Magister Administrasi Publik", model.S2}, {"S-3 Ilmu Pemerintahan", model.S3}, {"Doktor Ilmu Hukum", model.S3},
		{"D-III Keperawatan", model.D3}, {"Diploma III Akuntansi", model.D3}, {"Diploma 3", model.D3}, {"D-IV", model.D4},
		{"Diploma IV Teknik", model.D4}, {"SLTA/SMA sederajat", model.SMA}, {"SMA IPA", model.SMA}, {"SMK", model.SMA},
		{"MA", model.SMA}, // madrasah aliyah
		{"M.A. Ekonomi", 0}, {"Diploma I", 0}, {"D-II", 0}, {"SMP", 0}, {"Ilmu Hukum", 0}, {"", 0},
		{"Si Komputer", 0}, {"Strata", 0}, {"Diploma", 0},
	}
	for _, c := range cases {
		got, err := model.ParseEducation(c.in)
		if c.want == 0 {
			assert.Errorf(t, err, "ParseEducation(%q) = %v", c.in, got)
			continue
		}
		if assert.NoErrorf(t, err, "ParseEducation(%q)", c.in) {
			assert.Equalf(t, c.want, got, "ParseEducation(%q)", c.in)
		}
	}
}

func TestParseEselonWord(t *testing.T) {
	for in, want := range map[string]model.Eselon{"Eselon III.a": model.EselonIIIa, "ESELON II.b": model.EselonIIb, "eselon 4b": model.EselonIVb} {
		got, err := model.ParseEselon(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := model.ParseEselon("Eselon")
	assert.Error(t, err)
}

// siasnPositions is a positions file whose ids are SIASN's
// jabatanStrukturalId.
const siasnPositions = "id,name,unit,eselon\n" +
	"8ae48289-0001,Kepala Dinas Kesehatan,Dinas Kesehatan,II.b\n" +
	"8ae48289-0002,Sekretaris Dinas Kesehatan,Dinas Kesehatan,III.a\n"

// TestLoadSIASN reads a roster with the field names of SIASN's "data utama"
// export as they come, in camelCase, with a column of SKP predicates added.
func TestLoadSIASN(t *testing.T) {
	off := "id,nipBaru,nipLama,nama,gelarDepan,gelarBelakang,tempatLahir,tglLahir,agama,golRuangAkhir,pangkatAkhir,tmtGolAkhir," +
		"jabatanStrukturalId,jabatanNama,eselon,tmtJabatan,unorNama,pendidikanTerakhirNama,tkPendidikanTerakhir,kuadranKinerja\n" +
		"a1,196804111993031009,010203040,Budi Contoh,Dr.,\"S.H., M.Si.\",Kota Contoh,11-04-1968,Islam,IV/c,Pembina Utama Muda,01-04-2020," +
		"8ae48289-0001,Kepala Dinas Kesehatan,II.b,03-01-2022,Dinas Kesehatan,S-2 Ilmu Kesehatan Masyarakat,S-2,SANGAT BAIK\n" +
		"a2,197205152000032002,,Sari Contoh,-,S.Kep.,Kota Contoh,15-05-1972,Islam,IV/a,Pembina,01-04-2019," +
		",Kepala Seksi Pelayanan,IV.a,15-06-2019,Dinas Kesehatan,D-III Keperawatan,,BAIK\n" +
		"a3,198002022006042001,,Rina Contoh,,,Kota Contoh,02-02-1980,Islam,III/d,Penata Tingkat I,01-04-2021," +
		",Pelaksana,Non Eselon,,Dinas Kesehatan,Sarjana Ekonomi,,BAIK\n"
	fsys := loadFS(map[string]string{"siasn.csv": off, "p.csv": siasnPositions})
	r, ps, err := Load(Source{Officials: "siasn.csv", Positions: "p.csv", FS: fsys}, loadDate)
	require.NoError(t, err)
	require.Len(t, ps, 1, "%v", ps)
	assert.Equal(t, "siasn.csv:1: warning: 6 columns of the SIASN export are not used by mutasi and are kept as extra attributes: "+
		"id, nipLama, tempatLahir, agama, tmtGolAkhir, jabatanNama", ps[0].String())
	require.NotNil(t, r)
	require.Len(t, r.Officials, 3)
	b := r.Officials[0]
	assert.Equal(t, "196804111993031009", b.NIP.Raw)
	assert.Equal(t, "Dr. Budi Contoh, S.H., M.Si.", b.Name)
	assert.Equal(t, model.RankIVc, b.Rank)
	assert.Equal(t, "8ae48289-0001", b.Position)
	assert.True(t, b.PositionSince.Equal(time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, model.S2, b.Education)
	assert.Equal(t, "Dinas Kesehatan", b.Unit)
	assert.Equal(t, model.SangatBaik, b.Performance.Predicate)
	assert.Equal(t, "010203040", b.Extra["nipLama"])
	s := r.Officials[1]
	assert.Equal(t, "Sari Contoh, S.Kep.", s.Name)
	assert.Equal(t, model.EselonIVa, s.Eselon) // a post outside the roster
	assert.Equal(t, model.D3, s.Education)     // from the degree's name
	c := r.Officials[2]
	assert.Equal(t, model.Eselon(0), c.Eselon) // "Non Eselon"
	assert.Equal(t, model.S1, c.Education)
	assert.Equal(t, model.RankIIId, c.Rank)
}

// TestLoadSIASNWorkbook: in a workbook, a nipBaru stored as a number is
// refused as the nip column's is.
func TestLoadSIASNWorkbook(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"NIPBARU", "NAMA", "GOLRUANGAKHIR", "JABATANSTRUKTURALID", "TMTJABATAN", "PREDIKAT_KINERJA"},
		{"196804111993031009", "Budi Contoh", "IV/c", "8ae48289-0001", "03-01-2022", "Baik"},
		{197205152000032002.0, "Sari Contoh", "IV/a", "", "", "Baik"},
	}
	for k, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, k+1)
		require.NoError(t, f.SetSheetRow("Sheet1", cell, &row))
	}
	var buf bytes.Buffer
	_, err := f.WriteTo(&buf)
	require.NoError(t, err)
	fsys := loadFS(map[string]string{"o.xlsx": buf.String(), "p.csv": siasnPositions})
	_, ps, err := Load(Source{Officials: "o.xlsx", Positions: "p.csv", FS: fsys}, loadDate)
	require.NoError(t, err)
	require.Len(t, ps, 1, "%v", ps)
	assert.Equal(t, 3, ps[0].Row)
	assert.Equal(t, "NIPBARU", ps[0].Column)
	assert.Contains(t, ps[0].Reason.String(), "NIP stored as a number")
}

func TestLoadRowNumberAndPangkat(t *testing.T) {
	pos := "No.,id,name,unit,eselon\n1,P,Kepala Dinas,Dinas,II.b\n2,Q,Sekretaris,Dinas,III.a\n"
	cases := []struct {
		name, off string
		problems  []string
		rank      model.Rank
	}{
		{"the lampiran's header and rank form",
			"No,NIP,Nama,Pangkat/Gol,jabatan_id,tmt_jabatan,predikat_kinerja\n1,196804111993031009,A,\"Pembina Utama Muda, IV/c\",P,2022-01-03,Baik\n",
			nil, model.RankIVc},
		{"Nomor and the pangkat in its own column",
			"Nomor,nip,nama,golongan,pangkat,predikat_kinerja\n1,196804111993031009,A,IV/b,Pembina Tingkat I,Baik\n",
			nil, model.RankIVb},
		{"the pangkat alone gives the rank",
			"nip,nama,pangkat,predikat_kinerja\n196804111993031009,A,Pembina Tk. I,Baik\n",
			nil, model.RankIVb},
		{"pangkat and golongan disagree",
			"nip,nama,golongan,pangkat,predikat_kinerja\n196804111993031009,A,IV/a,Pembina Tingkat I,Baik\n",
			[]string{`o.csv:2: column pangkat: "Pembina Tingkat I": pangkat Pembina Tingkat I is IV/b, but the rank column says IV/a`}, 0},
		{"a bad pangkat beside a good rank",
			"nip,nama,golongan,pangkat,predikat_kinerja\n196804111993031009,A,IV/a,Kepala,Baik\n",
			[]string{`o.csv:2: column pangkat: "Kepala": not a pangkat (Penata Muda … Pembina Utama)`}, 0},
		{"both empty",
			"nip,nama,golongan,pangkat,predikat_kinerja\n196804111993031009,A,,,Baik\n",
			[]string{`o.csv:2: column golongan: empty required cell`}, 0},
		{"no rank column at all",
			"nip,nama,predikat_kinerja\n196804111993031009,A,Baik\n",
			[]string{`o.csv:1: column rank: required column missing (also accepted as golongan, or a column pangkat)`}, 0},
		{"the pangkat column alone, empty",
			"nip,nama,pangkat,predikat_kinerja\n196804111993031009,A,,Baik\n",
			[]string{`o.csv:2: column pangkat: empty required cell: the rank (golongan or pangkat)`}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := loadFS(map[string]string{"o.csv": c.off, "p.csv": pos})
			r, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
			require.NoError(t, err)
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			assert.Equal(t, c.problems, got)
			if c.rank != 0 && assert.NotNil(t, r) {
				assert.Equal(t, c.rank, r.Officials[0].Rank)
				assert.Empty(t, r.Officials[0].Extra, "a row-number column is not an extra attribute")
			}
		})
	}
}

// TestNameWithTitles: the titles written apart join the name once.
func TestNameWithTitles(t *testing.T) {
	cases := []struct{ name, before, after, want string }{
		{"Budi", "", "", "Budi"},
		{"Budi", "Dr.", "", "Dr. Budi"},
		{"Budi", "", "S.H.", "Budi, S.H."},
		{"Budi", "Dr.", "S.H., M.Si.", "Dr. Budi, S.H., M.Si."},
		{"Dr. Budi, S.H.", "Dr.", "S.H.", "Dr. Budi, S.H."},
		{"", "Dr.", "S.H.", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, nameWithTitles(c.name, c.before, c.after))
	}
	assert.True(t, strings.HasPrefix(nameWithTitles("x", "Ir.", ""), "Ir. "))
}

func FuzzParseEducation(f *testing.F) {
	for _, s := range []string{"S-1 Ilmu Hukum", "Diploma III", "SLTA/SMA", "M.A.", "Strata 2", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := model.ParseEducation(s)
		if err != nil {
			if e != 0 {
				t.Fatalf("ParseEducation(%q) = %v with error", s, e)
			}
			return
		}
		if e < model.SMA || e > model.S3 {
			t.Fatalf("ParseEducation(%q) = %d", s, e)
		}
		if back, err := model.ParseEducation(e.String()); err != nil || back != e {
			t.Fatalf("ParseEducation(%q) = %v does not round-trip", s, e)
		}
	})
}

// TestLoadFamilyTeknis reads the family and teknis columns of both files,
// and refuses a bad technical level with its file, row and column.
func TestLoadFamilyTeknis(t *testing.T) {
	off, pos := loadFixtureCSV(t)
	offLines := strings.Split(strings.TrimRight(off, "\n"), "\n")
	posLines := strings.Split(strings.TrimRight(pos, "\n"), "\n")
	offLines[0] += ",rumpun,kompetensi_teknis"
	for k := 1; k < len(offLines); k++ {
		offLines[k] += `,"kesehatan | hukum | Kesehatan",4`
	}
	posLines[0] += ",teknis"
	for k := 1; k < len(posLines); k++ {
		posLines[k] += ","
	}
	posLines[1] = strings.TrimSuffix(posLines[1], ",") + ",3"
	fs := loadFS(map[string]string{"o.csv": strings.Join(offLines, "\n") + "\n", "p.csv": strings.Join(posLines, "\n") + "\n"})
	r, ps, err := Load(Source{FS: fs, Officials: "o.csv", Positions: "p.csv"}, loadDate)
	if err != nil || r == nil {
		t.Fatalf("load: %v %v", err, ps)
	}
	o := r.Officials[0]
	if !reflect.DeepEqual(o.Families, []string{"kesehatan", "hukum"}) || o.Competency[model.TK] != 4 {
		t.Errorf("official: families %q teknis %d", o.Families, o.Competency[model.TK])
	}
	if r.Positions[0].Required[model.TK] != 3 || r.Positions[1].Required[model.TK] != 0 || r.Positions[0].Family != "umum" {
		t.Errorf("posts: teknis %d and %d, family %q", r.Positions[0].Required[model.TK], r.Positions[1].Required[model.TK], r.Positions[0].Family)
	}
	posLines[1] = strings.TrimSuffix(posLines[1], ",3") + ",7"
	fs = loadFS(map[string]string{"o.csv": strings.Join(offLines, "\n") + "\n", "p.csv": strings.Join(posLines, "\n") + "\n"})
	_, ps, err = Load(Source{FS: fs, Officials: "o.csv", Positions: "p.csv"}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	if Problems(ps).Errors() != 1 || ps[0].File != "p.csv" || ps[0].Row != 2 || ps[0].Column != "teknis" || ps[0].Value != "7" {
		t.Errorf("problems %v, want one error at p.csv:2 column teknis", ps)
	}
}
