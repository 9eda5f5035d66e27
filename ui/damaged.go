package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"kairos/storage"
)

// prefCheckFirst asks the next start to check the file before the window
// opens: set when the last check found damage.
const prefCheckFirst = "check_file_first"

// CheckFileFirst reports whether this start must check the data file before
// the window opens, because the last start's check found damage: the
// recovery window can then offer the newest good backup.
func CheckFileFirst(a fyne.App) bool { return a.Preferences().Bool(prefCheckFirst) }

// watchCheck starts the check of the data file that OpenInBackground left
// until the window was up, and waits for its verdict on the side: damage is
// shown in the window and remembered for the next start. The preference is
// written only when it changes, and on the main goroutine: Fyne's watcher
// of its file re-reads it on every write, and only a write made there is
// finished before that re-read runs.
// The returned channel is closed once the verdict is dealt with.
func (k *Kairos) watchCheck() <-chan struct{} {
	k.store.StartCheck()
	done := make(chan struct{})
	go func() {
		defer close(done)
		err := k.store.Checked()
		var damage *storage.DamagedError
		damaged := errors.As(err, &damage)
		if err != nil && !damaged {
			// The check could not run (the store closed as Kairos quit):
			// that says nothing about the file.
			fyne.LogError("The check of the data file did not finish", err)
			return
		}
		fyne.DoAndWait(func() {
			prefs := k.app.Preferences()
			if damaged != prefs.Bool(prefCheckFirst) {
				prefs.SetBool(prefCheckFirst, damaged)
			}
			if damaged {
				ShowLateDamage(k.app, err)
			}
		})
	}()
	return done
}

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
