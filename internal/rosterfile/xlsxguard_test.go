package rosterfile

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// rawWorkbook is a workbook written part by part: sheets pejabat and
// jabatan with the given XML (the <sheetData> contents), extra parts added
// as given.
func rawWorkbook(t testing.TB, pejabat, jabatan string, extra map[string]string) []byte {
	t.Helper()
	sheet := func(data string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			data + `</sheetData></worksheet>`
	}
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/data/a.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/data/b.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="pejabat" sheetId="1" r:id="rId1"/><sheet name="jabatan" sheetId="2" r:id="rId2"/></sheets></workbook>`,
		// The sheets live where only the relationships say: a check that
		// went by the usual names would miss them.
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="data/a.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/data/b.xml"/></Relationships>`,
		"xl/data/a.xml": sheet(pejabat),
		"xl/data/b.xml": sheet(jabatan),
	}
	for k, v := range extra {
		parts[k] = v
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range sortedKeys(parts) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// inlineRow is a row of inline-string cells from column A.
func inlineRow(cells ...string) string {
	var b strings.Builder
	b.WriteString("<row>")
	for _, c := range cells {
		b.WriteString(`<c t="inlineStr"><is><t>` + c + `</t></is></c>`)
	}
	b.WriteString("</row>")
	return b.String()
}

// loadBytes loads a workbook given as bytes under lim.
func loadBytes(ctx context.Context, data []byte, lim ReadLimits) (*model.Roster, []Problem, error) {
	fsys := fstest.MapFS{"roster.xlsx": &fstest.MapFile{Data: data}}
	return LoadContext(ctx, Source{Workbook: "roster.xlsx", FS: fsys, Limits: lim}, loadDate)
}

// TestWorkbookLimits refuses a small workbook by each limit in turn, with a
// *LimitError naming the file, the sheet or part, what was found and the
// limit; with the defaults the same workbook loads.
func TestWorkbookLimits(t *testing.T) {
	dir := t.TempDir()
	path := xlsxWrite(t, dir, "roster.xlsx", xlsxOfficials("pejabat"), xlsxPositions("jabatan"))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if r, ps, err := loadBytes(context.Background(), data, ReadLimits{}); err != nil || r == nil {
		t.Fatalf("default limits: %v %v", err, ps)
	}
	for _, c := range []struct {
		name string
		lim  ReadLimits
		want string
	}{
		{"file", ReadLimits{FileBytes: 1000}, "roster.xlsx: 6 KB, over the limit of 1000 bytes per file"},
		{"entries", ReadLimits{ZipEntries: 3}, "roster.xlsx: 11 parts, over the limit of 3 parts in a workbook"},
		{"unzipped", ReadLimits{UnzippedBytes: 10000, SheetBytes: 8000}, "roster.xlsx: more than 9 KB unzipped, over the limit of 9 KB unzipped in all"},
		{"sheet", ReadLimits{SheetBytes: 1000}, "roster.xlsx: sheet pejabat: 1 KB unzipped, over the limit of 1000 bytes unzipped per sheet"},
		{"part", ReadLimits{PartBytes: 1000}, "roster.xlsx: xl/theme/theme1.xml: 7 KB unzipped, over the limit of 1000 bytes unzipped per part"},
		{"rows", ReadLimits{Rows: 2}, "roster.xlsx: sheet jabatan: more than 2 rows, over the limit of 2 rows per sheet"},
		{"columns", ReadLimits{Columns: 6}, "roster.xlsx: sheet pejabat: a cell in column 7, over the limit of 6 columns"},
		{"cells", ReadLimits{Cells: 20}, "roster.xlsx: sheet pejabat: more than 20 cells, over the limit of 20 cells per sheet"},
		{"strings", ReadLimits{Strings: 10}, "roster.xlsx: xl/sharedStrings.xml: more than 10 shared strings, over the limit of 10 shared strings"},
	} {
		_, _, err := loadBytes(context.Background(), data, c.lim)
		var le *LimitError
		if !errors.As(err, &le) || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: %v, want a LimitError %q", c.name, err, c.want)
		}
	}
}

