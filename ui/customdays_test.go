package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kairos/model"
)

func TestAddEditAndDeleteASpecialDay(t *testing.T) {
	k, store, c, _ := calendarWith(t)
	s := openSettings(t, k)
	test.Tap(s.days.add)
	f := k.dayForm
	test.Tap(findButton(t, overlay(t, k), "Add day"))
	if !strings.Contains(f.problems.Text, "Name the day") {
		t.Fatalf("an unnamed day is not explained: %q", f.problems.Text)
	}
	f.name.SetText("Opening day")
	opened := model.NewDate(2019, 5, 14).Time()
	f.date.SetDate(&opened)
	f.hashtags.SetText("since2019")
	test.Tap(findButton(t, overlay(t, k), "Add day"))
	days, _ := store.CustomDays(c.ID)
	if len(days) != 1 || days[0].Name != "Opening day" || !days[0].Yearly || days[0].Hashtags[0] != "#since2019" {
		t.Fatalf("stored %+v", days)
	}
	if !strings.Contains(texts(s.days.list), "every year since 2019") {
		t.Errorf("the list shows %q", texts(s.days.list))
	}
	test.Tap(findButton(t, s.days.list, "Delete"))
	test.Tap(findButton(t, overlay(t, k), "Delete"))
	if days, _ := store.CustomDays(c.ID); len(days) != 0 {
		t.Errorf("%d days after delete", len(days))
	}
}
