package model

import (
	"strings"

	"kairos/model/msg"
)

// FieldError says what is wrong with one field, in words a user understands.
// Text is the sentence as a translatable template (see package msg).
type FieldError struct {
	Field string
	Text  msg.Text
}

// Problem makes a FieldError from an English template and name/value pairs.
func Problem(field, key string, pairs ...any) FieldError {
	return FieldError{Field: field, Text: msg.New(key, pairs...)}
}

func (e FieldError) Error() string { return e.Text.String() }

// Message is the sentence to translate.
func (e FieldError) Message() msg.Text { return e.Text }

// Problems collects every FieldError of a validation, so a form can show all
// of them at once instead of one per save attempt.
type Problems []FieldError

func (p Problems) Error() string {
	msgs := make([]string, len(p))
	for i, e := range p {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Texts are the problems' sentences, in order.
func (p Problems) Texts() []msg.Text {
	out := make([]msg.Text, len(p))
	for i, e := range p {
		out[i] = e.Text
	}
	return out
}

// add records a problem with field: an English template and its values.
func (p *Problems) add(field, key string, pairs ...any) {
	*p = append(*p, Problem(field, key, pairs...))
}

// err returns nil when nothing was recorded, so callers can write `return p.err()`.
func (p Problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}

// For returns the English message for field, or "".
func (p Problems) For(field string) string {
	for _, e := range p {
		if e.Field == field {
			return e.Error()
		}
	}
	return ""
}

// Has reports whether a problem was recorded for field.
func (p Problems) Has(field string) bool {
	for _, e := range p {
		if e.Field == field {
			return true
		}
	}
	return false
}

func equalFold(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}
