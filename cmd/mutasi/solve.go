package main

// runSolve is a temporary stand-in until the command lands.
func runSolve(e *env, args []string) int {
	return fail(e, exitFailure, "solve: not implemented yet")
}
