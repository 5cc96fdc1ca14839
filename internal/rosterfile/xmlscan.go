package rosterfile

import (
	"github.com/mutasi-id/mutasi/internal/i18n"

	"bytes"
	"strings"
)

// xmlScanner walks the start tags of an XML stream without building a tree:
// enough to count a worksheet's rows and cells and to read their r and t
// attributes at the speed of a byte loop, before any parser sees the file.
// It follows quotes, comments, CDATA sections and processing instructions
// as XML does, so that the tags it reports are the tags a parser finds; it
// refuses a document type declaration (no workbook has one, and it is how
// entity bombs start) and a tag longer than maxXMLTag.
//
// Bytes are fed with write, in chunks of any size.
type xmlScanner struct {
	// onTag is called with each start or empty-element tag: the bytes
	// between '<' and '>', name first.
	onTag func(tag []byte) error
	// root is the local name of the first start tag, nil before it.
	root  []byte
	state xmlState
	quote byte
	match int
	tag   []byte
}

type xmlState uint8

const (
	xmlText    xmlState = iota
	xmlOpen             // after '<'
	xmlTag              // in a start tag
	xmlEnd              // in an end tag
	xmlBang             // after "<!"
	xmlComment          // in "<!-- … -->"
	xmlCDATA            // in "<![CDATA[ … ]]>"
	xmlPI               // in "<? … ?>"
)

// maxXMLTag is the longest start tag the scanner accepts. A worksheet's tags
// are a few dozen bytes; a longer one could hide attributes from the count.
const maxXMLTag = 64 << 10

var (
	errXMLDoctype = i18n.Errorf(i18n.RosterXMLDoctype)
	errXMLLongTag = i18n.Errorf(i18n.RosterXMLLongTag)
)

// write scans the next bytes of the stream.
func (x *xmlScanner) write(p []byte) error {
	for i := 0; i < len(p); {
		switch x.state {
		case xmlText:
			k := bytes.IndexByte(p[i:], '<')
			if k < 0 {
				return nil
			}
			i += k + 1
			x.state = xmlOpen
		case xmlOpen:
			x.tag, x.quote, x.match = x.tag[:0], 0, 0
			switch p[i] {
			case '/':
				x.state = xmlEnd
				i++
			case '?':
				x.state = xmlPI
				i++
			case '!':
				x.state = xmlBang
				i++
			default:
				x.state = xmlTag
			}
		case xmlEnd:
			// End tags hold a name only: no quotes to follow.
			k := bytes.IndexByte(p[i:], '>')
			if k < 0 {
				return nil
			}
			i += k + 1
			x.state = xmlText
		case xmlPI:
			c := p[i]
			i++
			switch {
			case c == '>' && x.match == 1:
				x.state = xmlText
			case c == '?':
				x.match = 1
			default:
				x.match = 0
			}
		case xmlBang:
			x.tag = append(x.tag, p[i])
			i++
			switch t := string(x.tag); {
			case t == "--":
				x.state = xmlComment
			case t == "[CDATA[":
				x.state = xmlCDATA
			case strings.HasPrefix("--", t), strings.HasPrefix("[CDATA[", t):
				// not decided yet
			default:
				return errXMLDoctype
			}
		case xmlComment, xmlCDATA:
			end := byte('-')
			if x.state == xmlCDATA {
				end = ']'
			}
			c := p[i]
			i++
			switch {
			case c == '>' && x.match >= 2:
				x.state = xmlText
			case c == end:
				x.match++
			default:
				x.match = 0
			}
		case xmlTag:
			for i < len(p) {
				c := p[i]
				i++
				if x.quote != 0 {
					if c == x.quote {
						x.quote = 0
					}
				} else if c == '"' || c == '\'' {
					x.quote = c
				} else if c == '>' {
					x.state = xmlText
					if x.root == nil {
						local, _ := xmlTagName(x.tag)
						x.root = append([]byte{}, local...)
					}
					if err := x.onTag(x.tag); err != nil {
						return err
					}
					break
				}
				if len(x.tag) == maxXMLTag {
					return errXMLLongTag
				}
				x.tag = append(x.tag, c)
			}
		}
	}
	return nil
}

// xmlSpace reports whether c is XML white space.
func xmlSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// xmlTagName returns the local name of a tag (after any "prefix:") and the
// rest of the tag, its attributes.
func xmlTagName(tag []byte) (local, rest []byte) {
	k := 0
	for k < len(tag) && !xmlSpace(tag[k]) && tag[k] != '/' {
		k++
	}
	return xmlLocal(tag[:k]), tag[k:]
}

// xmlLocal strips the namespace prefix of a name as encoding/xml does: at
// the first colon, unless it starts or ends the name.
func xmlLocal(name []byte) []byte {
	if i := bytes.IndexByte(name, ':'); i >= 1 && i <= len(name)-2 {
		return name[i+1:]
	}
	return name
}

// xmlAttrs calls f with the local name and the raw value (entities not
// decoded) of each attribute in rest, until f returns false.
func xmlAttrs(rest []byte, f func(name, value []byte) bool) {
	i := 0
	for i < len(rest) {
		for i < len(rest) && (xmlSpace(rest[i]) || rest[i] == '/') {
			i++
		}
		start := i
		for i < len(rest) && rest[i] != '=' && !xmlSpace(rest[i]) && rest[i] != '/' {
			i++
		}
		name := rest[start:i]
		for i < len(rest) && xmlSpace(rest[i]) {
			i++
		}
		if i >= len(rest) || rest[i] != '=' {
			if len(name) == 0 {
				i++
			}
			continue
		}
		i++
		for i < len(rest) && xmlSpace(rest[i]) {
			i++
		}
		if i >= len(rest) || (rest[i] != '"' && rest[i] != '\'') {
			continue
		}
		q := rest[i]
		i++
		vstart := i
		for i < len(rest) && rest[i] != q {
			i++
		}
		value := rest[vstart:min(i, len(rest))]
		i++
		if !f(xmlLocal(name), value) {
			return
		}
	}
}
