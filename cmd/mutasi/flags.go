package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"
)

// newFlags returns a flag set for a command whose help text is usage (the
// synopsis line first, then examples) followed by the flags' defaults.
func newFlags(e *env, name, usage string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SortFlags = false
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.SetInterspersed(true)
	_ = usage
	return fs
}

// parseFlags parses args. It returns done=true with the exit code when the
// command must stop: --help (printed to stdout, exit 0) or a usage error
// (printed to stderr as "mutasi NAME: ...", exit 2).
func parseFlags(e *env, fs *pflag.FlagSet, usage string, args []string) (code int, done bool) {
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		fmt.Fprint(e.stdout, helpText(fs, usage))
		return exitOK, true
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "mutasi %s: %v\n(run \"mutasi %s --help\")\n", fs.Name(), err, fs.Name())
		return exitUsage, true
	}
	return exitOK, false
}

// helpText is a command's manual: usage, then the flags, one per line and
// aligned. Boolean flags are shown as plain switches (--verify), not with
// pflag's "[=true|false]".
func helpText(fs *pflag.FlagSet, usage string) string {
	s := usage
	if len(s) > 0 && s[len(s)-1] != '\n' {
		s += "\n"
	}
	type flagLine struct{ left, usage string }
	var lines []flagLine
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		varname, text := pflag.UnquoteUsage(f)
		if varname != "" {
			left += " " + varname
		}
		switch d := f.DefValue; {
		case d == "" || d == "false" || d == "0" || d == "[]":
		case f.Value.Type() == "string":
			text += fmt.Sprintf(" (default %q)", d)
		default:
			text += fmt.Sprintf(" (default %s)", d)
		}
		width = max(width, len(left))
		lines = append(lines, flagLine{left, text})
	})
	if len(lines) == 0 {
		return s
	}
	s += "\nFlags:\n"
	for _, l := range lines {
		s += fmt.Sprintf("%-*s   %s\n", width, l.left, l.usage)
	}
	return s
}

// fail prints a one-line error as "mutasi: ..." and returns code.
func fail(e *env, code int, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "mutasi: "+format+"\n", args...)
	return code
}
