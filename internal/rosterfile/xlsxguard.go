package rosterfile

import (
	"github.com/mutasi-id/mutasi/internal/i18n"

	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"
)

// This file checks a workbook against its ReadLimits before the XLSX
// library parses it: the zip directory first (how many parts, how large
// each unzips), then every part's XML by a streaming scan that counts rows,
// cells and shared strings without building them. A workbook that passes
// is then parsed in memory with the same size limits, so that the library
// never spills a part to a temporary file.

// oleMagic starts a compound file: an encrypted workbook or an old .xls.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// workbookCheck is what checkWorkbook learnt of a workbook.
type workbookCheck struct {
	name  string
	lim   ReadLimits
	parts map[string]*zip.File
	// sheets maps each sheet's name to the part that holds it, resolved as
	// the XLSX library resolves it (package relationships → workbook →
	// workbook relationships).
	sheets map[string]string
}

// checkWorkbook checks the workbook data (named name in messages) against
// lim, under ctx. The error is a *LimitError for a workbook over a limit.
func checkWorkbook(ctx context.Context, name string, data []byte, lim ReadLimits) (*workbookCheck, error) {
	if int64(len(data)) > lim.FileBytes {
		return nil, &LimitError{File: name, Found: i18n.M(i18n.CLIError, i18n.Bytes(len(data))), Limit: limitPerFile(lim.FileBytes)}
	}
	if bytes.HasPrefix(data, oleMagic) {
		return nil, i18n.Errorf(i18n.RosterXLSXEncrypted, name)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, i18n.Errorf(i18n.RosterXLSXUnreadable, name, err)
	}
	if len(zr.File) > lim.ZipEntries {
		return nil, &LimitError{File: name, Found: i18n.M(i18n.LimitParts, i18n.Int(len(zr.File))),
			Limit: i18n.M(i18n.LimitPartsBook, i18n.Int(lim.ZipEntries))}
	}
	wc := &workbookCheck{name: name, lim: lim, parts: map[string]*zip.File{}}
	for _, f := range zr.File {
		wc.parts[strings.ReplaceAll(f.Name, "\\", "/")] = f
	}
	sheets, strs := wc.mapSheets()
	wc.sheets = sheets
	isSheet := map[string]string{}
	for s, p := range sheets {
		isSheet[p] = s
	}
	where := func(f *zip.File) i18n.Msg {
		p := strings.ReplaceAll(f.Name, "\\", "/")
		if s, ok := isSheet[p]; ok {
			return i18n.M(i18n.RosterXLSXSheet, s)
		}
		return i18n.M(i18n.CLIError, p)
	}
	var total uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		if size > uint64(lim.SheetBytes) {
			return nil, &LimitError{File: name, Where: where(f), Found: i18n.M(i18n.LimitUnzipped, i18n.Bytes(min(size, 1<<62))),
				Limit: i18n.M(i18n.LimitUnzippedPer, i18n.Bytes(lim.SheetBytes), i18n.M(i18n.LimitPerSheet))}
		}
		total += size
		if total > uint64(lim.UnzippedBytes) {
			return nil, &LimitError{File: name, Found: i18n.M(i18n.LimitMoreThan, i18n.M(i18n.LimitUnzipped, i18n.Bytes(lim.UnzippedBytes))),
				Limit: i18n.M(i18n.LimitUnzippedAll, i18n.Bytes(lim.UnzippedBytes))}
		}
	}
	nstr := 0
	for _, f := range zr.File {
		p := strings.ReplaceAll(f.Name, "\\", "/")
		_, sheet := isSheet[p]
		ps := &partScan{wc: wc, where: where(f), strict: sheet || p == strs || strings.EqualFold(p, "xl/sharedStrings.xml")}
		if err := ps.scan(ctx, f, nil); err != nil {
			return nil, err
		}
		nstr += ps.strings
		if nstr > lim.Strings {
			return nil, &LimitError{File: name, Where: ps.where, Found: i18n.M(i18n.LimitMoreThan, i18n.M(i18n.LimitStrings, i18n.Int(lim.Strings))),
				Limit: i18n.M(i18n.LimitStrings, i18n.Int(lim.Strings))}
		}
	}
	return wc, nil
}

