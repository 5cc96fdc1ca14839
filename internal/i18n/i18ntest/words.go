// Package i18ntest finds words of the wrong language in an output: the
// words of the catalogue's English texts that its Indonesian texts never
// use, and the reverse. Tests of the commands and of the page use it to
// check that everything an analyst reads is in the language of the run.
package i18ntest

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"unicode"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// Allowed are the words both languages write the same way although the
// catalogue happens to use them in only one: loanwords an Indonesian
// analyst writes as they are (the SI units, the file formats), and short
// words that are words of both languages. Keep it short: every word here is
// a word the leak tests cannot see.
var Allowed = []string{
	// Units, formats and the tools' names, written alike in both.
	"csv", "json", "xlsx", "pdf", "svg", "png", "npy", "toml", "html", "http", "https",
	"mib", "gib", "kib", "ms", "url", "id", "en", "ok",
	"table", "text", // values of --format, identifiers
	"dense", "sparse", "auto", // values of --solver, identifiers
	"none", // value of --max-moves, an identifier
	// Words of both languages.
	"a", "di", "data", "total", "optimal", "plan",
}

// Keys returns every key the catalogue declares, read from the source of
// package i18n (the constants of type Key), so that a key added later is
// seen without a list to keep.
func Keys() ([]i18n.Key, error) {
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		return nil, fmt.Errorf("i18ntest: no source path")
	}
	dir := filepath.Dir(filepath.Dir(self))
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var keys []i18n.Key
	for _, de := range des {
		name := de.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, 0)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Key" {
					continue
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						keys = append(keys, i18n.Key(constant.StringVal(constant.MakeFromLiteral(lit.Value, lit.Kind, 0))))
					}
				}
			}
		}
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("i18ntest: no key in %s", dir)
	}
	return keys, nil
}

