//go:build !unix

package costfile

import "os"

// mapNPY maps files on Unix systems only; elsewhere they are read.
func mapNPY(*os.File, int64, int64, npyType, int) ([]float64, func() error) { return nil, nil }
