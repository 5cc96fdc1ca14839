package policyfile

import (
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// The readers of the [decree] section's values.

// decreeTitle reads the office that signs a decree of a region's posts, in
// the forms people write it ("Wali Kota", "walikota", "Bupati"), in its
// decree form.
func decreeTitle(v string) (string, error) {
	switch squeeze(v) {
	case "":
		return "", nil
	case "walikota", "mayor":
		return "WALI KOTA", nil
	case "bupati", "regent":
		return "BUPATI", nil
	case "gubernur", "governor":
		return "GUBERNUR", nil
	}
	return "", i18n.Errorf(i18n.PolicyWantTitle, v)
}

// decreeText checks a text field of the decree: one line of printable
// characters, at most max of them.
func decreeText(v string, max int) (string, error) {
	if strings.IndexFunc(v, model.IsControl) >= 0 {
		return "", i18n.Errorf(i18n.PolicyControl, v)
	}
	if n := len([]rune(v)); n > max {
		return "", i18n.Errorf(i18n.PolicyTooLong, n, max)
	}
	return strings.Join(strings.Fields(v), " "), nil
}

// decreeDate reads the decree's date as the policy's dates (YYYY-MM-DD,
// DD-MM-YYYY, DD/MM/YYYY) or as decrees write it ("1 Maret 2028").
func decreeDate(v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := model.ParseDate(v); err == nil {
		return t, nil
	}
	t, err := model.ParseCellDate(v)
	if err != nil {
		return time.Time{}, i18n.Errorf(i18n.PolicyBadDecreeDate, v)
	}
	// The same years as every date of the policy (model.ParseDate).
	if err := model.CheckPlanDate(t); err != nil {
		return time.Time{}, err
	}
	return t, nil
}

// decreeNIP checks the signer's NIP: empty, or 18 digits (spaces allowed).
func decreeNIP(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	n, err := model.ParseNIP(v)
	if err != nil {
		return "", i18n.Errorf(i18n.PolicyBadNIPErr, v, err)
	}
	return n.Raw, nil
}

// squeeze lower-cases s and drops spaces and the separators people put
// between words of an office ("Wali Kota", "wali-kota", "walikota").
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\u00a0', '.', '/', '-', '_':
			return -1
		}
		return r
	}, strings.ToLower(s))
}
