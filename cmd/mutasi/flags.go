package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/spf13/pflag"
)

// newFlags returns a flag set for a command. A flag's usage is the
// catalogue key of its description (use), so that --help speaks the
// language of the run; parseFlags adds --lang, every command's.
func newFlags(e *env, name string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SortFlags = false
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.SetInterspersed(true)
	return fs
}

// use returns the catalogue key k as a flag's usage string: helpText
// renders it in the language of the run.
func use(k i18n.Key) string { return string(k) }

// parseFlags adds --lang, the language of everything the command prints,
// and parses args. It returns done=true with the exit code when the
// command must stop: --help (the help text usage, then the flags, printed
// to stdout, exit 0) or a usage error (printed to stderr as "mutasi NAME:
// ...", exit 2). Both speak the language --lang names, wherever it stands.
func parseFlags(e *env, fs *pflag.FlagSet, usage i18n.Key, args []string) (code int, done bool) {
	if fs.Lookup("lang") == nil {
		fs.Var(&e.lang, "lang", use(i18n.FlagLang))
		fs.Lookup("lang").DefValue = i18n.ID.String()
	}
	if len(withoutLang(args)) != len(args) {
		e.lang = langOfArgs(args)
	}
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		fmt.Fprint(e.stdout, helpText(fs, e.lang.T(usage), e.lang))
		return exitOK, true
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "mutasi %s: %s\n%s\n", fs.Name(), flagErrorText(err, e.lang), e.lang.T(i18n.CLIRunHelp, fs.Name()))
		return exitUsage, true
	}
	return exitOK, false
}

// flagErrorText words an error of the flag parser in l.
func flagErrorText(err error, l i18n.Lang) string {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist):
		if s := notExist.GetSpecifiedShortnames(); s != "" {
			return l.T(i18n.CLIUnknownShorthand, notExist.GetSpecifiedName(), s)
		}
		return l.T(i18n.CLIUnknownFlag, notExist.GetSpecifiedName())
	case errors.As(err, &required):
		return l.T(i18n.CLIFlagNeedsValue, required.GetFlag().Name)
	case errors.As(err, &invalid):
		return l.T(i18n.CLIFlagBadValue, invalid.GetFlag().Name, errors.Unwrap(invalid))
	case errors.As(err, &syntax):
		return l.T(i18n.CLIFlagSyntax, syntax.GetSpecifiedFlag())
	}
	return i18n.ErrorText(err, l)
}

// helpText is a command's manual in l: usage, then the flags, one per line
// and aligned, each with its description from the catalogue. Boolean flags
// are shown as plain switches (--verify), not with pflag's
// "[=true|false]".
func helpText(fs *pflag.FlagSet, usage string, l i18n.Lang) string {
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
		varname, text := flagUsage(f, l)
		if varname != "" {
			left += " " + varname
		}
		switch d := f.DefValue; {
		case d == "" || d == "false" || d == "0" || d == "[]":
		case f.Value.Type() == "string":
			text += " " + l.T(i18n.HelpDefault, fmt.Sprintf("%q", d))
		default:
			text += " " + l.T(i18n.HelpDefault, d)
		}
		width = max(width, len([]rune(left)))
		lines = append(lines, flagLine{left, text})
	})
	if len(lines) == 0 {
		return s
	}
	s += "\n" + l.T(i18n.HelpFlags) + "\n"
	for _, ln := range lines {
		s += ln.left + strings.Repeat(" ", width-len([]rune(ln.left))) + "   " + ln.usage + "\n"
	}
	return s
}

// flagUsage returns the name of a flag's value and its description in l:
// the description's first `quoted` word names the value (as pflag does);
// without one, a value that is not a switch is named by its type.
func flagUsage(f *pflag.Flag, l i18n.Lang) (varname, text string) {
	text = f.Usage
	if k := i18n.Key(f.Usage); i18n.Has(k) {
		text = l.T(k)
	}
	if a := strings.IndexByte(text, '`'); a >= 0 {
		if b := strings.IndexByte(text[a+1:], '`'); b >= 0 {
			varname = text[a+1 : a+1+b]
			return varname, text[:a] + varname + text[a+1+b+1:]
		}
	}
	if t := f.Value.Type(); t != "bool" {
		varname = t
	}
	return varname, text
}

// fail prints the message k as "mutasi: ..." in the language of the run
// and returns code.
func fail(e *env, code int, k i18n.Key, args ...any) int {
	fmt.Fprintf(e.stderr, "mutasi: %s\n", e.lang.T(k, args...))
	return code
}

// failErr prints err as "mutasi: ..." in the language of the run and
// returns code.
func failErr(e *env, code int, err error) int {
	fmt.Fprintf(e.stderr, "mutasi: %s\n", i18n.ErrorText(err, e.lang))
	return code
}

// failUsage prints the message k as "mutasi CMD: ..." with the hint to run
// "mutasi CMD --help", as for a bad flag, and returns exitUsage.
func failUsage(e *env, cmd string, k i18n.Key, args ...any) int {
	fmt.Fprintf(e.stderr, "mutasi %s: %s\n%s\n", cmd, e.lang.T(k, args...), e.lang.T(i18n.CLIRunHelp, cmd))
	return exitUsage
}

// failIn prints err as "mutasi: CMD: ..." in the language of the run and
// returns code.
func failIn(e *env, code int, cmd string, err error) int {
	fmt.Fprintf(e.stderr, "mutasi: %s: %s\n", cmd, i18n.ErrorText(err, e.lang))
	return code
}
