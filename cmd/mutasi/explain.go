package main

// runExplain is a temporary stand-in until the command lands.
func runExplain(e *env, args []string) int {
	return fail(e, exitFailure, "explain: not implemented yet")
}
