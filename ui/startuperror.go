package ui

import (
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/storage"
)

// StartupErrorWindow says why Kairos cannot open its data, for a start
// from a desktop menu, where nobody reads the terminal. Nothing was
// changed; Quit closes it.
func StartupErrorWindow(a fyne.App, err error) fyne.Window {
	w := a.NewWindow("Kairos")
	title := widget.NewLabelWithStyle(lang.L("Kairos cannot open your plans"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(errText(err) + "\n\n" +
		lang.L("Nothing was changed. Fix the problem above, or start Kairos with another data folder (kairos --data FOLDER), then open it again."))
	msg.Wrapping = fyne.TextWrapWord
	quit := widget.NewButtonWithIcon(lang.L("Quit"), theme.LogoutIcon(), a.Quit)
	quit.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(
		container.NewHBox(widget.NewIcon(theme.ErrorIcon()), title), container.NewHBox(quit), nil, nil, msg)))
	w.Resize(fyne.NewSize(560, 240))
	return w
}

// StartupRecoveryWindow is StartupErrorWindow for a damaged database with
// a good backup (damaged.Backup): besides Quit, it offers to put that
// backup in place. The damaged file is never overwritten: it stays beside
// the restored one under a new name. Once the backup is in place and
// opens, opened receives the store and the window closes.
func StartupRecoveryWindow(a fyne.App, damaged *storage.DamagedError, opened func(*storage.Store)) fyne.Window {
	return newStartupRecovery(a, damaged, opened).win
}

// startupRecovery is the window StartupRecoveryWindow shows.
type startupRecovery struct {
	win           fyne.Window
	damaged       *storage.DamagedError
	opened        func(*storage.Store)
	restore, quit *widget.Button
	bar           *widget.ProgressBar
	problem       problemLabel
	work          sync.WaitGroup // the restore under way; tests wait for it
}

func newStartupRecovery(a fyne.App, damaged *storage.DamagedError, opened func(*storage.Store)) *startupRecovery {
	r := &startupRecovery{win: a.NewWindow("Kairos"), damaged: damaged, opened: opened,
		bar: widget.NewProgressBar(), problem: newProblemLabel()}
	when := dateTime(damaged.Backup.Time)
	title := widget.NewLabelWithStyle(lang.L("Kairos cannot open your plans"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(errText(damaged) + "\n\n" +
		lang.L("The newest good backup is from {{.When}}. Restoring it puts that copy in place of the damaged file, which is kept beside it under a new name. Changes made after {{.When}} are not in the backup.",
			map[string]any{"When": when}))
	msg.Wrapping = fyne.TextWrapWord
	r.bar.Hide()
	r.quit = widget.NewButtonWithIcon(lang.L("Quit"), theme.LogoutIcon(), a.Quit)
	r.restore = widget.NewButtonWithIcon(lang.L("Restore the newest good backup ({{.When}})", map[string]any{"When": when}),
		theme.HistoryIcon(), r.start)
	r.restore.Importance = widget.HighImportance
	r.win.SetContent(container.NewPadded(container.NewBorder(
		container.NewHBox(widget.NewIcon(theme.ErrorIcon()), title),
		container.NewVBox(r.bar, r.problem, container.NewHBox(r.restore, r.quit)), nil, nil, msg)))
	r.win.Resize(fyne.NewSize(620, 300))
	return r
}

// start puts the backup in place off the main goroutine, then opens it.
func (r *startupRecovery) start() {
	r.restore.Disable()
	r.quit.Disable()
	r.problem.show(nil)
	r.bar.SetValue(0)
	r.bar.Show()
	dir, backup := filepath.Dir(r.damaged.Path), r.damaged.Backup.Path
	r.work.Add(1)
	go func() {
		defer r.work.Done()
		_, err := storage.RecoverDamaged(dir, backup, time.Now(), progressOn(r.bar))
		var store *storage.Store
		if err == nil {
			store, err = storage.Open(dir)
		}
		fyne.Do(func() {
			r.bar.Hide()
			if err != nil {
				r.problem.show(err)
				r.restore.Enable()
				r.quit.Enable()
				return
			}
			r.opened(store)
			r.win.Close()
		})
	}()
}
