package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// themeEditor edits a client's seven weekday themes.
type themeEditor struct {
	k        *Kairos
	names    [7]*widget.Entry // Monday first
	tags     [7]*widget.Entry
	save     *widget.Button
	saved    *widget.Label
	problems problemLabel
	box      fyne.CanvasObject
}

// mondayFirst lists the weekdays in the order the editor shows them.
var mondayFirst = [7]time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

func newThemeEditor(k *Kairos) *themeEditor {
	e := &themeEditor{k: k, saved: widget.NewLabel(""), problems: newProblemLabel()}
	rows := container.NewVBox()
	for i, wd := range mondayFirst {
		e.names[i] = widget.NewEntry()
		e.names[i].SetPlaceHolder(lang.L("No theme"))
		e.tags[i] = widget.NewEntry()
		e.tags[i].SetPlaceHolder(lang.L("#hashtags"))
		day := container.NewGridWrap(fyne.NewSize(130, e.names[i].MinSize().Height), widget.NewLabel(weekdayName(wd)))
		rows.Add(container.NewBorder(nil, nil, day, nil, container.NewGridWithColumns(2, e.names[i], e.tags[i])))
	}
	e.save = widget.NewButtonWithIcon(lang.L("Save themes"), theme.DocumentSaveIcon(), e.onSave)
	reset := widget.NewButton(lang.L("Use the suggested themes"), func() { e.show(model.DefaultThemes()) })
	hint := widget.NewLabel(lang.L("A theme names the day in the calendar and fills its hashtags into new posts on that weekday."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	e.box = container.NewVBox(hint, rows, e.problems.Label, container.NewHBox(e.save, reset, e.saved))
	return e
}

func (e *themeEditor) object() fyne.CanvasObject { return e.box }

func (e *themeEditor) refresh() {
	c, ok := e.k.currentClient()
	if !ok {
		return
	}
	themes, err := e.k.store.Themes(c.ID)
	if err != nil {
		e.k.showError(err)
		return
	}
	e.show(themes)
	e.problems.show(nil)
	e.saved.SetText("")
}

func (e *themeEditor) show(themes []model.WeekdayTheme) {
	for i, wd := range mondayFirst {
		e.names[i].SetText("")
		e.tags[i].SetText("")
		for _, t := range themes {
			if t.Weekday == wd {
				e.names[i].SetText(t.Name)
				e.tags[i].SetText(strings.Join(t.Hashtags, " "))
			}
		}
	}
}

func (e *themeEditor) onSave() {
	c, ok := e.k.currentClient()
	if !ok {
		return
	}
	var themes []model.WeekdayTheme
	for i, wd := range mondayFirst {
		themes = append(themes, model.WeekdayTheme{Weekday: wd, Name: e.names[i].Text, Hashtags: model.ParseHashtags(e.tags[i].Text)})
	}
	if err := e.k.store.SetThemes(c.ID, themes); err != nil {
		e.problems.show(err)
		e.saved.SetText("")
		return
	}
	e.problems.show(nil)
	e.saved.SetText(lang.L("Saved."))
}
