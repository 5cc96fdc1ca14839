package main

// runMatrix is a temporary stand-in until the command lands.
func runMatrix(e *env, args []string) int {
	return fail(e, exitFailure, "matrix: not implemented yet")
}
