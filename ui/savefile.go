package ui

import (
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// saveFileAs asks where to save, writes through write and closes the file;
// saved runs with the file's name once everything was written. Cancelling
// writes nothing.
func saveFileAs(k *Kairos, name, ext string, write func(io.Writer) error, saved func(name string)) {
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			k.showError(err)
			return
		}
		if w == nil {
			return
		}
		err = write(w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			k.showError(err)
			return
		}
		saved(w.URI().Name())
	}, k.win)
	save.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	save.SetFileName(name + ext)
	save.Show()
}

// safeFileName replaces the characters file systems refuse in a name and
// trims the spaces around it.
func safeFileName(name string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
}

// openFile asks for a file with one of exts and hands its reader to read.
func openFile(k *Kairos, exts []string, read func(r io.Reader, name string) error) {
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			k.showError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		if err := read(r, r.URI().Name()); err != nil {
			k.showError(err)
		}
	}, k.win)
	open.SetFilter(storage.NewExtensionFileFilter(exts))
	open.Show()
}
