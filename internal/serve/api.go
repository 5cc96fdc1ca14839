package serve

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"

	"github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/internal/analysis"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// webFiles holds the page: HTML, CSS and JS, no external request.
//
//go:embed web
var webFiles embed.FS

// Server is the web page's server: its configuration and the sessions of
// the open tabs. It is an http.Handler.
type Server struct {
	cfg      Config
	sessions *sessionStore
	now      func() time.Time
	h        http.Handler
}

// New returns the server of cfg. It refuses a configuration without a
// roster or a policy, and a token shorter than MinToken characters (the
// empty token, no token at all, is Config's choice to make).
func New(cfg Config) (*Server, error) {
	switch n := utf8.RuneCountInString(cfg.Token); {
	case cfg.Roster == nil:
		return nil, errors.New("serve: no roster")
	case cfg.Policy == nil:
		return nil, errors.New("serve: no policy")
	case n > 0 && n < MinToken:
		return nil, fmt.Errorf("serve: a token of %d characters; at least %d", n, MinToken)
	}
	a := &Server{cfg: cfg, sessions: newSessionStore(maxSessions, sessionTTL, time.Now), now: time.Now}
	a.h = a.handler()
	return a, nil
}

// ServeHTTP answers the page's requests.
func (a *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.h.ServeHTTP(w, r) }

// handler routes the page and its API behind guard.
func (a *Server) handler() http.Handler {
	mux := http.NewServeMux()
	web, _ := fs.Sub(webFiles, "web")
	files := http.FileServerFS(web)
	index := a.indexPage()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy",
			"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(index)
	})
	mux.Handle("GET /app.js", files)
	mux.Handle("GET /app.css", files)
	mux.HandleFunc("GET /api/messages", a.handleMessages)
	mux.HandleFunc("GET /api/state", a.handleState)
	mux.HandleFunc("POST /api/session", a.handleSession)
	mux.HandleFunc("POST /api/load", a.handleLoad)
	mux.HandleFunc("POST /api/solve", a.handleSolve)
	mux.HandleFunc("POST /api/base", a.handleBase)
	mux.HandleFunc("GET /api/explain", a.handleExplain)
	mux.HandleFunc("GET /api/alternatives", a.handleAlternatives)
	mux.HandleFunc("GET /api/frontier", a.handleFrontier)
	mux.HandleFunc("GET /api/download", a.handleDownload)
	return a.guard(mux)
}

// indexPage returns the page. With a token, the page's own script and
// style sheet are linked with it, since every request must carry it (the
// script then sends it on its requests).
func (a *Server) indexPage() []byte {
	b, err := webFiles.ReadFile("web/index.html")
	if err != nil {
		return []byte("mutasi: the page is missing from the build")
	}
	if a.cfg.Token == "" {
		return b
	}
	q := html.EscapeString("?" + url.Values{"token": {a.cfg.Token}}.Encode())
	b = bytes.Replace(b, []byte(`src="app.js"`), []byte(`src="app.js`+q+`"`), 1)
	return bytes.Replace(b, []byte(`href="app.css"`), []byte(`href="app.css`+q+`"`), 1)
}

// langOf is the language the page asks for (?lang=id|en, Indonesian
// when absent or unknown): of its errors, reasons and problems.
func langOf(r *http.Request) i18n.Lang {
	l, _ := i18n.ParseLang(r.URL.Query().Get("lang"))
	return l
}

// writeError answers with {"error": message, "code": its code} and the
// status, the message in the request's language.
func writeError(w http.ResponseWriter, r *http.Request, status int, k i18n.Key, args ...any) {
	writeJSON(w, status, map[string]string{"error": langOf(r).T(k, args...), "code": string(k)})
}

// writeErr answers with err in the request's language and the status.
func writeErr(w http.ResponseWriter, r *http.Request, status int, err error) {
	body := map[string]string{"error": i18n.ErrorText(err, langOf(r))}
	if c := errCode(err); c != "" {
		body["code"] = c
	}
	writeJSON(w, status, body)
}

// errCode returns the catalogue code of err's message, "" when it has none.
func errCode(err error) string {
	var ie *i18n.Error
	if errors.As(err, &ie) {
		return ie.Msg.Code()
	}
	return ""
}

// handleMessages answers the page's own words in ?lang= (i18n.PageMessages).
func (a *Server) handleMessages(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, i18n.PageMessages(langOf(r)))
}

// handleState answers the session's state in ?lang=: what the page shows
// again after its language changes.
func (a *Server) handleState(w http.ResponseWriter, r *http.Request) {
	s := a.session(w, r)
	if s == nil {
		return
	}
	v, seq := s.current()
	writeJSON(w, http.StatusOK, a.state(s, v, seq, langOf(r)))
}

