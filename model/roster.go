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
