package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// showFormDialog shows content with Cancel and a confirm button. It closes
// only when save succeeds; otherwise showProblem explains what to fix and
// the user's input stays in place.
func showFormDialog(win fyne.Window, title, confirm string, content fyne.CanvasObject,
	save func() error, showProblem func(error)) *dialog.CustomDialog {
	d := dialog.NewCustomWithoutButtons(title, content, win)
	ok := widget.NewButton(confirm, func() {
		if err := save(); err != nil {
			showProblem(err)
			return
		}
		d.Hide()
	})
	ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), d.Hide), ok})
	d.Resize(fyne.NewSize(560, content.MinSize().Height+120))
	d.Show()
	return d
}

// showNewClientDialog asks for a new client and stores it; onCreated gets
// the new client's ID.
func showNewClientDialog(k *Kairos, onCreated func(id int64)) *clientForm {
	f := newClientForm()
	f.load(blankClient())
	showFormDialog(k.win, lang.L("New client"), lang.L("Create client"), f.object(), func() error {
		c := f.read()
		if err := k.store.CreateClient(&c); err != nil {
			return err
		}
		onCreated(c.ID)
		return nil
	}, f.problems.show)
	return f
}

// confirmDestructive asks before an action that cannot be undone; the
// safe choice is "Cancel" and the action button is red.
func confirmDestructive(win fyne.Window, title, message, action string, onConfirm func()) {
	d := dialog.NewConfirm(title, message, func(yes bool) {
		if yes {
			onConfirm()
		}
	}, win)
	d.SetDismissText(lang.L("Cancel"))
	d.SetConfirmText(action)
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// clearOfScrollBar insets a form on the right so that, inside a scroll,
// its fields do not run under the scroll bar.
func clearOfScrollBar(form fyne.CanvasObject) fyne.CanvasObject {
	return container.New(layout.NewCustomPaddedLayout(0, 0, 0, 14), form)
}
