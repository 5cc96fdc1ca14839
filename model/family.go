package model

import "strings"

// FamilyGeneralist is the family of a generalist post: a secretariat, an
// assistant, a camat, whose work suits officials of every family. A post
// with an empty family is unknown, which the score treats alike except that
// no official can match it.
const FamilyGeneralist = "umum"

// The values of the family component of the score (docs/score.md).
const (
	// FamilyMatch: the post's family is one of the official's, or a
	// generalist post and the official lists "umum".
	FamilyMatch = 1.0
	// FamilyNeutral: the post's or the official's family is unknown, or the
	// post is a generalist one.
	FamilyNeutral = 0.5
	// FamilyOther: both are known and the post's family is not the
	// official's.
	FamilyOther = 0.0
)

// FamilyKey normalises a family name for comparison: lower case, outer
// space trimmed, inner runs of spaces, underscores and dashes made one
// space, so that "Pekerjaan Umum", "pekerjaan_umum" and " PEKERJAAN  UMUM"
// are one family. Rosters write families in many hands.
func FamilyKey(s string) string { return FoldKey(s, ' ') }

// ParseFamilies splits a cell of families separated by "|" into their
// names, trimmed, without empty or repeated ones (compared by FamilyKey).
// An empty cell gives nil.
func ParseFamilies(v string) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.Split(v, "|") {
		f = strings.TrimSpace(f)
		k := FamilyKey(f)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// IsGeneralist reports whether a post's family makes it a generalist post:
// empty (unknown) or "umum". R-FAMILY never bars one.
func IsGeneralist(family string) bool {
	k := FamilyKey(family)
	return k == "" || k == FamilyGeneralist
}

// FamilyFit returns the family component of official families in a post
// of family post: FamilyMatch, FamilyNeutral or FamilyOther (see the
// constants).
func FamilyFit(families []string, post string) float64 {
	pk := FamilyKey(post)
	if pk == "" || len(families) == 0 {
		return FamilyNeutral
	}
	for _, f := range families {
		if FamilyKey(f) == pk {
			return FamilyMatch
		}
	}
	if pk == FamilyGeneralist {
		return FamilyNeutral
	}
	return FamilyOther
}

// FoldKey lower-cases s, trims its outer space and makes every inner run of
// spaces, underscores and dashes one sep: the loose matching of headers and
// of job families, which rosters write in many hands.
func FoldKey(s string, sep byte) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch r {
		case ' ', '_', '-', '\t', '\u00a0':
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte(sep)
		}
		gap = false
		b.WriteRune(r)
	}
	return b.String()
}