// writeJSON answers with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		status = http.StatusInternalServerError
		b.Reset()
		fmt.Fprintf(&b, "{\"error\":%q}\n", err.Error())
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// session finds the request's session (?session=ID) or answers 404.
func (a *Server) session(w http.ResponseWriter, r *http.Request) *session {
	s := a.sessions.get(r.URL.Query().Get("session"))
	if s == nil {
		writeError(w, r, http.StatusNotFound, i18n.ServeNoSession)
	}
	return s
}

// Setting is one weight or rule parameter as the page shows it.
type Setting struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Doc   string `json:"doc"`
}

// settingsOf reads the policy's scalar settings back from its policy file
// (policyfile.Write), so that the page offers exactly the keys Set takes,
// with their documentation in l, in the file's order.
func settingsOf(p *model.Policy, l i18n.Lang) []Setting {
	var b bytes.Buffer
	if err := policyfile.Write(&b, p, i18n.EN); err != nil {
		return nil
	}
	var out []Setting
	section := ""
	sc := bufio.NewScanner(&b)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.Trim(line, "[]")
		case strings.HasPrefix(line, "#"):
		default:
			k, v, ok := strings.Cut(line, " = ")
			// The decisions are lists of their own; the decree does not
			// change the plan and is no setting of the page.
			if !ok || section == "decisions" || section == "decree" || strings.HasPrefix(v, "[") {
				continue
			}
			if section != "" {
				k = section + "." + k
			}
			// A quoted text (an empty date, the approval letter) is
			// given as Set reads it: without the file's quotes.
			if u, err := strconv.Unquote(v); err == nil && strings.HasPrefix(v, `"`) {
				v = u
			}
			out = append(out, Setting{Key: k, Value: v, Doc: policyfile.Doc(k, l)})
		}
	}
	return out
}

// Rule is one rule of eligibility with the policy key that switches it.
type Rule struct {
	Code   string `json:"code"`
	Source string `json:"source"`
	Key    string `json:"key"`
	On     bool   `json:"on"`
	Hard   bool   `json:"hard"`
}

// rulesOf lists the rules of model.RuleCatalog that a boolean policy key
// switches, with that key's value in p and its source in l.
func rulesOf(p *model.Policy, l i18n.Lang) []Rule {
	vals := map[string]string{}
	for _, s := range settingsOf(p, i18n.EN) {
		vals[s.Key] = s.Value
	}
	var out []Rule
	for _, ri := range model.RuleCatalog() {
		for _, k := range strings.Split(ri.Keys, ",") {
			k = strings.TrimSpace(k)
			if v := vals[k]; v == "true" || v == "false" {
				out = append(out, Rule{Code: ri.Code, Source: l.T(ri.Source), Key: k, On: v == "true", Hard: ri.Hard})
				break
			}
		}
	}
	return out
}

// Move is a row of the page's plan table.
type Move struct {
	NIP  string         `json:"nip"`
	Name string         `json:"name"`
	Rank string         `json:"rank"`
	From *model.PostRef `json:"from"`
	// Outside names the post a candidate holds outside the roster's posts
	// ("Pengawas (eselon IV.a)"), as the lampiran's Jabatan Lama does,
	// when From is null.
	Outside  string         `json:"outside,omitempty"`
	To       *model.PostRef `json:"to"`
	Type     string         `json:"type"`
	Unplaced bool           `json:"unplaced,omitempty"`
	// Label is the move's Keterangan as the lampiran words it, in
	// Indonesian and English, so that the page and the CLI agree.
	Label       [2]string `json:"label"`
	Cause       string    `json:"cause,omitempty"`
	Score       float64   `json:"score"`
	JPM         *float64  `json:"jpm"`
	JPMCategory string    `json:"jpm_category,omitempty"`
	Warnings    []string  `json:"warnings"`
	// Before is set when the move differs from the base plan's: the post
	// and type the base plan gave, and why the score changed.
	Before *Before `json:"before,omitempty"`
}

// Before is what the base plan did with an official whose move
// changed.
type Before struct {
	To     *model.PostRef `json:"to"`
	Type   string         `json:"type"`
	Reason string         `json:"reason"`
}

// Plan is a plan as the page shows it.
type Plan struct {
	Date      string               `json:"date"`
	Optimal   bool                 `json:"optimal"`
	Objective float64              `json:"objective"`
	Summary   model.Summary        `json:"summary"`
	Moves     []Move               `json:"moves"`
	Vacant    []report.JSONVacancy `json:"vacant"`
	Changed   int                  `json:"changed"`
	// Upcoming and Approval are the plan JSON's upcoming_vacancies and
	// approval; ApprovalText the lines the CLI heads its table with, in
	// Indonesian and English.
	Upcoming     []report.JSONUpcoming `json:"upcoming_vacancies"`
	Approval     report.JSONApproval   `json:"approval"`
	ApprovalText [2][]string           `json:"approval_text"`
	// Budget is the plan JSON's budget: the move budget the plan was found
	// under (rules.max_moves); absent without one.
	Budget *report.JSONBudget `json:"budget,omitempty"`
}

