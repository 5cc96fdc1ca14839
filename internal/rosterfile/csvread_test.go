package rosterfile

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

func TestCSVDelimiter(t *testing.T) {
	cases := []struct {
		in   string
		want rune
	}{
		{"a,b,c\n1;2;3;4\n", ','},
		{"a;b;c\n1,2,3,4\n", ';'},
		{`"a;b",c` + "\n", ','},
		{`"a,b,c";d;e` + "\n", ';'},
		{"nip\n", ','},
		{"a;b", ';'},
		{"", ','},
	}
	for _, c := range cases {
		if got := csvDelimiter([]byte(c.in)); got != c.want {
			t.Errorf("csvDelimiter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestReadCSVRows checks that rows are numbered as a spreadsheet shows them:
// blank lines count, a quoted cell spanning lines is one row.
func TestReadCSVRows(t *testing.T) {
	in := "\ufeffa;b\r\n1;\"two\r\nlines\"\r\n\r\n3;x\r\n;\r\n5;\"\"\"q\"\"\"\r\n"
	tab := readCSVDefault(t, []byte(in))
	if len(tab.problems) != 0 {
		t.Fatalf("problems %v", tab.problems)
	}
	if strings.Join(tab.header, "|") != "a|b" {
		t.Fatalf("header %q", tab.header)
	}
	want := []struct {
		num   int
		cells string
	}{{2, "1|two\nlines"}, {4, "3|x"}, {6, `5|"q"`}}
	if len(tab.rows) != len(want) {
		t.Fatalf("rows %+v", tab.rows)
	}
	for k, w := range want {
		if tab.rows[k].num != w.num || strings.Join(tab.rows[k].cells, "|") != w.cells {
			t.Errorf("row %d: %d %q; want %d %q", k, tab.rows[k].num, tab.rows[k].cells, w.num, w.cells)
		}
	}
}

func TestReadCSVProblems(t *testing.T) {
	cases := []struct {
		in   string
		row  int
		sev  Severity
		want string
	}{
		{"a,b\n1,\"2\n3,4\n", 2, Error, "unreadable CSV"},
		{"a,b\n1,2\n3,4 \"x\" 5\n", 3, Error, "unreadable CSV"},
		{"a,b\n1,2\n\xe9,4\n", 3, Error, "not UTF-8"},
		{"\n\na,b\n1,2\n", 3, Warning, "blank rows before the header"},
	}
	for _, c := range cases {
		tab := readCSVDefault(t, []byte(c.in))
		if len(tab.problems) != 1 {
			t.Errorf("%q: problems %+v", c.in, tab.problems)
			continue
		}
		p := tab.problems[0]
		if p.row != c.row || p.sev != c.sev || !strings.Contains(p.reason.String(), c.want) {
			t.Errorf("%q: problem %+v, want row %d %v %q", c.in, p, c.row, c.sev, c.want)
		}
	}
}

// TestLoadProblemOrder checks that problems come by file, row and column
// whatever the order they are found in, and that the same input gives the
// same list.
func TestLoadProblemOrder(t *testing.T) {
	off := "performance,rank,nip,name,position,position_since\n" +
		"Hebat,IV/z,19680411 199303 1 009,,P9,2030-01-01\n" +
		"Baik,IV/a,19680411 199303 1 009,Dua,P1,\n"
	pos := "id,name,unit,eselon,priority\nP1,Satu,Unit,III.a,0\nP1,Satu lagi,Unit,II.c,3\n"
	fsys := loadFS(map[string]string{"o.csv": off, "p.csv": pos})
	_, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, len(ps))
	for k, p := range ps {
		got[k] = p.String()
	}
	want := []string{
		`o.csv:2: column performance: "Hebat": not a predicate (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang) nor a score 0–100`,
		`o.csv:2: column rank: "IV/z": not a rank (I/a … IV/e)`,
		`o.csv:2: column name: empty required cell`,
		`o.csv:2: column position: "P9": no post with this id in the positions file`,
		`o.csv:2: column position_since: "2030-01-01": after the plan date 1 December 2026`,
		`o.csv:3: column nip: "19680411 199303 1 009": duplicate NIP: also in row 2`,
		`o.csv:3: column position_since: empty: needed when position is set`,
		`p.csv:2: column priority: "0": out of range (priority 1–5)`,
		`p.csv:3: column id: "P1": duplicate post id: also in row 2`,
		`p.csv:3: column eselon: "II.c": not an eselon (II.a … IV.b)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for k := 0; k < 5; k++ {
		_, again, _ := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
		if fmt.Sprint(again) != fmt.Sprint(ps) {
			t.Fatalf("run %d differs", k)
		}
	}
}

func TestLoadCrossChecks(t *testing.T) {
	head := "nip,name,rank,position,position_since,performance,eselon,birth_date\n"
	pos := "id,name,unit,eselon\nDINKES-01,Kadis,Dinkes,II.b\nBAPP-02,Sekretaris,Bappeda,III.a\n"
	cases := []struct {
		name, rows string
		want       []string // problem lines after "o.csv:"
	}{
		{"near id", "196804111993031009,A,IV/b,dinkes-01,2022-01-03,Baik,,\n",
			[]string{`2: column position: "dinkes-01": no post with this id in the positions file (did you mean "DINKES-01"?)`}},
		{"eselon of a roster post differs", "196804111993031009,A,IV/b,DINKES-01,2022-01-03,Baik,III.a,\n",
			[]string{`2: warning: column eselon: "III.a": ignored: the post DINKES-01 is in the positions file with eselon II.b`}},
		{"candidate outside the roster", "196804111993031009,A,III/d,,2022-01-03,Baik,IV.a,\n", nil},
		{"eselon of a roster post agrees", "196804111993031009,A,IV/b,DINKES-01,2022-01-03,Baik,2b,\n", nil},
		{"start without a post", "196804111993031009,A,III/d,,2022-01-03,Baik,,\n",
			[]string{`2: warning: column position_since: "2022-01-03": ignored: no position nor eselon is set`}},
		{"start before birth", "196804111993031009,A,IV/b,DINKES-01,1960-01-01,Baik,,\n",
			[]string{`2: column position_since: "1960-01-01": before the birth date in the NIP`}},
		{"PPPK number", "198501012022211001,A,III/d,,,Baik,,1985-01-01\n", nil},
		{"birth date matches", "196804111993031009,A,IV/b,,,Baik,,11/04/1968\n", nil},
		{"start on the plan date", "196804111993031009,A,IV/b,DINKES-01,2026-12-01,Baik,,\n", nil},
		{"start a day after the plan date", "196804111993031009,A,IV/b,DINKES-01,2026-12-02,Baik,,\n",
			[]string{`2: column position_since: "2026-12-02": after the plan date 1 December 2026`}},
	}
	for _, c := range cases {
		fsys := loadFS(map[string]string{"o.csv": head + c.rows, "p.csv": pos})
		r, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
		if err != nil {
			t.Fatal(err)
		}
		if r != nil && r.Officials[0].Position != "" && r.Officials[0].Eselon != 0 {
			t.Errorf("%s: Eselon %v kept for the holder of a roster post", c.name, r.Officials[0].Eselon)
		}
		if c.name == "candidate outside the roster" && (r == nil || r.Officials[0].Eselon != model.EselonIVa) {
			t.Errorf("%s: the eselon of the post outside the roster is lost", c.name)
		}
		var got []string
		for _, p := range ps {
			got = append(got, strings.TrimPrefix(p.String(), "o.csv:"))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: problems\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if (r == nil) != (Problems(ps).Errors() > 0) {
			t.Errorf("%s: roster %v with %d errors", c.name, r != nil, Problems(ps).Errors())
		}
	}
}

// TestLoadProblemCap checks the cap: a file with a bad rank on every row
// gives MaxProblems entries, the last one counting the rest.
func TestLoadProblemCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("nip,name,rank,performance\n")
	n := MaxProblems + 250
	for k := 0; k < n; k++ {
		// Unique valid NIPs: one birth day each, appointed in 1993.
		birth := time.Date(1960, 1, 1+k, 0, 0, 0, 0, time.UTC).Format("20060102")
		fmt.Fprintf(&b, "%s1993031001,A,X,Baik\n", birth)
	}
	fsys := loadFS(map[string]string{"o.csv": b.String(), "p.csv": "id,name,unit,eselon\nP,Post,U,II.a\n"})
	r, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	if r != nil || len(ps) != MaxProblems {
		t.Fatalf("%d problems", len(ps))
	}
	last := ps[len(ps)-1]
	want := fmt.Sprintf("and %d more problems (%d errors) not listed", n-MaxProblems+1, n-MaxProblems+1)
	// One problem per row from row 2: the last listed is on row MaxProblems.
	if last.Reason.String() != want || last.Severity != Error || ps[len(ps)-2].Row != MaxProblems {
		t.Errorf("last %+v, before %+v", last, ps[len(ps)-2])
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add("nip,name,rank,performance\n196804111993031009,A,IV/b,Baik\n")
	f.Add("\ufeffnip;nama;golongan;predikat_kinerja;tmt_jabatan;jabatan_id\n196804111993031009;\"A\nB\";IV.b;88,5;1/2/2020;P\n\n;;\n")
	f.Add("No,nipBaru,nama,gelarDepan,gelarBelakang,golRuangAkhir,pangkatAkhir,tglLahir,tmtJabatan,jabatanStrukturalId,eselon,unorNama,tkPendidikanTerakhir,pendidikanTerakhirNama,predikat_kinerja\n" +
		"1,196804111993031009,A,Dr.,S.H.,IV/b,Pembina Tk. I,11-04-1968,1 Maret 2021,P,Non Eselon,Dinas,S-1/Sarjana,S-1 Ilmu Hukum,Baik\n")
	f.Add("a,\"b\n")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		tab := readCSVDefault(t, []byte(s))
		lines := strings.Count(s, "\n") + 1
		for _, p := range tab.problems {
			if p.row < 0 || p.row > lines {
				t.Fatalf("problem row %d outside 0..%d", p.row, lines)
			}
		}
		last := 1
		for _, r := range tab.rows {
			if r.num <= last || r.num > lines {
				t.Fatalf("row %d after %d, %d lines", r.num, last, lines)
			}
			last = r.num
		}
		// The whole load never panics, and points only at rows that exist.
		fsys := loadFS(map[string]string{"o.csv": s, "p.csv": s})
		_, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			if p.Row < 0 || p.Row > lines || (p.Severity != Error && p.Severity != Warning) || p.File == "" {
				t.Fatalf("problem %+v (%d lines)", p, lines)
			}
		}
	})
}

// readCSVDefault is readCSV of f.csv with the default limits, which no
// test file reaches.
func readCSVDefault(t testing.TB, data []byte) *rosterTable {
	t.Helper()
	tab, err := readCSV(context.Background(), "f.csv", data, DefaultReadLimits())
	if err != nil {
		t.Fatal(err)
	}
	return tab
}
