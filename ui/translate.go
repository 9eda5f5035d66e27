package ui

import (
	"errors"
	"time"

	"fyne.io/fyne/v2/lang"

	"kairos/model"
	"kairos/model/consent"
	"kairos/model/contest"
	"kairos/model/msg"
)

// Sentences made by model and storage arrive as msg.Texts: an English
// template, which is also the translation key, and its values. tr shows one
// in the interface's language, with dates, weekdays, statuses and the other
// model values inside it written as the interface writes them.

// tr is t in the interface's language; the zero Text is "".
func tr(t msg.Text) string {
	if t.Key == "" {
		return ""
	}
	return t.Render(translateText, localValue)
}

// translateText looks t's key up, counted sentences by their plural form.
func translateText(t msg.Text) string {
	key := t.Key // checked where the Text is made (see i18n_model_test.go)
	if t.Plural {
		return lang.N(key, t.Count, t.Args)
	}
	return lang.L(key, t.Args)
}

// localValue writes a model value inside a sentence as the interface does.
func localValue(v any) (string, bool) {
	switch x := v.(type) {
	case model.Date:
		if x.IsZero() {
			return "", true
		}
		return weekdayDateYear(x), true // a sentence may compare days of different years
	case time.Weekday:
		return weekdayName(x), true
	case time.Month:
		return monthName(x), true
	case model.Status:
		return statusName(x), true
	case model.ContentType:
		return typeName(x), true
	case contest.Kind:
		return contestKindName(x), true
	case contest.KeyKind:
		return keyKindName(x), true
	case consent.Purpose:
		return purposeName(x), true
	}
	return "", false
}

// trAll is each text translated, one per line.
func trAll(texts []msg.Text) string { return msg.Join(texts, tr) }

// errText is err's message in the interface's language: a model or
// storage sentence translated (the outermost one, which names what failed
// and then why), every problem of a validation, anything else as it reads,
// as a sentence.
func errText(err error) string {
	if local, ok := err.(msg.Localized); ok {
		return tr(local.Message())
	}
	var problems model.Problems
	if errors.As(err, &problems) {
		return trAll(problems.Texts())
	}
	var local msg.Localized
	if errors.As(err, &local) {
		return tr(local.Message())
	}
	return sentenceCase(err.Error())
}

// trLetter is t as a letter to a person writes it: dates in full ("28
// February 2027").
func trLetter(t msg.Text) string { return t.Render(translateText, letterValue) }

func letterValue(v any) (string, bool) {
	if d, ok := v.(model.Date); ok && !d.IsZero() {
		return longDate(d), true
	}
	return localValue(v)
}