// planOf converts p, marking the moves that differ from base, its
// texts in l.
func planOf(p, base *model.Plan, outside map[string]string, l i18n.Lang) Plan {
	s := p.Summary
	s.MeanJPMBefore, s.MeanJPMAfter = report.Round6(s.MeanJPMBefore), report.Round6(s.MeanJPMAfter)
	out := Plan{Date: p.Date.Format(time.DateOnly), Optimal: p.Optimal, Objective: report.Round6(p.Objective),
		Summary: s, Moves: make([]Move, 0, len(p.Moves)), Vacant: report.JSONVacantOf(p.Vacant, l),
		Upcoming: report.JSONUpcomingOf(p.Upcoming), Approval: report.JSONApprovalOf(p.Approval, l),
		ApprovalText: [2][]string{report.NonNil(report.ApprovalLines(p.Approval, i18n.ID)), report.NonNil(report.ApprovalLines(p.Approval, i18n.EN))},
		Budget:       report.JSONBudgetOf(p.Budget)}
	changed := map[string]model.MoveChange{}
	if base != nil {
		for _, c := range model.Diff(base, p) {
			changed[c.NIP] = c
		}
	}
	for _, m := range report.SortedMoves(p) {
		sm := Move{NIP: m.NIP, Name: m.Name, Rank: m.Rank, From: m.From, Outside: outside[m.NIP], To: m.To, Type: m.Type.String(),
			Unplaced: m.Type == model.Unplaced, Label: [2]string{report.MoveLabel(m, i18n.ID), report.MoveLabel(m, i18n.EN)}, Cause: m.Cause,
			Score: report.Round6(m.Score), JPMCategory: m.JPMCategory, Warnings: i18n.Texts(m.Warnings, l)}
		if m.HasJPM {
			v := report.Round6(m.JPM)
			sm.JPM = &v
		}
		if c, ok := changed[m.NIP]; ok {
			sm.Before = &Before{To: c.Base, Type: c.BaseType.String(), Reason: c.Reason.Text(l)}
			out.Changed++
		}
		out.Moves = append(out.Moves, sm)
	}
	return out
}

// State is everything the page shows after a load.
type State struct {
	Session string `json:"session"`
	// Seq is the number of the session's latest solve: the page numbers
	// its next requests above it.
	Seq      int64                `json:"seq"`
	Roster   string               `json:"roster"`
	Sample   bool                 `json:"sample"`
	Counts   [2]int               `json:"counts"`
	Problems []report.JSONProblem `json:"problems"`
	Settings []Setting            `json:"settings"`
	Rules    []Rule               `json:"rules"`
	Pins     []string             `json:"pins"`
	Forbids  []string             `json:"forbids"`
	Posts    []model.PostRef      `json:"posts"`
	// Labels name each move type as the CLI's table and lampiran do, by
	// language ("id", "en") and type ("promote", …).
	Labels map[string]map[string]string `json:"labels"`
	Plan   *Plan                        `json:"plan"`
	Error  string                       `json:"error,omitempty"`
}

// moveLabels are the move types' labels of the lampiran (report.MoveKey), by
// language and type.
func moveLabels() map[string]map[string]string {
	out := map[string]map[string]string{"id": {}, "en": {}}
	for _, t := range model.MoveTypes() {
		for _, l := range []i18n.Lang{i18n.ID, i18n.EN} {
			out[l.String()][t.String()] = l.T(report.MoveKey(t))
		}
	}
	return out
}

// decisionTexts writes decisions as NIP=POST ("-" releases).
func decisionTexts(ds []model.Decision) []string {
	out := []string{}
	for _, d := range ds {
		p := d.Position
		if p == "" {
			p = "-"
		}
		out = append(out, d.NIP+"="+p)
	}
	return out
}

// state describes the view v of session s (whose latest solve is seq) for
// the page, in l: with the problems of the session's latest load, and the
// error of its refusal or of a roster that cannot be planned.
func (a *Server) state(s *session, v *view, seq int64, l i18n.Lang) State {
	problems, refused := s.lastLoad()
	st := State{Session: s.id, Seq: seq, Roster: v.name, Sample: v.sample,
		Problems: problemsOf(problems, l), Posts: []model.PostRef{}, Labels: moveLabels()}
	switch {
	case refused != nil:
		st.Error = i18n.ErrorText(refused, l)
	case v.failure != nil:
		st.Error, _ = solveError(v.roster, v.failure, l)
	}
	pol := v.pol
	if pol == nil {
		pol = v.start
	}
	st.Settings, st.Rules = settingsOf(pol, l), rulesOf(pol, l)
	st.Pins, st.Forbids = decisionTexts(pol.Pins), decisionTexts(pol.Forbids)
	if v.roster != nil {
		st.Counts = [2]int{len(v.roster.Officials), len(v.roster.Positions)}
		for _, p := range v.roster.Positions {
			st.Posts = append(st.Posts, model.PostRef{ID: p.ID, Name: p.Name, Unit: p.Unit})
		}
	}
	if v.cur != nil {
		sp := planOf(v.cur.Plan, v.base, report.OutsidePosts(v.roster), l)
		st.Plan = &sp
	}
	return st
}

