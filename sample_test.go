package mutasi

import (
	"bytes"
	"encoding/csv"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// These tests read the sample files on their own terms (encoding/csv and
// excelize), independently of the model package's loader, so that a loader
// bug and a sample bug cannot hide each other.

// sampleTable is a CSV file read as header → column index and rows.
type sampleTable struct {
	col  map[string]int
	rows [][]string
}

func (t *sampleTable) get(row []string, name string) string {
	c, ok := t.col[name]
	if !ok {
		return ""
	}
	return row[c]
}

func sampleRead(t *testing.T, name string) *sampleTable {
	t.Helper()
	f, err := Sample().Open(name)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	if len(recs) < 2 {
		t.Fatalf("%s: %d rows", name, len(recs))
	}
	tab := &sampleTable{col: map[string]int{}, rows: recs[1:]}
	for i, h := range recs[0] {
		if _, dup := tab.col[h]; dup {
			t.Fatalf("%s: duplicate column %q", name, h)
		}
		tab.col[h] = i
	}
	return tab
}

// sampleRank numbers golongan codes as model.Rank does (I/a = 1 … IV/e = 17).
func sampleRank(s string) int {
	codes := []string{"I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
		"III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"}
	return slices.Index(codes, s) + 1
}

// sampleRange is the rank range of each eselon (PP 13/2002, DOMAIN.md).
var sampleRange = map[string][2]string{
	"II.a": {"IV/c", "IV/d"}, "II.b": {"IV/b", "IV/c"}, "III.a": {"IV/a", "IV/b"},
	"III.b": {"III/d", "IV/a"}, "IV.a": {"III/c", "III/d"}, "IV.b": {"III/b", "III/c"},
}

func sampleDate(t *testing.T) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, SampleDate)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// sampleRetirement is the retirement date: the 1st of the month after the
// birthday at BUP (60 for JPT, 58 for administrator and pengawas).
func sampleRetirement(birth time.Time, eselon string) time.Time {
	bup := 58
	if eselon == "II.a" || eselon == "II.b" {
		bup = 60
	}
	bday := birth.AddDate(bup, 0, 0)
	return time.Date(bday.Year(), bday.Month()+1, 1, 0, 0, 0, 0, time.UTC)
}

