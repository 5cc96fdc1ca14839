package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// updateGolden rewrites golden files instead of comparing with them:
// go test ./cmd/mutasi -run Golden -update. Shared by every command's golden
// tests; read the diff before committing.
var updateGolden = flag.Bool("update", false, "rewrite the golden files under testdata")

// runCapture runs the program in-process and returns its exit code, stdout
// and stderr.
func runCapture(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errw)
	return code, out.String(), errw.String()
}

// checkGolden compares got with the file testdata/path, or rewrites it with
// -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	path = filepath.Join("testdata", path)
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update to rewrite it, then read the diff)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// loadSampleRoster loads the embedded sample roster at its date (with its
// open-selection results), the input of the tests and benchmarks that call
// the solving code directly; samplePolicy is the policy the commands plan it
// under.
func loadSampleRoster(t testing.TB) (*model.Roster, time.Time) {
	t.Helper()
	date, err := model.ParseDate(mutasi.SampleDate)
	if err != nil {
		t.Fatal(err)
	}
	r, ps, err := rosterfile.Load(mutasi.SampleSource(), date)
	if err != nil || r == nil {
		t.Fatalf("loading the sample: %v %v", err, ps)
	}
	return r, date
}

// samplePolicy is the default policy at date d with the sample's own
// policy.toml (its political calendar), as the commands build it.
func samplePolicy(t testing.TB, d time.Time) *model.Policy {
	t.Helper()
	pol := scoringDefaults(d)
	if err := mutasi.ApplySamplePolicy(pol); err != nil {
		t.Fatal(err)
	}
	return pol
}

// checkRunGolden runs the program with args and checks the exit code against
// want, the shared body of the commands' table-driven golden tests. A
// successful run must print nothing on stderr, and its stdout must match
// testdata/dir/name.golden. A failed run must print nothing on stdout and a
// message on stderr, which must match testdata/dir/name.stderr when
// stderrGolden is set. It returns stderr for further checks.
func checkRunGolden(t *testing.T, dir, name string, args []string, want int, stderrGolden bool) string {
	t.Helper()
	code, out, errs := runCapture(t, "", args...)
	if code != want {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, want, errs)
	}
	if want == exitOK {
		if errs != "" {
			t.Errorf("stderr %q, want nothing", errs)
		}
		checkGolden(t, dir+"/"+name+".golden", out)
		return errs
	}
	if out != "" {
		t.Errorf("a failed run printed to stdout: %q", out)
	}
	if errs == "" {
		t.Error("a failed run printed nothing on stderr")
	}
	if stderrGolden {
		checkGolden(t, dir+"/"+name+".stderr", errs)
	}
	return errs
}

func TestRunCommandLine(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		code       int
		stdoutHas  []string
		stderrHas  []string
		quietOut   bool
		quietErr   bool
		commandsIn string // "stdout" or "stderr": where the command list goes
	}{
		{name: "no arguments", args: nil, code: exitUsage, quietOut: true, commandsIn: "stderr"},
		{name: "help", args: []string{"help"}, code: exitOK, quietErr: true, commandsIn: "stdout"},
		{name: "--help", args: []string{"--help"}, code: exitOK, quietErr: true, commandsIn: "stdout"},
		{name: "-h", args: []string{"-h"}, code: exitOK, quietErr: true, commandsIn: "stdout"},
		{name: "unknown command", args: []string{"solv"}, code: exitUsage, quietOut: true,
			stderrHas: []string{"mutasi: ", `perintah "solv" tidak dikenal`, "mutasi help"}},
		{name: "unknown command in English", args: []string{"solv", "--lang", "en"}, code: exitUsage, quietOut: true,
			stderrHas: []string{"mutasi: ", `unknown command "solv"`, "mutasi help"}},
		{name: "command help", args: []string{"matrix", "--help"}, code: exitOK, quietErr: true,
			stdoutHas: []string{"Pemakaian: mutasi matrix", "Contoh:", "--maximize", "--format"}},
		{name: "command help in English", args: []string{"matrix", "--help", "--lang", "en"}, code: exitOK, quietErr: true,
			stdoutHas: []string{"Usage: mutasi matrix", "Examples:", "--maximize", "--format"}},
		{name: "lang first", args: []string{"--lang", "en", "matrix", "-h"}, code: exitOK, quietErr: true,
			stdoutHas: []string{"Usage: mutasi matrix"}},
		{name: "command -h", args: []string{"matrix", "-h"}, code: exitOK, quietErr: true,
			stdoutHas: []string{"Pemakaian: mutasi matrix"}},
		{name: "help command", args: []string{"help", "matrix"}, code: exitOK, quietErr: true,
			stdoutHas: []string{"Pemakaian: mutasi matrix", "Contoh:"}},
		{name: "help command in English", args: []string{"help", "--lang=en", "matrix"}, code: exitOK, quietErr: true,
			stdoutHas: []string{"Usage: mutasi matrix", "Examples:"}},
		{name: "help unknown command", args: []string{"help", "matrixx"}, code: exitUsage, quietOut: true,
			stderrHas: []string{`perintah "matrixx" tidak dikenal`}},
		{name: "bad language", args: []string{"solve", "--lang", "fr"}, code: exitUsage, quietOut: true,
			stderrHas: []string{"mutasi solve: ", `bahasa "fr" tidak dikenal`}},
		{name: "unknown flag", args: []string{"matrix", "--maximise", "x.csv"}, code: exitUsage, quietOut: true,
			stderrHas: []string{"mutasi matrix: ", "--maximise", "mutasi matrix --help"}},
		{name: "bad flag value", args: []string{"matrix", "--verify=maybe", "x.csv"}, code: exitUsage, quietOut: true,
			stderrHas: []string{"mutasi matrix: ", "verify"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCapture(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errs)
			}
			if tt.quietOut && out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if tt.quietErr && errs != "" {
				t.Errorf("stderr %q, want nothing", errs)
			}
			for _, s := range tt.stdoutHas {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.stderrHas {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errs)
				}
			}
			if tt.commandsIn != "" {
				where := map[string]string{"stdout": out, "stderr": errs}[tt.commandsIn]
				for name := range commands() {
					if !strings.Contains(where, "  "+name+" ") {
						t.Errorf("%s does not list the command %q:\n%s", tt.commandsIn, name, where)
					}
				}
			}
		})
	}
}

// TestGoldenMainHelp pins the top-level help text.
func TestGoldenMainHelp(t *testing.T) {
	code, out, _ := runCapture(t, "", "help")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	checkGolden(t, "main/help.golden", out)
}

// TestEveryCommandHelp checks that each command answers --help with a usage
// line and examples on stdout and exit 0, so that no command is left
// without a manual.
func TestEveryCommandHelp(t *testing.T) {
	for name := range commands() {
		t.Run(name, func(t *testing.T) {
			code, out, errs := runCapture(t, "", name, "--help")
			if code != exitOK || errs != "" {
				t.Fatalf("%s --help: exit %d, stderr %q", name, code, errs)
			}
			if !strings.Contains(out, "mutasi "+name) {
				t.Errorf("%s --help does not show its usage:\n%s", name, out)
			}
		})
	}
}