// TestWorkbookGuardFollowsTheRelationships checks the scan on sheets that
// live under other names, with cells hidden from a naive count: a sheet
// reached only through the relationships is counted, a cell reference
// written with a character reference is refused (it could hide a far
// column), and tags inside comments, CDATA and attribute values are not
// cells.
func TestWorkbookGuardFollowsTheRelationships(t *testing.T) {
	head := inlineRow("nip", "nama")
	lim := ReadLimits{Columns: 20, Cells: 40}
	cases := []struct {
		name, pejabat, want string
	}{
		{"far column", head + `<row><c r="U2" t="inlineStr"><is><t>x</t></is></c></row>`, "sheet pejabat: a cell in column 21"},
		{"many cells", strings.Repeat(`<row><c r="T1"/></row>`, 3), "sheet pejabat: more than 40 cells"},
		{"entity", head + `<row><c r="&#85;2"/></row>`, `sheet pejabat: not a readable XLSX workbook: cell "&#85;2": not a cell reference`},
		{"doctype", `<!DOCTYPE x [<!ENTITY a "b">]>` + head, "sheet pejabat: not a readable XLSX workbook: the XML has a document type declaration"},
		{"quoted", head + `<row><c foo="a>b" r="Z2"/></row>`, "sheet pejabat: a cell in column 26"},
		{"hidden", head + `<!-- <row><c r="Z2"/></row> --><![CDATA[<c r="Z2"/>]]><?pi <c r="Z2"/>?>` + inlineRow("1", "2"), ""},
	}
	for _, c := range cases {
		data := rawWorkbook(t, c.pejabat, inlineRow("id"), nil)
		_, _, err := loadBytes(context.Background(), data, lim)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

// TestLoadContextStops checks that a load under an ended context stops
// with the context's error, for a workbook and for CSV files.
func TestLoadContextStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := rawWorkbook(t, inlineRow("nip"), inlineRow("id"), nil)
	if _, _, err := loadBytes(ctx, data, ReadLimits{}); !errors.Is(err, context.Canceled) {
		t.Errorf("workbook: %v, want context.Canceled", err)
	}
	rows := "nip,nama\n" + strings.Repeat("1,2\n", 5000)
	fsys := fstest.MapFS{"o.csv": {Data: []byte(rows)}, "p.csv": {Data: []byte(rows)}}
	if _, _, err := LoadContext(ctx, Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate); !errors.Is(err, context.Canceled) {
		t.Errorf("csv: %v, want context.Canceled", err)
	}
}

// TestCSVLimits refuses CSV files by rows, columns, cells and size before
// parsing them; quoted separators and line breaks are not counted.
func TestCSVLimits(t *testing.T) {
	lim := ReadLimits{Rows: 4, Columns: 4, Cells: 14, FileBytes: 200}
	for _, c := range []struct{ in, want string }{
		{"a,b\n1,2\n3,4\n5,6\n", ""},
		{"a,b\n1,2\n3,4\n5,6\n7,8\n", "o.csv: more than 4 rows"},
		{"a,b,c,d,e\n", "o.csv: more than 4 columns in row 1"},
		{"a,b,c,d\n1,2,3,4\n5,6,7,8\n9,0,1,2\n", "o.csv: more than 14 cells"},
		{"a,b\n1\n\n", ""},
		{"a,b\n\"1,2,3,4,5\",\"x\ny\nz\nw\"\n", ""},
		{strings.Repeat("x", 201), "o.csv: 201 bytes, over the limit of 200 bytes per file"},
	} {
		fsys := fstest.MapFS{"o.csv": {Data: []byte(c.in)}, "p.csv": {Data: []byte("id\n1\n")}}
		_, _, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys, Limits: lim}, loadDate)
		var le *LimitError
		switch {
		case c.want == "" && errors.As(err, &le):
			t.Errorf("%q: %v", c.in, err)
		case c.want != "" && (!errors.As(err, &le) || !strings.HasPrefix(err.Error(), c.want)):
			t.Errorf("%q: %v, want %q", c.in, err, c.want)
		}
	}
}

// TestWorkbookStaysInMemory reads a workbook whose sheet unzips to more
// than the XLSX library's own threshold for temporary files (16 MB): no
// file is written.
func TestWorkbookStaysInMemory(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	long := strings.Repeat("x", 10_000)
	data := rawWorkbook(t, inlineRow("nip")+strings.Repeat(inlineRow(long), 1800), inlineRow("id"), nil)
	if _, _, err := loadBytes(context.Background(), data, ReadLimits{}); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, "*")); len(left) > 0 {
		t.Errorf("temporary files written: %v", left)
	}
}

// TestXMLScannerSeesWhatAParserSees compares the scanner's start tags with
// encoding/xml's on documents made to mislead a byte scanner.
func TestXMLScannerSeesWhatAParserSees(t *testing.T) {
	for _, doc := range []string{
		`<a><row r="1"><c r="A1"/></row></a>`,
		`<?xml version="1.0"?><!-- <row> --><a x='>' y="'>"><![CDATA[<c/>]]><x:row xmlns:x="u"/><?p <c/> ?></a>`,
		`<a><!----><b c="--&gt;"/><!-- - -- --></a>`,
		"<a\n r\t=\n'1'><c\n/></a>",
	} {
		if err := xmlCompare(doc); err != nil {
			t.Errorf("%q: %v", doc, err)
		}
	}
}

