package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// fileField is a form's attached file: it is copied into the data folder,
// and the form keeps its path and SHA-256 so it can be shown unchanged.
type fileField struct {
	k         *Kairos
	label     *widget.Label
	problems  problemLabel
	path, sum *string // the form's fields for the stored path and hash
}

func (ff fileField) show() {
	if *ff.path == "" {
		ff.label.SetText(lang.L("No file attached"))
		return
	}
	ff.label.SetText(*ff.path + " · SHA-256 " + shortHash(*ff.sum))
}

// pick asks for a file and attaches it.
func (ff fileField) pick() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			ff.problems.show(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		r.Close()
		ff.attach(r.URI().Path())
	}, ff.k.win)
}

// attach copies path into the data folder and records it.
func (ff fileField) attach(path string) {
	rel, sum, err := ff.k.store.ImportFile(path)
	if err != nil {
		ff.problems.show(err)
		return
	}
	*ff.path, *ff.sum = rel, sum
	ff.show()
}
