package serve

import (
	"bytes"
	"net/http"
	"net/url"
	"testing"
)

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
	app := testServer(f, "127.0.0.1", "")
	h := app
	sess := newSession(f, h).Session
	nip := app.cfg.Roster.Officials[0].NIP.Raw
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
		w := send(t, h, request{Method: e[0], Target: e[1] + "?" + q.Encode(), Body: bytes.NewReader(body), ContentType: "application/json"})
		if w.Code >= 500 && w.Code != http.StatusServiceUnavailable {
			t.Fatalf("%s %s?%s %q: %d %s", e[0], e[1], q.Encode(), body, w.Code, w.Body)
		}
	})
}