// xmlCompare fails when doc is well-formed XML and the scanner finds fewer
// start tags of some name than encoding/xml, in one write or byte by byte.
func xmlCompare(doc string) error {
	want := map[string]int{}
	d := xml.NewDecoder(strings.NewReader(doc))
	for {
		tok, err := d.RawToken()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			return nil // not XML: nothing to compare
		}
		if se, ok := tok.(xml.StartElement); ok {
			want[se.Name.Local]++
		}
	}
	for _, step := range []int{len(doc), 1} {
		got := map[string]int{}
		x := &xmlScanner{onTag: func(tag []byte) error {
			local, _ := xmlTagName(tag)
			got[string(local)]++
			return nil
		}}
		for i := 0; i < len(doc); i += max(step, 1) {
			if err := x.write([]byte(doc[i:min(len(doc), i+max(step, 1))])); err != nil {
				return nil // refused: nothing slips through
			}
		}
		for name, n := range want {
			if got[name] < n {
				return errors.New("the scanner saw " + strings.Repeat("I", got[name]) + " of " + strings.Repeat("I", n) + " <" + name + ">")
			}
		}
	}
	return nil
}

// FuzzXMLScanner checks that no document the XML parser accepts shows the
// scanner fewer tags than the parser sees: a cell the guard did not count
// would reach the reader unchecked.
func FuzzXMLScanner(f *testing.F) {
	f.Add(`<a><row r="1"><c r="A1"/></row></a>`)
	f.Add(`<a x='>' y="'>"><![CDATA[<c/>]]><!-- <c> --><?p <c/> ?><c/></a>`)
	f.Fuzz(func(t *testing.T, doc string) {
		if err := xmlCompare(doc); err != nil {
			t.Fatal(err)
		}
	})
}

// TestReadLimitsDocumented checks the table of docs/roster-files.md
// against DefaultReadLimits.
func TestReadLimitsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/roster-files.md")
	if err != nil {
		t.Fatal(err)
	}
	d := DefaultReadLimits()
	for _, row := range []string{
		"| a file as stored (CSV, or XLSX compressed) | " + i18n.EN.Bytes(d.FileBytes) + " |",
		"| parts of a workbook | " + i18n.EN.Int(int64(d.ZipEntries)) + " |",
		"| a workbook unzipped, all parts together | " + i18n.EN.Bytes(d.UnzippedBytes) + " |",
		"| one sheet, or the shared strings, unzipped | " + i18n.EN.Bytes(d.SheetBytes) + " |",
		"| any other part of a workbook unzipped (styles, relationships, images) | " + i18n.EN.Bytes(d.PartBytes) + " |",
		"| rows of a sheet or a CSV file (the last row number) | " + i18n.EN.Int(int64(d.Rows)) + " |",
		"| columns of a row | " + i18n.EN.Int(int64(d.Columns)) + " |",
		"| cells of a sheet or a CSV file (each row up to its last cell, summed) | " + i18n.EN.Int(d.Cells) + " |",
		"| shared strings of a workbook | " + i18n.EN.Int(int64(d.Strings)) + " |",
	} {
		if !bytes.Contains(doc, []byte(row)) {
			t.Errorf("docs/roster-files.md lacks the row %s", row)
		}
	}
}

// TestLongCellsCut: a cell longer than a spreadsheet cell can be is an
// error, and is cut before any later step reads it.
func TestLongCellsCut(t *testing.T) {
	long := strings.Repeat("é", maxCellRunes+1)
	fsys := fstest.MapFS{
		"o.csv": {Data: []byte("nip,nama\n197104242001061931," + long + "\n")},
		"p.csv": {Data: []byte("id," + long + "\n")},
	}
	r, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
	if err != nil || r != nil {
		t.Fatalf("%v %v", err, r)
	}
	var got []string
	for _, p := range ps {
		if strings.Contains(p.Reason.String(), "a spreadsheet cell holds") {
			got = append(got, p.File+":"+strconv.Itoa(p.Row)+": "+p.Reason.String())
		}
	}
	want := []string{"o.csv:2: 32,768 characters, more than the 32,767 a spreadsheet cell holds",
		"p.csv:1: 32,768 characters, more than the 32,767 a spreadsheet cell holds"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
