package mutasi

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestSampleFS(t *testing.T) {
	// fstest checks Open, ReadDir and the file system's invariants.
	if err := fstest.TestFS(Sample(), "officials.csv", "positions.csv", "roster.xlsx", "README.md"); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Stat(Sample(), "make/main.go"); err == nil {
		t.Error("the sample embeds its generator's source")
	}
	if _, err := Sample().Open("../sample.go"); err == nil {
		t.Error("a path outside the sample opened")
	}
}
