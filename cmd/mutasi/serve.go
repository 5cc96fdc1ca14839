package main

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/mutasi-id/mutasi/model"
)

const serveUsage = `Usage: mutasi serve [--addr HOST:PORT] [--token T] [roster] [scoring]

Starts the local web page: load the embedded sample or upload the officials
and positions (CSV or XLSX, one workbook or two files), tune the weights and
the rules with sliders and switches, pin or forbid from a row, explain any
official, compare the next best plans, and download the lampiran SK (PDF,
XLSX, CSV), the plan (JSON) and the effective policy file. The roster and
scoring flags set what every new page starts with.

The page binds 127.0.0.1 by default and needs no internet. Every request
must carry a secret token: a random one is made at each start unless
--token gives one (at least 16 characters), and the printed URL carries it,
so open that URL. Each browser tab has its own state. Stop the server with
Ctrl+C.

Examples:
  mutasi serve
  mutasi serve --officials pejabat.xlsx --positions jabatan.xlsx
  mutasi serve --addr 0.0.0.0:8080 --token rapat-baperjakat-2026
`

// serveMaxUpload is the largest upload the page accepts: far above any
// provincial roster (a 10,000-row workbook is about 1 MB), small enough that
// a stray upload cannot exhaust memory.
const serveMaxUpload = 20 << 20

// Timeouts of the server. A solve of a provincial roster takes well under
// a second; serveSolveTimeout bounds a pathological one.
const (
	serveReadHeaderTimeout = 10 * time.Second
	serveReadTimeout       = 60 * time.Second
	serveWriteTimeout      = 120 * time.Second
	serveIdleTimeout       = 120 * time.Second
	serveSolveTimeout      = 60 * time.Second
	// serveLoadTimeout bounds the reading of an upload; the workbook
	// limits (model.ReadLimits) keep a real one far below it.
	serveLoadTimeout = 30 * time.Second
)

// serveTokenHeader carries the token on the page's requests; downloads and
// the page itself carry it as the query parameter "token".
const serveTokenHeader = "X-Mutasi-Token"

// serveMinToken is the shortest --token accepted; the random token has 32
// hexadecimal digits (128 bits).
const serveMinToken = 16

