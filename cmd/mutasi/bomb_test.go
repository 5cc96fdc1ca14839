package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"os"
	"strings"
	"testing"
)

// This file builds hostile workbooks (zip bombs) for the tests of the
// workbook limits. Each is a valid XLSX with sheets pejabat and jabatan
// whose one part unzips to far more than the file's size. The deflate
// stream of a part is built from one compressed segment repeated, so that a
// gigabyte of XML costs the test a few milliseconds and never sits in
// memory.

// bombPart is a part of a bomb: head, body repeated n times, then tail.
type bombPart struct {
	head, body, tail string
	n                int
}

// bombShapes are the three bombs of the limits' tests, by name:
//   - strings: shared strings that unzip to 1 GiB (a long string repeated);
//   - sheet: the officials sheet unzips to 1 GiB (long inline strings);
//   - rows: a sheet of 22 MB unzipped, within the size limits, whose
//     400,000 rows each reach column 1,024 (AMJ): read naively, 410
//     million cells (6.5 GB of empty strings).
var bombShapes = []string{"strings", "sheet", "rows"}

// bombWorkbook returns the bomb of that shape.
func bombWorkbook(t testing.TB, shape string) []byte {
	t.Helper()
	sheetHead := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>nip</t></is></c><c r="B1" t="s"><v>0</v></c></row>`
	sheetTail := `</sheetData></worksheet>`
	long := strings.Repeat("A", 1000)
	parts := map[string]bombPart{
		"xl/worksheets/sheet1.xml": {head: sheetHead, tail: sheetTail},
		"xl/worksheets/sheet2.xml": {head: sheetHead, tail: sheetTail},
		"xl/sharedStrings.xml": {head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>nama</t></si>`, tail: `</sst>`},
	}
	const gib = 1 << 30
	switch shape {
	case "strings":
		body := "<si><t>" + long + "</t></si>"
		parts["xl/sharedStrings.xml"] = bombPart{head: parts["xl/sharedStrings.xml"].head, body: body, tail: `</sst>`, n: gib / len(body)}
	case "sheet":
		body := `<row><c t="inlineStr"><is><t>` + long + `</t></is></c></row>`
		parts["xl/worksheets/sheet1.xml"] = bombPart{head: sheetHead, body: body, tail: sheetTail, n: gib / len(body)}
	case "rows":
		body := `<row><c r="AMJ2" t="inlineStr"><is><t>x</t></is></c></row>`
		parts["xl/worksheets/sheet1.xml"] = bombPart{head: sheetHead, body: body, tail: sheetTail, n: 400_000}
	default:
		t.Fatalf("unknown bomb shape %q", shape)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	small := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
			`</Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
			`</Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="pejabat" sheetId="1" r:id="rId1"/><sheet name="jabatan" sheetId="2" r:id="rId2"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
			`</Relationships>`,
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(small[name]))
	}
	for _, name := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"} {
		bombWritePart(t, zw, name, parts[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bombWritePart writes p deflated into zw with its true sizes and CRC.
// A flushed deflate segment that starts from a fresh compressor refers to
// nothing before it, so its bytes repeated n times are the deflate stream of
// its text repeated n times.
func bombWritePart(t testing.TB, zw *zip.Writer, name string, p bombPart) {
	t.Helper()
	deflate := func(s string, final bool) []byte {
		var b bytes.Buffer
		fw, _ := flate.NewWriter(&b, flate.BestCompression)
		fw.Write([]byte(s))
		if final {
			fw.Close()
		} else {
			fw.Flush()
		}
		return b.Bytes()
	}
	// The repeated segment holds many bodies, so that deflate reaches its
	// best ratio (about 1000:1).
	per := max(1, min(p.n, (1<<20)/max(1, len(p.body))))
	seg := []byte(strings.Repeat(p.body, per))
	segZ := deflate(string(seg), false)
	var raw bytes.Buffer
	raw.Write(deflate(p.head, false))
	crc := crc32.Update(0, crc32.IEEETable, []byte(p.head))
	size := uint64(len(p.head))
	left := p.n
	for ; left >= per && per > 0 && p.body != ""; left -= per {
		raw.Write(segZ)
		crc = crc32.Update(crc, crc32.IEEETable, seg)
		size += uint64(len(seg))
	}
	rest := strings.Repeat(p.body, max(0, left)) + p.tail
	raw.Write(deflate(rest, true))
	crc = crc32.Update(crc, crc32.IEEETable, []byte(rest))
	size += uint64(len(rest))
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(raw.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw.Bytes())
}

// TestBombWorkbookIsHonest checks the builder: each part's stream unzips to
// the size its header declares with the right checksum (read through for
// the small bomb), and the big ones declare what they claim.
func TestBombWorkbookIsHonest(t *testing.T) {
	for _, shape := range bombShapes {
		data := bombWorkbook(t, shape)
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("%s: %v", shape, err)
		}
		var total uint64
		for _, f := range zr.File {
			total += f.UncompressedSize64
			if f.UncompressedSize64 > 64<<20 {
				continue // read through by the limits' absence only
			}
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if _, err := b.ReadFrom(rc); err != nil {
				t.Fatalf("%s: %s: %v", shape, f.Name, err)
			}
			rc.Close()
		}
		t.Logf("%s: %d KB, %d MB unzipped", shape, len(data)>>10, total>>20)
		if len(data) > 4<<20 || total < 20<<20 {
			t.Errorf("%s: %d bytes unzipping to %d: not a bomb", shape, len(data), total)
		}
	}
}

// BenchmarkBombRefusal times the refusal of each bomb in process, without
// the start of a process that TestWorkbookBombsRefused includes:
// "mutasi validate --roster" on the bomb, which must exit 2.
func BenchmarkBombRefusal(b *testing.B) {
	dir := b.TempDir()
	for _, shape := range bombShapes {
		file := dir + "/" + shape + ".xlsx"
		if err := os.WriteFile(file, bombWorkbook(b, shape), 0o600); err != nil {
			b.Fatal(err)
		}
		b.Run(shape, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"validate", "--roster", file}, nil, io.Discard, io.Discard); code != exitUsage {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
