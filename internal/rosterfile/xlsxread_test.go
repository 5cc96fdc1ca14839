package rosterfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/mutasi-id/mutasi/model"
)

// xlsxSheet is a sheet to write: its name and rows; a cell value that is
// not a string is written as a number.
type xlsxSheet struct {
	name string
	rows [][]any
}

// xlsxWrite writes a workbook with the given sheets into dir and returns
// its path.
func xlsxWrite(t *testing.T, dir, file string, sheets ...xlsxSheet) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for k, s := range sheets {
		if k == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(s.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(dir, file)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// xlsxPositions is a small positions sheet.
func xlsxPositions(name string) xlsxSheet {
	return xlsxSheet{name, [][]any{
		{"ID", "Nama Jabatan", "Unit Kerja", "Eselon", "Prioritas"},
		{"SETDA-01", "Sekretaris Daerah", "Sekretariat Daerah", "II.a", 5},
		{"DINKES-02", "Sekretaris Dinas Kesehatan", "Dinas Kesehatan", "III.a", 3.0},
	}}
}

// xlsxOfficials is a small officials sheet: a date serial, a text date,
// a whole number stored as a float and a score with decimals.
func xlsxOfficials(name string) xlsxSheet {
	return xlsxSheet{name, [][]any{
		{"NIP", "Nama", "Golongan", "Jabatan_ID", "TMT Jabatan", "Predikat Kinerja", "M1", "Tanggal Lahir"},
		{"19680411 199303 1 009", "Budi Contoh", "IV/d", "SETDA-01", 44564, "Sangat Baik", 4, "1968-04-11"}, // 44564 = 2022-01-03
		{"197811202005011003", "Agus Contoh", "IV/a", "DINKES-02", "01/02/2024", 88.5, 3.0, nil},
	}}
}

func TestLoadWorkbook(t *testing.T) {
	dir := t.TempDir()
	off := xlsxOfficials("PEJABAT")
	// A blank row 3: skipped, but the next row is still row 4.
	off.rows = append(off.rows[:2], []any{}, off.rows[2])
	path := xlsxWrite(t, dir, "roster.xlsx", xlsxSheet{"Catatan", [][]any{{"notes"}}},
		off, xlsxPositions("Jabatan"))
	r, ps, err := Load(Source{Workbook: path}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 0 || r == nil {
		t.Fatalf("problems %v", ps)
	}
	o := r.Officials[0]
	if !o.PositionSince.Equal(time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC)) || o.Competency[model.M1] != 4 || o.Rank != model.RankIVd {
		t.Errorf("official 0 %+v", o)
	}
	o = r.Officials[1]
	if !o.PositionSince.Equal(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)) || o.Performance.Score != 88.5 ||
		o.Performance.Predicate != model.Baik || o.Competency[model.M1] != 3 || o.Row != 4 {
		t.Errorf("official 1 %+v", o)
	}
	if r.Positions[0].Priority != 5 || r.Positions[1].Priority != 3 || r.Positions[1].Eselon != model.EselonIIIa {
		t.Errorf("positions %+v", r.Positions)
	}
}

func TestLoadWorkbookNumericNIP(t *testing.T) {
	dir := t.TempDir()
	off := xlsxOfficials("officials")
	// A NIP typed into a number cell: excelize stores all 18 digits here,
	// but Excel would have kept 15; either way the cell is a number.
	off.rows[2][0] = 197811202005011003
	path := xlsxWrite(t, dir, "roster.xlsx", off, xlsxPositions("positions"))
	r, ps, err := Load(Source{Workbook: path}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	want := path + "[officials]:3: column NIP: \"197811202005011003\": " + model.ErrNIPNumber.Error()
	if r != nil || len(ps) != 1 || ps[0].String() != want {
		t.Fatalf("problems %v\nwant %s", ps, want)
	}
}

func TestLoadSeparateXLSXFiles(t *testing.T) {
	dir := t.TempDir()
	// Separate files: the sheet named for the table wins over the first one;
	// without one the first sheet is read.
	offPath := xlsxWrite(t, dir, "pejabat.xlsx", xlsxSheet{"Lain", [][]any{{"x"}}}, xlsxOfficials("Officials"))
	posPath := xlsxWrite(t, dir, "jabatan.xlsx", xlsxPositions("Sheet 1"))
	r, ps, err := Load(Source{Officials: offPath, Positions: posPath}, loadDate)
	if err != nil || r == nil || len(ps) != 0 {
		t.Fatalf("err %v problems %v", err, ps)
	}
	if len(r.Officials) != 2 || len(r.Positions) != 2 {
		t.Fatalf("%d officials, %d positions", len(r.Officials), len(r.Positions))
	}
}

func TestLoadWorkbookErrors(t *testing.T) {
	dir := t.TempDir()
	path := xlsxWrite(t, dir, "roster.xlsx", xlsxOfficials("pejabat"), xlsxSheet{"posts", [][]any{{"id"}}})
	_, _, err := Load(Source{Workbook: path}, loadDate)
	if err == nil || !strings.Contains(err.Error(), `no sheet named "positions" or "jabatan"`) || !strings.Contains(err.Error(), "posts") {
		t.Errorf("missing sheet: %v", err)
	}
	// An empty positions sheet.
	path = xlsxWrite(t, dir, "empty.xlsx", xlsxOfficials("pejabat"), xlsxSheet{"Jabatan", nil})
	if _, ps, err := Load(Source{Workbook: path}, loadDate); err != nil || len(ps) != 1 ||
		ps[0].String() != path+"[Jabatan]: empty sheet: no header row" {
		t.Errorf("empty sheet: %v %v", err, ps)
	}
	bad := filepath.Join(dir, "bad.xlsx")
	if err := os.WriteFile(bad, []byte("nip,name\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load(Source{Workbook: bad}, loadDate); err == nil || !strings.Contains(err.Error(), "not a readable XLSX") {
		t.Errorf("not a workbook: %v", err)
	}
	// A date serial out of range and a text date in a workbook.
	off := xlsxOfficials("officials")
	off.rows[1][4] = 12
	off.rows[2][4] = "2024-02-30"
	path = xlsxWrite(t, dir, "dates.xlsx", off, xlsxPositions("positions"))
	_, ps, err := Load(Source{Workbook: path}, loadDate)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, len(ps))
	for k, p := range ps {
		got[k] = p.String()
	}
	want := []string{
		path + `[officials]:2: column TMT Jabatan: "12": date serial 12 is before 1900-03-01`,
		path + `[officials]:3: column TMT Jabatan: "2024-02-30": not a date in the calendar`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestExcelSerialDate checks the conversion against excelize's own over the
// serials of 1900-03-01 … 2100 and a few in the 1904 system.
func TestExcelSerialDate(t *testing.T) {
	for s := 61.0; s < 73051; s += 7.25 {
		got, err := excelSerialDate(s, false)
		if err != nil {
			t.Fatal(err)
		}
		want, err := excelize.ExcelDateToTime(s, false)
		if err != nil {
			t.Fatal(err)
		}
		y, m, d := want.Date()
		if !got.Equal(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)) {
			t.Fatalf("serial %v: %v, excelize %v", s, got, want)
		}
	}
	for _, c := range []struct {
		s     float64
		y1904 bool
		want  string
	}{
		{61, false, "1900-03-01"}, {45627, false, "2024-12-01"}, {45627.99, false, "2024-12-01"},
		{0, true, "1904-01-01"}, {44165, true, "2024-12-01"},
	} {
		got, err := excelSerialDate(c.s, c.y1904)
		if err != nil || got.Format("2006-01-02") != c.want {
			t.Errorf("excelSerialDate(%v, %v) = %v, %v; want %s", c.s, c.y1904, got, err, c.want)
		}
	}
	for _, s := range []float64{-1, 60, 3e6} {
		if _, err := excelSerialDate(s, false); err == nil {
			t.Errorf("excelSerialDate(%v): want an error", s)
		}
	}
}
