package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// Every form with a date uses these two, so an empty field always means
// "no date" and a typed date Fyne cannot read is always explained.

// setDate shows d in e, or leaves e empty for no date.
func setDate(e *widget.DateEntry, d model.Date) {
	if d.IsZero() {
		e.SetDate(nil)
		return
	}
	t := d.Time()
	e.SetDate(&t)
}

// readDate is e's date; empty is no date, anything unreadable an error
// that names the field (its form label).
func readDate(e *widget.DateEntry, field string) (model.Date, error) {
	if e.Date != nil {
		return model.DateOf(*e.Date), nil
	}
	if text := strings.TrimSpace(e.Text); text != "" {
		return model.Date{}, errors.New(lang.L("{{.Field}}: “{{.Text}}” is not a date. Pick one with the calendar button.",
			map[string]any{"Field": field, "Text": text}))
	}
	return model.Date{}, nil
}
