package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kairos/model"
	"kairos/storage"
)

// calendarWith builds a window on one client with an Instagram and an X
// channel, showing the calendar at testToday's month.
func calendarWith(t *testing.T) (*Kairos, *storage.Store, model.Client, []model.Channel) {
	t.Helper()
	k, store := newTestKairos(t, false)
	c := model.Client{Name: "Olive & Sea", Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"}
	if err := store.CreateClient(&c); err != nil {
		t.Fatal(err)
	}
	var channels []model.Channel
	for _, ch := range []model.Channel{{ClientID: c.ID, Platform: model.Instagram, Handle: "@olive"}, {ClientID: c.ID, Platform: model.X, Handle: "@olive_x"}} {
		if err := store.CreateChannel(&ch); err != nil {
			t.Fatal(err)
		}
		channels = append(channels, ch)
	}
	k.clientsChanged(c.ID)
	k.show(screenCalendar)
	return k, store, c, channels
}

// addPost stores a post for the test client.
func addPost(t *testing.T, k *Kairos, store *storage.Store, p model.Post) model.Post {
	t.Helper()
	if p.Type == "" {
		p.Type = model.Photo
	}
	if p.Status == "" {
		p.Status = model.Scheduled
	}
	if p.Text == "" {
		p.Text = "Sunset over the harbour"
	}
	if err := store.CreatePost(&p); err != nil {
		t.Fatal(err)
	}
	k.calendar.refresh()
	return p
}

// chipOf finds the visible chip showing post id anywhere in the calendar.
func chipOf(t *testing.T, k *Kairos, id int64) *postChip {
	t.Helper()
	var found *postChip
	walk(k.calendar.box, func(o fyne.CanvasObject) bool {
		if c, ok := o.(*postChip); ok && c.Visible() && c.post.ID == id {
			found = c
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no chip for post %d", id)
	}
	return found
}

// monthCellPos is an absolute point inside day's cell in the month view.
func monthCellPos(t *testing.T, k *Kairos, day model.Date) fyne.Position {
	t.Helper()
	for i, d := range k.calendar.month.days {
		if d == day {
			cell := k.calendar.month.cells[i]
			return fyne.CurrentApp().Driver().AbsolutePositionForObject(cell).Add(fyne.NewPos(cell.Size().Width/2, cell.Size().Height-6))
		}
	}
	t.Fatalf("%s is not in the month shown", day)
	return fyne.Position{}
}

// dragTo drags chip to the absolute point as the GLFW driver would: a few
// Dragged events carrying the absolute pointer position, then DragEnd.
func dragTo(chip *postChip, to fyne.Position) {
	from := fyne.CurrentApp().Driver().AbsolutePositionForObject(chip).Add(fyne.NewPos(5, 5))
	for i := 1; i <= 4; i++ {
		f := float32(i) / 4
		p := fyne.NewPos(from.X+(to.X-from.X)*f, from.Y+(to.Y-from.Y)*f)
		chip.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: p}, Dragged: fyne.NewDelta(1, 1)})
	}
	chip.DragEnd()
}

func mustPost(t *testing.T, store *storage.Store, id int64) model.Post {
	t.Helper()
	p, err := store.Post(id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var (
	nov24 = model.NewDate(2026, 11, 24)
	nov27 = model.NewDate(2026, 11, 27)
)

func TestMonthDragMovesPostAndKeepsItsTime(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, nov27))
	got := mustPost(t, store, p.ID)
	if got.Date != nov27 || got.Time != model.At(9, 30) {
		t.Fatalf("after the drag the post is on %s at %s, want %s at 09:30", got.Date, got.Time, nov27)
	}
	chipOf(t, k, p.ID) // still shown, now on the new day
	if k.calendar.byDay[nov27][0].ID != p.ID {
		t.Error("the calendar does not show the post on its new day")
	}
}

func TestDropOutsideOrEscapeChangesNothing(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	dragTo(chipOf(t, k, p.ID), fyne.NewPos(-50, -50))
	if got := mustPost(t, store, p.ID); got.Date != nov24 {
		t.Fatalf("a drop outside moved the post to %s", got.Date)
	}
	chip := chipOf(t, k, p.ID)
	chip.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: monthCellPos(t, k, nov27)}})
	if !k.calendar.drag.ghost.Visible() {
		t.Error("no ghost follows the pointer")
	}
	k.win.Canvas().(test.WindowlessCanvas).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	chip.DragEnd()
	if got := mustPost(t, store, p.ID); got.Date != nov24 {
		t.Fatalf("Escape did not cancel: the post moved to %s", got.Date)
	}
	if k.calendar.drag.ghost.Visible() {
		t.Error("the ghost stayed after Escape")
	}
}

func TestDropHighlightsTheTargetDay(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	chip := chipOf(t, k, p.ID)
	chip.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: monthCellPos(t, k, nov27)}})
	for i, cell := range k.calendar.month.cells[:len(k.calendar.month.days)] {
		if want := k.calendar.month.days[i] == nov27; cell.highlight != want {
			t.Errorf("%s highlighted = %v", k.calendar.month.days[i], cell.highlight)
		}
	}
	chip.DragEnd()
}

