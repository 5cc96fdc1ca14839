package model

import "time"

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