func TestSampleFilesConsistent(t *testing.T) {
	date := sampleDate(t)
	pos := sampleRead(t, "positions.csv")
	off := sampleRead(t, "officials.csv")

	for _, h := range []string{"id", "nama_jabatan", "unit_kerja", "eselon", "prioritas", "rumpun", "persetujuan", "m1", "m8", "sk"} {
		if _, ok := pos.col[h]; !ok {
			t.Errorf("positions.csv: no column %q", h)
		}
	}
	for _, h := range []string{"nip", "nama", "golongan", "jabatan_id", "eselon", "tmt_jabatan", "predikat_kinerja",
		"potensi", "kotak_talenta", "m1", "sk", "pendidikan", "diklat", "sedang_diklat", "hukuman_disiplin",
		"hukuman_sampai", "tanggal_lahir"} {
		if _, ok := off.col[h]; !ok {
			t.Errorf("officials.csv: no column %q", h)
		}
	}

	eselonOf := map[string]string{}
	byEselon := map[string]int{}
	units := map[string]bool{}
	for r, row := range pos.rows {
		id := pos.get(row, "id")
		if _, dup := eselonOf[id]; dup || id == "" {
			t.Errorf("positions.csv row %d: duplicate or empty id %q", r+2, id)
		}
		es := pos.get(row, "eselon")
		if _, ok := sampleRange[es]; !ok {
			t.Errorf("positions.csv row %d: eselon %q", r+2, es)
		}
		eselonOf[id] = es
		byEselon[es]++
		units[pos.get(row, "unit_kerja")] = true
		if p, err := strconv.Atoi(pos.get(row, "prioritas")); err != nil || p < 1 || p > 5 {
			t.Errorf("positions.csv row %d: priority %q", r+2, pos.get(row, "prioritas"))
		}
	}
	jpt, adm := byEselon["II.a"]+byEselon["II.b"], byEselon["III.a"]+byEselon["III.b"]
	if jpt < 25 || jpt > 35 || adm < 100 || adm > 130 || len(units) < 20 {
		t.Errorf("sizes: %d JPT, %d administrator posts in %d units; want about 30, 120, 25", jpt, adm, len(units))
	}

	nips := map[string]bool{}
	holder := map[string]string{}
	retired, retiring, candidates, newInPost, longInPost := 0, 0, 0, 0, 0
	for r, row := range off.rows {
		line := r + 2
		nip := off.get(row, "nip")
		if len(nip) != 18 || sampleNonDigit(nip) {
			t.Errorf("officials.csv row %d: NIP %q is not 18 digits", line, nip)
			continue
		}
		if nips[nip] {
			t.Errorf("officials.csv row %d: duplicate NIP %s", line, nip)
		}
		nips[nip] = true
		birth, err := time.Parse("20060102", nip[:8])
		if err != nil {
			t.Errorf("officials.csv row %d: NIP %s birth date: %v", line, nip, err)
			continue
		}
		appointed, err := time.Parse("200601", nip[8:14])
		if err != nil {
			t.Errorf("officials.csv row %d: NIP %s appointment month: %v", line, nip, err)
			continue
		}
		if age := appointed.Year() - birth.Year(); age < 22 || age > 32 {
			t.Errorf("officials.csv row %d: NIP %s: appointed at about %d", line, nip, age)
		}
		if nip[14] != '1' && nip[14] != '2' || nip[15:] == "000" {
			t.Errorf("officials.csv row %d: NIP %s: gender or sequence", line, nip)
		}
		if b := off.get(row, "tanggal_lahir"); b != "" && b != birth.Format(time.DateOnly) {
			t.Errorf("officials.csv row %d: tanggal_lahir %s disagrees with NIP %s", line, b, nip)
		}

		post := off.get(row, "jabatan_id")
		es := off.get(row, "eselon")
		rank := sampleRank(off.get(row, "golongan"))
		if rank == 0 {
			t.Errorf("officials.csv row %d: golongan %q", line, off.get(row, "golongan"))
		}
		if post != "" {
			pes, ok := eselonOf[post]
			if !ok {
				t.Errorf("officials.csv row %d: post %q does not exist", line, post)
				continue
			}
			if prev, dup := holder[post]; dup {
				t.Errorf("officials.csv row %d: post %s already held by %s", line, post, prev)
			}
			holder[post] = nip
			if es != "" {
				t.Errorf("officials.csv row %d: eselon %q given for a holder of a roster post", line, es)
			}
			es = pes
			// Holders are within the range or one step below it.
			rg := sampleRange[es]
			if rank < sampleRank(rg[0])-1 || rank > sampleRank(rg[1]) {
				t.Errorf("officials.csv row %d: %s holds %s (%s)", line, off.get(row, "golongan"), post, es)
			}
			since, err := time.Parse(time.DateOnly, off.get(row, "tmt_jabatan"))
			switch {
			case err != nil:
				t.Errorf("officials.csv row %d: tmt_jabatan: %v", line, err)
			case since.After(date) || since.Before(appointed):
				t.Errorf("officials.csv row %d: tmt_jabatan %s outside %s..%s", line, since.Format(time.DateOnly), appointed.Format("2006-01"), SampleDate)
			case since.AddDate(2, 0, 0).After(date):
				newInPost++
			case !since.AddDate(5, 0, 0).After(date):
				longInPost++
			}
		} else {
			candidates++
			if es != "IV.a" {
				t.Errorf("officials.csv row %d: candidate with eselon %q, want IV.a", line, es)
			}
			// The TMT of the pengawas post: without it the rules cannot
			// tell whether R-TENURE-MIN holds the candidate back.
			since, err := time.Parse(time.DateOnly, off.get(row, "tmt_jabatan"))
			if err != nil || since.After(date) || since.Before(appointed) {
				t.Errorf("officials.csv row %d: candidate's tmt_jabatan %q", line, off.get(row, "tmt_jabatan"))
			}
			// At most the top of IV.a's range.
			if rank > sampleRank("III/d") {
				t.Errorf("officials.csv row %d: pengawas candidate with %s", line, off.get(row, "golongan"))
			}
		}
		ret := sampleRetirement(birth, es)
		switch {
		case !ret.After(date):
			retired++ // the R-BUP case of a retirement already due
		case ret.Before(date.AddDate(1, 0, 0)):
			retiring++
		}
	}
	if n := len(off.rows); n < 170 || n > 190 {
		t.Errorf("%d officials, want about 180", n)
	}
	if v := len(eselonOf) - len(holder); v < 12 || v > 18 {
		t.Errorf("%d vacancies, want about 15", v)
	}
	// The story the README tells: these are its counts.
	if retired != 1 || retiring != 6 || candidates != 52 || newInPost != 7 || longInPost != 11 {
		t.Errorf("retired %d, retiring %d, candidates %d, < 2 years %d, ≥ 5 years %d; README says 1, 6, 52, 7, 11",
			retired, retiring, candidates, newInPost, longInPost)
	}
}

