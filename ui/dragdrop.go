package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// holdToFlip is how long a dragged post must rest over the previous or
// next button before the calendar turns the page.
const holdToFlip = 700 * time.Millisecond

// dropSpot is where a drop would land: a day, and a time in week view.
// keepTime is true in month view, where a post keeps its time of day.
type dropSpot struct {
	day      model.Date
	at       model.Clock
	keepTime bool
}

// dragController follows one drag at a time. Fyne has no drop targets
// (fyne#142), so the chip reports every pointer move here; the controller
// moves a ghost, resolves the spot with the views' pure position maps, and
// on release asks the calendar to drop.
type dragController struct {
	c *calendarScreen

	active    bool
	cancelled bool
	post      model.Post
	pointer   fyne.Position // absolute, from the last Dragged
	spot      dropSpot
	hasSpot   bool
	ghost     *fyne.Container
	ghostText *canvas.Text
	ghostBg   *canvas.Rectangle
	layer     *fyne.Container

	holdDir   int // -1 over "previous", +1 over "next", 0 elsewhere
	holdTimer *time.Timer
	holdGen   int // a timer callback from an earlier hold is ignored
}

func newDragController(c *calendarScreen) *dragController {
	d := &dragController{c: c, layer: container.NewWithoutLayout()}
	d.ghostBg = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	d.ghostBg.CornerRadius = 4
	d.ghostText = canvas.NewText("", theme.Color(theme.ColorNameForegroundOnPrimary))
	d.ghostText.TextSize = 12
	d.ghost = container.NewStack(d.ghostBg, container.NewPadded(d.ghostText))
	d.ghost.Hide()
	d.layer.Add(d.ghost)
	return d
}

// pointerOf is the absolute position of a drag event. The GLFW driver
// fills AbsolutePosition; synthetic events may carry only Position.
func pointerOf(chip fyne.CanvasObject, ev *fyne.DragEvent) fyne.Position {
	if !ev.AbsolutePosition.IsZero() {
		return ev.AbsolutePosition
	}
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(chip).Add(ev.Position)
}

// moved handles one Dragged event from chip.
func (d *dragController) moved(chip *postChip, ev *fyne.DragEvent) {
	if d.c.view == viewAgenda {
		return // the agenda has no days to drop on: it is a list
	}
	if !d.active {
		d.start(chip.post)
	}
	if d.cancelled {
		return
	}
	d.pointer = pointerOf(chip, ev)
	d.resolve()
	d.watchHold()
}

func (d *dragController) start(p model.Post) {
	d.active, d.cancelled, d.post, d.hasSpot = true, false, p, false
	d.c.closeDayList()
	d.ghostBg.FillColor = theme.Color(theme.ColorNamePrimary)
	if p.Status == model.Published {
		d.ghostBg.FillColor = theme.Color(theme.ColorNameError)
	}
	d.ghostText.Color = theme.Color(theme.ColorNameForegroundOnPrimary) // the theme may have changed
	d.setGhostText(p.Summary(32))
	d.ghost.Show()
}

// resolve finds the spot under the pointer, highlights it and moves the ghost.
func (d *dragController) resolve() {
	c := d.c
	d.hasSpot = false
	switch c.view {
	case viewMonth:
		if day, ok := c.month.dayAt(d.pointer); ok {
			d.spot, d.hasSpot = dropSpot{day: day, at: d.post.Time, keepTime: true}, true
		}
		c.month.highlight(d.spot.dayIf(d.hasSpot))
	case viewWeek:
		if day, at, ok := c.week.slotAt(d.pointer); ok {
			d.spot, d.hasSpot = dropSpot{day: day, at: at}, true
		}
		c.week.highlight(d.spot.dayIf(d.hasSpot), d.spot.at)
	}
	label := d.post.Summary(32)
	if d.hasSpot {
		label = weekdayDate(d.spot.day)
		if at := d.spot.clock(d.post); at.Valid() {
			label += " · " + at.String()
		}
		label += " — " + d.post.Summary(24)
	}
	d.setGhostText(label)
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.layer)
	d.ghost.Move(d.pointer.Subtract(origin).Add(fyne.NewPos(12, 8)))
}

func (d *dragController) setGhostText(s string) {
	d.ghostText.Text = s
	d.ghostText.Refresh()
	d.ghost.Resize(d.ghost.MinSize())
}

// dayIf returns the spot's day, or the zero Date when there is no spot.
func (s dropSpot) dayIf(ok bool) model.Date {
	if !ok {
		return model.Date{}
	}
	return s.day
}

// clock is the time the post would get at this spot.
func (s dropSpot) clock(p model.Post) model.Clock {
	if s.keepTime {
		return p.Time
	}
	return s.at
}

// watchHold turns the page when the pointer rests over previous or next.
func (d *dragController) watchHold() {
	dir := 0
	for n, b := range map[int]*widget.Button{-1: d.c.prev, 1: d.c.next} {
		if contains(b, d.pointer) {
			dir = n
		}
	}
	if dir == d.holdDir {
		return
	}
	d.stopHold()
	d.holdDir = dir
	if dir != 0 {
		d.armHold()
	}
}

func (d *dragController) armHold() {
	gen := d.holdGen
	d.holdTimer = time.AfterFunc(holdToFlip, func() {
		fyne.Do(func() {
			if gen != d.holdGen || !d.active || d.cancelled || d.holdDir == 0 {
				return
			}
			d.flip(d.holdDir)
			d.armHold() // keep turning while the pointer stays
		})
	})
}

// flip turns the page mid-drag; tests call it directly for the timer.
func (d *dragController) flip(dir int) {
	d.c.shift(dir)
	d.resolve()
}

func (d *dragController) stopHold() {
	d.holdGen++
	if d.holdTimer != nil {
		d.holdTimer.Stop()
		d.holdTimer = nil
	}
	d.holdDir = 0
}

// cancel abandons the drag (Escape); the DragEnd that follows does nothing.
func (d *dragController) cancel() {
	if d.active && !d.cancelled {
		d.cancelled = true
		d.clear()
		d.c.say(lang.L("Move cancelled."))
	}
}

// ended handles DragEnd: drop on the spot, or cancel outside any target.
func (d *dragController) ended() {
	if !d.active {
		return
	}
	post, spot, ok, cancelled := d.post, d.spot, d.hasSpot, d.cancelled
	d.clear()
	d.active = false
	switch {
	case cancelled:
	case !ok:
		d.c.say(lang.L("Dropped outside the calendar: nothing moved."))
	default:
		d.c.drop(post, spot)
	}
}

func (d *dragController) clear() {
	d.stopHold()
	d.ghost.Hide()
	d.c.month.highlight(model.Date{})
	if d.c.week != nil {
		d.c.week.highlight(model.Date{}, model.NoClock)
	}
}

// contains reports whether the absolute position p lies on o.
func contains(o fyne.CanvasObject, p fyne.Position) bool {
	if !o.Visible() {
		return false
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	s := o.Size()
	return p.X >= at.X && p.Y >= at.Y && p.X < at.X+s.Width && p.Y < at.Y+s.Height
}

// The calendar screen receives chip events and hands drags to the controller.
func (c *calendarScreen) chipDragged(chip *postChip, ev *fyne.DragEvent) { c.drag.moved(chip, ev) }
func (c *calendarScreen) chipDragEnd(*postChip)                          { c.drag.ended() }
