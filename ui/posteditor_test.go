package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kairos/model"
)

func TestEditorCountsAgainstTheStrictestChannel(t *testing.T) {
	k, _, c, chs := calendarWith(t)
	e := showPostEditor(k, model.Post{ClientID: c.ID, Date: nov27, Time: model.At(10, 0), Status: model.Draft, Type: model.Text}, func() {})
	e.channelChecks.SetSelected([]string{chs[0].Label()}) // Instagram: 2,200
	e.text.SetText(strings.Repeat("a", 300))
	if !strings.Contains(e.count.Text, "300 / 2,200") {
		t.Errorf("count with Instagram: %q", e.count.Text)
	}
	e.channelChecks.SetSelected([]string{chs[0].Label(), chs[1].Label()}) // and X: 280
	if !strings.Contains(e.count.Text, "300 / 280") || !strings.Contains(e.count.Text, "20 too many") {
		t.Errorf("count with X: %q", e.count.Text)
	}
}

func TestEditorRefusesAnInvalidScheduleWithTheReason(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	saved := false
	e := showPostEditor(k, model.Post{ClientID: c.ID, Date: nov27, Time: model.At(10, 0), Status: model.Draft, Type: model.Text}, func() { saved = true })
	e.channelChecks.SetSelected([]string{chs[1].Label()})
	e.status.SetSelected(string(model.Scheduled))
	e.text.SetText(strings.Repeat("long ", 70)) // 350 characters for X's 280
	test.Tap(findButton(t, overlay(t, k), "Save"))
	if saved || !e.problems.Visible() || !strings.Contains(e.problems.Text, "X allows 280") {
		t.Fatalf("saved %v, problem %q", saved, e.problems.Text)
	}
	if n, _ := store.PostCount(c.ID); n != 0 {
		t.Fatalf("%d posts stored", n)
	}
	e.text.SetText("Scones are out of the oven!")
	test.Tap(findButton(t, overlay(t, k), "Save"))
	if !saved {
		t.Fatalf("a valid post was not saved: %q", e.problems.Text)
	}
	posts, _ := store.PostsBetween(c.ID, nov27, nov27)
	if len(posts) != 1 || posts[0].Status != model.Scheduled || posts[0].Time != model.At(10, 0) {
		t.Errorf("stored %+v", posts)
	}
}

func TestNewPostGetsTheWeekdayThemeHashtags(t *testing.T) {
	k, _, _, _ := calendarWith(t)
	k.calendar.newPostOn(model.NewDate(2026, 11, 30)) // a Monday
	e := k.editor
	if e == nil || !strings.Contains(e.hashtags.Text, "#MotivationMonday") {
		t.Fatalf("new Monday post hashtags: %v", e)
	}
	if !strings.Contains(texts(e.suggestions), "Motivation Monday") {
		t.Errorf("no theme suggestions shown: %q", texts(e.suggestions))
	}
	when := model.NewDate(2026, 12, 4).Time() // a Friday
	e.date.SetDate(&when)
	if !strings.Contains(texts(e.suggestions), "Friday") {
		t.Errorf("suggestions did not follow the date: %q", texts(e.suggestions))
	}
}
