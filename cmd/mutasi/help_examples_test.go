package main

import (
	"strings"
	"testing"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// TestHelpExamplesRun runs every example of the solve, whatif and explain
// help texts that uses the embedded sample (no roster flags, no files), so
// that the NIPs and post ids they show exist and the flags parse. It runs
// in a temporary folder: an example that writes a file (whatif --frontier
// --plot frontier.svg) writes it there, not into the source tree.
func TestHelpExamplesRun(t *testing.T) {
	if testing.Short() {
		t.Skip("solves the sample roster several times")
	}
	t.Chdir(t.TempDir())
	for _, usage := range []string{i18n.ID.T(i18n.HelpSolve), i18n.ID.T(i18n.HelpWhatif), i18n.ID.T(i18n.HelpExplain),
		i18n.EN.T(i18n.HelpSolve), i18n.EN.T(i18n.HelpWhatif), i18n.EN.T(i18n.HelpExplain)} {
		_, ex, ok := strings.Cut(usage, "Examples:\n")
		if !ok {
			_, ex, ok = strings.Cut(usage, "Contoh:\n")
		}
		if !ok {
			t.Fatalf("no examples in %q", usage)
		}
		for _, line := range strings.Split(strings.TrimSpace(ex), "\n") {
			line = strings.TrimSpace(line)
			if strings.ContainsAny(line, "<>|") || strings.Contains(line, ".csv") || strings.Contains(line, ".xlsx") || strings.Contains(line, ".toml") {
				continue // needs files or a shell
			}
			args := strings.Fields(strings.TrimPrefix(line, "mutasi "))
			t.Run(line, func(t *testing.T) {
				if code, _, errs := runCapture(t, "", args...); code != exitOK {
					t.Errorf("exit %d: %s", code, errs)
				}
			})
		}
	}
}
