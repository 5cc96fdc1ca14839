package rosterfile

import (
	"flag"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// brokenUpdate rewrites the golden messages of the broken files:
// go test ./model -run TestBrokenFiles -update. Read the diff before
// committing: the goldens are the specification of the messages.
var brokenUpdate = flag.Bool("update", false, "rewrite the golden files of testdata/broken")

// brokenWarningsOnly lists the broken files whose one problem is a warning:
// the roster still loads.
var brokenWarningsOnly = map[string]bool{
	"officials-sanction-until-without-sanction":   true,
	"officials-nip-age-at-appointment":            true,
	"officials-position-since-before-appointment": true,
	"officials-unknown-column":                    true,
	"officials-extra-cell":                        true,
}

// TestBrokenFiles loads every file of testdata/broken with the good fixture
// of the other kind (testdata/load) and compares the problems with the
// file's golden messages, in English and in Indonesian. Each broken file has exactly one defect, so it must
// yield exactly one problem.
func TestBrokenFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "broken", "*.csv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no broken files: %v", err)
	}
	fsys := os.DirFS("testdata")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".csv")
		t.Run(name, func(t *testing.T) {
			src := Source{Officials: "load/officials.csv", Positions: "load/positions.csv", FS: fsys}
			if strings.HasPrefix(name, "officials-") {
				src.Officials = "broken/" + name + ".csv"
			} else {
				src.Positions = "broken/" + name + ".csv"
			}
			r, ps, err := Load(src, loadDate)
			if err != nil {
				t.Fatal(err)
			}
			// The golden holds each problem in English, then in
			// Indonesian: the specification of both forms.
			var b strings.Builder
			for _, l := range []i18n.Lang{i18n.EN, i18n.ID} {
				for _, p := range ps {
					b.WriteString(p.Text(l))
					b.WriteByte('\n')
				}
			}
			golden := filepath.Join("testdata", "broken", name+".golden")
			if *brokenUpdate {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			} else if want, err := os.ReadFile(golden); err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			} else if b.String() != string(want) {
				t.Errorf("problems differ from %s\n--- got\n%s--- want\n%s", golden, b.String(), want)
			}
			if len(ps) != 1 {
				t.Errorf("%d problems, want exactly one", len(ps))
			}
			if brokenWarningsOnly[name] {
				if r == nil || Problems(ps).Errors() != 0 {
					t.Errorf("want a usable roster with a warning; got roster %v, %d errors", r != nil, Problems(ps).Errors())
				}
			} else if r != nil || Problems(ps).Errors() == 0 {
				t.Errorf("want an error and no roster; got roster %v, %d errors", r != nil, Problems(ps).Errors())
			}
			for _, p := range ps {
				if p.File != src.Officials && p.File != src.Positions {
					t.Errorf("problem names file %q", p.File)
				}
			}
		})
	}
}
