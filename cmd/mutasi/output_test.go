package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteOutputAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.csv")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	e := &env{stdout: new(bytes.Buffer), stderr: new(bytes.Buffer)}

	// A failing writer leaves the old file as it was and no temporary file.
	boom := errors.New("boom")
	err := writeOutput(e, path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	assertOutputDir(t, dir, "old")

	// A successful one replaces it.
	if err := writeOutput(e, path, func(w io.Writer) error {
		_, err := io.WriteString(w, "new")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	assertOutputDir(t, dir, "new")
}

func TestWriteOutputStdout(t *testing.T) {
	out := new(bytes.Buffer)
	e := &env{stdout: out, stderr: new(bytes.Buffer)}
	for _, p := range []string{"", "-"} {
		out.Reset()
		if err := writeOutput(e, p, func(w io.Writer) error {
			_, err := io.WriteString(w, "x")
			return err
		}); err != nil || out.String() != "x" {
			t.Errorf("path %q: %v, %q", p, err, out.String())
		}
	}
}

// assertOutputDir checks that dir holds plan.csv with the given content and
// nothing else.
func assertOutputDir(t *testing.T, dir, content string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != "plan.csv" {
		names := []string{}
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("dir holds %v", names)
	}
	b, err := os.ReadFile(filepath.Join(dir, "plan.csv"))
	if err != nil || string(b) != content {
		t.Fatalf("plan.csv = %q, %v; want %q", b, err, content)
	}
}