// problemsOf renders the problems for the page in l, with every
// control character of their values written out (\uXXXX): a value that
// holds one was refused for it, and must not act on the page either.
func problemsOf(ps []rosterfile.Problem, l i18n.Lang) []report.JSONProblem {
	out := report.JSONProblems(ps, l)
	for k := range out {
		out[k].Value = model.ControlEscape(out[k].Value)
	}
	return out
}

// handleSession opens a session for a new tab with the roster and policy
// of the flags, and returns its state with the base plan. A client that
// holds too many sessions in use is refused (429), as is any client when
// the server holds too many (503).
func (a *Server) handleSession(w http.ResponseWriter, r *http.Request) {
	s := &session{client: clientOf(r), dateFixed: a.cfg.DateFixed}
	v := &view{roster: a.cfg.Roster, name: a.cfg.RosterName, sample: a.cfg.Sample, start: a.cfg.Policy.Clone()}
	s.view = v
	if err := a.sessions.add(s); err != nil {
		status := http.StatusServiceUnavailable
		if errors.Is(err, errClientFull) {
			status = http.StatusTooManyRequests
		}
		writeErr(w, r, status, err)
		return
	}
	st, status := a.rebase(r.Context(), s, v, langOf(r))
	writeJSON(w, status, st)
}

// clientOf is the address a request comes from, without its port.
func clientOf(r *http.Request) string {
	if h, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return h
	}
	return r.RemoteAddr
}

// solve runs the pipeline with the configured options, from the earlier
// solution from when not nil. The plan comes without each move's
// alternatives, which the page does not list (explain has its own):
// downloads take the solution's FullPlan.
func (a *Server) solve(ctx context.Context, r *model.Roster, pol *model.Policy, from *pipeline.Solution) (*pipeline.Solution, error) {
	opt := a.cfg.Options
	opt.From, opt.NoAlternatives = from, true
	sol, err := pipeline.Solve(ctx, r, pol, opt)
	if err == nil && a.cfg.Verbose && a.cfg.Log != nil {
		fmt.Fprintf(a.cfg.Log, "solver: %s\n", sol.Choice)
		sol.WriteVerbose(a.cfg.Log, "solver: ", i18n.EN)
	}
	return sol, err
}

// rebase solves the roster of v under its start policy and publishes v with
// that plan as its base and current plan, and returns the state in l. The
// view is published only once its plan exists (or its solve failed), so
// that no request sees the roster without its plan. A roster that cannot be
// planned is published without a plan, with the error named.
func (a *Server) rebase(ctx context.Context, s *session, v *view, l i18n.Lang) (State, int) {
	pol := v.start.Clone()
	ctx, cancel := context.WithTimeout(ctx, solveTimeout)
	defer cancel()
	sol, err := a.solve(ctx, v.roster, pol, nil)
	nv := *v
	nv.base, nv.cur, nv.pol, nv.failure = nil, nil, pol, err
	if err == nil {
		nv.base, nv.cur = sol.Plan, sol
	}
	s.publish(&nv)
	_, seq := s.current()
	st := a.state(s, &nv, seq, l)
	if err != nil {
		_, status := solveError(v.roster, err, l)
		return st, status
	}
	return st, http.StatusOK
}

// solveError words a failed solve for the page in l and picks its
// status: 422 for an input the rules or the score reject, 409 for an
// infeasible plan, 503 for a cancelled or timed-out solve, 500 otherwise.
func solveError(r *model.Roster, err error, l i18n.Lang) (string, int) {
	infeasible, isInfeasible := report.InfeasibleOf(r, err)
	var in *pipeline.InputError
	var be *model.BudgetError
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return l.T(i18n.ServeCancelled), http.StatusServiceUnavailable
	case isInfeasible:
		return infeasible.Text(l), http.StatusConflict
	case errors.As(err, &be):
		return i18n.ErrorText(be, l), http.StatusConflict
	case errors.As(err, &in):
		return strings.ReplaceAll(i18n.ErrorText(in.Err, l), "model: ", ""), http.StatusUnprocessableEntity
	}
	return i18n.ErrorText(err, l), http.StatusInternalServerError
}

