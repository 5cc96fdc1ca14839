package model

// PositionIndex returns a map from post id to its index in r.Positions.
// It is built afresh on every call: callers that look up often keep it.
func (r *Roster) PositionIndex() map[string]int {
	m := make(map[string]int, len(r.Positions))
	for j := range r.Positions {
		m[r.Positions[j].ID] = j
	}
	return m
}

// OfficialIndex returns a map from NIP to the official's index in
// r.Officials. It is built afresh on every call.
func (r *Roster) OfficialIndex() map[string]int {
	m := make(map[string]int, len(r.Officials))
	for i := range r.Officials {
		m[r.Officials[i].NIP.Raw] = i
	}
	return m
}

// CurrentLevel returns the structural level official i holds before the
// plan: that of the current post when it is in the roster, else that of
// Official.Eselon, else 0 (no structural post). idx is PositionIndex().
func (r *Roster) CurrentLevel(i int, idx map[string]int) Level {
	o := &r.Officials[i]
	if j, ok := idx[o.Position]; ok && o.Position != "" {
		return r.Positions[j].Eselon.Level()
	}
	return o.Eselon.Level()
}

// CurrentEselon returns the eselon official i holds before the plan: that
// of the current post when it is in the roster, else Official.Eselon, else 0.
func (r *Roster) CurrentEselon(i int, idx map[string]int) Eselon {
	o := &r.Officials[i]
	if j, ok := idx[o.Position]; ok && o.Position != "" {
		return r.Positions[j].Eselon
	}
	return o.Eselon
}

// Kind returns the type of the move that places official i in post j (j < 0
// means no post): Stay in the current post, Promote to a higher eselon than
// the one held (within a level too, III.b to III.a), Demote to a lower one,
// Rotate at the same eselon, Fill for an official without a structural post;
// for j < 0, Release of a holder of a roster post and Unplaced for anyone
// else. Retire needs the rules' verdict (the plan sets it).
func (r *Roster) Kind(i, j int, idx map[string]int) MoveType {
	o := &r.Officials[i]
	if j < 0 {
		if _, ok := idx[o.Position]; ok && o.Position != "" {
			return Release
		}
		return Unplaced
	}
	if o.Position != "" && r.Positions[j].ID == o.Position {
		return Stay
	}
	cur := r.CurrentEselon(i, idx)
	if cur == 0 {
		return Fill
	}
	// Eselon codes count downwards: II.a is 1, IV.b is 6.
	switch to := r.Positions[j].Eselon; {
	case to < cur:
		return Promote
	case to > cur:
		return Demote
	}
	return Rotate
}
