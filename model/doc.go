// Package model is the domain of a reshuffle (mutasi) of Indonesian civil
// servants: officials (pejabat), positions (jabatan), ranks (golongan),
// eselon, NIP, performance ratings (SKP), competency profiles, and what a
// roster's cell says of them (ParseRank, ParseNIP, ParseCellDate, …); the
// rules of eligibility with their sources; the
// weighted score that turns a roster into a cost matrix; the strategies that
// solve a large roster exactly on the solver's sparse paths (classes of
// identical posts, candidate pricing); and the plan that turns an assignment
// back into moves with reasons. The assignment algorithms themselves are in
// package solver; the choice of path, in internal/pipeline. The model holds
// no file I/O: the roster files are read by internal/rosterfile.
package model
