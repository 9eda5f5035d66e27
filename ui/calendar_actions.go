package ui

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// drop moves p to spot: one transaction, undoable, refused for published
// posts, and only after a warning when it breaks a posting-frequency guard.
func (c *calendarScreen) drop(p model.Post, spot dropSpot) {
	at := spot.clock(p)
	moved, err := p.MovedTo(spot.day, at)
	switch {
	case errors.Is(err, model.ErrPublishedFixed):
		dialog.ShowInformation(lang.L("Published posts stay put"), publishedFixed(), c.k.win)
		return
	case err != nil:
		c.k.showError(err)
		return
	}
	if p.ID == 0 { // a suggestion from the holiday panel: plan a new draft there
		c.k.withFrequencyCheck(moved, lang.L("Plan anyway"), func() { c.create(moved) })
		return
	}
	if moved.Date == p.Date && moved.Time == p.Time && moved.Status == p.Status {
		return
	}
	c.k.withFrequencyCheck(moved, lang.L("Move anyway"), func() { c.move(p.ID, spot.day, at) })
}

// move stores a move and records it for undo.
func (c *calendarScreen) move(id int64, day model.Date, at model.Clock) {
	before, after, err := c.k.store.MovePost(id, day, at)
	if err != nil {
		c.k.showError(err)
		return
	}
	// Undo and redo restore only the placement, and only while the post is
	// as this move (or the last undo) left it: never over a later edit.
	current := after
	place := func(to model.Post) func() error {
		return func() error {
			now, err := c.k.store.RestorePlacement(current, to.Date, to.Time, to.Status)
			if err == nil {
				current = now
			}
			return err
		}
	}
	c.history.push(change{label: lang.L("move"), undo: place(before), redo: place(after)})
	c.say(lang.L("Moved “{{.Post}}” to {{.When}}. Ctrl+Z undoes.", map[string]any{"Post": after.Summary(30), "When": describeWhen(after)}))
	c.refresh()
}

// create stores a new post dropped from the holiday panel, undoably.
func (c *calendarScreen) create(p model.Post) {
	if err := c.k.store.CreatePost(&p); err != nil {
		c.k.showError(err)
		return
	}
	current, err := c.k.store.Post(p.ID)
	if err != nil {
		c.k.showError(err)
		return
	}
	c.history.push(change{label: lang.L("plan"),
		undo: func() error { return c.k.store.DeleteUnchanged(current) },
		redo: func() error {
			again := current
			again.ID = 0
			if err := c.k.store.CreatePost(&again); err != nil {
				return err
			}
			fresh, err := c.k.store.Post(again.ID)
			current = fresh
			return err
		}})
	c.say(lang.L("Planned a draft for {{.When}}. Ctrl+Z undoes.", map[string]any{"When": describeWhen(current)}))
	c.refresh()
}

// duplicate copies a post to another day and records it for undo.
func (c *calendarScreen) duplicate(p model.Post, day model.Date) {
	copyOf := p.DuplicatedTo(day)
	c.k.withFrequencyCheck(copyOf, lang.L("Duplicate anyway"), func() {
		created, err := c.k.store.DuplicatePost(p.ID, day)
		if err != nil {
			c.k.showError(err)
			return
		}
		current := created
		c.history.push(change{label: lang.L("duplicate"),
			// The copy is removed only while nobody has edited it.
			undo: func() error { return c.k.store.DeleteUnchanged(current) },
			redo: func() error {
				again, err := c.k.store.DuplicatePost(p.ID, day)
				if err == nil {
					current = again
				}
				return err
			}})
		c.say(lang.L("Copied “{{.Post}}” to {{.When}}.", map[string]any{"Post": created.Summary(30), "When": describeWhen(created)}))
		c.refresh()
	})
}

// undo and redo step through the history (Ctrl+Z, Ctrl+Shift+Z).
func (c *calendarScreen) undo() { c.step(c.history.undo, true) }
func (c *calendarScreen) redo() { c.step(c.history.redo, false) }

func (c *calendarScreen) step(do func() (change, bool, error), undo bool) {
	ch, ok, err := do()
	switch {
	case !ok && undo:
		c.say(lang.L("Nothing to undo."))
	case !ok:
		c.say(lang.L("Nothing to redo."))
	case err != nil:
		// Both sentences are put in words here: errText would keep only
		// the refusal's, inside a wrapped error.
		c.k.showError(errors.New(errText(err) + "\n" + lang.L("That step was taken off the undo list.")))
	case undo:
		c.say(lang.L("Undid {{.Change}}.", map[string]any{"Change": ch.label}))
	default:
		c.say(lang.L("Redid {{.Change}}.", map[string]any{"Change": ch.label}))
	}
	c.refresh()
}

// chipOpen opens the post in the editor, as stored now: the chip may show
// an older copy (a day list opened before a move). A flagged post says why.
func (c *calendarScreen) chipOpen(chip *postChip) {
	c.closeDayList()
	if chip.flag != "" {
		c.say(lang.L("Needs attention: {{.Reason}}", map[string]any{"Reason": strings.ReplaceAll(chip.flag, "\n", " ")}))
	}
	p := chip.post
	if p.ID != 0 {
		fresh, err := c.k.store.Post(p.ID)
		if err != nil {
			c.k.showError(err)
			c.refresh()
			return
		}
		p = fresh
	}
	showPostEditor(c.k, p, c.refresh)
}

