package policyfile

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pelletier/go-toml/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

func policyfileDate(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// policyfileBase is the policy every test starts from.
func policyfileBase() *model.Policy { return policyDefaults(policyfileDate("2026-12-01")) }

func TestReadPolicyEdited(t *testing.T) {
	f, err := os.Open("testdata/policy/edited.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := policyfileBase()
	if err := Read(f, "edited.toml", p); err != nil {
		t.Fatal(err)
	}
	want := policyfileBase()
	want.Date = policyfileDate("2027-01-15")
	want.Weights = model.Weights{Performance: 2, Fit: 1.5, Tenure: 0.5, Talent: 0, Family: model.DefaultWeights().Family, Vacancy: 3, Release: 1000}
	want.Rules.TenureMin = false
	want.Rules.TenureMinMonths = 18
	want.Rules.TenureMaxHard = true
	want.Rules.JPMMin = true
	want.Rules.JPMMinValue = 0.7
	want.Rules.AllowDemotion = true
	want.Rules.JPTMaxAge = 58
	want.Pins = []model.Decision{
		{NIP: "197001012000031001", Position: "DINKES-01"},
		{NIP: "197202022001122002", Position: ""},
		{NIP: "197303032002031003", Position: "BAPPEDA-01"},
	}
	want.Forbids = []model.Decision{{NIP: "197404042003042004", Position: "INSP-01"}}
	want.Exempt = []string{"197505052004031005"}
	assert.Equal(t, want, p)
}

func TestWritePolicyRoundTrip(t *testing.T) {
	p := policyfileBase()
	for _, kv := range [][2]string{
		{"fit", "0.3333333333333333"}, {"weights.release", "1e-7"}, {"tenure_max_hard", "true"},
		{"rules.horizon_months", "6"}, {"pin", "197001012000031001=DINKES-01"},
		{"pin", `197202022001122002=-`}, {"forbid", `197404042003042004=Post "A" #1`},
		{"exempt", "197505052004031005"}, {"date", "31/12/2026"}, {"max_moves", "12"},
	} {
		if err := Set(p, kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := Write(&b, p, i18n.EN); err != nil {
		t.Fatal(err)
	}
	q := policyfileBase()
	q.Date = time.Time{}
	if err := Read(bytes.NewReader(b.Bytes()), "written.toml", q); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	assert.Equal(t, p, q, "round trip changed the policy; written:\n%s", b.String())
	// Every key is written, each after its comment.
	lines := strings.Split(b.String(), "\n")
	for _, k := range policyKeys() {
		found := false
		for n, l := range lines {
			if strings.HasPrefix(l, k.name+" = ") {
				found = true
				if n == 0 || !strings.HasPrefix(lines[n-1], "# ") || !strings.Contains(lines[n-1], "(default: ") {
					t.Errorf("key %s has no comment with its default above it", k.name)
				}
			}
		}
		if !found {
			t.Errorf("key %s not written", k.full())
		}
	}
	// Writing twice gives the same bytes.
	var b2 bytes.Buffer
	Write(&b2, p, i18n.EN)
	if b.String() != b2.String() {
		t.Error("WritePolicy is not deterministic")
	}
}

func TestReadPolicyErrors(t *testing.T) {
	for _, tc := range []struct {
		name, file, want string
	}{
		{"unknown section", "[weight]\nfit = 1\n", "p.toml:1: unknown section [weight]"},
		{"unknown key", "[weights]\nfit = 1\nspeed = 2\n", `p.toml:3: unknown key "speed" in [weights]`},
		{"key in wrong section", "[weights]\ntenure_min = true\n", `p.toml:2: unknown key "tenure_min" in [weights]`},
		{"unknown top key", "colour = 1\n", `p.toml:1: unknown key "colour" at the top level`},
		{"bad number", "[weights]\nfit = abc\n", `p.toml:2: fit: unexpected character U+0061 'a' at start of value (column 7): quote text`},
		{"quoted bad number", "[weights]\nfit = \"abc\"\n", `p.toml:2: fit: bad value "abc": not a number`},
		{"negative weight", "[weights]\n\nfit = -1\n", `p.toml:3: fit: bad value "-1": must be between 0 and 1000`},
		{"bad bool", "[rules]\ntenure_min = \"maybe\"\n", `p.toml:2: tenure_min: bad value "maybe": want true or false`},
		{"bare word", "[rules]\ntenure_min = yes\n", `p.toml:2: tenure_min: unexpected character U+0079 'y' at start of value (column 14): quote text ("yes", "none"); booleans are true or false`},
		{"bad int", "[rules]\nhorizon_months = 1.5\n", `p.toml:2: horizon_months: bad value "1.5": not a whole number`},
		{"int range", "[rules]\ntenure_max_months = 0\n", `p.toml:2: tenure_max_months: bad value "0": must be between 1 and 600`},
		{"fraction", "[rules]\njpm_min_value = 68\n", `p.toml:2: jpm_min_value: bad value "68": must be between 0 and 1`},
		{"bad date", "date = 2026-13-01\n", `p.toml:1: date: bad date "2026-13-01"`},
		{"duplicate", "[weights]\nfit = 1\nfit = 2\n", "p.toml:3: fit: given twice (first at line 2)"},
		{"duplicate section", "[rules]\n[weights]\n[rules]\n", "p.toml:3: section [rules] given twice"},
		{"list to scalar", "[weights]\nfit = [1, 2]\n", "p.toml:2: fit: want a single value, got a list"},
		{"not closed", "[decisions]\npin = [\n \"197001012000031001 -> A\",\n", "p.toml:3: array is incomplete"},
		{"bad NIP", "[decisions]\npin = \"12345 -> A\"\n", `p.toml:2: pin: bad NIP "12345": want 18 digits`},
		{"pin without arrow", "[decisions]\npin = \"197001012000031001\"\n", `p.toml:2: pin: bad value "197001012000031001": want NIP=POST`},
		{"pinned twice", "[decisions]\npin = [\"197001012000031001 -> A\",\n \"197001012000031001 -> B\"]\n", "p.toml:2: pin: NIP 197001012000031001 pinned twice (first at line 2)"},
		{"forbid release", "[decisions]\nforbid = \"197001012000031001 -> -\"\n", "p.toml:2: forbid: bad value"},
		{"no equals", "[rules]\ntenure_min\n", "p.toml:2: expected '=' after key"},
		{"unquoted text", "[decisions]\nexempt = [197001012000031001 x]\n", "p.toml:2: exempt: expected ',' or ']' after array value"},
		{"missing value", "[weights]\nfit =\n", "p.toml:2: fit: unexpected character U+000A at start of value"},
		{"trailing junk", "[weights]\nfit = 1 2\n", "p.toml:2: fit: expected newline but got U+0032 '2'"},
		{"open string", "[decisions]\nexempt = \"1970\n", "p.toml:2: exempt: basic strings cannot have new lines"},
		{"bad header", "[rules\n", "p.toml:1: expected ']' to close table name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := policyfileBase()
			before := p.Clone()
			err := Read(strings.NewReader(tc.file), "p.toml", p)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if !reflect.DeepEqual(p, before) {
				t.Error("a failed read changed the policy")
			}
		})
	}
}

func TestPolicySet(t *testing.T) {
	for _, tc := range []struct {
		key, value string
		check      func(p *model.Policy) bool
		err        string
	}{
		{"performance", "2", func(p *model.Policy) bool { return p.Weights.Performance == 2 }, ""},
		{"weights.talent", "0.5", func(p *model.Policy) bool { return p.Weights.Talent == 0.5 }, ""},
		{"rules.tenure_min", "false", func(p *model.Policy) bool { return !p.Rules.TenureMin }, ""},
		{"tenure_min_months", "18", func(p *model.Policy) bool { return p.Rules.TenureMinMonths == 18 }, ""},
		{"tenure_max_hard", "true", func(p *model.Policy) bool { return p.Rules.TenureMaxHard }, ""},
		{"jpm_min", "true", func(p *model.Policy) bool { return p.Rules.JPMMin }, ""},
		{"jpm_min_value", "0.7", func(p *model.Policy) bool { return p.Rules.JPMMinValue == 0.7 }, ""},
		{"allow_demotion", "yes", func(p *model.Policy) bool { return p.Rules.AllowDemotion }, ""},
		{"jpt_max_age", "58", func(p *model.Policy) bool { return p.Rules.JPTMaxAge == 58 }, ""},
		{"date", "2027-02-01", func(p *model.Policy) bool { return p.Date.Equal(policyfileDate("2027-02-01")) }, ""},
		{"date", "01-02-2027", func(p *model.Policy) bool { return p.Date.Equal(policyfileDate("2027-02-01")) }, ""},
		{"pin", "197001012000031001=DINKES-01", func(p *model.Policy) bool {
			return reflect.DeepEqual(p.Pins, []model.Decision{{NIP: "197001012000031001", Position: "DINKES-01"}})
		}, ""},
		{"pin", "197001012000031001=", func(p *model.Policy) bool {
			return reflect.DeepEqual(p.Pins, []model.Decision{{NIP: "197001012000031001", Position: ""}})
		}, ""},
		{"decisions.forbid", "197001012000031001 -> INSP-01", func(p *model.Policy) bool {
			return reflect.DeepEqual(p.Forbids, []model.Decision{{NIP: "197001012000031001", Position: "INSP-01"}})
		}, ""},
		{"exempt", "197001012000031001", func(p *model.Policy) bool { return reflect.DeepEqual(p.Exempt, []string{"197001012000031001"}) }, ""},
		{"speed", "1", nil, `unknown policy key "speed"`},
		{"fit", "NaN", nil, `weights.fit: bad value "NaN": not a number`},
		{"fit", "+Inf", nil, `weights.fit: bad value "+Inf": not a number`},
		{"pin", "197001012000031001", nil, `decisions.pin: bad value "197001012000031001": want NIP=POST`},
		{"exempt", "1970", nil, `decisions.exempt: bad NIP "1970": want 18 digits`},
		{"date", "tomorrow", nil, `date: bad date "tomorrow": want YYYY-MM-DD`},
	} {
		t.Run(tc.key+"="+tc.value, func(t *testing.T) {
			p := policyfileBase()
			err := Set(p, tc.key, tc.value)
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("got %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(p) {
				t.Errorf("Set(%q, %q) gave %+v", tc.key, tc.value, p)
			}
		})
	}
}

func TestPolicySetPinReplaces(t *testing.T) {
	p := policyfileBase()
	q := p.Clone()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(Set(p, "pin", "197001012000031001=A"))
	r := p.Clone()
	must(Set(p, "pin", "197202022001122002=B"))
	must(Set(p, "pin", "197001012000031001=C"))
	must(Set(p, "forbid", "197001012000031001=D"))
	must(Set(p, "forbid", "197001012000031001=D"))
	want := []model.Decision{{NIP: "197001012000031001", Position: "C"}, {NIP: "197202022001122002", Position: "B"}}
	if !reflect.DeepEqual(p.Pins, want) {
		t.Errorf("pins %v, want %v", p.Pins, want)
	}
	if len(p.Forbids) != 1 {
		t.Errorf("forbids %v: a repeated forbid must not be added twice", p.Forbids)
	}
	if len(q.Pins) != 0 || !reflect.DeepEqual(r.Pins, []model.Decision{{NIP: "197001012000031001", Position: "A"}}) {
		t.Errorf("Set changed a clone: %v %v", q.Pins, r.Pins)
	}
}

func TestPolicyKeys(t *testing.T) {
	keys := Keys()
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k] {
			t.Errorf("key %s listed twice", k)
		}
		seen[k] = true
		// Every key's short name must be unambiguous for Set.
		short := k[strings.LastIndex(k, ".")+1:]
		for _, o := range keys {
			if o != k && o[strings.LastIndex(o, ".")+1:] == short {
				t.Errorf("short name %s is ambiguous: %s and %s", short, k, o)
			}
		}
	}
	if len(keys) != 1+7+23+5+3+7 {
		t.Errorf("%d keys: update the test and docs/policy.md", len(keys))
	}
}

func FuzzParsePolicy(f *testing.F) {
	if b, err := os.ReadFile("testdata/policy/edited.toml"); err == nil {
		f.Add(string(b))
	}
	var b bytes.Buffer
	Write(&b, policyfileBase(), i18n.EN)
	f.Add(b.String())
	f.Add("[decisions]\npin = [\n'197001012000031001 -> \"x\"', # c\n]\n")
	f.Add("date = \"\"\n[weights]\nfit = 1e300\n")
	f.Fuzz(func(t *testing.T, s string) {
		p := policyfileBase()
		if err := Read(strings.NewReader(s), "fuzz.toml", p); err != nil {
			return
		}
		// Whatever was read must print to a file that reads back the same.
		var out bytes.Buffer
		if err := Write(&out, p, i18n.EN); err != nil {
			t.Fatal(err)
		}
		q := policyfileBase()
		if err := Read(bytes.NewReader(out.Bytes()), "again.toml", q); err != nil {
			t.Fatalf("re-reading the written policy: %v\n%s", err, out.String())
		}
		require.Equal(t, p, q, "round trip changed the policy")
	})
}

// TestPolicyDocs: docs/policy.md documents every key.
func TestPolicyDocs(t *testing.T) {
	b, err := os.ReadFile("../../docs/policy.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range policyKeys() {
		if !strings.Contains(string(b), "| `"+k.name+"` |") {
			t.Errorf("docs/policy.md has no row for %s", k.full())
		}
	}
	// The example file of the page reads without error.
	_, after, ok := strings.Cut(string(b), "```toml\n")
	example, _, ok2 := strings.Cut(after, "```")
	if !ok || !ok2 {
		t.Fatal("docs/policy.md has no toml example")
	}
	p := policyfileBase()
	if err := Read(strings.NewReader(example), "docs/policy.md", p); err != nil {
		t.Errorf("the example: %v", err)
	}
	if len(p.Pins) != 3 || len(p.Forbids) != 1 || len(p.Exempt) != 1 || p.Weights.Fit != 2 || p.Rules.TenureMin {
		t.Errorf("the example read as %+v", p)
	}
}

// TestPolicyKeysBounded checks every key of the policy that takes a number
// or a date, including keys added later: a value too large to score with,
// an infinity or a mistyped year is refused with an error naming the key,
// and the key's own default is accepted back.
func TestPolicyKeysBounded(t *testing.T) {
	def := model.DefaultPolicy(policyfileDate("2026-12-01"))
	numbers, dates := 0, 0
	for _, k := range policyKeys() {
		if k.list {
			continue
		}
		v := k.get(&def)[0]
		var bad []string
		switch {
		case policyIsNumber(v):
			numbers++
			bad = []string{"1e308", "-1e308", "1e400", "-1e400", "NaN", "Inf", "99999999999999999999"}
		case policyIsDate(v) || k.name == "date" || strings.Contains(i18n.EN.T(k.doc), "YYYY-MM-DD") || strings.Contains(i18n.EN.T(k.doc), "the day"):
			dates++
			bad = []string{"0001-01-01", "1900-01-01", "9999-12-31", "31-12-12027"}
		default:
			continue
		}
		for _, b := range bad {
			p := model.DefaultPolicy(policyfileDate("2026-12-01"))
			err := Set(&p, k.full(), b)
			if err == nil || !strings.HasPrefix(err.Error(), k.full()+": ") {
				t.Errorf("%s = %s: %v, want an error naming the key", k.full(), b, err)
			}
		}
		p := model.DefaultPolicy(policyfileDate("2026-12-01"))
		if v != `""` {
			if err := Set(&p, k.full(), v); err != nil {
				t.Errorf("%s = %s (its default): %v", k.full(), v, err)
			}
		}
	}
	if numbers < 10 || dates < 1 {
		t.Errorf("%d numeric and %d date keys found: the test does not see the table", numbers, dates)
	}
}

func policyIsNumber(v string) bool {
	_, err := strconv.ParseFloat(v, 64)
	return err == nil
}

func policyIsDate(v string) bool {
	_, err := time.Parse(time.DateOnly, v)
	return err == nil
}

// TestPolicyMaxMoves: the move budget is none by default, a whole number
// from 0 to model.MaxMovesLimit, and none again.
func TestPolicyMaxMoves(t *testing.T) {
	p := policyfileBase()
	if p.Rules.MoveBudget {
		t.Fatal("a move budget by default")
	}
	for _, c := range []struct {
		v    string
		on   bool
		k    int
		fail bool
	}{{"0", true, 0, false}, {"25", true, 25, false}, {"none", false, 0, false}, {"NONE", false, 0, false},
		{"-1", false, 0, true}, {"2.5", false, 0, true}, {"1000001", false, 0, true}, {"ten", false, 0, true}} {
		q := p.Clone()
		err := Set(q, "rules.max_moves", c.v)
		if (err != nil) != c.fail {
			t.Errorf("max_moves = %s: error %v", c.v, err)
			continue
		}
		if !c.fail && (q.Rules.MoveBudget != c.on || q.Rules.MaxMoves != c.k) {
			t.Errorf("max_moves = %s: budget %v, %d", c.v, q.Rules.MoveBudget, q.Rules.MaxMoves)
		}
	}
}

// TestPolicyRefusesControlCharacters: no value of the policy, from a flag,
// the page or the file, carries a control character to the outputs.
func TestPolicyRefusesControlCharacters(t *testing.T) {
	for _, kv := range [][2]string{
		{"calendar.approval_letter", "B-1\x1b[2J/2026"},
		{"calendar.approval_letter", "surat \u202eterbalik"},
		{"pin", "197104242001061931=SETDA\x00-SEKDA"},
		{"date", "2026-12-01\u200f"},
	} {
		p := model.DefaultPolicy(policyfileDate("2026-12-01"))
		if err := Set(&p, kv[0], kv[1]); err == nil || !strings.Contains(err.Error(), "control characters are not allowed") {
			t.Errorf("Set(%s, %q): %v", kv[0], kv[1], err)
		}
	}
	p := model.DefaultPolicy(policyfileDate("2026-12-01"))
	err := Read(strings.NewReader("[calendar]\napproval_letter = \"B-1\\n/2026\"\n"), "p.toml", &p)
	if err == nil || !strings.HasPrefix(err.Error(), "p.toml:2: approval_letter: bad value") {
		t.Errorf("policy file: %v", err)
	}
}

// TestRuleKeys checks that every policy key of the rules' catalogue
// (model.RuleCatalog) is a key of the policy file.
func TestRuleKeys(t *testing.T) {
	keys := Keys()
	for _, ru := range model.RuleCatalog() {
		for _, k := range strings.Split(ru.Keys, ", ") {
			if !slices.Contains(keys, k) {
				t.Errorf("%s: key %q is not a policy key", ru.Code, k)
			}
		}
	}
}

// TestWriteIsTOML decodes the written policy with go-toml's own decoder (not
// the expression parser Read uses): every key is there once, in its
// section, with the TOML type of its value.
func TestWriteIsTOML(t *testing.T) {
	p := policyfileBase()
	for _, kv := range [][2]string{{"pin", "197001012000031001=DINKES-01"}, {"exempt", "197505052004031005"},
		{"decree.subject", `Tentang "mutasi" \ rotasi`}, {"max_moves", "12"}} {
		if err := Set(p, kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []*model.Policy{policyfileBase(), p} {
		var b bytes.Buffer
		if err := Write(&b, q, i18n.EN); err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := toml.Unmarshal(b.Bytes(), &doc); err != nil {
			t.Fatalf("the written policy is not TOML: %v\n%s", err, b.String())
		}
		for _, k := range policyKeys() {
			v, ok := doc[k.name]
			if k.section != "" {
				v, ok = doc[k.section].(map[string]any)[k.name]
			}
			if !ok {
				t.Errorf("%s is not in the written policy", k.full())
			}
			if k.list {
				if _, isList := v.([]any); !isList {
					t.Errorf("%s = %v (%T): want a list", k.full(), v, v)
				}
			}
		}
	}
	var doc map[string]any
	var b bytes.Buffer
	if err := Write(&b, p, i18n.EN); err != nil {
		t.Fatal(err)
	}
	if err := toml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc["decree"].(map[string]any)["subject"]; got != `Tentang "mutasi" \ rotasi` {
		t.Errorf("decree.subject = %q", got)
	}
	if got := doc["rules"].(map[string]any)["max_moves"]; got != int64(12) {
		t.Errorf("rules.max_moves = %v (%T)", got, got)
	}
}
