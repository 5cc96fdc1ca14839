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
}

// command is one subcommand of mutasi.
type command struct {
	summary string
	run     func(e *env, args []string) int
}

// commands lists the subcommands; each lives in its own file.
func commands() map[string]command {
	return map[string]command{
		"solve":    {"plan the reshuffle (no roster flags: the embedded sample)", runSolve},
		"whatif":   {"compare scenarios: other weights, pins, forbids, rules", runWhatif},
		"explain":  {"why an official gets a post, and the alternatives", runExplain},
		"validate": {"list every problem in the roster files", runValidate},
		"matrix":   {"solve a raw cost matrix (CSV or .npy)", runMatrix},
		"gen":      {"write a synthetic roster (kota, kabupaten, provinsi)", runGen},
		"bench":    {"time the whole pipeline on synthetic rosters", runBench},
		"serve":    {"the local web page: upload, tune, pin, explain, download", runServe},
	}
}

// run is the whole program: it returns the exit code instead of exiting.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	cmds := commands()
	if len(args) == 0 {
		usage(stderr, cmds)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "--help":
		if len(args) == 2 {
			// "mutasi help CMD" is "mutasi CMD --help".
			if c, ok := cmds[args[1]]; ok {
				return c.run(e, []string{"--help"})
			}
			fmt.Fprintf(stderr, "mutasi: unknown command %q (run \"mutasi help\")\n", args[1])
			return exitUsage
		}
		usage(stdout, cmds)
		return exitOK
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "mutasi: unknown command %q (run \"mutasi help\")\n", args[0])
		return exitUsage
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("mutasi plans the rotation of civil servants: an optimal, explainable reshuffle.\n\n")
	b.WriteString("Usage:\n  mutasi <command> [flags]\n\nCommands:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-9s %s\n", n, cmds[n].summary)
	}
	b.WriteString("\nRun \"mutasi <command> --help\" (or \"mutasi help <command>\") for a command's flags and examples.\n")
	io.WriteString(w, b.String())
}
