// Package msg carries a sentence meant for the user as its English
// text/template and the values that go into it, so that model and storage
// stay free of any translation machinery while the interface shows the
// sentence in the user's language: the English template is the key of the
// translation files (assets/translations), as it is for ui's own words.
package msg

import (
	"strings"
	"text/template"
)

// Text is one sentence for the user. Key is an English text/template such as
// "Keep the name to {{.Max}} characters or fewer."; Args fills it. A value
// in Args may itself be a Text (a status or weekday word), translated first.
type Text struct {
	Key  string
	Args map[string]any
	// One is the English singular of a counted sentence; Count picks the
	// form. Plural marks a counted sentence (Count may be 1 or 0).
	One    string
	Count  int
	Plural bool
}

// New makes a sentence from an English template and name/value pairs:
// New("Keep it to {{.Max}} characters.", "Max", 80).
func New(key string, pairs ...any) Text {
	return Text{Key: key, Args: argMap(pairs)}
}

// Plural makes a counted sentence: one and other are the English singular
// and plural templates; count is also available as {{.Count}}.
func Plural(count int, one, other string, pairs ...any) Text {
	args := argMap(pairs)
	if args == nil {
		args = map[string]any{}
	}
	args["Count"] = count
	return Text{Key: other, One: one, Count: count, Plural: true, Args: args}
}

func argMap(pairs []any) map[string]any {
	if len(pairs) == 0 {
		return nil
	}
	if len(pairs)%2 != 0 {
		panic("msg: odd number of name/value pairs")
	}
	m := make(map[string]any, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		m[pairs[i].(string)] = pairs[i+1]
	}
	return m
}

// String is the sentence in English.
func (t Text) String() string {
	return t.Render(func(t Text) string { return t.english() }, nil)
}

// english fills the English template with values turned to text as they
// are, nested Texts in English.
func (t Text) english() string {
	key := t.Key
	if t.Plural && t.Count == 1 && t.One != "" {
		key = t.One
	}
	return Fill(key, t.englishArgs())
}

func (t Text) englishArgs() map[string]any {
	if len(t.Args) == 0 {
		return t.Args
	}
	out := make(map[string]any, len(t.Args))
	for k, v := range t.Args {
		if nested, ok := v.(Text); ok {
			v = nested.String()
		}
		out[k] = v
	}
	return out
}

// Render turns t into text with translate, after turning each nested Text
// with translate and each other value with value (nil keeps values as they
// are). The interface passes its translation and its date formats here.
func (t Text) Render(translate func(Text) string, value func(any) (string, bool)) string {
	if len(t.Args) == 0 {
		return translate(t)
	}
	args := make(map[string]any, len(t.Args))
	for k, v := range t.Args {
		switch x := v.(type) {
		case Text:
			args[k] = x.Render(translate, value)
		default:
			if value != nil {
				if s, ok := value(v); ok {
					args[k] = s
					continue
				}
			}
			args[k] = v
		}
	}
	out := t
	out.Args = args
	return translate(out)
}

// Fill executes an English template with args; a template that does not
// parse is returned as it is, so a sentence is never lost.
func Fill(tmpl string, args map[string]any) string {
	if !strings.Contains(tmpl, "{{") {
		return tmpl
	}
	tp, err := template.New("").Option("missingkey=zero").Parse(tmpl)
	if err != nil {
		return tmpl
	}
	var b strings.Builder
	if err := tp.Execute(&b, args); err != nil {
		return tmpl
	}
	return strings.ReplaceAll(b.String(), "<no value>", "")
}

// Lines is texts one per line as one Text, translated line by line; the
// zero Text when there are none.
func Lines(texts ...Text) Text {
	if len(texts) == 0 {
		return Text{}
	}
	t := texts[len(texts)-1]
	for i := len(texts) - 2; i >= 0; i-- {
		t = New("{{.Line}}\n{{.Next}}", "Line", texts[i], "Next", t)
	}
	return t
}

// Verbatim is s shown as it is, never read as a template: a sentence the
// interface has already translated, which may quote what the user typed.
func Verbatim(s string) Text { return New("{{.Text}}", "Text", s) }

// Join puts sentences one per line.
func Join(texts []Text, render func(Text) string) string {
	lines := make([]string, len(texts))
	for i, t := range texts {
		lines[i] = render(t)
	}
	return strings.Join(lines, "\n")
}

// Error is an error whose message is a Text, with an optional kind that
// errors.Is matches (storage's ErrNotFound...).
type Error struct {
	Text Text
	Kind error
}

func (e *Error) Error() string { return e.Text.String() }
func (e *Error) Unwrap() error { return e.Kind }

// Errorf makes an Error from a template and name/value pairs.
func Errorf(key string, pairs ...any) error { return &Error{Text: New(key, pairs...)} }

// Localized is implemented by errors that can give their message as a Text.
type Localized interface {
	error
	Message() Text
}

// Message is the error's Text.
func (e *Error) Message() Text { return e.Text }

var _ Localized = (*Error)(nil)
