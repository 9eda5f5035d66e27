package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// problemLabel lists, under a form, what stopped a save. Every error is
// shown, not only field problems: the user must see why nothing was saved.
type problemLabel struct{ *widget.Label }

func newProblemLabel() problemLabel {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return problemLabel{l}
}

// show lists err's problems; nil hides the label.
func (p problemLabel) show(err error) {
	if err == nil {
		p.SetText("")
		p.Hide()
		return
	}
	p.SetText(errText(err))
	p.Show()
}

// sentenceCase starts a message with a capital and ends it with a full stop.
func sentenceCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	s = strings.ToUpper(string(r[0])) + string(r[1:])
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
