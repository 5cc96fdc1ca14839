package costfile

import (
	"errors"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"strconv"
	"strings"
)

// npyShape formats a shape as Python prints it: (3, 4), (5,).
func npyShape(shape []int) string {
	parts := make([]string, len(shape))
	for k, s := range shape {
		parts[k] = strconv.Itoa(s)
	}
	if len(shape) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// npyHeader is the content of a .npy header dict.
type npyHeader struct {
	descr   string
	fortran bool
	shape   []int
}

// parseNPYHeader parses the header dict, e.g.
// {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }. It accepts
// exactly the literal forms numpy writes: quoted keys and strings, True and
// False, and tuples of non-negative integers.
func parseNPYHeader(s string) (npyHeader, error) {
	var h npyHeader
	p := &npyParser{s: s}
	if !p.eat('{') {
		return h, errors.New("does not start with {")
	}
	seen := map[string]bool{}
	for {
		p.space()
		if p.eat('}') {
			break
		}
		key, err := p.str()
		if err != nil {
			return h, err
		}
		p.space()
		if !p.eat(':') {
			return h, fmt.Errorf("expected : after %q", key)
		}
		p.space()
		switch key {
		case "descr":
			if h.descr, err = p.str(); err != nil {
				return h, fmt.Errorf("descr: %v", err)
			}
		case "fortran_order":
			switch {
			case p.word("True"):
				h.fortran = true
			case p.word("False"):
				h.fortran = false
			default:
				return h, errors.New("fortran_order is neither True nor False")
			}
		case "shape":
			if h.shape, err = p.tuple(); err != nil {
				return h, fmt.Errorf("shape: %v", err)
			}
		default:
			return h, fmt.Errorf("unknown key %q", key)
		}
		seen[key] = true
		p.space()
		if p.eat('}') {
			break
		}
		if !p.eat(',') {
			return h, fmt.Errorf("expected , or } after %q", key)
		}
	}
	for _, k := range []string{"descr", "fortran_order", "shape"} {
		if !seen[k] {
			return h, fmt.Errorf("no %q key", k)
		}
	}
	if strings.TrimSpace(s[p.k:]) != "" {
		return h, errors.New("text after the closing }")
	}
	return h, nil
}

// npyParser is a cursor over a .npy header.
type npyParser struct {
	s string
	k int
}

func (p *npyParser) space() {
	for p.k < len(p.s) && (p.s[p.k] == ' ' || p.s[p.k] == '\n' || p.s[p.k] == '\t') {
		p.k++
	}
}

func (p *npyParser) eat(c byte) bool {
	if p.k < len(p.s) && p.s[p.k] == c {
		p.k++
		return true
	}
	return false
}

func (p *npyParser) word(w string) bool {
	if strings.HasPrefix(p.s[p.k:], w) {
		p.k += len(w)
		return true
	}
	return false
}

// str reads a quoted string without escapes, as numpy writes keys and dtypes.
func (p *npyParser) str() (string, error) {
	if p.k >= len(p.s) || (p.s[p.k] != '\'' && p.s[p.k] != '"') {
		return "", errors.New("expected a quoted string")
	}
	q := p.s[p.k]
	end := strings.IndexByte(p.s[p.k+1:], q)
	if end < 0 {
		return "", errors.New("unterminated string")
	}
	v := p.s[p.k+1 : p.k+1+end]
	p.k += end + 2
	return v, nil
}

// tuple reads a tuple of non-negative integers: (), (5,), (3, 4).
func (p *npyParser) tuple() ([]int, error) {
	if !p.eat('(') {
		return nil, errors.New("expected (")
	}
	shape := []int{}
	for {
		p.space()
		if p.eat(')') {
			return shape, nil
		}
		start := p.k
		for p.k < len(p.s) && p.s[p.k] >= '0' && p.s[p.k] <= '9' {
			p.k++
		}
		if start == p.k {
			return nil, errors.New("expected a dimension")
		}
		// numpy writes Python ints; a trailing L comes from Python 2.
		v, err := strconv.Atoi(p.s[start:p.k])
		if err != nil {
			return nil, fmt.Errorf("dimension %s: %v", p.s[start:p.k], err)
		}
		p.eat('L')
		shape = append(shape, v)
		p.space()
		if p.eat(')') {
			return shape, nil
		}
		if !p.eat(',') {
			return nil, errors.New("expected , or )")
		}
	}
}

// npySense names the sense of the optimisation a forbidden value belongs to.
func npySense(forbidden float64) i18n.Msg {
	if forbidden < 0 {
		return i18n.M(i18n.CostMaximising)
	}
	return i18n.M(i18n.CostMinimising)
}