func runServe(e *env, args []string) int {
	fs := newFlags(e, "serve", serveUsage)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	token := fs.String("token", "", "`TOKEN` every request must carry (header "+serveTokenHeader+" or ?token=), at least 16 characters; default a random one, in the printed URL")
	rf := addRosterFlags(fs)
	sf := addScoringFlags(fs)
	sf.addDecreeFlag(fs)
	fs.MarkHidden("print-policy") // the page downloads the policy file
	slv := addSolverFlags(fs)
	fs.MarkHidden("quiet") // the page shows no progress on stderr
	if code, done := parseFlags(e, fs, serveUsage, args); done {
		return code
	}
	if err := slv.check(); err != nil {
		return fail(e, exitUsage, "%v", err)
	}
	if fs.NArg() > 0 {
		return fail(e, exitUsage, "serve: unexpected argument %q (run \"mutasi serve --help\")", fs.Arg(0))
	}
	if sf.printPolicy {
		return fail(e, exitUsage, "serve: --print-policy belongs to mutasi solve")
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return fail(e, exitUsage, "serve: --addr %q: want HOST:PORT (%v)", *addr, err)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return fail(e, exitUsage, "serve: --addr %q: the port must be a number from 0 to 65535", *addr)
	}
	switch {
	case fs.Changed("token") && utf8.RuneCountInString(*token) < serveMinToken:
		return fail(e, exitUsage, "serve: --token: at least %d characters (without --token a random one is made)", serveMinToken)
	case !fs.Changed("token"):
		*token = serveRandomToken()
	}
	r, pol, code := planSetup(e, rf, sf)
	if r == nil {
		return code
	}
	app := newServeApp(serveConfig{
		host: host, token: *token, roster: r, rosterName: serveRosterName(rf),
		sample: rf.sample(), policy: pol, dateFixed: sf.date != "" || sf.policy != "", solver: slv, log: e.stderr,
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fail(e, exitUsage, "serve: %v (choose another --addr)", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveOn(ctx, e, ln, app)
}

// serveOn serves app on ln until ctx ends, then shuts down gracefully. It
// prints the page's URL first.
func serveOn(ctx context.Context, e *env, ln net.Listener, app *serveApp) int {
	fmt.Fprintf(e.stdout, "mutasi: serving the page at %s (Ctrl+C stops)\n", serveURL(ln.Addr(), app.cfg.host, app.cfg.token))
	srv := &http.Server{
		Handler:           app.handler(),
		ReadHeaderTimeout: serveReadHeaderTimeout,
		ReadTimeout:       serveReadTimeout,
		WriteTimeout:      serveWriteTimeout,
		IdleTimeout:       serveIdleTimeout,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fail(e, exitFailure, "serve: %v", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fail(e, exitFailure, "serve: shutdown: %v", err)
	}
	fmt.Fprintln(e.stdout, "mutasi: stopped")
	return exitOK
}

// serveURL is the URL to open: the bound host (127.0.0.1 for a wildcard
// bind) and port, with the token when there is one.
func serveURL(a net.Addr, host, token string) string {
	_, port, err := net.SplitHostPort(a.String())
	if err != nil {
		port = "8080"
	}
	h := host
	if serveWildcard(h) {
		h = "127.0.0.1" // this machine; other machines use its network address
	}
	u := url.URL{Scheme: "http", Host: net.JoinHostPort(h, port), Path: "/"}
	if token != "" {
		u.RawQuery = url.Values{"token": {token}}.Encode()
	}
	return u.String()
}

// serveRandomToken returns 128 random bits in hexadecimal.
func serveRandomToken() string {
	var b [16]byte
	rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// serveRosterName names the roster the flags load, for the page's header.
func serveRosterName(rf *rosterFlags) string {
	switch {
	case rf.sample():
		return "Kota Contoh (sample)"
	case rf.workbook != "":
		return rf.workbook
	}
	return rf.officials + " + " + rf.positions
}

// serveLoopback reports whether host names only this machine.
func serveLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// serveWildcard reports whether host is an address of every interface.
func serveWildcard(host string) bool {
	if host == "" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsUnspecified()
}

// serveConfig is what every new page starts with.
type serveConfig struct {
	// host is the host part of --addr; token the --token value.
	host, token string
	roster      *model.Roster
	rosterName  string
	sample      bool
	// policy is the effective policy of the flags.
	policy *model.Policy
	// dateFixed is true when the flags set the plan date (--date or a
	// policy file): an upload then keeps it instead of taking today.
	dateFixed bool
	// solver is the solver of the flags (--solver, --classes,
	// --candidates, --verbose); nil is the default.
	solver *solverFlags
	// log receives --verbose's account of every solve.
	log io.Writer
}

// serveGuard wraps h with the checks every request passes: the Host header
// names this server (against DNS rebinding), the token when one is set, and
// for state changes (POST) the same origin (CSRF).
func (a *serveApp) serveGuard(h http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	inner := cop.Handler(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Cache-Control", "no-store")
		if !a.hostAllowed(r.Host) {
			serveError(w, http.StatusMisdirectedRequest, "host %q is not this server: open the URL mutasi serve printed", r.Host)
			return
		}
		if a.cfg.token != "" && !a.tokenOK(r) {
			serveError(w, http.StatusUnauthorized, "missing or wrong token: open the URL mutasi serve printed")
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodPost {
			w.Header().Set("Allow", "GET, HEAD, POST")
			serveError(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
			return
		}
		inner.ServeHTTP(w, r)
	})
}

// hostAllowed reports whether the Host header names this server: a loopback
// name, or the bound host. A wildcard bind with a token accepts any host
// name, since the token (which a rebinding page cannot know) guards it.
func (a *serveApp) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	switch {
	case host == "":
		return false
	case serveLoopback(host):
		return true
	case strings.EqualFold(host, a.cfg.host):
		return true
	case a.cfg.token != "" && serveWildcard(a.cfg.host):
		return true
	}
	return false
}

// tokenOK compares the request's token in constant time.
func (a *serveApp) tokenOK(r *http.Request) bool {
	got := r.Header.Get(serveTokenHeader)
	if got == "" {
		got = r.URL.Query().Get("token")
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(a.cfg.token)) == 1
}