// mapSheets resolves the sheets' parts and the shared strings' part as the
// XLSX library does; parts it cannot read are left out (the library then
// finds no such sheet either).
func (wc *workbookCheck) mapSheets() (sheets map[string]string, strs string) {
	sheets = map[string]string{}
	var root xmlRelationships
	if !wc.unmarshal("_rels/.rels", &root) {
		return sheets, ""
	}
	wb := ""
	for _, r := range root.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			wb = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	if wb == "" {
		return sheets, ""
	}
	dir := path.Dir(wb)
	relsPath := strings.TrimPrefix(dir+"/_rels/"+path.Base(wb)+".rels", "/")
	if dir == "." {
		relsPath = "_rels/" + path.Base(wb) + ".rels"
	}
	var book xmlWorkbookSheets
	var rels xmlRelationships
	if !wc.unmarshal(wb, &book) || !wc.unmarshal(relsPath, &rels) {
		return sheets, ""
	}
	target := func(t string) string {
		t = strings.ReplaceAll(t, "\\", "/")
		if strings.HasPrefix(t, "/") {
			return strings.TrimPrefix(path.Clean(t), "/")
		}
		return strings.TrimPrefix(path.Clean(dir+"/"+t), "/")
	}
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			strs = target(r.Target)
		}
	}
	for _, s := range book.Sheets {
		id := ""
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && a.Name.Space != "" {
				id = a.Value
			}
		}
		for _, r := range rels.Rels {
			if r.ID == id && id != "" {
				sheets[s.Name] = target(r.Target)
			}
		}
	}
	return sheets, strs
}

// unmarshal decodes a small part (at most PartBytes) into v, reporting
// whether it could.
func (wc *workbookCheck) unmarshal(name string, v any) bool {
	f, ok := wc.parts[name]
	if !ok || f.UncompressedSize64 > uint64(wc.lim.PartBytes) {
		return false
	}
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, wc.lim.PartBytes)).Decode(v) == nil
}

// xmlRelationships is a relationships part: what the package, the workbook
// or a sheet refers to.
type xmlRelationships struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// xmlWorkbookSheets is the list of sheets of a workbook part: each sheet's
// name, and its relationship id among the other attributes.
type xmlWorkbookSheets struct {
	Sheets []struct {
		Name  string     `xml:"name,attr"`
		Attrs []xml.Attr `xml:",any,attr"`
	} `xml:"sheets>sheet"`
}

// partScan counts one part of a workbook: its rows, cells and shared
// strings, against the limits of wc.
type partScan struct {
	wc    *workbookCheck
	where i18n.Msg
	// strict parts (sheets, shared strings) are refused on XML the scan
	// cannot follow; other parts just stop being scanned.
	strict bool
	// onCell, when set, is called with each cell's row, column (from 1)
	// and type attribute.
	onCell func(row, col int, typ []byte)

	rows, curRow, curCol, rowLast, strings int
	cells                                  int64
}

// scanChunk is how much of a part is scanned between looks at the context.
const scanChunk = 256 << 10

// scan reads part f through, under ctx.
func (ps *partScan) scan(ctx context.Context, f *zip.File, buf []byte) error {
	rc, err := f.Open()
	if err != nil {
		return i18n.Errorf(i18n.RosterXLSXPart, ps.wc.name, ps.where, err)
	}
	defer rc.Close()
	if buf == nil {
		buf = make([]byte, scanChunk)
	}
	lim := &ps.wc.lim
	x := &xmlScanner{onTag: ps.tag}
	first, kindKnown := true, false
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, rerr := io.ReadFull(rc, buf)
		chunk := buf[:n]
		if first {
			first = false
			// A part that does not start as XML (an image) is only sized;
			// one the library would read as a sheet is scanned whatever it
			// holds.
			if !ps.strict && !xmlStart(chunk) {
				return ps.sized(f, lim.PartBytes, i18n.LimitPerPart)
			}
		}
		if err := x.write(chunk); err != nil {
			var le *LimitError
			if errors.As(err, &le) || ps.strict {
				return ps.wrap(err)
			}
			return ps.sized(f, lim.PartBytes, i18n.LimitPerPart)
		}
		if !kindKnown && (ps.strict || x.root != nil || rerr != nil) {
			kindKnown = true
			switch string(x.root) {
			case "worksheet", "dialogsheet", "macrosheet", "sst":
				ps.strict = true
			default:
				if !ps.strict {
					if err := ps.sized(f, lim.PartBytes, i18n.LimitPerPart); err != nil {
						return err
					}
				}
			}
		}
		switch {
		case rerr == io.EOF || rerr == io.ErrUnexpectedEOF:
			return nil
		case rerr != nil:
			return i18n.Errorf(i18n.RosterXLSXPart, ps.wc.name, ps.where, rerr)
		}
	}
}

// sized refuses f when it unzips to more than max.
func (ps *partScan) sized(f *zip.File, max int64, per i18n.Key) error {
	if f.UncompressedSize64 > uint64(max) {
		return &LimitError{File: ps.wc.name, Where: ps.where, Found: i18n.M(i18n.LimitUnzipped, i18n.Bytes(f.UncompressedSize64)),
			Limit: i18n.M(i18n.LimitUnzippedPer, i18n.Bytes(max), i18n.M(per))}
	}
	return nil
}

// wrap names the part in a scan error.
func (ps *partScan) wrap(err error) error {
	var le *LimitError
	if errors.As(err, &le) {
		return err
	}
	return i18n.Errorf(i18n.RosterXLSXPart, ps.wc.name, ps.where, err)
}

