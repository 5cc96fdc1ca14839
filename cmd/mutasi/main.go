// Command mutasi plans the rotation (mutasi) of Indonesian civil servants:
// it matches officials to posts so that the whole reshuffle is provably
// optimal, explainable and re-runnable under other weights.
//
// Usage:
//
//	mutasi <command> [flags]
//
// Run "mutasi help" for the list of commands and "mutasi <command> --help" for
// each command's flags and examples.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// Exit codes are a stable contract (docs/cli.md "Exit codes and errors"):
// scripts depend on them.
const (
	exitOK         = 0
	exitFailure    = 1
	exitUsage      = 2
	exitInfeasible = 3
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a command sees of the process, so that every command runs
// in-process in tests.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// lang is the language of everything the command prints (--lang;
	// Indonesian by default).
	lang i18n.Lang
}

// command is one subcommand of mutasi.
type command struct {
	summary i18n.Key
	run     func(e *env, args []string) int
}

// commands lists the subcommands; each lives in its own file.
func commands() map[string]command {
	return map[string]command{
		"solve":    {i18n.CmdSolve, runSolve},
		"whatif":   {i18n.CmdWhatif, runWhatif},
		"explain":  {i18n.CmdExplain, runExplain},
		"validate": {i18n.CmdValidate, runValidate},
		"matrix":   {i18n.CmdMatrix, runMatrix},
		"gen":      {i18n.CmdGen, runGen},
		"bench":    {i18n.CmdBench, runBench},
		"serve":    {i18n.CmdServe, runServe},
	}
}

// run is the whole program: it returns the exit code instead of exiting.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, lang: langOfArgs(args)}
	cmds := commands()
	// "mutasi --lang en solve" is "mutasi solve --lang en".
	var lead []string
	for len(args) > 0 && strings.HasPrefix(args[0], "--lang") {
		n := 1
		if args[0] == "--lang" && len(args) > 1 {
			n = 2
		}
		lead, args = append(lead, args[:n]...), args[n:]
	}
	if len(args) == 0 {
		usage(e, stderr, cmds)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "--help":
		rest := withoutLang(args[1:])
		if len(rest) == 1 {
			// "mutasi help CMD" is "mutasi CMD --help".
			if c, ok := cmds[rest[0]]; ok {
				return c.run(e, []string{"--help", "--lang", e.lang.String()})
			}
			return fail(e, exitUsage, i18n.CLIUnknownCommand, rest[0])
		}
		usage(e, stdout, cmds)
		return exitOK
	}
	c, ok := cmds[args[0]]
	if !ok {
		return fail(e, exitUsage, i18n.CLIUnknownCommand, args[0])
	}
	return c.run(e, append(args[1:], lead...))
}

// langOfArgs reads the language of the run from its arguments before they
// are parsed, so that a usage error, --help and "mutasi help" speak it too:
// the last valid --lang before a "--", else Indonesian.
func langOfArgs(args []string) i18n.Lang {
	l := i18n.ID
	for k := 0; k < len(args); k++ {
		a := args[k]
		if a == "--" {
			break
		}
		v, ok := strings.CutPrefix(a, "--lang=")
		if a == "--lang" && k+1 < len(args) {
			v, ok = args[k+1], true
			k++
		}
		if ok {
			if x, err := i18n.ParseLang(v); err == nil {
				l = x
			}
		}
	}
	return l
}

// withoutLang returns args without their --lang flags.
func withoutLang(args []string) []string {
	var out []string
	for k := 0; k < len(args); k++ {
		switch {
		case args[k] == "--lang":
			k++
		case strings.HasPrefix(args[k], "--lang="):
		default:
			out = append(out, args[k])
		}
	}
	return out
}

// usage writes the list of commands in e's language.
func usage(e *env, w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(e.lang.T(i18n.HelpMain))
	for _, n := range names {
		fmt.Fprintf(&b, "  %-9s %s\n", n, e.lang.T(cmds[n].summary))
	}
	b.WriteString(e.lang.T(i18n.HelpMainEnd))
	io.WriteString(w, b.String())
}
