package ui

import (
	"bytes"
	"encoding/json"
	"os"
	"time"

	"fyne.io/fyne/v2"
)

// Options are start-up choices main passes in.
type Options struct {
	// LayoutDump, when set, names a file where the calendar keeps a JSON
	// map of where its day cells and post chips are on screen, so an
	// end-to-end test can drive the real window with a real mouse.
	LayoutDump string
}

// layoutRect is a rectangle in canvas coordinates (multiply by Scale for
// pixels from the window's top-left corner).
type layoutRect struct {
	X, Y, W, H float32
}

type layoutMap struct {
	Scale float32
	Month string                // YYYY-MM shown, "" when not in month view
	Days  map[string]layoutRect // YYYY-MM-DD
	Chips map[int64]layoutRect  // post ID
}

// dumpLayoutEvery rewrites the layout file whenever it changes.
func (k *Kairos) dumpLayoutEvery(path string, every time.Duration) {
	var last []byte
	go func() {
		for range time.Tick(every) {
			fyne.DoAndWait(func() {
				b, err := json.Marshal(k.layout())
				if err == nil && !bytes.Equal(b, last) && os.WriteFile(path, b, 0o600) == nil {
					last = b
				}
			})
		}
	}()
}

func (k *Kairos) layout() layoutMap {
	m := layoutMap{Scale: k.win.Canvas().Scale(), Days: map[string]layoutRect{}, Chips: map[int64]layoutRect{}}
	c := k.calendar
	if c == nil || k.shown != screenCalendar {
		return m
	}
	d := fyne.CurrentApp().Driver()
	rect := func(o fyne.CanvasObject) layoutRect {
		p, s := d.AbsolutePositionForObject(o), o.Size()
		return layoutRect{p.X, p.Y, s.Width, s.Height}
	}
	if c.view == viewMonth {
		m.Month = c.anchor.Time().Format("2006-01")
		for i, day := range c.month.days {
			m.Days[day.String()] = rect(c.month.cells[i])
		}
	}
	for _, chip := range c.visibleChips() {
		m.Chips[chip.post.ID] = rect(chip)
	}
	return m
}

// visibleChips lists the chips the user can see and drag: in the current
// view and in the ideas tray.
func (c *calendarScreen) visibleChips() []*postChip {
	var all []*postChip
	var cells []*dayCell
	switch c.view {
	case viewMonth:
		cells = c.month.cells
	case viewWeek:
		cells = c.week.allDay
		all = append(all, c.week.hours.chips...)
	}
	for _, cell := range cells {
		all = append(all, cell.chips...)
	}
	all = append(all, c.tray.chips[:len(c.tray.list.Objects)]...)
	var shown []*postChip
	for _, chip := range all {
		if chip.Visible() {
			shown = append(shown, chip)
		}
	}
	return shown
}
