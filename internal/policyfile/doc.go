// Package policyfile is the text form of a policy (model.Policy): it reads
// and writes the policy file, and Set reads one setting by its key, the one
// vocabulary that the file, the command line's --weight, --pin, --forbid,
// --calendar and --decree, whatif's scenarios and the page share. Every value
// is checked and bounded here, and every error names the key and the value
// (and, for the file, its line). The keys and the file's format are a
// contract: docs/policy.md.
package policyfile
