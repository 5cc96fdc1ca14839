// Package mutasi holds what the whole module shares: the embedded sample
// roster and its rosterfile.Source. The solver is in package solver, the domain
// in package model and the command line in cmd/mutasi.
package mutasi

import (
	"embed"
	"fmt"
	"io/fs"
	"path"

	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// The sample's data files only: its generator (testdata/kota-contoh/make) is
// source code, not part of the sample.
//
//go:embed testdata/kota-contoh/officials.csv testdata/kota-contoh/positions.csv
//go:embed testdata/kota-contoh/selection.csv testdata/kota-contoh/policy.toml
//go:embed testdata/kota-contoh/roster.xlsx testdata/kota-contoh/README.md
var sample embed.FS

// sampleRoot is where the sample lies inside the embedded file system.
const sampleRoot = "testdata/kota-contoh"

// Sample returns the embedded sample roster of the fictional Kota Contoh:
// officials.csv and positions.csv, the open-selection results
// selection.csv, roster.xlsx (the same data as one workbook) and
// policy.toml (the city's political calendar) at the root of the returned
// file system.
func Sample() fs.FS { return sampleFS{} }

// sampleFS serves the sample's folder as the root of a file system.
type sampleFS struct{}

// Open opens a file of the sample by its name relative to the sample's
// folder.
func (sampleFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return sample.Open(path.Join(sampleRoot, name))
}

// ReadDir lists a folder of the sample.
func (sampleFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrInvalid}
	}
	return sample.ReadDir(path.Join(sampleRoot, name))
}

// SampleDate is the plan date the sample roster was written for.
const SampleDate = "2026-12-01"

// SampleSource is the embedded sample as the commands and the page read it:
// its officials, positions and open-selection results.
func SampleSource() rosterfile.Source {
	src := rosterfile.Source{Officials: "officials.csv", Positions: "positions.csv", FS: Sample()}
	if _, err := fs.Stat(src.FS, "selection.csv"); err == nil {
		src.Selection = "selection.csv"
	}
	return src
}

// ApplySamplePolicy reads the embedded sample's policy.toml (its political
// calendar) over pol.
func ApplySamplePolicy(pol *model.Policy) error {
	f, err := Sample().Open("policy.toml")
	if err != nil {
		return fmt.Errorf("the sample's policy: %w", err)
	}
	defer f.Close()
	d := pol.Date
	if err := policyfile.Read(f, "sample policy.toml", pol); err != nil {
		return err
	}
	if pol.Date.IsZero() {
		pol.Date = d
	}
	return nil
}
