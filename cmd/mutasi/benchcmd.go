package main

// runBench is a temporary stand-in until the command lands.
func runBench(e *env, args []string) int {
	return fail(e, exitFailure, "benchcmd: not implemented yet")
}
