// Package solver solves the linear assignment problem exactly: given an r×c
// cost matrix it finds the assignment of rows to columns of least (or, with
// Maximize, greatest) total cost, and proves it optimal with dual potentials.
//
// The package knows nothing of officials or positions; it is mathematics on a
// matrix. Forbidden pairs are +Inf (-Inf when maximising). Rectangular
// matrices follow SciPy's linear_sum_assignment: with rows ≤ columns every row
// is assigned, otherwise every column is, and the surplus stays unassigned.
//
// Solve is the Hungarian method in the form of Jonker and Volgenant's
// shortest augmenting path algorithm (LAPJV); Verify checks an answer and its
// certificate without trusting the solver; an infeasible matrix gives an
// *InfeasibleError naming a Hall violator. KBest ranks the best assignments
// (Murty's method). See docs/solver.md for the algorithm, the tolerance and
// the benchmarks.
package solver
