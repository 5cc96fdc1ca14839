package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"unicode/utf8"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/serve"
)

func runServe(e *env, args []string) int {
	fs := newFlags(e, "serve")
	addr := fs.String("addr", "127.0.0.1:8080", use(i18n.FlagServeAddr))
	token := fs.String("token", "", use(i18n.FlagServeToken))
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	sf.addDecreeFlag(fs)
	fs.MarkHidden("print-policy") // the page downloads the policy file
	slv := addSolverFlags(fs)
	fs.MarkHidden("quiet") // the page shows no progress on stderr
	if code, done := parseFlags(e, fs, i18n.HelpServe, args); done {
		return code
	}
	if err := slv.check(); err != nil {
		return failErr(e, exitUsage, err)
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, i18n.CLIUnexpectedArg, "serve", fs.Arg(0))
	}
	if sf.printPolicy {
		return fail(e, exitUsage, i18n.CLIPrintPolicySolve, "serve")
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return fail(e, exitUsage, i18n.CLIServeAddr, *addr, err)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return fail(e, exitUsage, i18n.CLIServePort, *addr)
	}
	switch {
	case fs.Changed("token") && utf8.RuneCountInString(*token) < serve.MinToken:
		return fail(e, exitUsage, i18n.CLIServeToken, serve.MinToken)
	case !fs.Changed("token"):
		*token = serve.RandomToken()
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	app, err := serve.New(serve.Config{
		Host: host, Token: *token, Roster: r, RosterName: serveRosterName(rf), Sample: rf.sample(), Policy: pol,
		DateFixed: sf.date != "" || sf.policy != "", Options: slv.options(), Verbose: slv.verbose, Log: e.stderr,
	})
	if err != nil {
		return failIn(e, exitFailure, "serve", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fail(e, exitUsage, i18n.CLIServeListen, err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveOn(ctx, e, ln, app, host, *token)
}

// serveOn serves app on ln until ctx ends, then shuts down gracefully. It
// prints the page's URL first (host and token as app was given them).
func serveOn(ctx context.Context, e *env, ln net.Listener, app *serve.Server, host, token string) int {
	fmt.Fprintln(e.stdout, e.lang.T(i18n.CLIServeURL, serve.URL(ln.Addr(), host, token)))
	var se *serve.ShutdownError
	switch err := app.Serve(ctx, ln); {
	case errors.As(err, &se):
		return fail(e, exitFailure, i18n.CLIServeShutdown, se.Err)
	case err != nil:
		return failIn(e, exitFailure, "serve", err)
	}
	fmt.Fprintln(e.stdout, e.lang.T(i18n.CLIServeStopped))
	return exitOK
}

// serveRosterName names the roster the flags load, for the page's header.
func serveRosterName(rf *rosterFlags) string {
	switch {
	case rf.sample():
		return "Kota Contoh"
	case rf.workbook != "":
		return rf.workbook
	}
	return rf.officials + " + " + rf.positions
}