// handleLoad replaces the session's roster by the embedded sample or by the
// uploaded files: officials and positions (CSV or XLSX), or one workbook.
// Files are read into memory; nothing is written to disk. A roster with
// errors is refused with its problems and the session keeps its roster.
func (a *Server) handleLoad(w http.ResponseWriter, r *http.Request) {
	s := a.session(w, r)
	if s == nil {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxUpload)
	files, sample, err := readUpload(r)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, r, http.StatusRequestEntityTooLarge, i18n.ServeUploadTooLarge, maxUpload>>20)
			return
		}
		writeErr(w, r, http.StatusBadRequest, err)
		return
	}
	src, name, err := sourceOf(files, sample)
	if err != nil {
		writeErr(w, r, http.StatusBadRequest, err)
		return
	}
	old, seq := s.current()
	pol := old.start.Clone()
	var shown time.Time
	if old.pol != nil {
		shown = old.pol.Date
	}
	// An upload keeps the plan date: the page's (?date=), else the date of
	// the plan on screen; only a session that has none starts from today
	// (the sample's own date for the sample).
	switch v := strings.TrimSpace(r.URL.Query().Get("date")); {
	case v != "":
		if err := policyfile.Set(pol, "date", v); err != nil {
			refuse(w, r, &settingError{key: "date", err: err})
			return
		}
	case !shown.IsZero():
		pol.Date = shown
	case !s.dateFixed:
		y, m, d := a.now().UTC().Date() // today
		pol.Date = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if sample {
			if d, err := model.ParseDate(mutasi.SampleDate); err == nil {
				pol.Date = d
			}
		}
	}
	ctx, cancel := context.WithTimeout(r.Context(), loadTimeout)
	defer cancel()
	roster, problems, err := loadRoster(ctx, src, pol.Date)
	var le *rosterfile.LimitError
	switch {
	case errors.As(err, &le):
		writeErr(w, r, http.StatusRequestEntityTooLarge, err)
		return
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		writeError(w, r, http.StatusServiceUnavailable, i18n.ServeUploadSlow)
		return
	case err != nil:
		writeErr(w, r, http.StatusBadRequest, err)
		return
	}
	if roster == nil {
		n := rosterfile.Problems(problems).Errors()
		s.setShown(problems, i18n.Errorf(i18n.ServeRosterErrors, i18n.Count{N: n, Noun: i18n.UnitError}))
		st := a.state(s, old, seq, langOf(r))
		writeJSON(w, http.StatusUnprocessableEntity, st)
		return
	}
	pol.Pins, pol.Forbids, pol.Exempt = nil, nil, nil
	s.setShown(problems, nil)
	st, status := a.rebase(r.Context(), s, &view{roster: roster, name: name, sample: sample, start: pol}, langOf(r))
	writeJSON(w, status, st)
}

// loadRoster is rosterfile.LoadContext that turns a panic of a reader on a
// malformed file into an error, so that no upload can bring the server
// down. The readers are meant to return problems; this is the last line of
// defence. The reading stops when ctx ends (the request's deadline, or the
// client went away).
func loadRoster(ctx context.Context, src rosterfile.Source, date time.Time) (r *model.Roster, ps []rosterfile.Problem, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, ps, err = nil, nil, i18n.Errorf(i18n.ServeFileUnreadable, fmt.Sprint(p))
		}
	}()
	return rosterfile.LoadContext(ctx, src, date)
}

// uploadPart is one uploaded file, in memory.
type uploadPart struct {
	name string
	data []byte
}

// readUpload reads the multipart form of a load: the file fields
// officials, positions and workbook and the field sample. Each part is read
// into memory (the body is capped by MaxBytesReader), never to disk.
func readUpload(r *http.Request) (map[string]uploadPart, bool, error) {
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || ct != "multipart/form-data" {
		return nil, false, i18n.Errorf(i18n.ServeNotMultipart)
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, false, i18n.Errorf(i18n.ServeReadingUpload, err)
	}
	files := map[string]uploadPart{}
	sample := false
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, false, i18n.Errorf(i18n.ServeReadingUpload, err)
		}
		field := p.FormName()
		data, err := io.ReadAll(p)
		p.Close()
		if err != nil {
			return nil, false, i18n.Errorf(i18n.ServeReadingUpload, err)
		}
		switch field {
		case "sample":
			sample = strings.TrimSpace(string(data)) != "" && string(data) != "0"
		case "officials", "positions", "workbook", "selection":
			if p.FileName() == "" && len(data) == 0 {
				continue // an empty file input
			}
			files[field] = uploadPart{name: p.FileName(), data: data}
		default:
			return nil, false, i18n.Errorf(i18n.ServeUnknownField, field)
		}
	}
	return files, sample, nil
}

// fileName keeps the base name of an uploaded file (browsers send
// only that; anything else is cut) so that problems name the user's file.
func fileName(name, def string) string {
	name = strings.Map(func(r rune) rune {
		if model.IsControl(r) {
			return -1
		}
		return r
	}, name)
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if name == "." || name == "/" || name == ".." || !fs.ValidPath(name) {
		return def
	}
	return name
}

