package main

// runWhatif is a temporary stand-in until the command lands.
func runWhatif(e *env, args []string) int {
	return fail(e, exitFailure, "whatif: not implemented yet")
}
