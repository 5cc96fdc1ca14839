package model

import (
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// Decree holds what the lampiran SK prints around the plan's moves: the
// title block of the decree it is attached to ("LAMPIRAN KEPUTUSAN WALI KOTA
// CONTOH, NOMOR …, TANGGAL …, TENTANG …") and the signature block. It is the
// policy file's section [decree]. Every field may be empty: the lampiran
// then prints a blank line to fill in by hand.
type Decree struct {
	// Title is the signer's office: "WALI KOTA", "BUPATI" or "GUBERNUR".
	Title string
	// Region is the region's name as the title continues it: "CONTOH" for
	// "WALI KOTA CONTOH".
	Region string
	// Number is the decree's number, e.g. "800/123/BKPSDM/2028".
	Number string
	// Date is the decree's date; zero when not yet known.
	Date time.Time
	// Subject is what the decree is about (TENTANG).
	Subject string
	// Signer and SignerNIP are the name and NIP printed under the
	// signature; a regional head has no NIP.
	Signer    string
	SignerNIP string
}

// decreeTitle reads the office that signs a decree of a region's posts, in
// the forms people write it ("Wali Kota", "walikota", "Bupati"), in its
// decree form.
func decreeTitle(v string) (string, error) {
	switch parseSqueeze(v) {
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
	if strings.IndexFunc(v, IsControl) >= 0 {
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
	if t, err := ParseDate(v); err == nil {
		return t, nil
	}
	t, err := ParseCellDate(v)
	if err != nil {
		return time.Time{}, i18n.Errorf(i18n.PolicyBadDecreeDate, v)
	}
	// The same years as every date of the policy (ParseDate).
	if err := planYears(t); err != nil {
		return time.Time{}, err
	}
	return t, nil
}

// decreeNIP checks the signer's NIP: empty, or 18 digits (spaces allowed).
func decreeNIP(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	n, err := ParseNIP(v)
	if err != nil {
		return "", i18n.Errorf(i18n.PolicyBadNIPErr, v, err)
	}
	return n.Raw, nil
}
