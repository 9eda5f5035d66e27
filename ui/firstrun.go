package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/assets"
	"kairos/model"
	"kairos/model/sample"
)

// firstRun welcomes a user whose database has no clients yet.
type firstRun struct {
	create, sample *widget.Button
	box            fyne.CanvasObject
}

func newFirstRun(k *Kairos) *firstRun {
	f := &firstRun{}
	f.create = widget.NewButtonWithIcon(lang.L("Create your first client"), theme.ContentAddIcon(), func() {
		showNewClientDialog(k, func(id int64) {
			k.clientsChanged(id)
			k.show(screenSettings) // next step: add the client's channels
		})
	})
	f.create.Importance = widget.HighImportance
	f.sample = widget.NewButtonWithIcon(lang.L("Open the sample workspace"), theme.FolderOpenIcon(), func() {
		today := model.DateOf(k.now())
		if err := k.store.InsertSample(sample.Workspace(today), sample.Contests(today)); err != nil {
			k.showError(err)
			return
		}
		k.clientsChanged(0)
	})
	icon := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.Icon))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(96, 96))
	title := widget.NewLabelWithStyle(lang.L("Welcome to Kairos"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabel(lang.L("Plan posts for all your clients on your own computer. Everything stays in one file " +
		"on this machine: no account, no server, and it works offline.\n\n" +
		"Start with your first client, or look around a sample workspace with three clients and two months of posts."))
	intro.Wrapping = fyne.TextWrapWord
	intro.Alignment = fyne.TextAlignCenter
	buttons := container.NewCenter(container.NewHBox(f.create, f.sample))
	f.box = container.NewCenter(container.NewGridWrap(fyne.NewSize(640, 380),
		container.NewVBox(icon, title, intro, widget.NewLabel(""), buttons)))
	return f
}

func (f *firstRun) object() fyne.CanvasObject { return f.box }
