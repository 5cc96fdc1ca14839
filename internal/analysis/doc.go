// Package analysis runs the what-if analyses of a roster on top of the
// pipeline (internal/pipeline) and reports them: the frontier between the
// number of moves and the objective, the weight ranges of explain with
// each end checked by re-solving (CheckRanges, WriteRanges), and the
// officials each change of plan places otherwise (Changes).
package analysis
