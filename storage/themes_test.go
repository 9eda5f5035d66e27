package storage

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"kairos/model"
)

func TestThemesDefaultUntilSet(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	got, err := s.Themes(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, model.DefaultThemes()) {
		t.Errorf("themes of a new client = %+v, want the defaults", got)
	}
}

func TestSetThemesReplacesAll(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	other := mustClient(t, s, "Other")
	themes := model.DefaultThemes()
	themes[1] = model.WeekdayTheme{Weekday: time.Tuesday, Name: " Tip Tuesday ", Hashtags: []string{"#TipTuesday", "#tiptuesday"}}
	themes[6].Name, themes[6].Hashtags = "", nil // no theme on Sundays
	if err := s.SetThemes(c.ID, themes); err != nil {
		t.Fatal(err)
	}
	got, err := s.Themes(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := model.DefaultThemes()
	want[1] = model.WeekdayTheme{Weekday: time.Tuesday, Name: "Tip Tuesday", Hashtags: []string{"#TipTuesday"}}
	want[6].Name, want[6].Hashtags = "", nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored\n%+v\nwant\n%+v", got, want)
	}
	if _, ok := model.ThemeFor(got, model.NewDate(2027, 1, 17)); ok {
		t.Error("Sunday still has a theme")
	}

	// A second save replaces the first; days left out have no theme,
	// and the order given does not matter.
	err = s.SetThemes(c.ID, []model.WeekdayTheme{
		{Weekday: time.Friday, Name: "Fish Friday"},
		{Weekday: time.Monday, Name: "Menu Monday", Hashtags: []string{"#menu"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	got, _ = s.Themes(c.ID)
	if len(got) != 7 {
		t.Fatalf("%d themes, want 7", len(got))
	}
	for i, th := range got {
		var wantName string
		switch th.Weekday {
		case time.Monday:
			wantName = "Menu Monday"
		case time.Friday:
			wantName = "Fish Friday"
		}
		if th.Weekday != time.Weekday((i+1)%7) || th.Name != wantName {
			t.Errorf("theme %d = %+v, want %q", i, th, wantName)
		}
	}
	if o, _ := s.Themes(other.ID); !reflect.DeepEqual(o, model.DefaultThemes()) {
		t.Errorf("another client's themes changed: %+v", o)
	}
}

func TestInvalidThemesChangeNothing(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	mine := []model.WeekdayTheme{{Weekday: time.Monday, Name: "Menu Monday"}}
	if err := s.SetThemes(c.ID, mine); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Themes(c.ID)
	for name, themes := range map[string][]model.WeekdayTheme{
		"long name":    {{Weekday: time.Monday, Name: "A name far longer than forty characters for one day"}},
		"bad hashtag":  {{Weekday: time.Tuesday, Name: "Tip Tuesday", Hashtags: []string{"#tip tuesday"}}},
		"bad weekday":  {{Weekday: 9, Name: "Someday"}},
		"day twice":    {{Weekday: time.Monday, Name: "A"}, {Weekday: time.Monday, Name: "B"}},
		"one bad of 2": {{Weekday: time.Friday, Name: "Fine"}, {Weekday: time.Monday, Hashtags: []string{"nohash"}}},
	} {
		var problems model.Problems
		if err := s.SetThemes(c.ID, themes); !errors.As(err, &problems) {
			t.Errorf("%s: %v, want validation problems", name, err)
		}
		if after, _ := s.Themes(c.ID); !reflect.DeepEqual(after, before) {
			t.Errorf("%s: themes changed to %+v", name, after)
		}
	}
	if err := s.SetThemes(999, mine); !errors.Is(err, ErrNotFound) {
		t.Errorf("themes for a missing client: %v, want ErrNotFound", err)
	}
}

func TestThemesGoWithTheirClient(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	if err := s.SetThemes(c.ID, []model.WeekdayTheme{{Weekday: time.Monday, Name: "Menu Monday"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteClient(c.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM weekday_themes`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d themes left after deleting the client (%v)", n, err)
	}
}
