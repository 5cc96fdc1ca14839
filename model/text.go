package model

import (
	"fmt"
	"strings"
	"unicode"
)

// IsControl reports whether r is a control character (C0, DEL, C1) or a
// bidirectional control (Unicode's Bidi_Control: the embeddings, overrides,
// isolates and marks), none of which a roster cell may hold.
func IsControl(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// ControlEscape writes every control character of s as \uXXXX, so that a
// value shown to the user cannot act on the screen.
func ControlEscape(s string) string {
	if strings.IndexFunc(strings.TrimSpace(s), IsControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if IsControl(r) {
			fmt.Fprintf(&b, "\\u%04X", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
