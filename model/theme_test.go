package model

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDefaultThemes(t *testing.T) {
	themes := DefaultThemes()
	if len(themes) != 7 {
		t.Fatalf("%d themes, want 7", len(themes))
	}
	for i, th := range themes {
		if want := time.Weekday((i + 1) % 7); th.Weekday != want {
			t.Errorf("theme %d is for %s, want %s (Monday first)", i, th.Weekday, want)
		}
		if !strings.Contains(th.Name, th.Weekday.String()) {
			t.Errorf("%s theme is called %q", th.Weekday, th.Name)
		}
		if err := th.Validate(); err != nil || len(th.Hashtags) == 0 {
			t.Errorf("%s: %v, hashtags %v", th.Name, err, th.Hashtags)
		}
	}
	if themes[3].Name != "Throwback Thursday" || !reflect.DeepEqual(themes[3].Hashtags, []string{"#ThrowbackThursday", "#TBT"}) {
		t.Errorf("Thursday = %+v", themes[3])
	}
	themes[0].Hashtags[0] = "#changed"
	if DefaultThemes()[0].Hashtags[0] != "#MotivationMonday" {
		t.Error("DefaultThemes shares its slices between calls")
	}
}

func TestWeekdayThemeNormalizeAndValidate(t *testing.T) {
	th := WeekdayTheme{Weekday: time.Tuesday, Name: "  Tip Tuesday ", Hashtags: []string{" #TipTuesday", "", "#tiptuesday", "#Tips"}}
	th.Normalize()
	want := WeekdayTheme{Weekday: time.Tuesday, Name: "Tip Tuesday", Hashtags: []string{"#TipTuesday", "#Tips"}}
	if !reflect.DeepEqual(th, want) {
		t.Errorf("Normalize = %+v, want %+v", th, want)
	}
	tests := []struct {
		name  string
		th    WeekdayTheme
		field string // "" = valid
	}{
		{"no theme that day", WeekdayTheme{Weekday: time.Sunday}, ""},
		{"40-rune name", WeekdayTheme{Weekday: time.Monday, Name: strings.Repeat("ж", 40)}, ""},
		{"41-rune name", WeekdayTheme{Weekday: time.Monday, Name: strings.Repeat("ж", 41)}, "name"},
		{"two lines", WeekdayTheme{Weekday: time.Monday, Name: "Motivation\nMonday"}, "name"},
		{"tag without #", WeekdayTheme{Weekday: time.Monday, Name: "M", Hashtags: []string{"Monday"}}, "hashtags"},
		{"tag with a space", WeekdayTheme{Weekday: time.Monday, Name: "M", Hashtags: []string{"#a b"}}, "hashtags"},
		{"unicode tag", WeekdayTheme{Weekday: time.Monday, Name: "M", Hashtags: []string{"#Δευτέρα"}}, ""},
		{"weekday 7", WeekdayTheme{Weekday: 7, Name: "M"}, "weekday"},
		{"negative weekday", WeekdayTheme{Weekday: -1, Name: "M"}, "weekday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.th.Validate()
			if tt.field == "" {
				if err != nil {
					t.Errorf("Validate() = %v", err)
				}
				return
			}
			if msg := problemsOf(t, err).For(tt.field); msg == "" || !strings.HasSuffix(msg, ".") {
				t.Errorf("problem with %s = %q (all: %v)", tt.field, msg, err)
			}
		})
	}
}

func TestThemeFor(t *testing.T) {
	themes := DefaultThemes()
	themes[6].Name = "" // no theme on Sundays
	thu := NewDate(2027, 1, 14)
	if th, ok := ThemeFor(themes, thu); !ok || th.Name != "Throwback Thursday" {
		t.Errorf("Thursday: %+v, %v", th, ok)
	}
	if th, ok := ThemeFor(themes, NewDate(2027, 1, 17)); ok {
		t.Errorf("Sunday without a theme: %+v", th)
	}
	if _, ok := ThemeFor(nil, thu); ok {
		t.Error("theme found in no themes")
	}
	if _, ok := ThemeFor(themes, Date{}); ok {
		t.Error("theme found for no date")
	}
}