// xmlStart reports whether b starts as an XML document: '<' after an
// optional byte-order mark and white space.
func xmlStart(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	for len(b) > 0 && xmlSpace(b[0]) {
		b = b[1:]
	}
	return len(b) > 0 && b[0] == '<'
}

// tag counts one start tag: a row, a cell or a shared string.
func (ps *partScan) tag(tag []byte) error {
	local, rest := xmlTagName(tag)
	lim := &ps.wc.lim
	switch string(local) {
	case "row":
		ps.rows++
		r, ok := -1, true
		var bad []byte
		xmlAttrs(rest, func(name, v []byte) bool {
			if string(name) == "r" {
				if r, ok = parseRowNumber(v); !ok {
					bad = v
				}
			}
			return ok
		})
		if !ok {
			return i18n.Errorf(i18n.RosterXMLRow, xmlShort(bad))
		}
		if r < 0 {
			r = ps.curRow + 1
		}
		ps.curRow, ps.curCol, ps.rowLast = r, 0, 0
		if ps.curRow > lim.Rows || ps.rows > lim.Rows {
			return &LimitError{File: ps.wc.name, Where: ps.where, Found: i18n.M(i18n.LimitMoreThan, i18n.M(i18n.LimitRows, i18n.Int(lim.Rows))),
				Limit: i18n.M(i18n.LimitRowsPerSheet, i18n.Int(lim.Rows))}
		}
	case "c":
		col, ok := ps.curCol+1, true
		var typ, bad []byte
		xmlAttrs(rest, func(name, v []byte) bool {
			switch string(name) {
			case "r":
				var c int
				if c, ok = parseCellColumn(v); ok {
					col = c
				} else {
					bad = v
				}
			case "t":
				typ = v
			}
			return ok
		})
		if !ok {
			return i18n.Errorf(i18n.RosterXMLCell, xmlShort(bad))
		}
		ps.curCol = col
		if col > lim.Columns {
			return &LimitError{File: ps.wc.name, Where: ps.where, Found: i18n.M(i18n.LimitCellColumn, i18n.Int(col)),
				Limit: i18n.M(i18n.LimitColumns, i18n.Int(lim.Columns))}
		}
		if col > ps.rowLast {
			ps.cells += int64(col - ps.rowLast)
			ps.rowLast = col
		}
		if ps.cells > lim.Cells {
			return &LimitError{File: ps.wc.name, Where: ps.where, Found: i18n.M(i18n.LimitMoreThan, i18n.M(i18n.LimitCells, i18n.Int(lim.Cells))),
				Limit: i18n.M(i18n.LimitCellsSheet, i18n.Int(lim.Cells))}
		}
		if ps.onCell != nil {
			ps.onCell(ps.curRow, col, typ)
		}
	case "si":
		ps.strings++
	}
	return nil
}

// parseRowNumber reads a row's r attribute: 1 to 1,048,576.
func parseRowNumber(v []byte) (int, bool) {
	if len(v) == 0 || len(v) > 7 {
		return 0, false
	}
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n >= 1 && n <= 1<<20
}

// parseCellColumn reads the column of a cell reference ("B7", "$AA$10"):
// 1 for A up to 16,384 for XFD.
func parseCellColumn(v []byte) (int, bool) {
	v = bytes.TrimPrefix(v, []byte("$"))
	col, k := 0, 0
	for k < len(v) {
		c := v[k] &^ 0x20 // upper case
		if c < 'A' || c > 'Z' {
			break
		}
		col = col*26 + int(c-'A'+1)
		if col > 16384 {
			return 0, false
		}
		k++
	}
	if col == 0 {
		return 0, false
	}
	if _, ok := parseRowNumber(bytes.TrimPrefix(v[k:], []byte("$"))); !ok {
		return 0, false
	}
	return col, true
}

// xmlShort cuts a value quoted in a message to 40 bytes.
func xmlShort(v []byte) string {
	if len(v) > 40 {
		return string(v[:40]) + "…"
	}
	return string(v)
}

// numericCells returns the rows (from 1) whose cell in column col (from 1)
// of sheet is stored as a number (no type or type "n"): the NIP column's
// cells that went through a number.
func (wc *workbookCheck) numericCells(ctx context.Context, sheet string, col int) (map[int]bool, error) {
	p, ok := wc.sheets[sheet]
	if !ok {
		return nil, nil
	}
	out := map[int]bool{}
	ps := &partScan{wc: wc, where: i18n.M(i18n.RosterXLSXSheet, sheet), strict: true, onCell: func(row, c int, typ []byte) {
		if c == col && (len(typ) == 0 || string(typ) == "n") {
			out[row] = true
		}
	}}
	if err := ps.scan(ctx, wc.parts[p], nil); err != nil {
		return nil, err
	}
	return out, nil
}