// sourceOf builds the rosterfile.Source of an upload, on an in-memory file
// system.
func sourceOf(files map[string]uploadPart, sample bool) (rosterfile.Source, string, error) {
	switch {
	case sample:
		if len(files) > 0 {
			return rosterfile.Source{}, "", i18n.Errorf(i18n.ServeSampleOrFiles)
		}
		return mutasi.SampleSource(), "Kota Contoh", nil
	case len(files) == 0:
		return rosterfile.Source{}, "", i18n.Errorf(i18n.ServeNoFile)
	}
	mfs := fstest.MapFS{}
	// The open-selection results (a third upload) go with either form.
	selName := ""
	if sel, ok := files["selection"]; ok {
		// Named as uploaded, so that problems name the user's file; a
		// clash with a roster file's name gets a prefix.
		selName = fileName(sel.name, "selection.csv")
		for _, f := range []string{"officials", "positions", "workbook"} {
			if o, ok := files[f]; ok && fileName(o.name, "") == selName {
				selName = "selection-" + selName
			}
		}
		mfs[selName] = &fstest.MapFile{Data: sel.data}
		if len(files) == 1 {
			return rosterfile.Source{}, "", i18n.Errorf(i18n.ServeSelectionAlone)
		}
	}
	if wb, ok := files["workbook"]; ok {
		_, o := files["officials"]
		_, p := files["positions"]
		if o || p {
			return rosterfile.Source{}, "", i18n.Errorf(i18n.ServeWorkbookOrBoth)
		}
		n := fileName(wb.name, "roster.xlsx")
		mfs[n] = &fstest.MapFile{Data: wb.data}
		return rosterfile.Source{Workbook: n, Selection: selName, FS: mfs}, n, nil
	}
	off, okO := files["officials"]
	pos, okP := files["positions"]
	switch {
	case !okO:
		return rosterfile.Source{}, "", i18n.Errorf(i18n.ServeNoOfficials)
	case !okP:
		return rosterfile.Source{}, "", i18n.Errorf(i18n.ServeNoPositions)
	}
	on, pn := fileName(off.name, "officials.csv"), fileName(pos.name, "positions.csv")
	if on == pn {
		pn = "positions-" + pn
	}
	mfs[on] = &fstest.MapFile{Data: off.data}
	mfs[pn] = &fstest.MapFile{Data: pos.data}
	return rosterfile.Source{Officials: on, Positions: pn, Selection: selName, FS: mfs}, on + " + " + pn, nil
}

// SolveRequest is the page's request for a plan: the settings (weights,
// rule switches and parameters, date) by policy key, and the decisions.
type SolveRequest struct {
	Seq     int64             `json:"seq"`
	Set     map[string]string `json:"set"`
	Pins    []string          `json:"pins"`
	Forbids []string          `json:"forbids"`
}

// SolveResponse is a plan for the page, with the time the server took.
type SolveResponse struct {
	Seq     int64    `json:"seq"`
	Millis  float64  `json:"ms"`
	Plan    Plan     `json:"plan"`
	Pins    []string `json:"pins"`
	Forbids []string `json:"forbids"`
}

// settingError is a setting of the page that the policy refuses: the
// answer names its key, so that the page shows the error at that field.
type settingError struct {
	key string
	err error
}

// Error renders the policy's error in English.
func (e *settingError) Error() string { return e.err.Error() }

// Text renders the error in l.
func (e *settingError) Text(l i18n.Lang) string { return i18n.ErrorText(e.err, l) }

// Unwrap returns the policy's error.
func (e *settingError) Unwrap() error { return e.err }

// refuse answers 422 with the error in the request's language, its
// code and, for a setting, its key ({"error": ..., "key": "date"}).
func refuse(w http.ResponseWriter, r *http.Request, err error) {
	body := map[string]string{"error": i18n.ErrorText(err, langOf(r))}
	if c := errCode(err); c != "" {
		body["code"] = c
	}
	var se *settingError
	if errors.As(err, &se) {
		body["key"] = se.key
	}
	writeJSON(w, http.StatusUnprocessableEntity, body)
}

// policyOf applies the request to a copy of start: each setting (sorted
// by key; decisions are not settings), then the pins and forbids, which
// replace the start policy's.
func policyOf(start *model.Policy, req *SolveRequest) (*model.Policy, error) {
	pol := start.Clone()
	pol.Pins, pol.Forbids = nil, nil
	keys := make([]string, 0, len(req.Set))
	for k := range req.Set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	valid := map[string]bool{}
	for _, s := range settingsOf(pol, i18n.EN) {
		valid[s.Key] = true
	}
	for _, k := range keys {
		if !valid[k] {
			return nil, i18n.Errorf(i18n.ServeUnknownSetting, k)
		}
		if k == "date" && strings.TrimSpace(req.Set[k]) == "" {
			continue // a cleared date field keeps the roster's plan date
		}
		if err := policyfile.Set(pol, k, req.Set[k]); err != nil {
			return nil, &settingError{key: k, err: err}
		}
	}
	for _, d := range []struct {
		key  string
		vals []string
	}{{"pin", req.Pins}, {"forbid", req.Forbids}} {
		for _, v := range d.vals {
			if err := policyfile.Set(pol, d.key, v); err != nil {
				return nil, i18n.Errorf(i18n.CLIError, err)
			}
		}
	}
	return pol, nil
}

