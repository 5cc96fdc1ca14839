package main

import (
	"bytes"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// fuzzFlags are the flags FuzzCLIFlags may pass, by command: every flag
// that takes what a user types, none that names a file to read or write.
var fuzzFlags = map[string][]string{
	"solve": {"--date", "--weight", "--pin", "--forbid", "--calendar", "--decree", "--format", "--lang", "--all",
		"--alternatives", "--solver", "--candidates", "--classes", "--csv-sep", "--print-policy", "--verbose"},
	"whatif":   {"--date", "--weight", "--pin", "--forbid", "--calendar", "--scenario", "--format", "--sweep", "--precision"},
	"explain":  {"--date", "--weight", "--pin", "--forbid", "--calendar", "--format"},
	"validate": {"--date", "--format"},
}

// fuzzCommands are the commands FuzzCLIFlags runs, in a fixed order.
var fuzzCommands = []string{"solve", "whatif", "explain", "validate"}

// fuzzArgs builds a command line from spec, one argument a line: an
// argument that looks like a flag is kept only when the command allows it
// (as "--flag" or "--flag=value"); anything else is kept as a value.
func fuzzArgs(cmd uint8, spec string) []string {
	name := fuzzCommands[int(cmd)%len(fuzzCommands)]
	args := []string{name}
	for _, a := range strings.Split(spec, "\n") {
		if strings.HasPrefix(a, "-") {
			flag, _, _ := strings.Cut(a, "=")
			ok := false
			for _, f := range fuzzFlags[name] {
				ok = ok || flag == f
			}
			if !ok {
				continue
			}
		}
		args = append(args, a)
	}
	return args
}

// FuzzCLIFlags runs the commands on the embedded sample with flags and
// values built from the input: whatever a user types, the exit code is 0,
// 2 or 3, never 1 (an internal failure), and nothing panics.
func FuzzCLIFlags(f *testing.F) {
	for _, s := range []struct {
		cmd  uint8
		spec string
	}{
		{0, "--weight\nfit=1e308"},
		{0, "--weight\nfit=1e300\n--weight\nperformance=1e300\n--format\njson"},
		{0, "--weight=release=1e-320\n--weight=fit=1000"},
		{0, "--date\n0001-01-01"},
		{0, "--date\n1900-01-01"},
		{0, "--date=31/12/2099\n--alternatives\n2\n--format\njson"},
		{0, "--pin\n197104242001061931=-\n--forbid\n197104242001061931=SETDA-SEKDA"},
		{0, "--solver\nsparse\n--candidates\n1"},
		{0, "--calendar\ncandidates_set=2026-06-01\n--calendar\nacting_head=ya"},
		{0, "--decree\nissued=1 Maret 1900"},
		{0, "--format\ncsv\n--csv-sep\n;\n--lang\nen\n--all"},
		{1, "--scenario\nbig:fit=1e308"},
		{1, "--sweep\nfit=0:1000:250"},
		{1, "--sweep\nweights.fit=0:3:0.25\n--precision\n1e-300"},
		{2, "197104242001061931\n--weight\nrelease=1e308"},
		{2, "199999999999999999"},
		{3, "--date\n2026-02-30"},
	} {
		f.Add(s.cmd, s.spec)
	}
	f.Fuzz(func(t *testing.T, cmd uint8, spec string) {
		args := fuzzArgs(cmd, spec)
		var errb bytes.Buffer
		if code := run(args, strings.NewReader(""), io.Discard, &errb); code == exitFailure {
			t.Fatalf("%q: exit 1: %s", args, errb.String())
		}
	})
}

// fuzzEndpoints are the API requests FuzzServeAPI sends: method and path.
var fuzzEndpoints = [][2]string{
	{"POST", "/api/solve"},
	{"GET", "/api/explain"},
	{"GET", "/api/alternatives"},
	{"GET", "/api/download"},
	{"POST", "/api/base"},
	{"POST", "/api/session"},
}

// FuzzServeAPI sends the page's API requests with a query and a JSON body
// built from the input, on a session of the sample: the answer is never a
// server error (500), whatever the page or another program sends.
func FuzzServeAPI(f *testing.F) {
	app := serveTestApp(f, "127.0.0.1", "")
	h := app.handler()
	sess := serveNewSession(f, h).Session
	nip := app.cfg.roster.Officials[0].NIP.Raw
	for _, s := range []struct {
		ep          uint8
		query, body string
	}{
		{0, "", `{"seq":5,"set":{"weights.fit":"1e308"}}`},
		{0, "", `{"seq":6,"set":{"weights.fit":"1e300","weights.performance":"1e300"}}`},
		{0, "", `{"seq":7,"set":{"date":"1900-01-01"}}`},
		{0, "", `{"seq":8,"set":{"date":"0001-01-01"}}`},
		{0, "", `{"seq":9223372036854775807}`},
		{0, "", `{"seq":-1}`},
		{0, "", `{"seq":10,"set":{"rules.jpm_min_value":"1e400","rules.horizon_months":"99999999999999999999"}}`},
		{0, "", `{"seq":11,"pins":["197104242001061931=-","197104242001061931=NOPE"],"forbids":["x"]}`},
		{0, "", `{"seq":12,"set":{"calendar.candidates_set":"2026-06-01","decree.issued":"1 Maret 1900"}}`},
		{1, "nip=" + nip, ""},
		{1, "nip=%00%1b", ""},
		{2, "k=5", ""},
		{2, "k=99999999999999999999", ""},
		{3, "what=csv&lang=id", ""},
		{3, "what=pdf&lang=xx", ""},
		{4, "", ""},
		{5, "", ""},
	} {
		f.Add(s.ep, s.query, []byte(s.body))
	}
	f.Fuzz(func(t *testing.T, ep uint8, query string, body []byte) {
		e := fuzzEndpoints[int(ep)%len(fuzzEndpoints)]
		q, err := url.ParseQuery(query)
		if err != nil {
			q = url.Values{}
		}
		q.Set("session", sess)
		w := serveDo(t, h, serveReq{method: e[0], target: e[1] + "?" + q.Encode(), body: bytes.NewReader(body), ctype: "application/json"})
		if w.Code >= 500 && w.Code != http.StatusServiceUnavailable {
			t.Fatalf("%s %s?%s %q: %d %s", e[0], e[1], q.Encode(), body, w.Code, w.Body)
		}
	})
}
