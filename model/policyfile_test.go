package model

import (
	"bytes"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func policyfileDate(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// policyfileBase is the policy every test starts from.
func policyfileBase() *Policy { return policyDefaults(policyfileDate("2026-12-01")) }

func TestReadPolicyEdited(t *testing.T) {
	f, err := os.Open("testdata/policy/edited.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := policyfileBase()
	if err := ReadPolicy(f, "edited.toml", p); err != nil {
		t.Fatal(err)
	}
	want := policyfileBase()
	want.Date = policyfileDate("2027-01-15")
	want.Weights = Weights{Performance: 2, Fit: 1.5, Tenure: 0.5, Talent: 0, Family: DefaultWeights().Family, Vacancy: 3, Release: 1000}
	want.Rules.TenureMin = false
	want.Rules.TenureMinMonths = 18
	want.Rules.TenureMaxHard = true
	want.Rules.JPMMin = true
	want.Rules.JPMMinValue = 0.7
	want.Rules.AllowDemotion = true
	want.Rules.JPTMaxAge = 58
	want.Pins = []Decision{
		{"197001012000031001", "DINKES-01"},
		{"197202022001122002", ""},
		{"197303032002031003", "BAPPEDA-01"},
	}
	want.Forbids = []Decision{{"197404042003042004", "INSP-01"}}
	want.Exempt = []string{"197505052004031005"}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("got\n%+v\nwant\n%+v", p, want)
	}
}

func TestWritePolicyRoundTrip(t *testing.T) {
	p := policyfileBase()
	for _, kv := range [][2]string{
		{"fit", "0.3333333333333333"}, {"weights.release", "1e-7"}, {"tenure_max_hard", "true"},
		{"rules.horizon_months", "6"}, {"pin", "197001012000031001=DINKES-01"},
		{"pin", `197202022001122002=-`}, {"forbid", `197404042003042004=Post "A" #1`},
		{"exempt", "197505052004031005"}, {"date", "31/12/2026"}, {"max_moves", "12"},
	} {
		if err := p.Set(kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := WritePolicy(&b, p); err != nil {
		t.Fatal(err)
	}
	q := policyfileBase()
	q.Date = time.Time{}
	if err := ReadPolicy(bytes.NewReader(b.Bytes()), "written.toml", q); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if !reflect.DeepEqual(p, q) {
		t.Errorf("round trip changed the policy:\n%+v\n%+v\n%s", p, q, b.String())
	}
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
	WritePolicy(&b2, p)
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
		{"bad number", "[weights]\nfit = abc\n", `p.toml:2: fit: bad value "abc": not a number`},
		{"negative weight", "[weights]\n\nfit = -1\n", `p.toml:3: fit: bad value "-1": must be between 0 and 1000`},
		{"bad bool", "[rules]\ntenure_min = maybe\n", `p.toml:2: tenure_min: bad value "maybe": want true or false`},
		{"bad int", "[rules]\nhorizon_months = 1.5\n", `p.toml:2: horizon_months: bad value "1.5": not a whole number`},
		{"int range", "[rules]\ntenure_max_months = 0\n", `p.toml:2: tenure_max_months: bad value "0": must be between 1 and 600`},
		{"fraction", "[rules]\njpm_min_value = 68\n", `p.toml:2: jpm_min_value: bad value "68": must be between 0 and 1`},
		{"bad date", "date = 2026-13-01\n", `p.toml:1: date: bad date "2026-13-01"`},
		{"duplicate", "[weights]\nfit = 1\nfit = 2\n", "p.toml:3: fit: given twice (first at line 2)"},
		{"duplicate section", "[rules]\n[weights]\n[rules]\n", "p.toml:3: section [rules] given twice"},
		{"list to scalar", "[weights]\nfit = [1, 2]\n", "p.toml:2: fit: want a single value, got a list"},
		{"not closed", "[decisions]\npin = [\n \"197001012000031001 -> A\",\n", "p.toml:2: pin: array not closed with ]"},
		{"bad NIP", "[decisions]\npin = \"12345 -> A\"\n", `p.toml:2: pin: bad NIP "12345": want 18 digits`},
		{"pin without arrow", "[decisions]\npin = \"197001012000031001\"\n", `p.toml:2: pin: bad value "197001012000031001": want NIP=POST`},
		{"pinned twice", "[decisions]\npin = [\"197001012000031001 -> A\",\n \"197001012000031001 -> B\"]\n", "p.toml:2: pin: NIP 197001012000031001 pinned twice (first at line 2)"},
		{"forbid release", "[decisions]\nforbid = \"197001012000031001 -> -\"\n", "p.toml:2: forbid: bad value"},
		{"no equals", "[rules]\ntenure_min\n", `p.toml:2: want key = value, got "tenure_min"`},
		{"unquoted text", "[decisions]\nexempt = [197001012000031001 x]\n", "p.toml:2: exempt: bad list"},
		{"missing value", "[weights]\nfit =\n", "p.toml:2: fit: missing value"},
		{"trailing junk", "[weights]\nfit = 1 2\n", `p.toml:2: fit: bad value "1 2": unexpected "2" after the value`},
		{"open string", "[decisions]\nexempt = \"1970\n", "p.toml:2: exempt: bad value \"1970: string not closed"},
		{"bad header", "[rules\n", `p.toml:1: bad section header "[rules"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := policyfileBase()
			before := p.Clone()
			err := ReadPolicy(strings.NewReader(tc.file), "p.toml", p)
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
		check      func(p *Policy) bool
		err        string
	}{
		{"performance", "2", func(p *Policy) bool { return p.Weights.Performance == 2 }, ""},
		{"weights.talent", "0.5", func(p *Policy) bool { return p.Weights.Talent == 0.5 }, ""},
		{"rules.tenure_min", "false", func(p *Policy) bool { return !p.Rules.TenureMin }, ""},
		{"tenure_min_months", "18", func(p *Policy) bool { return p.Rules.TenureMinMonths == 18 }, ""},
		{"tenure_max_hard", "true", func(p *Policy) bool { return p.Rules.TenureMaxHard }, ""},
		{"jpm_min", "true", func(p *Policy) bool { return p.Rules.JPMMin }, ""},
		{"jpm_min_value", "0.7", func(p *Policy) bool { return p.Rules.JPMMinValue == 0.7 }, ""},
		{"allow_demotion", "yes", func(p *Policy) bool { return p.Rules.AllowDemotion }, ""},
		{"jpt_max_age", "58", func(p *Policy) bool { return p.Rules.JPTMaxAge == 58 }, ""},
		{"date", "2027-02-01", func(p *Policy) bool { return p.Date.Equal(policyfileDate("2027-02-01")) }, ""},
		{"date", "01-02-2027", func(p *Policy) bool { return p.Date.Equal(policyfileDate("2027-02-01")) }, ""},
		{"pin", "197001012000031001=DINKES-01", func(p *Policy) bool {
			return reflect.DeepEqual(p.Pins, []Decision{{"197001012000031001", "DINKES-01"}})
		}, ""},
		{"pin", "197001012000031001=", func(p *Policy) bool {
			return reflect.DeepEqual(p.Pins, []Decision{{"197001012000031001", ""}})
		}, ""},
		{"decisions.forbid", "197001012000031001 -> INSP-01", func(p *Policy) bool {
			return reflect.DeepEqual(p.Forbids, []Decision{{"197001012000031001", "INSP-01"}})
		}, ""},
		{"exempt", "197001012000031001", func(p *Policy) bool { return reflect.DeepEqual(p.Exempt, []string{"197001012000031001"}) }, ""},
		{"speed", "1", nil, `unknown policy key "speed"`},
		{"fit", "NaN", nil, `weights.fit: bad value "NaN": not a number`},
		{"fit", "+Inf", nil, `weights.fit: bad value "+Inf": not a number`},
		{"pin", "197001012000031001", nil, `decisions.pin: bad value "197001012000031001": want NIP=POST`},
		{"exempt", "1970", nil, `decisions.exempt: bad NIP "1970": want 18 digits`},
		{"date", "tomorrow", nil, `date: bad date "tomorrow": want YYYY-MM-DD`},
	} {
		t.Run(tc.key+"="+tc.value, func(t *testing.T) {
			p := policyfileBase()
			err := p.Set(tc.key, tc.value)
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
	must(p.Set("pin", "197001012000031001=A"))
	r := p.Clone()
	must(p.Set("pin", "197202022001122002=B"))
	must(p.Set("pin", "197001012000031001=C"))
	must(p.Set("forbid", "197001012000031001=D"))
	must(p.Set("forbid", "197001012000031001=D"))
	want := []Decision{{"197001012000031001", "C"}, {"197202022001122002", "B"}}
	if !reflect.DeepEqual(p.Pins, want) {
		t.Errorf("pins %v, want %v", p.Pins, want)
	}
	if len(p.Forbids) != 1 {
		t.Errorf("forbids %v: a repeated forbid must not be added twice", p.Forbids)
	}
	if len(q.Pins) != 0 || !reflect.DeepEqual(r.Pins, []Decision{{"197001012000031001", "A"}}) {
		t.Errorf("Set changed a clone: %v %v", q.Pins, r.Pins)
	}
}

func TestPolicyKeys(t *testing.T) {
	keys := PolicyKeys()
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
	WritePolicy(&b, policyfileBase())
	f.Add(b.String())
	f.Add("[decisions]\npin = [\n'197001012000031001 -> \"x\"', # c\n]\n")
	f.Add("date = \"\"\n[weights]\nfit = 1e300\n")
	f.Fuzz(func(t *testing.T, s string) {
		p := policyfileBase()
		if err := ReadPolicy(strings.NewReader(s), "fuzz.toml", p); err != nil {
			return
		}
		// Whatever was read must print to a file that reads back the same.
		var out bytes.Buffer
		if err := WritePolicy(&out, p); err != nil {
			t.Fatal(err)
		}
		q := policyfileBase()
		if err := ReadPolicy(bytes.NewReader(out.Bytes()), "again.toml", q); err != nil {
			t.Fatalf("re-reading the written policy: %v\n%s", err, out.String())
		}
		if !reflect.DeepEqual(p, q) {
			t.Fatalf("round trip changed the policy:\n%+v\n%+v", p, q)
		}
	})
}

// TestPolicyDocs: docs/policy.md documents every key.
func TestPolicyDocs(t *testing.T) {
	b, err := os.ReadFile("../docs/policy.md")
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
	if err := ReadPolicy(strings.NewReader(example), "docs/policy.md", p); err != nil {
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
	def := DefaultPolicy(loadDate)
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
		case policyIsDate(v) || k.name == "date" || strings.Contains(k.doc, "YYYY-MM-DD") || strings.Contains(k.doc, "the day"):
			dates++
			bad = []string{"0001-01-01", "1900-01-01", "9999-12-31", "31-12-12027"}
		default:
			continue
		}
		for _, b := range bad {
			p := DefaultPolicy(loadDate)
			err := p.Set(k.full(), b)
			if err == nil || !strings.HasPrefix(err.Error(), k.full()+": ") {
				t.Errorf("%s = %s: %v, want an error naming the key", k.full(), b, err)
			}
		}
		p := DefaultPolicy(loadDate)
		if v != `""` {
			if err := p.Set(k.full(), v); err != nil {
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
// from 0 to MaxMovesLimit, and none again.
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
		err := q.Set("rules.max_moves", c.v)
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
		p := DefaultPolicy(loadDate)
		if err := p.Set(kv[0], kv[1]); err == nil || !strings.Contains(err.Error(), "control characters are not allowed") {
			t.Errorf("Set(%s, %q): %v", kv[0], kv[1], err)
		}
	}
	p := DefaultPolicy(loadDate)
	err := ReadPolicy(strings.NewReader("[calendar]\napproval_letter = \"B-1\\n/2026\"\n"), "p.toml", &p)
	if err == nil || !strings.HasPrefix(err.Error(), "p.toml:2: approval_letter: bad value") {
		t.Errorf("policy file: %v", err)
	}
}