// requestError answers 400 for a request body that does not decode,
// worded in the request's language: encoding/json's own texts are
// English.
func requestError(w http.ResponseWriter, r *http.Request, err error) {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		writeError(w, r, http.StatusBadRequest, i18n.ServeBadJSON)
	case errors.As(err, &te):
		writeError(w, r, http.StatusBadRequest, i18n.ServeJSONType, te.Field)
	default:
		if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			writeError(w, r, http.StatusBadRequest, i18n.ServeUnknownJSON, f)
			return
		}
		writeError(w, r, http.StatusBadRequest, i18n.ServeBadRequest, err)
	}
}

// handleSolve re-plans the session's roster under the page's settings and
// decisions. A newer request of the same session cancels this one.
func (a *Server) handleSolve(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	s := a.session(w, r)
	if s == nil {
		return
	}
	var req SolveRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		requestError(w, r, err)
		return
	}
	v, last := s.current()
	if v == nil || v.roster == nil {
		writeError(w, r, http.StatusConflict, i18n.ServeNoRoster)
		return
	}
	if req.Seq < 0 || req.Seq > last+seqWindow {
		writeError(w, r, http.StatusBadRequest, i18n.ServeSeq, req.Seq, last+seqWindow)
		return
	}
	roster, base := v.roster, v.base
	pol, err := policyOf(v.start, &req)
	if err != nil {
		refuse(w, r, err)
		return
	}
	ctx, cancel, ok := s.begin(r.Context(), req.Seq)
	if !ok {
		writeError(w, r, http.StatusServiceUnavailable, i18n.ServeSuperseded)
		return
	}
	defer cancel()
	// The latest plan of the same roster is the warm start: a slider
	// move or a pin changes little of it.
	sol, err := a.solve(ctx, roster, pol, v.cur)
	if err != nil {
		msg, status := solveError(roster, err, langOf(r))
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	if s.finish(req.Seq, v, sol, pol) == nil {
		writeError(w, r, http.StatusServiceUnavailable, i18n.ServeSuperseded)
		return
	}
	resp := SolveResponse{Seq: req.Seq, Plan: planOf(sol.Plan, base, report.OutsidePosts(roster), langOf(r)),
		Pins: decisionTexts(pol.Pins), Forbids: decisionTexts(pol.Forbids)}
	resp.Millis = float64(time.Since(start).Microseconds()) / 1000
	writeJSON(w, http.StatusOK, resp)
}

// handleBase makes the latest plan the base the page compares with.
func (a *Server) handleBase(w http.ResponseWriter, r *http.Request) {
	s := a.session(w, r)
	if s == nil {
		return
	}
	v := s.setBase()
	s.setShown(nil, nil)
	_, seq := s.current()
	writeJSON(w, http.StatusOK, a.state(s, v, seq, langOf(r)))
}

// current returns the session's latest solve or answers 409.
func (a *Server) current(w http.ResponseWriter, req *http.Request, s *session) (*model.Roster, *model.Plan, *pipeline.Solution, *model.Policy) {
	r, base, cur, pol := s.snapshot()
	if cur == nil {
		writeError(w, req, http.StatusConflict, i18n.ServeNoPlan)
		return nil, nil, nil, nil
	}
	return r, base, cur, pol
}

// handleExplain explains one official (?nip=) in the latest plan.
func (a *Server) handleExplain(w http.ResponseWriter, r *http.Request) {
	s := a.session(w, r)
	if s == nil {
		return
	}
	roster, _, cur, pol := a.current(w, r, s)
	if cur == nil {
		return
	}
	nip := strings.ReplaceAll(r.URL.Query().Get("nip"), " ", "")
	i, ok := roster.OfficialIndex()[nip]
	if !ok {
		writeError(w, r, http.StatusNotFound, i18n.ServeUnknownNIP, nip)
		return
	}
	ex, err := analysis.Explain(roster, cur, pol, i)
	if err != nil {
		writeErr(w, r, http.StatusInternalServerError, err)
		return
	}
	writeJSON(w, http.StatusOK, report.JSONExplanationOf(ex, pol.Date, langOf(r)))
}

// maxAlternatives caps ?k= of the alternatives: each further plan is a
// solve of a subproblem.
const maxAlternatives = 5

// Alternative is one of the next best plans and how it differs from
// the latest plan.
type Alternative struct {
	Rank      int     `json:"rank"`
	Objective float64 `json:"objective"`
	Gap       float64 `json:"gap"`
	Changes   []Moved `json:"changes"`
}

