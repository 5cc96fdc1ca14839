package main

import (
	"os"
	"strings"
	"testing"
)

// TestDocsCLIExamples runs every "$ mutasi ..." block of docs/cli.md and
// checks that the lines shown are the real output: the lines before a
// "..." line must begin the output, the lines after it must end it, so
// that the walk-through stays true.
func TestDocsCLIExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster several times")
	}
	if n := docsCheckExamples(t, "../../docs/cli.md"); n < 4 {
		t.Errorf("found %d examples in docs/cli.md, want at least 4", n)
	}
}

// docsCheckExamples runs every "$ mutasi ..." block of the Markdown file at
// path (see TestDocsCLIExamples) and returns how many it found.
func docsCheckExamples(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	blocks := strings.Split(string(b), "```")
	n := 0
	for k := 1; k < len(blocks); k += 2 {
		lines := strings.Split(strings.Trim(blocks[k], "\n"), "\n")
		if !strings.HasPrefix(lines[0], "$ mutasi ") {
			continue
		}
		n++
		args := strings.Fields(strings.TrimPrefix(lines[0], "$ mutasi "))
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := runCapture(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			got := strings.Split(strings.TrimRight(out, "\n"), "\n")
			head, tail := lines[1:], []string(nil)
			for i, l := range head {
				if l == "..." {
					head, tail = head[:i], head[i+1:]
					break
				}
			}
			if len(head)+len(tail) > len(got) {
				t.Fatalf("the doc shows %d lines, the output has %d", len(head)+len(tail), len(got))
			}
			for i, l := range head {
				if got[i] != l {
					t.Errorf("line %d:\n doc %q\n got %q", i+1, l, got[i])
				}
			}
			off := len(got) - len(tail)
			for i, l := range tail {
				if got[off+i] != l {
					t.Errorf("line %d from the end:\n doc %q\n got %q", len(tail)-i, l, got[off+i])
				}
			}
		})
	}
	return n
}
