package model

import (
	"github.com/mutasi-id/mutasi/internal/i18n"

	"context"
	"errors"
	"math"
	"strings"

	"github.com/mutasi-id/mutasi/solver"
)

// This file is the move budget: the best plan in which at most K holders of
// a roster post change post, and the frontier between the number of moves
// and the objective. Both solve the roster with a penalty λ on every move
// (Policy.MovePenalty), the Lagrangian relaxation of the budget:
//
//	L(λ) = max over plans x of objective(x) − λ·moves(x).
//
// For every λ ≥ 0 and every plan x with at most K moves, objective(x) ≤
// L(λ) + λ·K: the bound. As λ grows the plans of L(λ) move less; the
// function is convex and piecewise linear in λ, its breakpoints where two
// plans of different move counts tie. The plan at the breakpoint whose
// lower count is at most K is the best plan with that many moves (the
// Lagrangian is exact there), and the bound tells how far it can be from
// the best plan with at most K.

// BudgetPoint is one plan of the penalised problem.
type BudgetPoint struct {
	// Penalty is λ, the price of a move the plan was solved at.
	Penalty float64
	// Moves is the number of holders of a roster post who change post.
	Moves int
	// Objective is the plan's objective without the penalty.
	Objective float64
	// Dual is an upper bound of L(Penalty) proven by the plan's dual
	// certificate: the dual objective of the penalised problem plus the
	// certificate's tolerance on every line (Scores.CertifiedBound).
	Dual float64
}

// Budget is the move budget a plan was found under, as the plan's JSON
// reports it.
type Budget struct {
	// MaxMoves is K, the budget.
	MaxMoves int `json:"max_moves"`
	// Moves is the plan's number of holders who change post (≤ K).
	Moves int `json:"moves"`
	// Penalty is the price of a move the plan was solved at: 0 when the
	// best plan is within the budget anyway.
	Penalty float64 `json:"penalty"`
	// Bound is an upper bound of the objective of every plan with at most
	// K moves; Gap is Bound minus the plan's objective (0: the plan is the
	// best within the budget, up to the certificate's tolerance).
	Bound float64 `json:"bound"`
	Gap   float64 `json:"gap"`
}

// BudgetError reports a budget below the moves the rules force: the
// holders who may not keep their post (a rule or a decision bars it) must
// move whatever the score.
type BudgetError struct {
	MaxMoves int
	// Forced are the holders who must leave their post, by NIP; Least is
	// the fewest moves any plan makes (at least len(Forced)).
	Forced []string
	Least  int
}

// Error says what the budget cannot meet, in English.
func (e *BudgetError) Error() string { return e.Text(i18n.EN) }

// Text says what the budget cannot meet, in l.
func (e *BudgetError) Text(l i18n.Lang) string {
	const most = 10
	names := e.Forced
	var more any = ""
	if len(names) > most {
		names, more = names[:most], i18n.M(i18n.BudgetMore, len(e.Forced)-most)
	}
	if e.Least > len(e.Forced) {
		return l.T(i18n.BudgetLeast, e.MaxMoves, e.Least, len(e.Forced), strings.Join(names, ", "), more, e.Least-len(e.Forced))
	}
	return l.T(i18n.BudgetForced, e.MaxMoves, len(e.Forced), strings.Join(names, ", "), more)
}

// ForcedMoves returns, by NIP, the holders of a roster post whom the rules
// or the decisions bar from keeping it: every plan moves them.
func (sc *Scores) ForcedMoves() []string {
	var out []string
	for i, j := range sc.cur {
		if j >= 0 && !sc.allowed(i, j) {
			out = append(out, sc.r.Officials[i].NIP.Raw)
		}
	}
	return out
}

// CertifiedBound returns the upper bound of the penalised objective that
// the certificate of res proves: minus the dual objective Σu + Σv, minus
// the vacancy total, plus the certificate's tolerance on every line (every
// assignment costs at least Σu + Σv − (rows + columns)·tol when every
// reduced cost is ≥ −tol and every column potential ≤ tol). tol is the
// certificate's tolerance (TieStats.Tol).
func (sc *Scores) CertifiedBound(res *solver.Result, tol float64) float64 {
	n, m := sc.Officials(), sc.Positions()
	dual := 0.0
	for _, u := range res.U {
		dual += u
	}
	for _, v := range res.V {
		dual += v
	}
	return -dual - sc.VacancyTotal + float64(n+m+n)*tol
}