// Moved is an official whom an alternative places differently.
type Moved struct {
	NIP       string         `json:"nip"`
	Name      string         `json:"name"`
	Plan      *model.PostRef `json:"plan"`
	Other     *model.PostRef `json:"other"`
	PlanType  string         `json:"plan_type"`
	OtherType string         `json:"other_type"`
}

// handleAlternatives returns the next ?k= best plans (Solution.Next) that
// differ from the latest plan, best first.
func (a *Server) handleAlternatives(w http.ResponseWriter, r *http.Request) {
	s := a.session(w, r)
	if s == nil {
		return
	}
	roster, _, cur, _ := a.current(w, r, s)
	if cur == nil {
		return
	}
	k := 3
	if v := r.URL.Query().Get("k"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxAlternatives {
			writeError(w, r, http.StatusBadRequest, i18n.ServeAltsK, v, maxAlternatives)
			return
		}
		k = n
	}
	ctx, cancel := context.WithTimeout(r.Context(), solveTimeout)
	defer cancel()
	plans, err := cur.Next(ctx, k)
	if err != nil {
		msg, status := solveError(roster, err, langOf(r))
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	out := []Alternative{}
	for _, p := range plans {
		diff := model.Diff(cur.Plan, p)
		if len(diff) == 0 {
			continue
		}
		alt := Alternative{Rank: len(out) + 1, Objective: report.Round6(p.Objective),
			Gap: report.Round6(cur.Plan.Objective - p.Objective), Changes: []Moved{}}
		for _, c := range diff {
			alt.Changes = append(alt.Changes, Moved{NIP: c.NIP, Name: c.Name, Plan: c.Base, Other: c.Other,
				PlanType: c.BaseType.String(), OtherType: c.OtherType.String()})
		}
		out = append(out, alt)
	}
	writeJSON(w, http.StatusOK, out)
}

// handleFrontier returns the frontier between the number of moves and the
// objective under the latest plan's policy (whatif --frontier's JSON; its
// move budget set aside).
func (a *Server) handleFrontier(w http.ResponseWriter, r *http.Request) {
	s := a.session(w, r)
	if s == nil {
		return
	}
	roster, _, cur, pol := a.current(w, r, s)
	if cur == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), solveTimeout)
	defer cancel()
	rep, err := analysis.Frontier(ctx, roster, pol, a.cfg.Options)
	if err != nil {
		msg, status := solveError(roster, err, langOf(r))
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// downloads maps ?what= to the file name and how it is written.
var downloads = []string{"xlsx", "pdf", "csv", "json", "policy"}

// handleDownload sends the latest plan as the lampiran SK (what=xlsx, pdf or
// csv, ?lang=id|en), the plan JSON (json) or the effective policy file
// (policy), written by the same writers as mutasi solve, with the decree of
// the session's policy: the same files as mutasi solve --format xlsx, pdf
// or csv with the same policy. The CSV is separated by ';' in Indonesian,
// by ',' in English, as the CLI's default.
func (a *Server) handleDownload(w http.ResponseWriter, r *http.Request) {
	s := a.session(w, r)
	if s == nil {
		return
	}
	roster, _, cur, pol := a.current(w, r, s)
	if cur == nil {
		return
	}
	q := r.URL.Query()
	what := q.Get("what")
	if !slices.Contains(downloads, what) {
		writeError(w, r, http.StatusBadRequest, i18n.ServeWhatWant, what, strings.Join(downloads, ", "))
		return
	}
	lang, err := i18n.ParseLang(q.Get("lang"))
	if err != nil {
		writeError(w, r, http.StatusBadRequest, i18n.ServeLangWant, q.Get("lang"))
		return
	}
	plan, err := cur.FullPlan()
	if err != nil {
		writeErr(w, r, http.StatusInternalServerError, err)
		return
	}
	var b bytes.Buffer
	var name, ctype string
	o := report.Options{Format: what, Lang: lang, Outside: report.OutsidePosts(roster), Decree: pol.Decree}
	o.CSVSep, _ = report.ParseCSVSep("", lang)
	switch what {
	case "xlsx":
		name, ctype = "lampiran-sk.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
		err = report.WritePlanXLSX(&b, plan, o)
	case "pdf":
		name, ctype = "lampiran-sk.pdf", "application/pdf"
		err = report.WritePlanPDF(&b, plan, o)
	case "csv":
		name, ctype = "lampiran-sk.csv", "text/csv; charset=utf-8"
		err = report.WritePlanCSV(&b, plan, o)
	case "json":
		name, ctype = "plan.json", "application/json; charset=utf-8"
		err = report.WritePlanJSON(&b, plan, lang)
	case "policy":
		name, ctype = "policy.toml", "text/plain; charset=utf-8"
		err = policyfile.Write(&b, pol, lang)
	}
	if err != nil {
		writeErr(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.Write(b.Bytes())
}
