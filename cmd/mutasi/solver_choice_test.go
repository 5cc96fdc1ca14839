package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

func TestChooseSolver(t *testing.T) {
	for _, c := range []struct {
		mode      string
		n, m      int
		sparse    bool
		needDense string
	}{
		{"auto", 180, 143, false, ""},
		{"auto", 2400, 2000, false, ""},    // 84 MB
		{"auto", 4000, 3800, false, ""},    // 238 MiB
		{"auto", 4200, 4000, true, ""},     // 263 MiB > 256 MiB
		{"auto", 6000, 5000, true, ""},     // 528 MB
		{"auto", 10000, 12000, true, ""},   // 1.76 GB
		{"auto", 10000, 12000, false, "x"}, // --alternatives
		{"auto", 50000, 40000, true, ""},   // 36 GB
		{"dense", 50000, 40000, false, ""},
		{"sparse", 3, 2, true, ""},
		{"sparse", 3, 2, true, "x"},
	} {
		got, why := chooseSolver(c.mode, c.n, c.m, c.needDense)
		if got != c.sparse || why == "" {
			t.Errorf("chooseSolver(%s, %d, %d) = %v (%s), want %v", c.mode, c.n, c.m, got, why, c.sparse)
		}
	}
}

// TestSolveSparseFlag solves the sample roster with the dense solver and
// with the sparse one, through classes and through pricing rounds: the same
// objective, all certified; --verbose names the solver and its classes or
// rounds.
func TestSolveSparseFlag(t *testing.T) {
	objective := regexp.MustCompile(`Nilai total: [-0-9,]+, optimal \(sertifikat terverifikasi\)`)
	var outs [3]string
	for k, c := range []struct{ mode, classes, says string }{
		{"dense", "true", ""},
		{"sparse", "true", "classes of identical posts"},
		{"sparse", "false", "round 1:"},
	} {
		var out, errb bytes.Buffer
		if code := run([]string{"solve", "--solver", c.mode, "--verbose", "--candidates", "2", "--classes=" + c.classes}, nil, &out, &errb); code != exitOK {
			t.Fatalf("%s: exit %d: %s", c.mode, code, errb.String())
		}
		if !strings.Contains(errb.String(), "solver: "+c.mode+" (") || !strings.Contains(errb.String(), c.says) {
			t.Fatalf("%s --classes=%s: --verbose said %q", c.mode, c.classes, errb.String())
		}
		outs[k] = objective.FindString(out.String())
		if outs[k] == "" {
			t.Fatalf("%s: no certified objective in\n%s", c.mode, out.String())
		}
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Fatalf("dense %q, sparse through classes %q, through rounds %q", outs[0], outs[1], outs[2])
	}
	var out, errb bytes.Buffer
	if code := run([]string{"solve", "--solver", "magic"}, nil, &out, &errb); code != exitUsage {
		t.Fatalf("--solver magic: exit %d", code)
	}
	if code := run([]string{"solve", "--solver", "sparse", "--alternatives", "1"}, nil, &out, &errb); code != exitUsage {
		t.Fatalf("--solver sparse --alternatives: exit %d", code)
	}
}
