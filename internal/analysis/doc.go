// Package analysis runs the what-if analyses of a roster on top of the
// pipeline (internal/pipeline) and reports them as data: the frontier
// between the number of moves and the objective, and the officials each
// change of plan places otherwise. It computes; the commands and the page
// print and draw its reports.
package analysis
