package main

// runGen is a temporary stand-in until the command lands.
func runGen(e *env, args []string) int {
	return fail(e, exitFailure, "gen: not implemented yet")
}
