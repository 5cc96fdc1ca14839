// Package mutasi holds what the whole module shares: the embedded sample
// roster. The solver is in package solver, the domain in package model and
// the command line in cmd/mutasi.
package mutasi

import (
	"embed"
	"io/fs"
)

//go:embed testdata/kota-contoh
var sample embed.FS

// Sample returns the embedded sample roster of the fictional Kota Contoh:
// officials.csv and positions.csv (and roster.xlsx, the same data as one
// workbook) at the root of the returned file system.
func Sample() fs.FS {
	sub, err := fs.Sub(sample, "testdata/kota-contoh")
	if err != nil {
		// fs.Sub fails only on an invalid path, and this one is a constant.
		panic(err)
	}
	return sub
}

// SampleDate is the plan date the sample roster was written for.
const SampleDate = "2026-12-01"
