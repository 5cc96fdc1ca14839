package main

// runValidate is a temporary stand-in until the command lands.
func runValidate(e *env, args []string) int {
	return fail(e, exitFailure, "validate: not implemented yet")
}
