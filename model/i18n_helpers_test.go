package model

import "github.com/mutasi-id/mutasi/internal/i18n"

// The tests read the plan's messages in English, the language of their
// expectations; the catalogue's tests check the Indonesian forms.

// en renders m in English.
func en(m i18n.Msg) string { return m.Text(i18n.EN) }

// ens renders ms in English.
func ens(ms []i18n.Msg) []string { return i18n.Texts(ms, i18n.EN) }

// textVerdict is a Verdict with its reason rendered in English, comparable.
type textVerdict struct{ Rule, Reason string }

// textVerdicts renders vs in English.
func textVerdicts(vs []Verdict) []textVerdict {
	if vs == nil {
		return nil
	}
	out := make([]textVerdict, len(vs))
	for k, v := range vs {
		out[k] = textVerdict{v.Rule, en(v.Reason)}
	}
	return out
}

// rawReason is a test's own reason text as a message.
func rawReason(s string) i18n.Msg { return i18n.M(i18n.RuleList, s) }
