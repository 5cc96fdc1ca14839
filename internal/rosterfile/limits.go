package rosterfile

import "github.com/mutasi-id/mutasi/internal/i18n"

// ReadLimits bounds what reading one roster file may cost, so that a
// hostile or broken file (a zip bomb, a sheet of a million rows) is refused
// before it is parsed instead of exhausting memory. Workbooks are checked
// from their zip directory and by a streaming scan of their XML, in memory;
// nothing is written to disk. A zero field takes its value from
// DefaultReadLimits.
type ReadLimits struct {
	// FileBytes is the largest file, as stored (CSV, or XLSX compressed).
	FileBytes int64
	// ZipEntries is the most parts a workbook may have.
	ZipEntries int
	// UnzippedBytes is the most all parts of a workbook may unzip to.
	UnzippedBytes int64
	// SheetBytes is the most one worksheet or the shared strings may unzip
	// to; PartBytes the most any other part may (styles, relationships,
	// images).
	SheetBytes int64
	PartBytes  int64
	// Rows is the most rows of a sheet or a CSV file, counting the last
	// row number; Columns the most columns of a row.
	Rows    int
	Columns int
	// Cells is the most cells a sheet or a CSV file may spread over: the
	// sum, over its rows, of each row's last column (what reading it
	// allocates). Strings is the most entries of a workbook's shared
	// strings.
	Cells   int64
	Strings int
}

// DefaultReadLimits are far above any real roster (the largest roster
// mutasi gen writes fits with room to spare: bench/README.md) and far
// below what would exhaust a laptop.
func DefaultReadLimits() ReadLimits {
	return ReadLimits{
		FileBytes:     64 << 20,
		ZipEntries:    1000,
		UnzippedBytes: 200 << 20,
		SheetBytes:    128 << 20,
		PartBytes:     8 << 20,
		Rows:          200_000,
		Columns:       1024,
		Cells:         6_000_000,
		Strings:       6_000_000,
	}
}

// orDefault returns l with every zero field set to its default.
func (l ReadLimits) orDefault() ReadLimits {
	d := DefaultReadLimits()
	set := func(v *int64, def int64) {
		if *v <= 0 {
			*v = def
		}
	}
	seti := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	set(&l.FileBytes, d.FileBytes)
	seti(&l.ZipEntries, d.ZipEntries)
	set(&l.UnzippedBytes, d.UnzippedBytes)
	set(&l.SheetBytes, d.SheetBytes)
	set(&l.PartBytes, d.PartBytes)
	seti(&l.Rows, d.Rows)
	seti(&l.Columns, d.Columns)
	set(&l.Cells, d.Cells)
	seti(&l.Strings, d.Strings)
	return l
}

// LimitError is a roster file refused because it exceeds one of its
// ReadLimits. Counting stops at the first excess, so Found may say "more
// than" rather than the whole count.
type LimitError struct {
	// File is the file as the user named it; Where the sheet or the part
	// of a workbook, empty for the whole file.
	File  string
	Where i18n.Msg
	// Found is what was found ("2.0 GB unzipped", "more than 200,000
	// rows"), Limit what is allowed ("128 MB unzipped per sheet").
	Found, Limit i18n.Msg
}

// Error says what was found and the limit, in English.
func (e *LimitError) Error() string { return e.Text(i18n.EN) }

// Text says what was found and the limit, in l.
func (e *LimitError) Text(l i18n.Lang) string {
	where := e.File
	if !e.Where.IsZero() {
		where += ": " + e.Where.Text(l)
	}
	return l.T(i18n.LimitOver, where, e.Found, e.Limit)
}

// limitPerFile is the limit of a file's size: "20 MB per file".
func limitPerFile(n int64) i18n.Msg { return i18n.M(i18n.LimitPerFile, i18n.Bytes(n)) }
