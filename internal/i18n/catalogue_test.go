package i18n

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// catalogueKeys reads the package's source and returns every constant of
// type Key, by name: the catalogue as the code declares it, so that a key
// added without its texts fails the tests below.
func catalogueKeys(t *testing.T) map[string]Key {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	require.NoError(t, err)
	keys := map[string]Key{}
	for _, de := range entries {
		name := de.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
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
				for k, n := range vs.Names {
					lit, ok := vs.Values[k].(*ast.BasicLit)
					require.True(t, ok, "%s: a key's value is a string literal", n.Name)
					v := constant.StringVal(constant.MakeFromLiteral(lit.Value, lit.Kind, 0))
					keys[n.Name] = Key(v)
				}
			}
		}
	}
	require.NotEmpty(t, keys)
	return keys
}

// verb is one formatting directive of a message: the argument it formats
// (from 1) and its verb letter.
type verb struct {
	arg  int
	verb rune
}

// verbs parses the directives of a fmt format, with explicit argument
// indexes ("%[2]s") as fmt reads them.
func verbs(f string) ([]verb, error) {
	var out []verb
	next := 1
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			i++
		}
		index := func() error {
			if i < len(f) && f[i] == '[' {
				j := strings.IndexByte(f[i:], ']')
				if j < 0 {
					return fmt.Errorf("unclosed [ in %q", f)
				}
				var n int
				if _, err := fmt.Sscanf(f[i+1:i+j], "%d", &n); err != nil {
					return fmt.Errorf("bad index in %q", f)
				}
				next = n
				i += j + 1
			}
			return nil
		}
		if err := index(); err != nil {
			return nil, err
		}
		for i < len(f) && (f[i] >= '0' && f[i] <= '9') {
			i++
		}
		if i < len(f) && f[i] == '.' {
			i++
			for i < len(f) && (f[i] >= '0' && f[i] <= '9') {
				i++
			}
		}
		if err := index(); err != nil {
			return nil, err
		}
		if i >= len(f) {
			return nil, fmt.Errorf("%% at the end of %q", f)
		}
		out = append(out, verb{next, rune(f[i])})
		next++
	}
	return out, nil
}

// TestCatalogueComplete checks every key of the catalogue: both forms
// present, the same arguments formatted the same way in both, no decimal
// verb (a decimal in a sentence is a Dec, written with the language's
// mark), every form rendering without a fmt error, and no sentence left in
// English in the Indonesian form.
func TestCatalogueComplete(t *testing.T) {
	keys := catalogueKeys(t)
	codes := map[Key]string{}
	codeRE := regexp.MustCompile(`^[a-z]+(\.[a-z0-9_]+)+$`)
	for name, k := range keys {
		if other, dup := codes[k]; dup {
			t.Errorf("%s and %s share the code %q", name, other, k)
		}
		codes[k] = name
		if !codeRE.MatchString(string(k)) {
			t.Errorf("%s: code %q is not area.name in lower case", name, k)
		}
		e, ok := lookup(k)
		if !ok {
			t.Errorf("%s (%q): not in the catalogue", name, k)
			continue
		}
		if strings.TrimSpace(e.id) == "" {
			t.Errorf("%s (%q): no Indonesian form", name, k)
		}
		if strings.TrimSpace(e.en) == "" {
			t.Errorf("%s (%q): no English form", name, k)
		}
		vid, err := verbs(e.id)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		ven, err := verbs(e.en)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got, want := verbSet(vid), verbSet(ven); got != want {
			t.Errorf("%s: Indonesian formats %s, English %s: the same arguments, the same way", name, got, want)
		}
		for _, v := range append(vid, ven...) {
			if strings.ContainsRune("feEgGxX", v.verb) {
				t.Errorf("%s: verb %%%c: write a decimal as a Dec argument (its mark depends on the language)", name, v.verb)
			}
		}
		args := dummyArgs(vid)
		for _, l := range []Lang{ID, EN} {
			if s := l.T(k, args...); strings.Contains(s, "%!") {
				t.Errorf("%s in %s: %q", name, l, s)
			}
		}
		if strings.HasPrefix(string(k), "unit.") && strings.Count(e.en, "|") != 1 {
			t.Errorf("%s: an English noun is singular|plural, got %q", name, e.en)
		}
		if e.id == e.en && len(proseWords(e.id)) >= 2 && !sameInBoth[k] {
			t.Errorf("%s: the Indonesian form is the English one: %q", name, e.id)
		}
	}
}