// BudgetSolve solves the roster at a move penalty: the plan's point and
// whatever the caller keeps of the solve.
type BudgetSolve[S any] func(ctx context.Context, penalty float64) (BudgetPoint, S, error)

// budgetEps is the relative slack under which a point is taken to lie on a
// line of the frontier: far above the certificate's tolerance times the
// number of lines of the sample and the generated rosters, far below any
// difference of scores.
const budgetEps = 1e-7

// SearchBudget finds the best plan with at most k moves: the plan of the
// penalised problem at the breakpoint that brackets k (see the comment at
// the top of this file). forced is the number of holders every plan moves
// (ForcedMoves); scale bounds the magnitude of a cost (the search needs no
// penalty above 4·(n+1)·scale, n the number of officials). It brackets the
// breakpoint by doubling the penalty, then lands on it exactly by the
// intersection of the two bracketing plans' lines, which either is the
// breakpoint or yields a plan in between. It returns the plan with the
// most moves within k (the best of those found), and its budget report.
func SearchBudget[S any](ctx context.Context, k, n int, forced []string, scale float64, solve BudgetSolve[S]) (S, Budget, error) {
	var zero S
	if k < len(forced) {
		return zero, Budget{}, &BudgetError{MaxMoves: k, Forced: forced, Least: len(forced)}
	}
	p0, s0, err := solve(ctx, 0)
	if err != nil {
		return zero, Budget{}, err
	}
	if p0.Moves <= k {
		return s0, budgetOf(k, p0, p0), nil
	}
	// Bracket: lo moves more than k, hi at most k.
	lo, hi := p0, BudgetPoint{}
	var sHi S
	found := false
	top := 4 * float64(n+1) * math.Max(scale, 1e-300)
	for lam := math.Max(scale/64, 1e-9); ; lam *= 2 {
		lam = math.Min(lam, top)
		p, s, err := solve(ctx, lam)
		if err != nil {
			return zero, Budget{}, err
		}
		if p.Moves <= k {
			hi, sHi, found = p, s, true
			break
		}
		lo = p
		if lam == top {
			break
		}
	}
	if !found {
		return zero, Budget{}, &BudgetError{MaxMoves: k, Forced: forced, Least: lo.Moves}
	}
	// Land on the breakpoint: the intersection of lo's and hi's lines.
	for range 64 {
		lam := (lo.Objective - hi.Objective) / float64(lo.Moves-hi.Moves)
		line := hi.Objective - lam*float64(hi.Moves)
		p, s, err := solve(ctx, lam)
		if err != nil {
			return zero, Budget{}, err
		}
		val := p.Objective - lam*float64(p.Moves)
		if val <= line+budgetEps*math.Max(scale, 1)*float64(n+1) {
			// No plan above the two lines: lam is the breakpoint, where
			// both lo and hi are optimal; hi has the most moves within k
			// of the plans found on it.
			if p.Moves <= k && p.Moves > hi.Moves {
				hi, sHi = p, s
			}
			return sHi, budgetOf(k, hi, BudgetPoint{Penalty: lam, Dual: math.Max(p.Dual, line)}), nil
		}
		if p.Moves > k {
			lo = p
		} else {
			hi, sHi = p, s
		}
	}
	return zero, Budget{}, errors.New("model: SearchBudget: no breakpoint after 64 steps")
}

// budgetOf reports plan p under budget k with the bound proven at point
// at: L(at.Penalty) ≤ at.Dual, so every plan with at most k moves scores at
// most at.Dual + at.Penalty·k.
func budgetOf(k int, p, at BudgetPoint) Budget {
	bound := at.Dual + at.Penalty*float64(k)
	return Budget{MaxMoves: k, Moves: p.Moves, Penalty: at.Penalty, Bound: bound,
		Gap: math.Max(bound-p.Objective, 0)}
}

// FrontierPoint is a vertex of the frontier between moves and objective: a
// plan no other plan beats on both, optimal for the penalties in
// [PenaltyLo, PenaltyHi].
type FrontierPoint[S any] struct {
	BudgetPoint
	// PenaltyLo and PenaltyHi bound the penalties at which the plan is
	// optimal: the breakpoints with its neighbours (0 for the plan of
	// most moves; +Inf for the plan of fewest).
	PenaltyLo, PenaltyHi float64
	Solution             S
}

