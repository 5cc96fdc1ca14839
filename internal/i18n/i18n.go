package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language of the catalogue. The zero value is Indonesian, the
// default of everything an analyst reads.
type Lang uint8

// The languages of the catalogue.
const (
	ID Lang = iota // Bahasa Indonesia, the default
	EN             // English
)

// ParseLang reads a language code: "id" (or "" for the default) or "en",
// in any case.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "id":
		return ID, nil
	case "en":
		return EN, nil
	}
	return ID, Errorf(LangUnknown, s)
}

// String returns the language's code: "id" or "en".
func (l Lang) String() string {
	if l == EN {
		return "en"
	}
	return "id"
}

// Set reads the language code s into l (the flag.Value and pflag.Value
// interface, for --lang).
func (l *Lang) Set(s string) error {
	v, err := ParseLang(s)
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Type names the flag's value in help texts (pflag.Value).
func (l *Lang) Type() string { return "lang" }

// MarshalText writes the language's code.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText reads a language code.
func (l *Lang) UnmarshalText(b []byte) error { return l.Set(string(b)) }

// T renders the message k with args in l: shorthand for Msg{k, args}.Text(l).
func (l Lang) T(k Key, args ...any) string { return Msg{Key: k, Args: args}.Text(l) }

// Key identifies a message of the catalogue. Its value is the message's
// stable code ("roster.nip.duplicate"), which JSON outputs may carry beside
// the rendered text: a code never changes meaning once released.
type Key string

// Msg is a message of the catalogue with its arguments, rendered in a
// language only when it is shown. The zero Msg is no message.
type Msg struct {
	Key  Key
	Args []any
}

// M returns the message k with args.
func M(k Key, args ...any) Msg { return Msg{Key: k, Args: args} }

// IsZero reports whether m is no message.
func (m Msg) IsZero() bool { return m.Key == "" }

// Code returns the message's stable code.
func (m Msg) Code() string { return string(m.Key) }

// Text renders the message in l. An argument that is a Localizer (a Msg, a
// Date, a Dec, …) or an error is rendered in l first; any other argument is
// formatted by fmt as it is. A key missing from the catalogue renders as
// the key and its arguments, which the catalogue's tests refuse.
func (m Msg) Text(l Lang) string {
	if m.Key == "" {
		return ""
	}
	f, ok := text(m.Key, l)
	if !ok {
		return fmt.Sprintf("%s%v", m.Key, m.Args)
	}
	if len(m.Args) == 0 && !strings.Contains(f, "%") {
		return f
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = localize(a, l)
	}
	return fmt.Sprintf(f, args...)
}

// String renders the message in English, for developers and logs; an
// output renders it with Text in the language of the run.
func (m Msg) String() string { return m.Text(EN) }

// Localizer is a value whose text depends on the language: a Msg, a Date, a
// Dec, an *Error or any type of the domain that words itself through the
// catalogue.
type Localizer interface {
	Text(Lang) string
}

// localize renders one argument of a message in l.
func localize(a any, l Lang) any {
	switch a := a.(type) {
	case Localizer:
		return a.Text(l)
	case error:
		return ErrorText(a, l)
	}
	return a
}

// Texts renders each message in l.
func Texts(ms []Msg, l Lang) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Text(l)
	}
	return out
}

// Codes returns the code of each message.
func Codes(ms []Msg) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Code()
	}
	return out
}

// Join is a list of values rendered in a language and joined by sep: the
// rule counts of a reason, the posts of a warning.
type Join struct {
	Items []any
	Sep   string
}

// Text renders each item in l and joins them.
func (j Join) Text(l Lang) string {
	parts := make([]string, len(j.Items))
	for i, it := range j.Items {
		parts[i] = fmt.Sprint(localize(it, l))
	}
	return strings.Join(parts, j.Sep)
}

// List joins values with ", ".
func List[T any](items []T) Join {
	xs := make([]any, len(items))
	for i, it := range items {
		xs[i] = it
	}
	return Join{Items: xs, Sep: ", "}
}

// MarshalJSON refuses to write a message: JSON outputs carry its text in
// the output's language (Text), never its parts, so that a message that
// reaches an encoder unrendered fails loudly instead of writing its key.
func (m Msg) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("i18n: message %q written to JSON without rendering it (use Text)", m.Key)
}
