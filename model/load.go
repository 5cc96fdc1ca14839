package model

import (
	"errors"
	"io/fs"
	"time"
)

// This file is the contract of loading. Its body is a temporary stand-in
// until the loader lands.

// Source names the roster files. Either Officials and Positions (CSV or XLSX
// by extension) or Workbook (one XLSX with sheets officials/pejabat and
// positions/jabatan). FS, when not nil, is where the names are looked up
// (the embedded sample); otherwise the operating system's files.
type Source struct {
	Officials, Positions string
	Workbook             string
	FS                   fs.FS
}

// Severity tells whether a problem stops the roster from being used.
type Severity uint8

// Severities.
const (
	Error Severity = iota + 1
	Warning
)

// Problem is one finding in the roster files, pointing at the cell.
type Problem struct {
	Severity Severity
	File     string
	// Row is the row as Excel shows it (header = 1); 0 for the whole file.
	Row int
	// Column is the header of the column, "" for the whole row.
	Column string
	Value  string
	Reason string
}

// Load reads and validates a roster at the plan date. It returns every
// problem found; the roster is nil when any problem is an Error. The error is
// for failures to read a file at all.
func Load(src Source, date time.Time) (*Roster, []Problem, error) {
	return nil, nil, errors.New("model: Load not implemented yet")
}
