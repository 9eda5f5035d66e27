package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// dueToday lists every client's scheduled posts for today, in the order
// they fall due; those already due can be marked published in one click.
type dueToday struct {
	c     *calendarScreen
	list  *fyne.Container
	box   fyne.CanvasObject
	shown bool // its tab is open
}

func newDueToday(c *calendarScreen) *dueToday {
	d := &dueToday{c: c, list: container.NewVBox()}
	d.box = container.NewVScroll(d.list)
	return d
}

func (d *dueToday) object() fyne.CanvasObject { return d.box }

// refresh reads today's posts of every client, each in its own zone.
func (d *dueToday) refresh() {
	d.list.RemoveAll()
	now := d.c.k.now()
	due, err := dueAround(d.c.k, now, func(posts []model.Post, clients map[int64]model.Client) []model.Due {
		var out []model.Due
		for _, c := range clients {
			out = append(out, model.DueOn(posts, map[int64]model.Client{c.ID: c}, model.DateOf(now.In(c.Location())))...)
		}
		return out
	})
	if err != nil {
		d.c.k.showError(err)
		return
	}
	model.SortDue(due)
	if len(due) == 0 {
		d.list.Add(wrappedLabel(lang.L("Nothing is scheduled for today.")))
		return
	}
	labels := d.c.k.channelLabels()
	for _, item := range due {
		d.list.Add(d.row(item, now, labels))
	}
}

func (d *dueToday) row(item model.Due, now time.Time, labels map[int64]string) fyne.CanvasObject {
	when := lang.L("any time")
	if item.Post.Time.Valid() {
		when = item.Post.Time.String()
	}
	text := wrappedLabel(fmt.Sprintf("%s · %s · %s\n%s", when, item.Client.Name, channelNames(item.Post, labels), item.Post.Summary(60)))
	p := item.Post
	buttons := container.NewHBox(widget.NewButton(lang.L("Open"), func() { showPostEditor(d.c.k, p, d.c.refresh) }))
	if item.Post.Time.Valid() && !item.At.After(now) {
		text.Importance = widget.WarningImportance
		buttons.Add(widget.NewButtonWithIcon(lang.L("Published"), theme.ConfirmIcon(), func() { d.markPublished(p) }))
	}
	return container.NewVBox(text, buttons, widget.NewSeparator())
}

// markPublished records that a due post went out.
func (d *dueToday) markPublished(p model.Post) {
	p.Status = model.Published
	if err := d.c.k.store.UpdatePost(&p); err != nil {
		d.c.k.showError(err)
	}
	d.c.refresh()
}