// verbRE matches a fmt directive, removed before a text is cut into words.
var verbRE = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?[\d.*]*(\[\d+\])?[a-zA-Z%]`)

// Words cuts s into the words a leak test looks at, in lower case: runs of
// letters, written in lower case or capitalised. Acronyms (SKP, JPM, BKN),
// codes (R-RANK, max_moves, IV/b), flags (--lang) and anything holding a
// digit are identifiers of both languages and are left out.
func Words(s string) []string {
	s = verbRE.ReplaceAllString(s, " ")
	var out []string
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '\'' || r == '’' || r == '.')
	}) {
		if strings.HasPrefix(tok, "-") {
			continue // a flag
		}
		tok = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(tok, ".'"), "'s"), "’s")
		if tok == "" || strings.ContainsAny(tok, "-_.'0123456789") {
			continue
		}
		rs := []rune(tok)
		lowerRest := true
		for _, r := range rs[1:] {
			lowerRest = lowerRest && unicode.IsLower(r)
		}
		if !lowerRest || len(rs) < 2 {
			continue
		}
		out = append(out, strings.ToLower(tok))
	}
	return out
}

// Foreign returns the words the catalogue writes only in the language
// other than l: for l = ID, the words of its English texts that none of its
// Indonesian texts uses, less Allowed; for l = EN, the reverse.
func Foreign(l i18n.Lang) (map[string]bool, error) {
	keys, err := Keys()
	if err != nil {
		return nil, err
	}
	other := i18n.EN
	if l == i18n.EN {
		other = i18n.ID
	}
	own := map[string]bool{}
	for _, w := range Allowed {
		own[w] = true
	}
	foreign := map[string]bool{}
	for _, k := range keys {
		s, _ := i18n.Format(k, l)
		for _, w := range Words(s) {
			own[w] = true
		}
		s, _ = i18n.Format(k, other)
		for _, w := range Words(s) {
			foreign[w] = true
		}
	}
	for w := range own {
		delete(foreign, w)
	}
	return foreign, nil
}

// Leaks returns each line of out holding a word of foreign, with the words
// it holds, sorted and each line once: what a test reports.
func Leaks(out string, foreign map[string]bool) []string {
	var leaks []string
	seen := map[string]bool{}
	for _, ln := range strings.Split(out, "\n") {
		var ws []string
		for _, w := range Words(ln) {
			if foreign[w] && !seen[w+"\x00"+ln] {
				ws = append(ws, w)
			}
		}
		if len(ws) == 0 || seen[ln] {
			continue
		}
		seen[ln] = true
		sort.Strings(ws)
		leaks = append(leaks, fmt.Sprintf("%v in %q", ws, strings.TrimSpace(ln)))
	}
	return leaks
}

// JSONIdentifiers are the JSON fields whose values are identifiers of the
// contracts (docs/cli.md, docs/api.md), the same in both languages — a
// move's type and cause, rule and message codes, ids, NIPs, names from the
// roster, dates as YYYY-MM-DD — or that carry both languages side by side
// for the page to choose from (label, approval_text, labels).
var JSONIdentifiers = map[string]bool{
	"type": true, "cause": true, "rules": true, "rule": true, "code": true, "codes": true,
	"jpm_category": true, "solver": true, "key": true, "status": true, "kind": true,
	"component": true, "components": true, "field": true, "lang": true, "format": true,
	"severity": true, "column": true, "file": true, "sheet": true, "name": true, "unit": true,
	"id": true, "nip": true, "holder": true, "rank": true, "eselon": true, "scenario": true,
	"scenarios": true, "path": true, "date": true, "value": true, "base_type": true,
	"scenario_type": true, "session": true, "roster_name": true, "post": true, "outside": true,
	"plan_type": true, "other_type": true, "label": true, "labels": true, "approval_text": true,
	// explain --detail's checks of a weight range's ends: "confirmed",
	// "re-solved", "holds to V", "not checked" (docs/cli.md).
	"lo_check": true, "hi_check": true,
}

// JSONBothLanguages are the fields of the page's API that carry the
// same words in both languages side by side, for the page to choose from
// without asking again: they are read in neither.
var JSONBothLanguages = map[string]bool{"label": true, "labels": true, "approval_text": true}

// flat reports whether v is a string or a list of strings: an identifier
// field's value; objects under such a field (the page's rules, each with
// its source) are read.
func flat(v any) bool {
	switch v := v.(type) {
	case string:
		return true
	case []any:
		for _, x := range v {
			if !flat(x) {
				return false
			}
		}
		return true
	case map[string]any:
		return false
	}
	return true
}

// JSONTexts returns the string values of a JSON document (or a stream of
// documents), one a line, leaving out the values of JSONIdentifiers that
// are a string or a list of strings: the texts an analyst reads in it.
func JSONTexts(doc string) (string, error) {
	var b strings.Builder
	dec := json.NewDecoder(strings.NewReader(doc))
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if JSONBothLanguages[k] {
					continue
				}
				if !JSONIdentifiers[k] || !flat(v[k]) {
					walk(v[k])
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case string:
			b.WriteString(v + "\n")
		}
	}
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			return "", err
		}
		walk(v)
	}
	return b.String(), nil
}

// Terms are words of the domain an English output keeps in Indonesian
// besides the catalogue's: the names PermenPANRB 38/2017 gives the
// managerial competencies (explain's table, the page's explanation).
const Terms = "Orientasi pada Hasil, Pengembangan Diri dan Orang Lain, Mengelola Perubahan, Pengambilan Keputusan"

// ForeignToRoster is Foreign(l) less the roster's own words — the names,
// posts, units and letters of the CSV and TOML files in dirs — and Terms:
// what an output in l may not hold although its roster is Indonesian.
func ForeignToRoster(l i18n.Lang, dirs ...string) (map[string]bool, error) {
	foreign, err := Foreign(l)
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.*"))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if ext := filepath.Ext(f); ext != ".csv" && ext != ".toml" {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			texts = append(texts, string(data))
		}
	}
	for _, w := range Words(strings.Join(append(texts, Terms), "\n")) {
		delete(foreign, w)
	}
	return foreign, nil
}