// Frontier returns every vertex of the frontier between the number of
// moves and the objective, most moves first: the plan at penalty 0, the
// plan of fewest moves and every breakpoint between, found by the
// intersections of neighbouring lines (Eisner and Severance's method):
// about two solves per vertex. The plan of fewest moves is found by
// doubling the penalty until the plan moves no more holders than the rules
// force (forced), or up to 4·(n+1)·scale, above every breakpoint. Between
// two vertices with m₁ > m₂ moves the best plan with K moves, m₂ ≤ K ≤ m₁,
// scores at most the segment between them.
func Frontier[S any](ctx context.Context, n int, forced []string, scale float64, solve BudgetSolve[S]) ([]FrontierPoint[S], error) {
	p0, s0, err := solve(ctx, 0)
	if err != nil {
		return nil, err
	}
	top := 4 * float64(n+1) * math.Max(scale, 1e-300)
	var pt BudgetPoint
	var st S
	for lam := math.Max(scale/64, 1e-9); ; lam *= 2 {
		lam = math.Min(lam, top)
		if pt, st, err = solve(ctx, lam); err != nil {
			return nil, err
		}
		if pt.Moves <= len(forced) || lam == top {
			break
		}
	}
	a := FrontierPoint[S]{BudgetPoint: p0, Solution: s0}
	b := FrontierPoint[S]{BudgetPoint: pt, Solution: st}
	if p0.Moves == pt.Moves {
		a.PenaltyHi = math.Inf(1)
		return []FrontierPoint[S]{a}, nil
	}
	eps := budgetEps * math.Max(scale, 1) * float64(n+1)
	// The segments still to split, as a stack; the vertices in order.
	out := []FrontierPoint[S]{a}
	stack := []FrontierPoint[S]{b}
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		left := &out[len(out)-1]
		right := stack[len(stack)-1]
		lam := (left.Objective - right.Objective) / float64(left.Moves-right.Moves)
		line := right.Objective - lam*float64(right.Moves)
		p, s, err := solve(ctx, lam)
		if err != nil {
			return nil, err
		}
		if p.Objective-lam*float64(p.Moves) <= line+eps || p.Moves >= left.Moves || p.Moves <= right.Moves {
			// left and right are neighbours on the frontier.
			left.PenaltyHi = lam
			right.PenaltyLo = lam
			stack = stack[:len(stack)-1]
			out = append(out, right)
			continue
		}
		stack = append(stack, FrontierPoint[S]{BudgetPoint: p, Solution: s})
	}
	out[len(out)-1].PenaltyHi = math.Inf(1)
	return out, nil
}

// NoteBudget adds to plan, found under a move budget, the reasons the
// budget is behind: an official whom the best plan without a budget (free)
// moves but the budget keeps in place, and a post that plan fills but the
// budget leaves vacant. Without them the reasons would credit the score.
func NoteBudget(plan, free *Plan) {
	if plan == nil || free == nil || plan.Budget == nil || plan.Budget.Penalty == 0 {
		return
	}
	b := plan.Budget
	moved := map[string]*Move{}
	for k := range free.Moves {
		moved[free.Moves[k].NIP] = &free.Moves[k]
	}
	for k := range plan.Moves {
		mv := &plan.Moves[k]
		f := moved[mv.NIP]
		if f == nil || mv.Type != Stay || !f.Type.Moves() {
			continue
		}
		var where any = i18n.M(i18n.BudgetRelease)
		if f.To != nil {
			where = f.To.ID
		}
		mv.Reasons = append(mv.Reasons, i18n.M(i18n.BudgetKept,
			b.MaxMoves, i18n.M(i18n.BudgetTypeWith, i18n.M(i18n.Key("move."+f.Type.String())), where)))
	}
	filled := map[string]bool{}
	for k := range free.Moves {
		if to := free.Moves[k].To; to != nil {
			filled[to.ID] = true
		}
	}
	for k := range plan.Vacant {
		v := &plan.Vacant[k]
		if filled[v.ID] {
			v.Reason = i18n.M(i18n.BudgetVacant, v.Reason, b.MaxMoves)
		}
	}
}
