// Package servetest sends the page's requests to a handler of package serve
// in tests, as the page sends them: from its own origin, with its uploads
// as multipart forms, its answers decoded from JSON, its lampiran read back
// (LampiranTable). It does not import package serve, so that serve's own
// tests use it too; the caller names the type each answer decodes into.
package servetest

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Request is one request to the page's handler, from the page's own origin
// (host 127.0.0.1:8080) unless Host or Header say otherwise. A Header value
// "" removes that header.
type Request struct {
	Method, Target string
	Body           io.Reader
	ContentType    string
	Host           string
	Header         map[string]string
}

// Do sends q to h and returns the answer.
func Do(t testing.TB, h http.Handler, q Request) *httptest.ResponseRecorder {
	t.Helper()
	if q.Method == "" {
		q.Method = http.MethodGet
	}
	r := httptest.NewRequest(q.Method, q.Target, q.Body)
	r.Host = "127.0.0.1:8080"
	if q.Host != "" {
		r.Host = q.Host
	}
	if q.ContentType != "" {
		r.Header.Set("Content-Type", q.ContentType)
	}
	if q.Method == http.MethodPost {
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		r.Header.Set("Origin", "http://"+r.Host)
	}
	for k, v := range q.Header {
		if v == "" {
			r.Header.Del(k)
		} else {
			r.Header.Set(k, v)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// NewSession opens a session (POST /api/session), fails the test unless it
// is opened, and returns its state decoded into S.
func NewSession[S any](t testing.TB, h http.Handler) S {
	t.Helper()
	w := Do(t, h, Request{Method: http.MethodPost, Target: "/api/session"})
	if w.Code != http.StatusOK {
		t.Fatalf("POST /api/session: %d %s", w.Code, w.Body)
	}
	var st S
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &st))
	return st
}

// Solve posts the solve request req (POST /api/solve) for the session and
// returns the answer, with the plan decoded into R when it is 200.
func Solve[R any](t testing.TB, h http.Handler, session string, req any) (*httptest.ResponseRecorder, R) {
	t.Helper()
	b, err := json.Marshal(req)
	require.NoError(t, err)
	w := Do(t, h, Request{Method: http.MethodPost, Target: "/api/solve?session=" + session, Body: bytes.NewReader(b), ContentType: "application/json"})
	var resp R
	if w.Code == http.StatusOK {
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp))
	}
	return w, resp
}

// Form builds a multipart upload of the named parts: a value "@PATH" sends
// that file, "NAME|DATA" sends DATA as a file named NAME, anything else is
// sent as the content of a file named after the part (FIELD.csv), or as a
// plain field for "sample".
func Form(t testing.TB, parts [][2]string) (io.Reader, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, p := range parts {
		field, v := p[0], p[1]
		if field == "sample" {
			require.NoError(t, mw.WriteField(field, v))
			continue
		}
		name, data := field+".csv", []byte(v)
		if path, ok := strings.CutPrefix(v, "@"); ok {
			var err error
			data, err = os.ReadFile(path)
			require.NoError(t, err)
			name = filepath.Base(path)
		} else if n, rest, ok := strings.Cut(v, "|"); ok {
			name, data = n, []byte(rest)
		}
		fw, err := mw.CreateFormFile(field, name)
		require.NoError(t, err)
		_, err = fw.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, mw.Close())
	return &b, mw.FormDataContentType()
}

// Load uploads parts (Form) to the session (POST /api/load) and returns the
// answer with its state decoded into S.
func Load[S any](t testing.TB, h http.Handler, session string, parts [][2]string) (*httptest.ResponseRecorder, S) {
	t.Helper()
	body, ct := Form(t, parts)
	w := Do(t, h, Request{Method: http.MethodPost, Target: "/api/load?session=" + session, Body: body, ContentType: ct})
	var st S
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &st))
	return w, st
}

// LampiranTable returns the table of a lampiran sheet's rows (GetRows):
// from the header row, whose first cell is "No", to the last numbered row,
// and the header's row number (1-based).
func LampiranTable(t testing.TB, rows [][]string) (int, [][]string) {
	t.Helper()
	for k, r := range rows {
		if len(r) == 0 || r[0] != "No" {
			continue
		}
		end := k + 1
		for end < len(rows) && len(rows[end]) > 0 {
			if _, err := strconv.Atoi(rows[end][0]); err != nil {
				break
			}
			end++
		}
		return k + 1, rows[k:end]
	}
	t.Fatalf("no table header (a row starting with No) in %q", rows)
	return 0, nil
}
