// Package model is the domain of a reshuffle (mutasi) of Indonesian civil
// servants: officials (pejabat), positions (jabatan), ranks (golongan),
// eselon, NIP, performance ratings (SKP), competency profiles, the rules of
// eligibility with their sources, the weighted score that turns a roster into
// a cost matrix, and the plan that turns an assignment back into moves with
// reasons. It contains no optimisation algorithm.
package model