// proseWords returns the words of a text that are prose: not a
// directive, not a flag, with two letters or more.
func proseWords(s string) []string {
	s = verbRE.ReplaceAllString(s, " ")
	var out []string
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "-") {
			continue
		}
		if len(letterRE.FindAllString(w, -1)) >= 2 {
			out = append(out, w)
		}
	}
	return out
}

var (
	verbRE   = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)
	letterRE = regexp.MustCompile(`\pL`)
)

// sameInBoth lists the messages written alike in both languages on
// purpose (codes, formulas).
var sameInBoth = map[Key]bool{
	// "Lampiran SK" is the decree attachment's name in both languages.
	PageDlPdf: true, PageDlXlsx: true, PageDlCsv: true,
	// A command line, the chart's title.
	FrontierPlotTitle: true,
	// "Hukuman disiplin" is the regulation's term (PP 94/2021), kept in
	// English texts as the law's other terms are.
	RuleSanctionWhat: true,
	// A citation of the regulations alone reads the same in both.
	RuleSourceRank: true, RuleSourceBup: true,
}

// verbSet writes the directives by argument, sorted: "1:d 2:s".
func verbSet(vs []verb) string {
	m := map[int]map[rune]bool{}
	for _, v := range vs {
		if m[v.arg] == nil {
			m[v.arg] = map[rune]bool{}
		}
		m[v.arg][v.verb] = true
	}
	var parts []string
	for a, set := range m {
		for r := range set {
			parts = append(parts, fmt.Sprintf("%d:%c", a, r))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// dummyArgs returns arguments that fit the directives.
func dummyArgs(vs []verb) []any {
	n := 0
	for _, v := range vs {
		n = max(n, v.arg)
	}
	args := make([]any, n)
	for i := range args {
		args[i] = "x"
	}
	for _, v := range vs {
		switch v.verb {
		case 'd', 'c', 'U':
			args[v.arg-1] = 7
		case 't':
			args[v.arg-1] = true
		}
	}
	return args
}

func TestMissingKey(t *testing.T) {
	assert.False(t, Has("no.such.key"))
	assert.Equal(t, "no.such.key[3]", M("no.such.key", 3).Text(EN), "a missing key shows itself")
	assert.Equal(t, "", Msg{}.Text(ID))
}

func TestVerbs(t *testing.T) {
	vs, err := verbs("%[2]s in %[1]d, %s %% %-8q %.2v")
	require.NoError(t, err)
	assert.Equal(t, []verb{{2, 's'}, {1, 'd'}, {2, 's'}, {3, 'q'}, {4, 'v'}}, vs)
	_, err = verbs("50 %")
	assert.Error(t, err)
}

// TestPageKeys checks that the page gets every message of its area.
func TestPageKeys(t *testing.T) {
	listed := map[Key]bool{}
	for _, k := range pageKeys() {
		listed[k] = true
	}
	for name, k := range catalogueKeys(t) {
		if strings.HasPrefix(string(k), "page.") && !listed[k] {
			t.Errorf("%s (%q) is not in pageKeys: the page would not get it", name, k)
		}
	}
	id, en := PageMessages(ID), PageMessages(EN)
	assert.Equal(t, "Perencanaan Mutasi Pejabat", id["title"])
	assert.Equal(t, "Promosi", id["move.promote"])
	assert.Equal(t, len(id), len(en))
}
