package ui

import (
	"fmt"
	"strings"

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

// readDate is e's date; empty is no date, anything unreadable an error.
func readDate(e *widget.DateEntry, what string) (model.Date, error) {
	if e.Date != nil {
		return model.DateOf(*e.Date), nil
	}
	if text := strings.TrimSpace(e.Text); text != "" {
		return model.Date{}, fmt.Errorf("The %s date %q is not a date: pick one with the calendar button.", what, text)
	}
	return model.Date{}, nil
}
