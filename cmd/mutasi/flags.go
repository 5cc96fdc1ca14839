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
// (printed to stderr as "mutasi: ...", exit 2).
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

// helpText is a command's manual: usage, then the flags.
func helpText(fs *pflag.FlagSet, usage string) string {
	s := usage
	if len(s) > 0 && s[len(s)-1] != '\n' {
		s += "\n"
	}
	if f := fs.FlagUsages(); f != "" {
		s += "\nFlags:\n" + f
	}
	return s
}

// fail prints a one-line error as "mutasi: ..." and returns code.
func fail(e *env, code int, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "mutasi: "+format+"\n", args...)
	return code
}