func TestWeekDragSetsTheHour(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	k.calendar.setView(viewWeek)
	w := k.calendar.week
	w.scroll.Offset = fyne.NewPos(0, 8*hourHeight) // 08:00 at the top
	w.scroll.Refresh()
	// Thursday 26 Nov, 14:10 snaps to 14:15.
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.hours)
	col := w.hours.geometry().width / 7
	target := origin.Add(fyne.NewPos(gutterWidth+3*col+col/2, 14*hourHeight+10.0/60*hourHeight))
	dragTo(chipOf(t, k, p.ID), target)
	got := mustPost(t, store, p.ID)
	if got.Date != model.NewDate(2026, 11, 26) || got.Time != model.At(14, 15) {
		t.Fatalf("week drop put the post on %s at %s, want 2026-11-26 at 14:15", got.Date, got.Time)
	}
	// The all-day row makes a post untimed.
	cell := w.allDay[4]
	dragTo(chipOf(t, k, p.ID), fyne.CurrentApp().Driver().AbsolutePositionForObject(cell).Add(fyne.NewPos(10, 10)))
	if got := mustPost(t, store, p.ID); got.Date != nov27 || got.Time.Valid() {
		t.Errorf("all-day drop: %s at %q", got.Date, got.Time)
	}
}

func TestTrayIdeaDroppedOnADayBecomesADraft(t *testing.T) {
	k, store, c, _ := calendarWith(t)
	idea := addPost(t, k, store, model.Post{ClientID: c.ID, Status: model.Idea, Type: model.Question, Text: "Island or mountain?", Time: model.NoClock})
	chip := chipOf(t, k, idea.ID) // in the tray
	dragTo(chip, monthCellPos(t, k, nov27))
	got := mustPost(t, store, idea.ID)
	if got.Date != nov27 || got.Status != model.Draft {
		t.Fatalf("idea after the drop: %s, %s; want a draft on %s", got.Date, got.Status, nov27)
	}
	if len(k.calendar.tray.list.Objects) != 0 {
		t.Error("the idea is still in the tray")
	}
}

func TestDragAcrossMonths(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(18, 0)})
	chip := chipOf(t, k, p.ID)
	next := k.calendar.next
	overNext := fyne.CurrentApp().Driver().AbsolutePositionForObject(next).Add(fyne.NewPos(3, 3))
	chip.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: overNext}})
	if k.calendar.drag.holdDir != 1 {
		t.Fatal("holding over the next button is not noticed")
	}
	k.calendar.drag.flip(1) // what the hold timer does after holdToFlip
	if k.calendar.anchor.Month != 12 {
		t.Fatalf("the calendar shows month %d after the flip", k.calendar.anchor.Month)
	}
	jan14 := model.NewDate(2027, 1, 14)
	k.calendar.drag.flip(1)
	chip.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: monthCellPos(t, k, jan14)}})
	chip.DragEnd()
	if got := mustPost(t, store, p.ID); got.Date != jan14 || got.Time != model.At(18, 0) {
		t.Fatalf("cross-month drop: %s at %s", got.Date, got.Time)
	}
}

func TestUndoAndRedoMoves(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, nov27))
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, model.NewDate(2026, 11, 30)))
	typed := k.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	typed.TypedShortcut(ctrl(fyne.KeyZ))
	if got := mustPost(t, store, p.ID); got.Date != nov27 {
		t.Fatalf("first undo: %s, want %s", got.Date, nov27)
	}
	typed.TypedShortcut(ctrl(fyne.KeyZ))
	if got := mustPost(t, store, p.ID); got.Date != nov24 || got.Time != model.At(9, 30) {
		t.Fatalf("second undo: %s %s, want %s 09:30", got.Date, got.Time, nov24)
	}
	typed.TypedShortcut(ctrlShift(fyne.KeyZ))
	if got := mustPost(t, store, p.ID); got.Date != nov27 {
		t.Fatalf("redo: %s, want %s", got.Date, nov27)
	}
}

func TestPublishedPostsRefuseToMove(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30), Status: model.Published})
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, nov27))
	if got := mustPost(t, store, p.ID); got.Date != nov24 {
		t.Fatalf("a published post moved to %s", got.Date)
	}
	if msg := texts(overlay(t, k)); !strings.Contains(msg, "published") {
		t.Errorf("the refusal says %q", msg)
	}
}

func TestFrequencyWarningBeforeTheMove(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	x := chs[1] // X: the guard allows posts an hour apart; set 2 a day
	x.MaxPerDay = 2
	if err := store.UpdateChannel(x); err != nil {
		t.Fatal(err)
	}
	for _, h := range []int{9, 15} {
		addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{x.ID}, Date: nov27, Time: model.At(h, 0), Text: "Today's special"})
	}
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{x.ID}, Date: nov24, Time: model.At(12, 0), Text: "Tomorrow's special"})
	if len(k.calendar.byDay[nov27]) != 2 {
		t.Fatal("setup: two posts on the 27th expected")
	}
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, nov27))
	warning := texts(overlay(t, k))
	if !strings.Contains(warning, "@olive_x") {
		t.Fatalf("no frequency warning; dialog says %q", warning)
	}
	test.Tap(findButton(t, overlay(t, k), "Cancel"))
	if got := mustPost(t, store, p.ID); got.Date != nov24 {
		t.Fatalf("Cancel still moved the post to %s", got.Date)
	}
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, nov27))
	test.Tap(findButton(t, overlay(t, k), "Move anyway"))
	if got := mustPost(t, store, p.ID); got.Date != nov27 {
		t.Fatalf("Move anyway left the post on %s", got.Date)
	}
	if !k.calendar.month.cells[indexOf(k.calendar.month.days, nov27)].state.overbooked {
		t.Error("the overbooked day is not marked")
	}
}

func indexOf(days []model.Date, d model.Date) int {
	for i, x := range days {
		if x == d {
			return i
		}
	}
	return -1
}
