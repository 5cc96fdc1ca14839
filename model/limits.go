package model

import (
	"fmt"
	"strconv"
)

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
// mutasi gen writes, 50,000 officials and 40,000 posts, is a 7.8 MB
// workbook of 84 MB unzipped whose largest sheet has 50,001 rows of 28
// columns) and far below what would exhaust a laptop.
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
	// of a workbook, "" for the whole file.
	File, Where string
	// Found is what was found ("2.0 GB unzipped", "more than 200,000
	// rows"), Limit what is allowed ("128 MB unzipped per sheet").
	Found, Limit string
}

func (e *LimitError) Error() string {
	where := e.File
	if e.Where != "" {
		where += ": " + e.Where
	}
	return fmt.Sprintf("%s: %s, over the limit of %s for a roster file", where, e.Found, e.Limit)
}

// limitBytes formats a size for a LimitError: "2.0 GB", "128 MB", "640 KB".
func limitBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// limitCount formats a count with thousands separators: 1,048,576.
func limitCount(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}
