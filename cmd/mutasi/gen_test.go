package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/xuri/excelize/v2"
)

// genRun runs "mutasi gen args..." in-process.
func genRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCapture(t, "", append([]string{"gen", "--lang", "en"}, args...)...)
}

func TestGenUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"nothing", nil, "--out"},
		{"no size", []string{"--out", dir}, "--preset"},
		{"both", []string{"--preset", "kota", "--officials", "5", "--positions", "5", "--out", dir}, "exclude"},
		{"half custom", []string{"--officials", "5", "--out", dir}, "go together"},
		{"unknown preset", []string{"--preset", "desa", "--out", dir}, "unknown preset"},
		{"too big", []string{"--officials", "50001", "--positions", "5", "--out", dir}, "out of range"},
		{"zero", []string{"--officials", "0", "--positions", "5", "--out", dir}, "out of range"},
		{"bad date", []string{"--preset", "kota", "--date", "1-12-2026", "--out", dir}, "--date"},
		{"pengawas custom", []string{"--officials", "5", "--positions", "5", "--pengawas", "--out", dir}, "--pengawas"},
		{"argument", []string{"--preset", "kota", "--out", dir, "extra"}, "unexpected argument"},
		{"unknown flag", []string{"--preset", "kota", "--out", dir, "--colour"}, "unknown flag"},
		{"bad seed", []string{"--preset", "kota", "--out", dir, "--seed", "x"}, "seed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := genRun(t, tc.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr %q", code, exitUsage, stderr)
			}
			if !strings.HasPrefix(stderr, "mutasi gen: ") || !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q, want it to mention %q", stderr, tc.want)
			}
			if stdout != "" {
				t.Errorf("stdout %q", stdout)
			}
		})
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("a failed run wrote %d files", len(ents))
	}
}

func TestGenHelp(t *testing.T) {
	code, stdout, _ := genRun(t, "--help")
	if code != exitOK || !strings.HasPrefix(stdout, "Usage: mutasi gen") || !strings.Contains(stdout, "--preset") {
		t.Errorf("exit %d, help %q", code, stdout)
	}
}

// TestGenWrites checks that the command writes what the library generates,
// byte for byte, into a directory it creates, and the same bytes twice.
func TestGenWrites(t *testing.T) {
	tests := []struct {
		args []string
		cfg  bench.Config
	}{
		{[]string{"--preset", "kabupaten", "--seed", "3"}, bench.Config{Preset: bench.PresetKabupaten, Seed: 3}},
		{[]string{"--preset", "provinsi", "--pengawas"}, bench.Config{Preset: bench.PresetProvinsi, Pengawas: true, Seed: 1}},
		{[]string{"--officials", "60", "--positions", "50", "--seed", "8", "--date", "2027-06-01"},
			bench.Config{Officials: 60, Positions: 50, Seed: 8, Date: time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC)}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "a", "b")
			args := append(append([]string{}, tc.args...), "--out", dir, "--xlsx")
			if code, _, stderr := genRun(t, args...); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			r, err := bench.Generate(tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			var wo, wp, ws bytes.Buffer
			if err := bench.WriteOfficialsCSV(&wo, r); err != nil {
				t.Fatal(err)
			}
			if err := bench.WritePositionsCSV(&wp, r); err != nil {
				t.Fatal(err)
			}
			if err := bench.WriteSelectionCSV(&ws, r); err != nil || len(r.Selections) == 0 {
				t.Fatalf("selection: %v, %d names", err, len(r.Selections))
			}
			first := map[string][]byte{}
			for name, want := range map[string][]byte{bench.OfficialsFile: wo.Bytes(), bench.PositionsFile: wp.Bytes(),
				bench.SelectionFile: ws.Bytes()} {
				got, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from bench.Generate's roster", name)
				}
				first[name] = got
			}
			f, err := excelize.OpenFile(filepath.Join(dir, bench.WorkbookFile))
			if err != nil {
				t.Fatal(err)
			}
			rows, err := f.GetRows(bench.SheetOfficials)
			f.Close()
			if err != nil || len(rows) != len(r.Officials)+1 {
				t.Errorf("workbook: %d rows, %v", len(rows), err)
			}
			// Again into the same directory: the same bytes, no leftovers.
			if code, _, stderr := genRun(t, args...); code != exitOK {
				t.Fatalf("second run: exit %d: %s", code, stderr)
			}
			for name, want := range first {
				if got, _ := os.ReadFile(filepath.Join(dir, name)); !bytes.Equal(got, want) {
					t.Errorf("%s: second run wrote other bytes", name)
				}
			}
			if ents, _ := os.ReadDir(dir); len(ents) != 4 {
				t.Errorf("%d entries in the output directory, want 4 (officials, positions, selection, workbook)", len(ents))
			}
		})
	}
}
