// Package analysis runs the what-if analyses of a roster on top of the
// pipeline (internal/pipeline) and reports them as data (their JSON) and as
// tables: whatif's comparison of scenarios with the officials each places
// otherwise and why (WhatifChanges), the sweep of one policy key with its
// changes of plan located by bisection (Sweep), the frontier between the
// number of moves and the objective (Frontier), and the weight ranges of
// explain with each end checked by re-solving (CheckRanges). The commands
// parse the flags and write the files; internal/chart draws the plots.
package analysis
