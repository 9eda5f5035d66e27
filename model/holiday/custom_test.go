package holiday

import (
	"testing"

	"kairos/model"
)

func TestCustomDaysInRange(t *testing.T) {
	days := []model.CustomDay{
		{ID: 1, Name: "Opening day", Date: model.NewDate(2019, 1, 12), Yearly: true, Hashtags: []string{"#since2019"}},
		{ID: 2, Name: "Summer menu", Date: model.NewDate(2027, 6, 1)},
		{ID: 3, Name: "New shop", Date: model.NewDate(2026, 12, 20), Yearly: true},
	}
	got := CustomDays(days, model.NewDate(2026, 12, 1), model.NewDate(2027, 1, 31))
	want := []struct {
		key, name string
		date      model.Date
	}{
		{"custom:3", "New shop", model.NewDate(2026, 12, 20)},
		{"custom:1", "Opening day (8 years)", model.NewDate(2027, 1, 12)},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i, w := range want {
		if got[i].Key != w.key || got[i].Name != w.name || got[i].Date != w.date || got[i].Kind != Custom {
			t.Errorf("day %d = %+v, want %+v", i, got[i], w)
		}
	}
	if l := got[1].Label; !l.Plural || l.Count != 8 || l.Args["Name"] != "Opening day" || got[0].Label.Key != "" {
		t.Errorf("labels %#v and %#v: only the anniversary is worded, with its count", l, got[0].Label)
	}
	if got[1].Hashtags[0] != "#since2019" {
		t.Errorf("hashtags %v", got[1].Hashtags)
	}
}
