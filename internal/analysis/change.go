package analysis

import "github.com/mutasi-id/mutasi/model"

// Change is an official whom a plan places otherwise than the plan it is
// compared with (a sweep's base plan, the frontier's point before).
type Change struct {
	NIP  string         `json:"nip"`
	Name string         `json:"name"`
	Base *model.PostRef `json:"base"`
	At   *model.PostRef `json:"at"`
	// BaseType and Type are the moves of the plan compared with and of this one.
	BaseType string `json:"base_type"`
	Type     string `json:"type"`
}

// Changes lists the officials whom other places otherwise than base, in
// model.Diff's order ([] when none).
func Changes(base, other *model.Plan) []Change {
	out := []Change{}
	for _, c := range model.Diff(base, other) {
		out = append(out, Change{NIP: c.NIP, Name: c.Name, Base: c.Base, At: c.Other,
			BaseType: c.BaseType.String(), Type: c.OtherType.String()})
	}
	return out
}
