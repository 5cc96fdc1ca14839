package model

// JPM returns the job-person match of an official's assessed competencies
// against a post's standard, as assessment centres report it:
//
//	JPM = Σ min(actual_k, required_k) / Σ required_k
//
// over M1–M8, SK and the technical competency TK, each capped at its
// standard. Competencies the post does not require (level 0) are left out.
// ok is false when the official has no assessed managerial or
// socio-cultural competency, so that "not assessed" is never read as "no
// competency"; a single unassessed one counts as 0 for that term. The
// technical term is counted only when the post sets a level and the official
// has one: technical competency is assessed apart from the managerial ones
// (uji kompetensi teknis), and a roster without it must not lower every
// JPM against a post that sets it.
func JPM(actual, required Profile) (jpm float64, ok bool) {
	var num, den int
	for k := range required {
		if actual[k] != 0 && k != TK {
			ok = true
		}
		if required[k] == 0 || k == TK && actual[k] == 0 {
			continue
		}
		den += int(required[k])
		num += int(min(actual[k], required[k]))
	}
	if !ok || den == 0 {
		return 0, false
	}
	return float64(num) / float64(den), true
}

// JPMCategory returns the category of a JPM for filling a post: "MS"
// (memenuhi syarat, ≥ 80 %), "MMS" (masih memenuhi syarat, 68–80 %) or "KMS"
// (kurang memenuhi syarat, < 68 %).
func JPMCategory(jpm float64) string {
	switch {
	case jpm >= 0.80:
		return "MS"
	case jpm >= 0.68:
		return "MMS"
	}
	return "KMS"
}
