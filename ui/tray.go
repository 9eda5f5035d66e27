package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// ideaTray lists the client's undated posts beside the calendar; they are
// dragged onto a day to plan them.
type ideaTray struct {
	c     *calendarScreen
	list  *fyne.Container
	empty *widget.Label
	chips []*postChip
	box   fyne.CanvasObject
}

func newIdeaTray(c *calendarScreen) *ideaTray {
	t := &ideaTray{c: c, list: container.NewVBox()}
	t.empty = widget.NewLabel(lang.L("No undated ideas. Add one here or on the Ideas screen, then drag it onto a day."))
	t.empty.Wrapping = fyne.TextWrapWord
	t.empty.Importance = widget.LowImportance
	add := widget.NewButtonWithIcon(lang.L("New idea"), theme.ContentAddIcon(), func() {
		if client, ok := c.k.currentClient(); ok {
			showPostEditor(c.k, model.NewIdea(client.ID), c.refresh)
		}
	})
	title := widget.NewLabelWithStyle(lang.L("Ideas tray"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	hint := widget.NewLabel(lang.L("Drag an idea onto a day."))
	hint.Importance = widget.LowImportance
	t.box = container.NewBorder(container.NewVBox(title, hint), add, nil, nil,
		container.NewVScroll(container.NewVBox(t.empty, t.list)))
	return t
}

func (t *ideaTray) object() fyne.CanvasObject { return t.box }

// refresh reloads the current client's undated posts.
func (t *ideaTray) refresh() {
	client, ok := t.c.k.currentClient()
	if !ok {
		return
	}
	ideas, err := t.c.k.store.Undated(client.ID)
	if err != nil {
		t.c.k.showError(err)
		return
	}
	for len(t.chips) < len(ideas) {
		t.chips = append(t.chips, newPostChip(t.c))
	}
	t.list.Objects = t.list.Objects[:0]
	for i, p := range ideas {
		t.chips[i].setPost(p, t.c.colorOf(p))
		t.list.Objects = append(t.list.Objects, t.chips[i])
	}
	t.list.Refresh()
	t.empty.Hidden = len(ideas) > 0
	t.empty.Refresh()
}
