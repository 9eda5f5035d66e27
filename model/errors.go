package model

import "strings"

// FieldError says what is wrong with one field, in words a user understands.
type FieldError struct {
	Field   string
	Message string
}

func (e FieldError) Error() string { return e.Message }

// Problems collects every FieldError of a validation, so a form can show all
// of them at once instead of one per save attempt.
type Problems []FieldError

func (p Problems) Error() string {
	msgs := make([]string, len(p))
	for i, e := range p {
		msgs[i] = e.Message
	}
	return strings.Join(msgs, "\n")
}

// add records a problem with field.
func (p *Problems) add(field, msg string) { *p = append(*p, FieldError{field, msg}) }

// err returns nil when nothing was recorded, so callers can write `return p.err()`.
func (p Problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}

// For returns the message for field, or "".
func (p Problems) For(field string) string {
	for _, e := range p {
		if e.Field == field {
			return e.Message
		}
	}
	return ""
}

func equalFold(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}
