package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// StartupErrorWindow says why Kairos cannot open its data, for a start
// from a desktop menu, where nobody reads the terminal. Nothing was
// changed; Quit closes it.
func StartupErrorWindow(a fyne.App, err error) fyne.Window {
	w := a.NewWindow("Kairos")
	title := widget.NewLabelWithStyle("Kairos cannot open your plans", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(sentenceCase(err.Error()) + "\n\nNothing was changed. Fix the problem above, or start Kairos with another data folder (kairos --data FOLDER), then open it again.")
	msg.Wrapping = fyne.TextWrapWord
	quit := widget.NewButtonWithIcon("Quit", theme.LogoutIcon(), a.Quit)
	quit.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(
		container.NewHBox(widget.NewIcon(theme.ErrorIcon()), title), container.NewHBox(quit), nil, nil, msg)))
	w.Resize(fyne.NewSize(560, 240))
	return w
}
