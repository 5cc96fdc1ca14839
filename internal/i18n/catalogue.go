package i18n

import "strings"

// entry is one message of the catalogue in both languages.
type entry struct{ id, en string }

// text returns the message k in l.
func text(k Key, l Lang) (string, bool) {
	e, ok := lookup(k)
	if !ok {
		return "", false
	}
	if l == EN {
		return e.en, true
	}
	return e.id, true
}

// Has reports whether the catalogue holds the message k.
func Has(k Key) bool {
	_, ok := lookup(k)
	return ok
}

// lookup finds k in the area its code starts with ("roster.…" in
// rosterEntry). Each area is a switch over its keys: the catalogue is code,
// built by the compiler, with nothing to set up when the program starts.
func lookup(k Key) (entry, bool) {
	area, _, _ := strings.Cut(string(k), ".")
	switch area {
	case "sys", "lang", "unit", "word":
		return commonEntry(k)
	case "help", "cmd", "flag":
		return helpEntry(k)
	case "cli":
		return cliEntry(k)
	case "bench":
		return benchEntry(k)
	case "matrix", "cost":
		return matrixEntry(k)
	case "whatif", "sweep", "frontier":
		return whatifEntry(k)
	case "explain":
		return explainEntry(k)
	case "serve":
		return serveEntry(k)
	case "page":
		return pageEntry(k)
	case "policy":
		return policyEntry(k)
	case "setting":
		return settingEntry(k)
	case "verbose":
		return verboseEntry(k)
	case "roster", "limit":
		return rosterEntry(k)
	case "rule", "reason", "warn", "vacancy", "acting", "calendar", "budget", "diff":
		return lawEntry(k)
	case "move", "group", "cause", "component", "table", "approval", "lampiran", "decree":
		return outputEntry(k)
	}
	return entry{}, false
}

// Format returns the message k in l as the catalogue writes it, before its
// arguments are filled in: what a test reads to know the words of each
// language.
func Format(k Key, l Lang) (string, bool) { return text(k, l) }
