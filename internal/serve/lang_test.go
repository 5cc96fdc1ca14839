package serve

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/i18n/i18ntest"
)

// TestAPISpeaksIndonesian reads what the page's API answers in the default
// language: the plan's reasons, warnings, vacancies and approval, the
// settings' help, an explanation, the next-best plans, the frontier and the
// errors of refused requests. It fails on any word of the catalogue's
// English texts that its Indonesian texts never use.
func TestAPISpeaksIndonesian(t *testing.T) {
	foreign, err := i18ntest.Foreign(i18n.ID)
	require.NoError(t, err)
	checkLanguage(t, foreign, "")
}

// TestAPISpeaksEnglish is the reverse with ?lang=en: no word of the
// catalogue's Indonesian texts that its English texts never use, but for
// the roster's own words (names, posts, units, competencies, the approval
// letter), Indonesian in either language.
func TestAPISpeaksEnglish(t *testing.T) {
	foreign, err := i18ntest.ForeignToRoster(i18n.EN, sampleDir)
	require.NoError(t, err)
	checkLanguage(t, foreign, "&lang=en")
}

// checkLanguage sends the page's requests, with lang added to each
// query, and fails on any word of foreign in the answers' texts.
func checkLanguage(t *testing.T, foreign map[string]bool, lang string) {
	h := testServer(t, "127.0.0.1", "")
	st := newSession(t, h)
	sess := "?session=" + st.Session + lang
	post := func(target, body string) request {
		return request{Method: http.MethodPost, Target: target + sess, Body: strings.NewReader(body), ContentType: "application/json"}
	}
	for _, q := range []request{
		{Target: "/api/state" + sess},
		{Target: "/api/messages?" + strings.TrimPrefix(lang, "&")},
		{Target: "/api/explain" + sess + "&nip=196912101997011677"},
		{Target: "/api/explain" + sess + "&nip=197308092003101727"},
		{Target: "/api/explain" + sess + "&nip=199901012020011001"},
		{Target: "/api/alternatives" + sess + "&k=2"},
		{Target: "/api/frontier" + sess},
		post("/api/solve", `{"seq":1,"set":{"date":"12027-01-01"}}`),
		post("/api/solve", `{"seq":2,"set":{"fit":"x"}}`),
		post("/api/solve", `{"seq":3,"pins":["196912101997011677=SETDA-SEKDA"]}`),
		post("/api/solve", `{"seq":4,"lain":1}`),
		post("/api/solve", `{"seq":5,"set":{"fit":"2"},"forbids":["196912101997011677=SETDA-BAG-UMUM"]}`),
	} {
		w := send(t, h, q)
		text := w.Body.String()
		if json.Valid(w.Body.Bytes()) {
			var err error
			text, err = i18ntest.JSONTexts(text)
			require.NoError(t, err)
		}
		if leaks := i18ntest.Leaks(text, foreign); len(leaks) > 0 {
			t.Errorf("%s %s (%d): %d lines in English:\n%s", q.Method, q.Target, w.Code, len(leaks), strings.Join(leaks, "\n"))
		}
	}
}
