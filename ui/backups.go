package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/storage"
)

// backupChoices are the numbers of backups Settings offers to keep.
var backupChoices = []int{3, 5, 10, 20, 30}

// backupsCard is the Backups part of Settings: where the backups are, each
// one with its date and size, Back up now, and Restore (a backup from the
// list or any file). Backups and restores run off the main goroutine with a
// progress bar.
type backupsCard struct {
	k        *Kairos
	folder   *widget.Label
	rows     *fyne.Container
	list     []storage.BackupFile
	backUp   *widget.Button
	fromFile *widget.Button
	keep     *widget.Select
	bar      *widget.ProgressBar
	status   *widget.Label
	box      fyne.CanvasObject
	busy     bool           // a backup or restore is running
	work     sync.WaitGroup // that work; tests wait for it
}

func newBackupsCard(k *Kairos) *backupsCard {
	b := &backupsCard{k: k, rows: container.NewVBox(), bar: widget.NewProgressBar(), status: widget.NewLabel("")}
	b.folder = widget.NewLabel(k.store.BackupsDir())
	b.folder.Selectable = true
	b.folder.Wrapping = fyne.TextWrapBreak
	b.status.Wrapping = fyne.TextWrapWord
	b.bar.Hide()
	b.backUp = widget.NewButtonWithIcon(lang.L("Back up now"), theme.DocumentSaveIcon(), b.backUpNow)
	b.fromFile = widget.NewButtonWithIcon(lang.L("Restore from a file…"), theme.FolderOpenIcon(), b.pickFile)
	var options []string
	for _, n := range backupChoices {
		options = append(options, strconv.Itoa(n))
	}
	b.keep = widget.NewSelect(options, b.onKeep)
	intro := widget.NewLabel(lang.L("Kairos copies your plans into this folder each time it starts and once a day while it runs, and keeps the newest copies. Restoring one first keeps a copy of your current plans there too."))
	intro.Wrapping = fyne.TextWrapWord
	b.box = container.NewVBox(
		widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("Backups"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		intro,
		b.folder,
		container.NewHBox(b.backUp, b.fromFile, layout.NewSpacer(), widget.NewLabel(lang.L("Backups to keep")), b.keep),
		b.bar,
		b.status,
		b.rows,
	)
	k.store.OnBackupsChanged(func() { fyne.Do(b.reload) })
	b.reload()
	return b
}

func (b *backupsCard) object() fyne.CanvasObject { return b.box }

// reload lists the backups, newest first, and the number kept.
func (b *backupsCard) reload() {
	kept := strconv.Itoa(b.k.store.BackupsKept())
	if b.keep.Selected != kept {
		if !slices.Contains(b.keep.Options, kept) {
			b.keep.SetOptions(append(b.keep.Options, kept))
		}
		b.keep.SetSelected(kept)
	}
	list, err := b.k.store.Backups()
	b.rows.RemoveAll()
	if err != nil {
		b.rows.Add(widget.NewLabel(errText(err)))
		return
	}
	b.list = list
	if len(list) == 0 {
		b.rows.Add(widget.NewLabel(lang.L("No backups yet.")))
	}
	for _, f := range list {
		b.rows.Add(b.row(f))
	}
	b.setBusy(b.busy)
}

// row is one backup: when it was made, its size, and Restore.
func (b *backupsCard) row(f storage.BackupFile) fyne.CanvasObject {
	text := lang.L("{{.When}} · {{.Size}}", map[string]any{"When": dateTime(f.Time), "Size": fileSize(f.Size)})
	if f.BeforeRestore {
		text = lang.L("{{.When}} · {{.Size}} · kept before a restore", map[string]any{"When": dateTime(f.Time), "Size": fileSize(f.Size)})
	}
	restore := widget.NewButtonWithIcon(lang.L("Restore…"), theme.HistoryIcon(), func() {
		b.confirmRestore(f.Path, lang.L("Your plans will be replaced by the backup from {{.When}}. Kairos first keeps a copy of your current plans in the backups folder, so you can go back to them by restoring that copy.",
			map[string]any{"When": dateTime(f.Time)}))
	})
	return container.NewBorder(nil, nil, nil, restore, widget.NewLabel(text))
}

// fileSize is a size for people: "612 KB", "61.4 MB".
func fileSize(n int64) string {
	if n >= 1<<20 {
		return lang.L("{{.Size}} MB", map[string]any{"Size": fmt.Sprintf("%.1f", float64(n)/(1<<20))})
	}
	return lang.L("{{.Size}} KB", map[string]any{"Size": (n + 1023) / 1024})
}

// setBusy disables the buttons while a backup or restore runs.
func (b *backupsCard) setBusy(busy bool) {
	b.busy = busy
	for _, o := range b.rows.Objects {
		if row, ok := o.(*fyne.Container); ok {
			for _, c := range row.Objects {
				if btn, ok := c.(*widget.Button); ok {
					enableIf(btn, !busy)
				}
			}
		}
	}
	enableIf(b.backUp, !busy)
	enableIf(b.fromFile, !busy)
}

func enableIf(btn *widget.Button, on bool) {
	if on {
		btn.Enable()
	} else {
		btn.Disable()
	}
}

// onKeep stores how many backups to keep.
func (b *backupsCard) onKeep(v string) {
	n, err := strconv.Atoi(v)
	if err != nil || n == b.k.store.BackupsKept() {
		return
	}
	if err := b.k.store.SetBackupsKept(n); err != nil {
		b.k.showError(err)
	}
}

// progressOn moves a bar from the working goroutine.
func progressOn(bar *widget.ProgressBar) storage.Progress {
	return func(done, total int) {
		if total > 0 {
			v := float64(done) / float64(total)
			fyne.Do(func() { bar.SetValue(v) })
		}
	}
}

// backUpNow makes a backup in the backups folder, with a progress bar.
func (b *backupsCard) backUpNow() {
	if b.busy {
		return
	}
	b.setBusy(true)
	b.bar.SetValue(0)
	b.bar.Show()
	b.status.SetText(lang.L("Backing up…"))
	store, now := b.k.store, b.k.now()
	b.work.Add(1)
	go func() {
		defer b.work.Done()
		made, err := store.BackUpNow(now, progressOn(b.bar))
		fyne.Do(func() {
			b.bar.Hide()
			b.setBusy(false)
			if err != nil {
				b.status.SetText("")
				b.k.showError(err)
				return
			}
			b.status.SetText(lang.L("Backed up to {{.File}}.", map[string]any{"File": filepath.Base(made.Path)}))
			b.reload()
		})
	}()
}

// pickFile asks for a backup file to restore.
func (b *backupsCard) pickFile() {
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			b.k.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		r.Close()
		path := r.URI().Path()
		b.confirmRestore(path, lang.L("Your plans will be replaced by the file {{.File}}, if it is a Kairos backup. Kairos first keeps a copy of your current plans in the backups folder, so you can go back to them by restoring that copy.",
			map[string]any{"File": path}))
	}, b.k.win)
	open.Show()
}

