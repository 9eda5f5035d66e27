package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// agendaView lists the next posts day by day.
type agendaView struct {
	c     *calendarScreen
	list  *fyne.Container
	empty *widget.Label
	box   fyne.CanvasObject
}

func newAgendaView(c *calendarScreen) *agendaView {
	a := &agendaView{c: c, list: container.NewVBox(), empty: widget.NewLabel(lang.L("Nothing planned for the next 90 days."))}
	a.box = container.NewVScroll(container.NewVBox(a.empty, a.list))
	return a
}

func (a *agendaView) object() fyne.CanvasObject { return a.box }

func (a *agendaView) show(posts []model.Post) {
	a.list.RemoveAll()
	var day model.Date
	for _, p := range posts {
		if p.Date != day {
			day = p.Date
			a.list.Add(widget.NewLabelWithStyle(weekdayDayMonth(day), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		}
		chip := newPostChip(a.c)
		chip.setPost(p, a.c.colorOf(p))
		status := widget.NewLabel(statusName(p.Status))
		status.Importance = widget.LowImportance
		a.list.Add(container.NewBorder(nil, nil, nil, status, chip))
	}
	a.empty.Hidden = len(posts) > 0
	a.empty.Refresh()
}
