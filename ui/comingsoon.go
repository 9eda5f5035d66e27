package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// plan says what a screen that is not built yet will hold, so the sidebar
// never leads to a blank page or to made-up data.
type plan struct {
	title string
	lines []string
}

var (
	contestsPlan = plan{"Contests", []string{
		"Giveaway checklists per platform and country, key dates on the calendar,",
		"and a reproducible, auditable winner draw.",
	}}
)

// comingSoon is the honest placeholder for a screen still to be built.
type comingSoon struct{ box fyne.CanvasObject }

func newComingSoon(p plan) *comingSoon {
	title := widget.NewLabelWithStyle(p.title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	text := widget.NewLabel(strings.Join(p.lines, " ") + "\n\nThis part of Kairos is not built yet.")
	text.Alignment = fyne.TextAlignCenter
	text.Wrapping = fyne.TextWrapWord
	return &comingSoon{container.NewCenter(container.NewGridWrap(fyne.NewSize(620, 220), container.NewVBox(title, text)))}
}

func (c *comingSoon) object() fyne.CanvasObject { return c.box }
func (c *comingSoon) refresh()                  {}
