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

// Kind returns the type of the move that places official i in post j (j < 0
// means no post): Stay in the current post, Promote to a higher level than
// the one held, Rotate at the same or a lower level, Fill for an official
// without a structural post, Release when j < 0.
func (r *Roster) Kind(i, j int, idx map[string]int) MoveType {
	if j < 0 {
		return Release
	}
	o := &r.Officials[i]
	if o.Position != "" && r.Positions[j].ID == o.Position {
		return Stay
	}
	cur := r.CurrentLevel(i, idx)
	if cur == 0 {
		return Fill
	}
	// Levels count downwards: JPT is 1, administrator 2, pengawas 3.
	if r.Positions[j].Eselon.Level() < cur {
		return Promote
	}
	return Rotate
}
