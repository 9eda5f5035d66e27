package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"kairos/model"
)

func TestUndoNeverOverwritesALaterEdit(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, nov27))
	edited := mustPost(t, store, p.ID)
	edited.Text, edited.Status = "Sunset, edited after the move", model.Published
	if err := store.UpdatePost(&edited); err != nil {
		t.Fatal(err)
	}
	k.calendar.undo()
	got := mustPost(t, store, p.ID)
	if got.Date != nov27 || got.Text != edited.Text || got.Status != model.Published {
		t.Fatalf("undo overwrote the edit: %+v", got)
	}
	if msg := texts(overlay(t, k)); !strings.Contains(msg, "changed after that") || !strings.Contains(msg, "taken off the undo list") {
		t.Errorf("the refusal says %q", msg)
	}
	if len(k.calendar.history.done) != 0 {
		t.Error("the refused step is still on the undo list")
	}
}

func TestUndoOfADuplicateKeepsAnEditedCopy(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	k.calendar.duplicate(p, nov27)
	copies, _ := store.PostsBetween(c.ID, nov27, nov27)
	if len(copies) != 1 {
		t.Fatalf("%d copies", len(copies))
	}
	k.calendar.undo()
	k.calendar.redo()
	copies, _ = store.PostsBetween(c.ID, nov27, nov27)
	if len(copies) != 1 {
		t.Fatalf("after undo and redo: %d copies", len(copies))
	}
	edited := copies[0]
	edited.Text = "My own words now"
	store.UpdatePost(&edited)
	k.calendar.undo()
	if _, err := store.Post(edited.ID); err != nil {
		t.Fatalf("undo deleted an edited copy: %v", err)
	}
}

func TestSwitchingClientForgetsUndoAndFilters(t *testing.T) {
	k, store := newTestKairos(t, true)
	k.show(screenCalendar)
	clients := mustClients(t, store)
	p := k.calendar.posts[0]
	for _, q := range k.calendar.posts {
		if q.Status != model.Published && q.Time.Valid() {
			p = q
		}
	}
	k.calendar.move(p.ID, p.Date.AddDays(1), p.Time)
	k.calendar.setFilter(model.PostFilter{Types: map[model.ContentType]bool{model.Poll: true}}, false)
	k.switcher.SetSelected(clients[1].Name)
	if len(k.calendar.history.done) != 0 || k.calendar.filter.Active() || k.calendar.filters.Text != "Filters" {
		t.Errorf("after switching client: %d undo steps, filter active %v", len(k.calendar.history.done), k.calendar.filter.Active())
	}
	k.calendar.undo()
	if got := mustPost(t, store, p.ID); got.Date != p.Date.AddDays(1) {
		t.Error("Ctrl+Z on another client undid the first client's move")
	}
}

func TestEscapeOnAFocusedChipCancelsTheDrag(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	chip := chipOf(t, k, p.ID)
	k.win.Canvas().Focus(chip)
	chip.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: monthCellPos(t, k, nov27)}})
	k.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	chip.DragEnd()
	if got := mustPost(t, store, p.ID); got.Date != nov24 {
		t.Fatalf("Escape on the focused chip did not cancel: moved to %s", got.Date)
	}
}

func TestAskMoveRefusesPublishedPosts(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30), Status: model.Published})
	k.calendar.askMove(p)
	if msg := texts(overlay(t, k)); !strings.Contains(msg, "published") {
		t.Fatalf("Move to date on a published post says %q", msg)
	}
}

func TestEditorExplainsATimeWithoutADate(t *testing.T) {
	k, store, c, _ := calendarWith(t)
	e := showPostEditor(k, model.NewIdea(c.ID), func() {})
	e.text.SetText("Island or mountain?")
	e.clock.SetText("10:00")
	test.Tap(findButton(t, overlay(t, k), "Save"))
	if !strings.Contains(e.problems.Text, "needs a date") {
		t.Errorf("problem shown: %q", e.problems.Text)
	}
	if ideas, _ := store.Undated(c.ID); len(ideas) != 0 {
		t.Error("the idea was saved without its time")
	}
}

func TestNoWarningWithinTheGuard(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov27, Time: model.At(8, 0)})
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(18, 0)})
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, nov27)) // Instagram: 2 a day, 6 h apart: fine
	if got := mustPost(t, store, p.ID); got.Date != nov27 {
		t.Fatalf("a move within the guard did not happen (dialog: %v)", k.win.Canvas().Overlays().Top() != nil)
	}
}

func TestMinimumGapWarning(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov27, Time: model.At(8, 0)})
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(10, 0)})
	dragTo(chipOf(t, k, p.ID), monthCellPos(t, k, nov27)) // 2 hours after the 08:00 post; Instagram wants 6
	if msg := texts(overlay(t, k)); !strings.Contains(msg, "hours") {
		t.Fatalf("no gap warning: %q", msg)
	}
	test.Tap(findButton(t, overlay(t, k), "Move anyway"))
	if got := mustPost(t, store, p.ID); got.Date != nov27 || got.Time != model.At(10, 0) {
		t.Errorf("Move anyway: %s %s", got.Date, got.Time)
	}
}