// sampleNonDigit reports whether s holds a byte that is not an ASCII digit.
func sampleNonDigit(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return true
		}
	}
	return false
}

// TestSampleWorkbookMatchesCSV checks that roster.xlsx holds the CSV files'
// data cell by cell, with the NIP as a text cell (a number would have lost
// digits).
func TestSampleWorkbookMatchesCSV(t *testing.T) {
	raw, err := fs.ReadFile(Sample(), "roster.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, s := range []struct{ sheet, file string }{{"pejabat", "officials.csv"}, {"jabatan", "positions.csv"}} {
		tab := sampleRead(t, s.file)
		rows, err := f.GetRows(s.sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("sheet %s: %v", s.sheet, err)
		}
		if len(rows) != len(tab.rows)+1 {
			t.Fatalf("sheet %s: %d rows, %s has %d", s.sheet, len(rows), s.file, len(tab.rows)+1)
		}
		for r, row := range tab.rows {
			got := rows[r+1]
			for c, want := range row {
				have := ""
				if c < len(got) {
					have = got[c]
				}
				if have != want {
					cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
					t.Errorf("sheet %s %s: %q, %s has %q", s.sheet, cell, have, s.file, want)
				}
			}
		}
	}
	typ, err := f.GetCellType("pejabat", "A2")
	if err != nil {
		t.Fatal(err)
	}
	if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("pejabat!A2 (a NIP) has cell type %v, want text", typ)
	}
}

// TestSampleDocsMatch keeps docs/sample.md honest: every NIP its table of
// special cases names is in the sample, holding the post the row says (or
// no post, for a candidate).
func TestSampleDocsMatch(t *testing.T) {
	doc, err := os.ReadFile("docs/sample.md")
	if err != nil {
		t.Fatal(err)
	}
	off := sampleRead(t, "officials.csv")
	post := map[string]string{}
	for _, row := range off.rows {
		post[off.get(row, "nip")] = off.get(row, "jabatan_id")
	}
	row := regexp.MustCompile(`(?m)^\| ([0-9, ]+) \| ([A-Z0-9-]+ \(|candidates? \()`)
	nip := regexp.MustCompile(`\b\d{18}\b`)
	rows := row.FindAllStringSubmatch(string(doc), -1)
	if len(rows) < 40 {
		t.Fatalf("docs/sample.md: %d rows of special cases found, want the whole table", len(rows))
	}
	for _, m := range rows {
		want := strings.TrimSuffix(m[2], " (")
		if strings.HasPrefix(want, "candidate") {
			want = ""
		}
		for _, n := range nip.FindAllString(m[1], -1) {
			got, ok := post[n]
			switch {
			case !ok:
				t.Errorf("docs/sample.md: NIP %s is not in the sample", n)
			case got != want:
				t.Errorf("docs/sample.md: NIP %s holds %q in the sample, the docs say %q", n, got, want)
			}
		}
	}
}

// TestSampleRegenerates runs the generator into a temporary directory and
// compares its output with the embedded files byte for byte: the files are
// reproducible, and the generator (which ./... does not build, being under
// testdata) still compiles.
func TestSampleRegenerates(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	dir := t.TempDir()
	cmd := exec.Command(goTool, "run", "./testdata/kota-contoh/make", "-dir", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./testdata/kota-contoh/make: %v\n%s", err, out)
	}
	for _, name := range []string{"officials.csv", "positions.csv", "selection.csv", "policy.toml", "roster.xlsx"} {
		want, err := fs.ReadFile(Sample(), name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the generator writes %d bytes that differ from the embedded %d; regenerate and commit", name, len(got), len(want))
		}
	}
}
