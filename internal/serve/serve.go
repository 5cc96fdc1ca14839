// Package serve is the web page of mutasi serve: the page itself (HTML,
// CSS and JS, embedded, no external request) and its JSON API, with a
// session per browser tab. An analyst loads a roster, moves the weights,
// pins and forbids, and sees the plan, its changes, explanations, the next
// best plans and the frontier, then downloads the lampiran SK; every plan is
// the pipeline's (internal/pipeline), every file is written by
// internal/report. The API is a contract (docs/serve.md).
package serve

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
)

// maxUpload is the largest upload the page accepts: far above any
// provincial roster (bench/README.md gives the sizes), small enough that a
// stray upload cannot exhaust memory.
const maxUpload = 20 << 20

// Timeouts of the server. A solve of a provincial roster takes well under
// a second; solveTimeout bounds a pathological one.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 60 * time.Second
	writeTimeout      = 120 * time.Second
	idleTimeout       = 120 * time.Second
	solveTimeout      = 60 * time.Second
	// loadTimeout bounds the reading of an upload; the workbook
	// limits (rosterfile.ReadLimits) keep a real one far below it.
	loadTimeout = 30 * time.Second
)

// tokenHeader carries the token on the page's requests; downloads and
// the page itself carry it as the query parameter "token".
const tokenHeader = "X-Mutasi-Token"

// MinToken is the length in characters of the shortest token New (and the
// --token flag) accepts; RandomToken has 32 hexadecimal digits (128 bits).
const MinToken = 16

// Serve serves the page on ln until ctx ends, then shuts down gracefully,
// waiting for the requests in flight a few seconds at most. It returns the
// listener's error when serving stops for another reason, and a
// *ShutdownError when the shutdown fails.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return &ShutdownError{Err: err}
	}
	return nil
}

// ShutdownError is a graceful shutdown that failed.
type ShutdownError struct{ Err error }

// Error says that the shutdown failed, and why.
func (e *ShutdownError) Error() string { return "serve: shutdown: " + e.Err.Error() }

// Unwrap returns the server's error.
func (e *ShutdownError) Unwrap() error { return e.Err }

// URL is the page's URL on the listener's address a: the bound host
// (127.0.0.1 for a wildcard bind) and port, with the token when there is
// one.
func URL(a net.Addr, host, token string) string {
	_, port, err := net.SplitHostPort(a.String())
	if err != nil {
		port = "8080"
	}
	h := host
	if isWildcard(h) {
		h = "127.0.0.1" // this machine; other machines use its network address
	}
	u := url.URL{Scheme: "http", Host: net.JoinHostPort(h, port), Path: "/"}
	if token != "" {
		u.RawQuery = url.Values{"token": {token}}.Encode()
	}
	return u.String()
}

// RandomToken returns 128 random bits in hexadecimal: the token of a server
// started without one.
func RandomToken() string {
	var b [16]byte
	rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// isLoopback reports whether host names only this machine.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// isWildcard reports whether host is an address of every interface.
func isWildcard(host string) bool {
	if host == "" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsUnspecified()
}

// Config is what every new page starts with.
type Config struct {
	// Host is the host the server is bound to (the host part of --addr):
	// requests must name it or a loopback name. Token, when not empty,
	// must come with every request (header X-Mutasi-Token or ?token=);
	// New refuses one shorter than MinToken characters.
	Host, Token string
	// Roster is the roster a new page shows; RosterName says where it
	// came from, Sample that it is the embedded sample.
	Roster     *model.Roster
	RosterName string
	Sample     bool
	// Policy is the policy a new page starts from (the flags').
	Policy *model.Policy
	// DateFixed is true when the flags set the plan date (--date or a
	// policy file): an upload then keeps it instead of taking today.
	DateFixed bool
	// Options are the pipeline's options of every solve (the solver
	// flags); the zero value is the default solver.
	Options pipeline.Options
	// Verbose makes every solve write its account to Log (--verbose).
	Verbose bool
	Log     io.Writer
}

// guard wraps h with the checks every request passes: the Host header
// names this server (against DNS rebinding), the token when one is set, and
// for state changes (POST) the same origin (CSRF).
func (a *Server) guard(h http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	inner := cop.Handler(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Cache-Control", "no-store")
		if !a.hostAllowed(r.Host) {
			writeError(w, r, http.StatusMisdirectedRequest, i18n.ServeWrongHost, r.Host)
			return
		}
		if a.cfg.Token != "" && !a.tokenOK(r) {
			writeError(w, r, http.StatusUnauthorized, i18n.ServeWrongToken)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodPost {
			w.Header().Set("Allow", "GET, HEAD, POST")
			writeError(w, r, http.StatusMethodNotAllowed, i18n.ServeMethod, r.Method)
			return
		}
		inner.ServeHTTP(w, r)
	})
}

// hostAllowed reports whether the Host header names this server: a loopback
// name, or the bound host. A wildcard bind with a token accepts any host
// name, since the token (which a rebinding page cannot know) guards it.
func (a *Server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	switch {
	case host == "":
		return false
	case isLoopback(host):
		return true
	case strings.EqualFold(host, a.cfg.Host):
		return true
	case a.cfg.Token != "" && isWildcard(a.cfg.Host):
		return true
	}
	return false
}

// tokenOK compares the request's token in constant time.
func (a *Server) tokenOK(r *http.Request) bool {
	got := r.Header.Get(tokenHeader)
	if got == "" {
		got = r.URL.Query().Get("token")
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(a.cfg.Token)) == 1
}
