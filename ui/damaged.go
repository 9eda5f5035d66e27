package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// ShowLateDamage tells the user, in the open window, that the background
// check of the data file found damage: nothing is being saved, and Kairos
// offers the newest good backup when it starts again.
func ShowLateDamage(a fyne.App, err error) {
	var win fyne.Window
	for _, w := range a.Driver().AllWindows() {
		if w.Title() == "Kairos" {
			win = w // the planner's window (the newest, if several)
		}
	}
	if win == nil {
		return
	}
	msg := errText(err) + "\n\n" +
		lang.L("Kairos will not save anything to this file. Quit, and when Kairos starts again it will offer to restore the newest good backup.")
	d := dialog.NewConfirm(lang.L("Your plans file is damaged"), msg, func(quit bool) {
		if quit {
			a.Quit()
		}
	}, win)
	d.SetConfirmText(lang.L("Quit"))
	d.SetDismissText(lang.L("Keep looking"))
	d.Show()
}
