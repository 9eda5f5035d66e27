package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// pickDate answers the date dialog that is shown with day.
func pickDate(t *testing.T, k *Kairos, confirm string, day model.Date) {
	t.Helper()
	var entry *widget.DateEntry
	walk(overlay(t, k), func(o fyne.CanvasObject) bool {
		if e, ok := o.(*widget.DateEntry); ok {
			entry = e
			return false
		}
		return true
	})
	if entry == nil {
		t.Fatal("no date field in the dialog")
	}
	tm := day.Time()
	entry.SetDate(&tm)
	test.Tap(findButton(t, overlay(t, k), confirm))
}

func TestMoveToDateKeepsTheTime(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	k.calendar.askMove(p)
	dec3 := model.NewDate(2026, 12, 3)
	pickDate(t, k, "Move", dec3)
	if got := mustPost(t, store, p.ID); got.Date != dec3 || got.Time != model.At(9, 30) {
		t.Fatalf("moved to %s %s", got.Date, got.Time)
	}
	k.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(ctrl(fyne.KeyZ))
	if got := mustPost(t, store, p.ID); got.Date != nov24 {
		t.Errorf("undo after Move to date: %s", got.Date)
	}
}

func TestDuplicateToDateAndUndo(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30), Status: model.Published})
	k.calendar.askDuplicate(p)
	pickDate(t, k, "Duplicate", nov27)
	copies, _ := store.PostsBetween(c.ID, nov27, nov27)
	if len(copies) != 1 || copies[0].Text != p.Text || copies[0].Status != model.Draft || copies[0].Time != model.At(9, 30) {
		t.Fatalf("copies on the 27th: %+v", copies)
	}
	if got := mustPost(t, store, p.ID); got.Date != nov24 {
		t.Error("the original moved")
	}
	k.calendar.undo()
	if copies, _ := store.PostsBetween(c.ID, nov27, nov27); len(copies) != 0 {
		t.Errorf("undo left %d copies", len(copies))
	}
}

func TestContextMenuOffersTheAlternatives(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	test.TapSecondary(chipOf(t, k, p.ID))
	menu := texts(overlay(t, k))
	for _, want := range []string{"Move to date…", "Duplicate to date…", "Edit…"} {
		if !strings.Contains(menu, want) {
			t.Errorf("menu lacks %q: %q", want, menu)
		}
	}
}

func TestBusyDayShowsMoreAndListsEveryPost(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	for h := 8; h < 20; h++ {
		addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[1].ID}, Date: nov27, Time: model.At(h, 0), Status: model.Draft})
	}
	cell := k.calendar.month.cells[indexOf(k.calendar.month.days, nov27)]
	if !cell.more.Visible() || !strings.HasPrefix(cell.more.Text, "+") {
		t.Fatalf("no +N more on a day with 12 posts (button %q)", cell.more.Text)
	}
	shown := 0
	for _, chip := range cell.chips {
		if chip.Visible() {
			shown++
		}
	}
	if want := "+" + strconv.Itoa(12-shown) + " more"; cell.more.Text != want {
		t.Errorf("button says %q, want %q", cell.more.Text, want)
	}
	test.Tap(cell.more)
	n := 0
	walk(overlay(t, k), func(o fyne.CanvasObject) bool {
		if _, ok := o.(*postChip); ok {
			n++
		}
		return true
	})
	if n != 12 {
		t.Errorf("the day list shows %d posts, want 12", n)
	}
}

func TestFiltersNarrowTheCalendar(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 0), Type: model.Photo})
	addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[1].ID}, Date: nov24, Time: model.At(10, 0), Type: model.Question, Status: model.Draft})
	k.calendar.setFilter(model.PostFilter{Types: map[model.ContentType]bool{model.Question: true}}, false)
	if len(k.calendar.posts) != 1 || k.calendar.posts[0].Type != model.Question {
		t.Fatalf("type filter shows %d posts", len(k.calendar.posts))
	}
	k.calendar.setFilter(model.PostFilter{ChannelIDs: map[int64]bool{chs[0].ID: true}}, false)
	if len(k.calendar.posts) != 1 || k.calendar.posts[0].Type != model.Photo {
		t.Fatalf("channel filter shows %+v", k.calendar.posts)
	}
	k.calendar.setFilter(model.PostFilter{Statuses: map[model.Status]bool{model.Draft: true}}, false)
	if len(k.calendar.posts) != 1 || k.calendar.posts[0].Status != model.Draft {
		t.Fatalf("status filter shows %+v", k.calendar.posts)
	}
	if k.calendar.filters.Text != "Filters (on)" {
		t.Errorf("filter button says %q", k.calendar.filters.Text)
	}
	k.calendar.setFilter(model.PostFilter{}, false)
	if len(k.calendar.posts) != 2 {
		t.Errorf("clearing the filter shows %d posts", len(k.calendar.posts))
	}
}

func TestAllClientsFilterShowsEveryClient(t *testing.T) {
	k, _ := newTestKairos(t, true)
	k.show(screenCalendar)
	mine := len(k.calendar.posts)
	k.calendar.setFilter(model.PostFilter{}, true)
	if len(k.calendar.posts) <= mine {
		t.Errorf("all clients: %d posts, one client: %d", len(k.calendar.posts), mine)
	}
}

func TestWeekStartSetting(t *testing.T) {
	k, store, _, _ := calendarWith(t)
	if k.calendar.month.days[0].Weekday() != time.Monday {
		t.Fatal("weeks do not start on Monday as set")
	}
	s := openSettings(t, k)
	s.weekStart.SetSelected("Sunday")
	if v, _ := store.Setting(settingWeekStart); v != "sunday" {
		t.Errorf("setting stored %q", v)
	}
	k.show(screenCalendar)
	if k.calendar.month.days[0].Weekday() != time.Sunday {
		t.Errorf("month starts on %s after choosing Sunday", k.calendar.month.days[0].Weekday())
	}
}

func TestWeekStartFollowsTheLocaleUntilChosen(t *testing.T) {
	k, store, _, _ := calendarWith(t)
	store.SetSetting(settingWeekStart, "")
	want := model.WeekStartFor(regionLocale())
	if got := weekStartSetting(k); got != want {
		t.Errorf("without a choice the week starts on %s, want the locale's %s", got, want)
	}
}
