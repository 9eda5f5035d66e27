package model

import (
	"fmt"
	"strings"
	"time"
)

// WeekdayTheme is a recurring idea for one day of the week, such as
// Throwback Thursday, with the hashtags people follow for it.
type WeekdayTheme struct {
	Weekday time.Weekday
	// Name is "" when the day has no theme.
	Name     string
	Hashtags []string
}

// DefaultThemes are the well-known weekday themes, Monday to Sunday.
func DefaultThemes() []WeekdayTheme {
	return []WeekdayTheme{
		{time.Monday, "Motivation Monday", []string{"#MotivationMonday", "#MondayMotivation"}},
		{time.Tuesday, "Trivia Tuesday", []string{"#TriviaTuesday"}},
		{time.Wednesday, "Wellness Wednesday", []string{"#WellnessWednesday", "#WednesdayWisdom"}},
		{time.Thursday, "Throwback Thursday", []string{"#ThrowbackThursday", "#TBT"}},
		{time.Friday, "Feel-good Friday", []string{"#TGIF", "#FridayFeeling"}},
		{time.Saturday, "Selfie Saturday", []string{"#SelfieSaturday"}},
		{time.Sunday, "Sunday Funday", []string{"#SundayFunday"}},
	}
}

// MaxThemeName is the longest theme name, short enough for a day header.
const MaxThemeName = 40

// Normalize trims the name and drops empty or repeated hashtags.
func (t *WeekdayTheme) Normalize() {
	t.Name = strings.TrimSpace(t.Name)
	t.Hashtags = uniqueTags(t.Hashtags)
}

// Validate reports every problem with t; call Normalize first.
func (t WeekdayTheme) Validate() error {
	var p Problems
	if t.Weekday < time.Sunday || t.Weekday > time.Saturday {
		p.add("weekday", fmt.Sprintf("%d is not a day of the week.", t.Weekday))
		return p.err()
	}
	if len([]rune(t.Name)) > MaxThemeName {
		p.add("name", fmt.Sprintf("Keep %s's theme name to %d characters or fewer.", t.Weekday, MaxThemeName))
	}
	if strings.ContainsAny(t.Name, "\n\t") {
		p.add("name", fmt.Sprintf("%s's theme name is one line with no tabs.", t.Weekday))
	}
	if tag, bad := badHashtag(t.Hashtags); bad {
		p.add("hashtags", fmt.Sprintf("%q on %s is not a hashtag: use # followed by letters, digits or _.", tag, t.Weekday))
	}
	return p.err()
}

// ThemeFor returns the theme of d's weekday; false when that day has none.
func ThemeFor(themes []WeekdayTheme, d Date) (WeekdayTheme, bool) {
	if d.IsZero() {
		return WeekdayTheme{}, false
	}
	for _, t := range themes {
		if t.Weekday == d.Weekday() && t.Name != "" {
			return t, true
		}
	}
	return WeekdayTheme{}, false
}