// chipMenu offers the keyboard- and menu-friendly alternatives to dragging.
func (c *calendarScreen) chipMenu(chip *postChip, at fyne.Position) {
	p := chip.post
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("Edit…"), func() { c.chipOpen(chip) }),
		fyne.NewMenuItem(lang.L("Move to date…"), func() { c.closeDayList(); c.askMove(p) }),
		fyne.NewMenuItem(lang.L("Duplicate to date…"), func() { c.closeDayList(); c.askDuplicate(p) }),
	)
	widget.ShowPopUpMenuAtPosition(menu, c.k.win.Canvas(), at)
}

// askMove asks for a day (and keeps the time) for a post.
func (c *calendarScreen) askMove(p model.Post) {
	if _, err := p.MovedTo(model.DateOf(c.k.now()), p.Time); errors.Is(err, model.ErrPublishedFixed) {
		dialog.ShowInformation(lang.L("Published posts stay put"), publishedFixed(), c.k.win) // say so before asking for a day
		return
	}
	c.askDate(lang.L("Move to date"), lang.L("Move"), p.Date, func(d model.Date) { c.drop(p, dropSpot{day: d, keepTime: true, at: p.Time}) })
}

func (c *calendarScreen) askDuplicate(p model.Post) {
	c.askDate(lang.L("Duplicate to date"), lang.L("Duplicate"), p.Date, func(d model.Date) { c.duplicate(p, d) })
}

// askDate shows a date picker; the dialog stays open on a bad date.
func (c *calendarScreen) askDate(title, confirm string, initial model.Date, done func(model.Date)) {
	entry := widget.NewDateEntry()
	if initial.IsZero() {
		initial = model.DateOf(c.k.now())
	}
	setDate(entry, initial)
	problems := newProblemLabel()
	showFormDialog(c.k.win, title, confirm, container.NewVBox(entry, problems.Label), func() error {
		if entry.Date == nil {
			return errors.New(lang.L("Pick a day in the calendar, or type a date."))
		}
		done(model.DateOf(*entry.Date))
		return nil
	}, problems.show)
}

// askJump shows another month or week (Ctrl+G).
func (c *calendarScreen) askJump() {
	c.askDate(lang.L("Go to date"), lang.L("Go"), c.anchor, c.jumpTo)
}

// newPostOn opens the editor for a new post on day, prefilled with the
// client's first channel and the weekday theme's hashtags.
func (c *calendarScreen) newPostOn(day model.Date) {
	client, ok := c.k.currentClient()
	if !ok {
		return
	}
	p := model.Post{ClientID: client.ID, Date: day, Time: model.At(10, 0), Status: model.Draft, Type: model.Text}
	if t, ok := model.ThemeFor(c.themes, day); ok {
		p.Hashtags = append([]string(nil), t.Hashtags...)
	}
	showPostEditor(c.k, p, c.refresh)
}

// showDay lists every post of a day that overflowed its cell ("+N more").
func (c *calendarScreen) showDay(day model.Date) {
	list := container.NewVBox()
	for _, p := range c.byDay[day] {
		chip := newPostChip(c)
		chip.setPost(p, c.colorOf(p))
		list.Add(chip)
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(360, min(420, float32(len(c.byDay[day]))*(chipHeight+4)+8)))
	c.closeDayList()
	d := dialog.NewCustom(fullDate(day), lang.L("Close"), scroll, c.k.win)
	c.dayList = d
	d.Show()
}

// closeDayList hides the day list, for example when a drag starts from it.
func (c *calendarScreen) closeDayList() {
	if c.dayList != nil {
		c.dayList.Hide()
		c.dayList = nil
	}
}

// describeWhen says "Tue 12 Jan at 09:30" or "Tue 12 Jan (all day)".
func describeWhen(p model.Post) string {
	if p.Time.Valid() {
		return lang.L("{{.Date}} at {{.Time}}", map[string]any{"Date": weekdayDate(p.Date), "Time": p.Time.String()})
	}
	return lang.L("{{.Date}} (all day)", map[string]any{"Date": weekdayDate(p.Date)})
}

// publishedFixed is model.ErrPublishedFixed in the interface's language.
func publishedFixed() string {
	return lang.L("This post is already published, so it stays on the day it went out.")
}

// keyTyped handles Escape during a drag (the canvas receives keys that no
// focused widget takes).
func (c *calendarScreen) keyTyped(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		c.drag.cancel()
	}
}

func (c *calendarScreen) cancelDrag() { c.drag.cancel() }

func (c *calendarScreen) chipFlag(p model.Post) string { return tr(c.flags[p.ID]) }

// weekStartChanged is called when Settings changes the first day of the week.
func (c *calendarScreen) weekStartChanged(ws time.Weekday) {
	c.weekStart = ws
	c.refresh()
}
