package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// Limits of the session store: each browser tab holds one session, kept in
// memory only. A session idle longer than serveSessionTTL is dropped; with
// serveMaxSessions open, a new one evicts the least recently used.
const (
	serveMaxSessions = 32
	serveSessionTTL  = 2 * time.Hour
)

// serveSession is the state of one browser tab: its roster, the policy it
// started from, the base plan the page compares with and the latest plan.
type serveSession struct {
	id string

	mu   sync.Mutex
	last time.Time
	// roster is the loaded roster; name says where it came from.
	roster    *model.Roster
	name      string
	sample    bool
	dateFixed bool
	// start is the policy a new roster starts from (the flags'), with the
	// plan date of the roster.
	start *model.Policy
	// base is the plan the page highlights changes against.
	base *model.Plan
	// cur is the latest completed solve and pol its policy.
	cur *solution
	pol *model.Policy
	// seq numbers the solves the page asked for; cancel stops the one in
	// flight when a newer one arrives.
	seq    int64
	cancel context.CancelFunc
}

// serveStore keeps the sessions of all tabs.
type serveStore struct {
	mu  sync.Mutex
	m   map[string]*serveSession
	max int
	ttl time.Duration
	now func() time.Time
}

func newServeStore(max int, ttl time.Duration, now func() time.Time) *serveStore {
	return &serveStore{m: map[string]*serveSession{}, max: max, ttl: ttl, now: now}
}

// add stores s under a fresh random id, first dropping expired sessions
// and, when the store is full, the least recently used one.
func (st *serveStore) add(s *serveSession) {
	var b [16]byte
	rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	s.id = hex.EncodeToString(b[:])
	now := st.now()
	st.mu.Lock()
	defer st.mu.Unlock()
	for id, x := range st.m {
		if now.Sub(x.touched()) > st.ttl {
			x.stop()
			delete(st.m, id)
		}
	}
	for len(st.m) >= st.max {
		oldID, oldT := "", time.Time{}
		for id, x := range st.m {
			if t := x.touched(); oldID == "" || t.Before(oldT) {
				oldID, oldT = id, t
			}
		}
		st.m[oldID].stop()
		delete(st.m, oldID)
	}
	s.last = now
	st.m[s.id] = s
}

// get returns the session with that id, marking it used, or nil when it
// does not exist or has expired.
func (st *serveStore) get(id string) *serveSession {
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
func (st *serveStore) len() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.m)
}

func (s *serveSession) touched() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// stop cancels the session's solve in flight, if any.
func (s *serveSession) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// begin starts solve number seq: it cancels the solve in flight and returns
// the context of the new one, derived from the request's. It reports false
// when a newer solve was already asked for.
func (s *serveSession) begin(parent context.Context, seq int64) (context.Context, context.CancelFunc, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq < s.seq {
		return nil, nil, false
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.seq = seq
	ctx, cancel := context.WithTimeout(parent, serveSolveTimeout)
	s.cancel = cancel
	return ctx, cancel, true
}

// finish stores sol as the latest plan when seq is still the newest solve.
func (s *serveSession) finish(seq int64, sol *solution, pol *model.Policy) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq != s.seq {
		return false
	}
	s.cancel = nil
	s.cur, s.pol = sol, pol
	return true
}

// snapshot returns the session's roster, base plan, latest solution and
// its policy, read together.
func (s *serveSession) snapshot() (r *model.Roster, base *model.Plan, cur *solution, pol *model.Policy) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.roster, s.base, s.cur, s.pol
}
