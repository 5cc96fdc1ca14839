package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// TestSolveSparseFlag solves the sample roster with the dense solver and
// with the sparse one, through classes and through pricing rounds: the same
// objective, all certified; --verbose names the solver and its classes or
// rounds.
func TestSolveSparseFlag(t *testing.T) {
	objective := regexp.MustCompile(`Nilai total: [-0-9,]+, optimal \(sertifikat terverifikasi\)`)
	var outs [3]string
	for k, c := range []struct{ mode, classes, says string }{
		{"dense", "true", ""},
		{"sparse", "true", "kelas jabatan identik"},
		{"sparse", "false", "putaran 1:"},
	} {
		var out, errb bytes.Buffer
		if code := run([]string{"solve", "--solver", c.mode, "--verbose", "--candidates", "2", "--classes=" + c.classes}, nil, &out, &errb); code != exitOK {
			t.Fatalf("%s: exit %d: %s", c.mode, code, errb.String())
		}
		if !strings.Contains(errb.String(), "pemecah: "+c.mode+" (") || !strings.Contains(errb.String(), c.says) {
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
	// The next-best plans rank on any path.
	out.Reset()
	if code := run([]string{"solve", "--solver", "sparse", "--alternatives", "1"}, nil, &out, &errb); code != exitOK {
		t.Fatalf("--solver sparse --alternatives: exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "RENCANA TERBAIK BERIKUTNYA (1)") {
		t.Fatalf("--solver sparse --alternatives 1: no next-best plan in\n%s", out.String())
	}
}
