package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// customDays lists a client's own days in Settings: anniversaries, local
// events, launches. They appear in the holiday panel beside the calendar.
type customDays struct {
	k    *Kairos
	list *fyne.Container
	add  *widget.Button
	box  fyne.CanvasObject
}

func newCustomDays(k *Kairos) *customDays {
	d := &customDays{k: k, list: container.NewVBox()}
	d.add = widget.NewButtonWithIcon(lang.L("Add a day"), theme.ContentAddIcon(), func() {
		if c, ok := k.currentClient(); ok {
			d.edit(model.CustomDay{ClientID: c.ID, Date: model.DateOf(k.now()), Yearly: true})
		}
	})
	hint := widget.NewLabel(lang.L("The business's own dates, such as its anniversary, a local festival or a launch, appear among the holiday suggestions."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	d.box = container.NewVBox(hint, d.list, container.NewHBox(d.add))
	return d
}

func (d *customDays) object() fyne.CanvasObject { return d.box }

func (d *customDays) refresh() {
	d.list.RemoveAll()
	c, ok := d.k.currentClient()
	if !ok {
		return
	}
	days, err := d.k.store.CustomDays(c.ID)
	if err != nil {
		d.k.showError(err)
		return
	}
	if len(days) == 0 {
		d.list.Add(widget.NewLabel(lang.L("No special days yet.")))
	}
	for _, day := range days {
		day := day
		when := longDate(day.Date)
		if day.Yearly {
			when = lang.L("{{.Date}}, every year since {{.Year}}", map[string]any{"Date": dayMonth(day.Date), "Year": day.Date.Year})
		}
		label := widget.NewLabel(day.Name + " · " + when)
		label.Truncation = fyne.TextTruncateEllipsis
		edit := widget.NewButtonWithIcon(lang.L("Edit"), theme.DocumentCreateIcon(), func() { d.edit(day) })
		del := widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), func() {
			confirmDestructive(d.k.win, lang.L("Delete day"), lang.L("Delete “{{.Name}}”?", map[string]any{"Name": day.Name}), lang.L("Delete"), func() {
				if err := d.k.store.DeleteCustomDay(day.ID); err != nil {
					d.k.showError(err)
				}
				d.refresh()
			})
		})
		d.list.Add(container.NewBorder(nil, nil, nil, container.NewHBox(layout.NewSpacer(), edit, del), label))
	}
}

// edit opens the day in a form; a new day has ID 0.
func (d *customDays) edit(day model.CustomDay) *customDayForm {
	f := newCustomDayForm(day)
	title, confirm := lang.L("Edit day"), lang.L("Save day")
	if day.ID == 0 {
		title, confirm = lang.L("New special day"), lang.L("Add day")
	}
	showFormDialog(d.k.win, title, confirm, f.object(), func() error {
		got, err := f.read()
		if err != nil {
			return err
		}
		if err := d.k.store.SaveCustomDay(&got); err != nil {
			return err
		}
		d.refresh()
		return nil
	}, f.problems.show)
	d.k.dayForm = f
	return f
}

// customDayForm edits one special day.
type customDayForm struct {
	day      model.CustomDay
	name     *widget.Entry
	date     *widget.DateEntry
	yearly   *widget.Check
	hashtags *widget.Entry
	idea     *widget.Entry
	problems problemLabel
}

func newCustomDayForm(day model.CustomDay) *customDayForm {
	f := &customDayForm{day: day, name: widget.NewEntry(), date: widget.NewDateEntry(),
		yearly: widget.NewCheck(lang.L("Every year"), nil), hashtags: widget.NewEntry(), idea: widget.NewMultiLineEntry(),
		problems: newProblemLabel()}
	f.name.SetPlaceHolder(lang.L("e.g. Our opening day"))
	f.hashtags.SetPlaceHolder(lang.L("#hashtags"))
	f.idea.SetPlaceHolder(lang.L("What to post that day"))
	f.idea.Wrapping = fyne.TextWrapWord
	f.name.SetText(day.Name)
	setDate(f.date, day.Date)
	f.yearly.SetChecked(day.Yearly)
	f.hashtags.SetText(strings.Join(day.Hashtags, " "))
	f.idea.SetText(day.Idea)
	return f
}

func (f *customDayForm) object() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), f.name),
		widget.NewFormItem(lang.L("Date"), container.NewBorder(nil, nil, nil, f.yearly, f.date)),
		widget.NewFormItem(lang.L("Hashtags"), f.hashtags),
		widget.NewFormItem(lang.L("Post idea"), f.idea),
	)
	return container.NewVBox(form, f.problems.Label)
}

func (f *customDayForm) read() (model.CustomDay, error) {
	d := f.day
	d.Name, d.Yearly, d.Idea = f.name.Text, f.yearly.Checked, f.idea.Text
	d.Hashtags = model.ParseHashtags(f.hashtags.Text)
	var err error
	d.Date, err = readDate(f.date, lang.L("Date"))
	return d, err
}
