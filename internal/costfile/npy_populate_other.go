//go:build unix && !linux

package costfile

// populate does nothing where MADV_POPULATE_READ does not exist: the pages
// of the mapping fault in as the matrix is read.
func populate([]byte) {}
