package serve

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// Limits of the session store: each browser tab holds one session, kept in
// memory only. A session idle longer than sessionTTL is dropped. A new
// session may take the place of one idle for sessionIdle or longer,
// never of one in use: with maxSessions open, or maxPerClient
// open from the same address, and none of them idle, it is refused.
const (
	maxSessions  = 32
	maxPerClient = 8
	sessionTTL   = 2 * time.Hour
	sessionIdle  = 10 * time.Minute
)

// seqWindow is how far above the session's latest solve a request's
// seq may go: the page numbers its requests one by one, and a number far
// ahead would make every later request look out of date.
const seqWindow = 1 << 20

// view is what a session shows at one moment: the roster and where it
// came from, the policy a solve starts from, the base plan and the latest
// solve with its policy. A view is never changed once published: a load, a
// solve or a new base replaces it as a whole, so that every handler sees a
// roster with its own plan and scores.
type view struct {
	// roster is the loaded roster; name says where it came from.
	roster *model.Roster
	name   string
	sample bool
	// start is the policy a new roster starts from (the flags'), with the
	// plan date of the roster.
	start *model.Policy
	// base is the plan the page highlights changes against.
	base *model.Plan
	// cur is the latest completed solve and pol its policy.
	cur *pipeline.Solution
	pol *model.Policy
	// failure is why a view published without a plan has none (its
	// roster cannot be planned under its start policy).
	failure error
}

// session is the state of one browser tab.
type session struct {
	id string
	// client is the address the session was opened from.
	client string
	// dateFixed is true when the flags set the plan date.
	dateFixed bool

	mu   sync.Mutex
	last time.Time
	view *view
	// seq numbers the solves the page asked for; cancel stops the one in
	// flight when a newer one arrives.
	seq    int64
	cancel context.CancelFunc
	// shown are the problems of the latest load and refused its refusal
	// (nil when it loaded): what the page shows under its upload, again in
	// another language when it asks.
	shown   []rosterfile.Problem
	refused error
}

// Errors of sessionStore.add.
var (
	errClientFull = i18n.Errorf(i18n.ServeClientFull)
	errStoreFull  = i18n.Errorf(i18n.ServeFull)
)

// sessionStore keeps the sessions of all tabs.
type sessionStore struct {
	mu        sync.Mutex
	m         map[string]*session
	max       int
	perClient int
	ttl, idle time.Duration
	now       func() time.Time
}

func newSessionStore(max int, ttl time.Duration, now func() time.Time) *sessionStore {
	return &sessionStore{m: map[string]*session{}, max: max, perClient: maxPerClient,
		ttl: ttl, idle: sessionIdle, now: now}
}

// add stores s under a fresh random id. It first drops expired sessions;
// then, when s's client already holds perClient sessions, or the store
// holds max, it drops the least recently used idle one of that client, or
// of all. A session in use (touched within idle, or solving) is never
// dropped: when none can go, add refuses s.
func (st *sessionStore) add(s *session) error {
	now := st.now()
	st.mu.Lock()
	defer st.mu.Unlock()
	for id, x := range st.m {
		if now.Sub(x.touched()) > st.ttl {
			x.stop()
			delete(st.m, id)
		}
	}
	evict := func(sameClient bool) bool {
		oldID, oldT := "", time.Time{}
		for id, x := range st.m {
			if sameClient && x.client != s.client {
				continue
			}
			t := x.touched()
			if now.Sub(t) < st.idle || x.solving() {
				continue
			}
			if oldID == "" || t.Before(oldT) {
				oldID, oldT = id, t
			}
		}
		if oldID == "" {
			return false
		}
		st.m[oldID].stop()
		delete(st.m, oldID)
		return true
	}
	n := 0
	for _, x := range st.m {
		if x.client == s.client {
			n++
		}
	}
	if n >= st.perClient && !evict(true) {
		return errClientFull
	}
	if len(st.m) >= st.max && !evict(false) {
		return errStoreFull
	}
	var b [16]byte
	rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	s.id = hex.EncodeToString(b[:])
	s.mu.Lock()
	s.last = now
	s.mu.Unlock()
	st.m[s.id] = s
	return nil
}

// get returns the session with that id, marking it used, or nil when it
// does not exist or has expired.
func (st *sessionStore) get(id string) *session {
	now := st.now()
	st.mu.Lock()
	s := st.m[id]
	if s != nil && now.Sub(s.touched()) > st.ttl {
		delete(st.m, id)
		s.stop()
		s = nil
	}
	st.mu.Unlock()
	if s != nil {
		s.mu.Lock()
		s.last = now
		s.mu.Unlock()
	}
	return s
}

// len returns the number of sessions held.
func (st *sessionStore) len() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.m)
}

func (s *session) touched() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// solving reports whether a solve of the session is in flight.
func (s *session) solving() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cancel != nil
}

// stop cancels the session's solve in flight, if any.
func (s *session) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// current returns the session's view and the number of its latest solve.
func (s *session) current() (*view, int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.view, s.seq
}

// publish makes v the session's view, as a new roster or a new start:
// the solve in flight, made for the old view, is cancelled, and seq moves
// past it.
func (s *session) publish(v *view) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	s.seq++
	s.view = v
}

// begin starts solve number seq: it cancels the solve in flight and returns
// the context of the new one, derived from the request's. It reports false
// when a newer solve was already asked for.
func (s *session) begin(parent context.Context, seq int64) (context.Context, context.CancelFunc, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq < s.seq {
		return nil, nil, false
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.seq = seq
	ctx, cancel := context.WithTimeout(parent, solveTimeout)
	s.cancel = cancel
	return ctx, cancel, true
}

// finish publishes sol, solved on the roster of from, as the latest plan
// when seq is still the newest solve and the roster has not changed since;
// it returns the view published, or nil.
func (s *session) finish(seq int64, from *view, sol *pipeline.Solution, pol *model.Policy) *view {
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq != s.seq || s.view == nil || from == nil || s.view.roster != from.roster {
		return nil
	}
	s.cancel = nil
	v := *s.view
	v.cur, v.pol = sol, pol
	s.view = &v
	return s.view
}

// setShown records the problems of the latest load and its refusal.
func (s *session) setShown(ps []rosterfile.Problem, refused error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shown, s.refused = ps, refused
}

// lastLoad returns the problems of the latest load and its refusal.
func (s *session) lastLoad() ([]rosterfile.Problem, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shown, s.refused
}

// setBase makes the latest plan the base and returns the view.
func (s *session) setBase() *view {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.view != nil && s.view.cur != nil {
		v := *s.view
		v.base = v.cur.Plan
		s.view = &v
	}
	return s.view
}

// snapshot returns the session's roster, base plan, latest solution and
// its policy, all of one view.
func (s *session) snapshot() (r *model.Roster, base *model.Plan, cur *pipeline.Solution, pol *model.Policy) {
	v, _ := s.current()
	if v == nil {
		return nil, nil, nil, nil
	}
	return v.roster, v.base, v.cur, v.pol
}
