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

	"github.com/mutasi-id/mutasi/internal/i18n"

	"github.com/mutasi-id/mutasi/model"
)

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
	case fs.Changed("token") && utf8.RuneCountInString(*token) < serveMinToken:
		return fail(e, exitUsage, i18n.CLIServeToken, serveMinToken)
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
		return fail(e, exitUsage, i18n.CLIServeListen, err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveOn(ctx, e, ln, app)
}

// serveOn serves app on ln until ctx ends, then shuts down gracefully. It
// prints the page's URL first.
func serveOn(ctx context.Context, e *env, ln net.Listener, app *serveApp) int {
	fmt.Fprintln(e.stdout, e.lang.T(i18n.CLIServeURL, serveURL(ln.Addr(), app.cfg.host, app.cfg.token)))
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
		return failIn(e, exitFailure, "serve", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fail(e, exitFailure, i18n.CLIServeShutdown, err)
	}
	fmt.Fprintln(e.stdout, e.lang.T(i18n.CLIServeStopped))
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
		return "Kota Contoh"
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
			serveError(w, r, http.StatusMisdirectedRequest, i18n.ServeWrongHost, r.Host)
			return
		}
		if a.cfg.token != "" && !a.tokenOK(r) {
			serveError(w, r, http.StatusUnauthorized, i18n.ServeWrongToken)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodPost {
			w.Header().Set("Allow", "GET, HEAD, POST")
			serveError(w, r, http.StatusMethodNotAllowed, i18n.ServeMethod, r.Method)
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
