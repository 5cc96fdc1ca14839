package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeCommands keeps README.md true: every "$ mutasi ..." line in a
// fenced block is run in-process, and the output lines the README shows
// under it must appear in the real output, in order ("..." skips lines).
func TestReadmeCommands(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	cmds := readmeCommands(string(src))
	if len(cmds) < 3 {
		t.Fatalf("README.md shows %d commands with their output; want at least 3", len(cmds))
	}
	for _, c := range cmds {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(c.args, strings.NewReader(""), &stdout, &stderr)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			got := strings.Split(stdout.String(), "\n")
			k := 0
			for _, want := range c.want {
				for k < len(got) && strings.TrimRight(got[k], " ") != want {
					k++
				}
				if k == len(got) {
					t.Fatalf("README line %q not found (in order) in the output:\n%s", want, stdout.String())
				}
				k++
			}
		})
	}
}

// readmeCommand is a command shown in the README and the output lines shown
// under it.
type readmeCommand struct {
	args []string
	want []string
}

// readmeCommands extracts "$ mutasi ..." lines from fenced blocks.
func readmeCommands(doc string) []readmeCommand {
	var out []readmeCommand
	inBlock := false
	var cur *readmeCommand
	for _, line := range strings.Split(doc, "\n") {
		if strings.HasPrefix(line, "```") {
			inBlock = !inBlock
			cur = nil
			continue
		}
		if !inBlock {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "$ mutasi "); ok {
			out = append(out, readmeCommand{args: readmeSplit(rest)})
			cur = &out[len(out)-1]
			continue
		}
		if cur == nil || strings.HasPrefix(line, "$ ") {
			cur = nil
			continue
		}
		if l := strings.TrimRight(line, " "); l != "" && l != "..." {
			cur.want = append(cur.want, l)
		}
	}
	return out
}

// readmeSplit splits a command line at spaces, keeping double-quoted words
// whole.
func readmeSplit(s string) []string {
	var args []string
	var b strings.Builder
	quoted, any := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, any = !quoted, true
		case r == ' ' && !quoted:
			if any {
				args = append(args, b.String())
				b.Reset()
				any = false
			}
		default:
			b.WriteRune(r)
			any = true
		}
	}
	if any {
		args = append(args, b.String())
	}
	return args
}

func TestReadmeSplit(t *testing.T) {
	got := readmeSplit(`explain "19691210 199701 1 677"  --format json`)
	want := []string{"explain", "19691210 199701 1 677", "--format", "json"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("readmeSplit = %q", got)
	}
}
