package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"kairos/model"
)

func TestReminderAnnouncesAPostWhenItFallsDue(t *testing.T) {
	k, store, c, chs := calendarWith(t) // Athens: testToday 10:00 UTC is 12:00 there
	today := model.DateOf(testToday)
	due := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: today, Time: model.At(12, 30),
		Text: "Harbour at noon"})
	addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: today, Time: model.At(12, 20),
		Status: model.Draft, Text: "Only a draft"})
	r := &reminders{k: k, last: testToday}
	test.AssertNotificationSent(t, nil, func() { r.check(testToday.Add(29 * time.Minute)) })
	test.AssertNotificationSent(t, &fyne.Notification{Title: "Post due now for Olive & Sea",
		Content: "12:30 on Instagram @olive: Harbour at noon"}, func() {
		if got := r.check(testToday.Add(31 * time.Minute)); len(got) != 1 || got[0].Post.ID != due.ID {
			t.Errorf("announced %+v", got)
		}
	})
	// Announced once only.
	test.AssertNotificationSent(t, nil, func() { r.check(testToday.Add(40 * time.Minute)) })
}

func TestDueTodayListsTodaysPostsAndMarksThemPublished(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	today := model.DateOf(testToday)
	past := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: today, Time: model.At(9, 0),
		Text: "Morning coffee on the harbour"})
	addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[1].ID}, Date: today, Time: model.At(18, 0),
		Text: "Sunset cruise tonight"})
	addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[1].ID}, Date: today.AddDays(1), Time: model.At(9, 0),
		Text: "Tomorrow's post"})
	cal := k.calendar
	if strings.Contains(texts(cal.due.list), "Morning") {
		t.Fatal("the list was read before its tab was opened")
	}
	cal.side.SelectIndex(2)
	got := texts(cal.due.list)
	if !strings.Contains(got, "09:00") || !strings.Contains(got, "18:00") || strings.Contains(got, "Tomorrow") {
		t.Fatalf("due today shows %q", got)
	}
	if strings.Index(got, "09:00") > strings.Index(got, "18:00") {
		t.Errorf("not in order: %q", got)
	}
	test.Tap(findButton(t, cal.due.list, "Published"))
	if p, _ := store.Post(past.ID); p.Status != model.Published {
		t.Errorf("status %q after Published", p.Status)
	}
}

func TestHelpListsTheShortcutsOnF1(t *testing.T) {
	k, _ := newTestKairos(t, true)
	k.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	got := texts(overlay(t, k))
	for _, s := range shortcuts() {
		if !strings.Contains(got, s.keys) || !strings.Contains(got, s.action) {
			t.Errorf("help lacks %q (%q)", s.keys, s.action)
		}
	}
}

func TestThemeChoiceAppliesAndIsRemembered(t *testing.T) {
	k, store := newTestKairos(t, true)
	r := newThemeChoice(k)
	r.SetSelected("Dark")
	if v, _ := store.Setting(settingTheme); v != themeDark {
		t.Errorf("stored %q", v)
	}
	th := k.app.Settings().Theme()
	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if th.Color(theme.ColorNameBackground, theme.VariantLight) != dark {
		t.Error("the dark choice does not force the dark background")
	}
	r.SetSelected("Follow the system")
	light := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight)
	if k.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight) != light {
		t.Error("following the system again still forces dark")
	}
}