// confirmRestore asks, with message, before replacing the plans with the
// backup at path.
func (b *backupsCard) confirmRestore(path, message string) {
	confirmDestructive(b.k.win, lang.L("Restore this backup?"), message, lang.L("Restore"), func() { b.restore(path) })
}

// restore replaces the plans with the backup at path, showing progress in
// a dialog that keeps the window still meanwhile, and then reloads every
// screen.
func (b *backupsCard) restore(path string) {
	if b.busy {
		return
	}
	b.setBusy(true)
	bar := widget.NewProgressBar()
	note := widget.NewLabel(lang.L("Checking the backup, keeping a copy of your current plans, then restoring."))
	note.Wrapping = fyne.TextWrapWord
	wait := dialog.NewCustomWithoutButtons(lang.L("Restoring…"), container.NewVBox(note, bar), b.k.win)
	wait.Resize(fyne.NewSize(420, 160))
	wait.Show()
	k, now := b.k, b.k.now()
	b.work.Add(1)
	go func() {
		defer b.work.Done()
		kept, err := k.store.RestoreFrom(path, now, progressOn(bar))
		fyne.Do(func() {
			wait.Hide()
			b.setBusy(false)
			if err != nil {
				k.showError(err)
				return
			}
			b.status.SetText(lang.L("Restored. Your previous plans are kept in {{.File}}.", map[string]any{"File": filepath.Base(kept)}))
			b.reload()
			k.clientsChanged(0)
			dialog.ShowInformation(lang.L("Restored"),
				lang.L("Your plans are back as they were in the backup. The plans they replaced are kept in {{.File}}.",
					map[string]any{"File": kept}), k.win)
		})
	}()
}
