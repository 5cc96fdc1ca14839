package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// fuzzFlags are the flags FuzzCLIFlags may pass, by command: every flag
// that takes what a user types, none that names a file to read or write.
var fuzzFlags = map[string][]string{
	"solve": {"--date", "--weight", "--pin", "--forbid", "--calendar", "--decree", "--format", "--lang", "--all",
		"--alternatives", "--solver", "--candidates", "--classes", "--csv-sep", "--print-policy", "--verbose"},
	"whatif":   {"--date", "--weight", "--pin", "--forbid", "--calendar", "--scenario", "--format", "--sweep", "--precision"},
	"explain":  {"--date", "--weight", "--pin", "--forbid", "--calendar", "--format"},
	"validate": {"--date", "--format"},
}

// fuzzCommands are the commands FuzzCLIFlags runs, in a fixed order.
var fuzzCommands = []string{"solve", "whatif", "explain", "validate"}

// fuzzArgs builds a command line from spec, one argument a line: an
// argument that looks like a flag is kept only when the command allows it
// (as "--flag" or "--flag=value"); anything else is kept as a value.
func fuzzArgs(cmd uint8, spec string) []string {
	name := fuzzCommands[int(cmd)%len(fuzzCommands)]
	args := []string{name}
	for _, a := range strings.Split(spec, "\n") {
		if strings.HasPrefix(a, "-") {
			flag, _, _ := strings.Cut(a, "=")
			ok := false
			for _, f := range fuzzFlags[name] {
				ok = ok || flag == f
			}
			if !ok {
				continue
			}
		}
		args = append(args, a)
	}
	return args
}

// FuzzCLIFlags runs the commands on the embedded sample with flags and
// values built from the input: whatever a user types, the exit code is 0,
// 2 or 3, never 1 (an internal failure), and nothing panics.
func FuzzCLIFlags(f *testing.F) {
	for _, s := range []struct {
		cmd  uint8
		spec string
	}{
		{0, "--weight\nfit=1e308"},
		{0, "--weight\nfit=1e300\n--weight\nperformance=1e300\n--format\njson"},
		{0, "--weight=release=1e-320\n--weight=fit=1000"},
		{0, "--date\n0001-01-01"},
		{0, "--date\n1900-01-01"},
		{0, "--date=31/12/2099\n--alternatives\n2\n--format\njson"},
		{0, "--pin\n197104242001061931=-\n--forbid\n197104242001061931=SETDA-SEKDA"},
		{0, "--solver\nsparse\n--candidates\n1"},
		{0, "--calendar\ncandidates_set=2026-06-01\n--calendar\nacting_head=ya"},
		{0, "--decree\nissued=1 Maret 1900"},
		{0, "--format\ncsv\n--csv-sep\n;\n--lang\nen\n--all"},
		{1, "--scenario\nbig:fit=1e308"},
		{1, "--sweep\nfit=0:1000:250"},
		{1, "--sweep\nweights.fit=0:3:0.25\n--precision\n1e-300"},
		{2, "197104242001061931\n--weight\nrelease=1e308"},
		{2, "199999999999999999"},
		{3, "--date\n2026-02-30"},
	} {
		f.Add(s.cmd, s.spec)
	}
	f.Fuzz(func(t *testing.T, cmd uint8, spec string) {
		args := fuzzArgs(cmd, spec)
		var errb bytes.Buffer
		if code := run(args, strings.NewReader(""), io.Discard, &errb); code == exitFailure {
			t.Fatalf("%q: exit 1: %s", args, errb.String())
		}
	})
}
