package model

import (
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

// DefaultThemes are the well-known weekday themes, Monday to Sunday. Their
// names are the hashtags' own (i18n:content): they stay English in every
// language, as the hashtags do.
func DefaultThemes() []WeekdayTheme {
	return []WeekdayTheme{
		{time.Monday, "Motivation Monday", []string{"#MotivationMonday", "#MondayMotivation"}},     // i18n:content
		{time.Tuesday, "Trivia Tuesday", []string{"#TriviaTuesday"}},                               // i18n:content
		{time.Wednesday, "Wellness Wednesday", []string{"#WellnessWednesday", "#WednesdayWisdom"}}, // i18n:content
		{time.Thursday, "Throwback Thursday", []string{"#ThrowbackThursday", "#TBT"}},              // i18n:content
		{time.Friday, "Feel-good Friday", []string{"#TGIF", "#FridayFeeling"}},                     // i18n:content
		{time.Saturday, "Selfie Saturday", []string{"#SelfieSaturday"}},                            // i18n:content
		{time.Sunday, "Sunday Funday", []string{"#SundayFunday"}},                                  // i18n:content
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
		p.add("weekday", "{{.Number}} is not a day of the week.", "Number", int(t.Weekday))
		return p.err()
	}
	if len([]rune(t.Name)) > MaxThemeName {
		p.add("name", "Keep the theme name of {{.Day}} to {{.Max}} characters or fewer.", "Day", t.Weekday, "Max", MaxThemeName)
	}
	if strings.ContainsAny(t.Name, "\n\t") {
		p.add("name", "The theme name of {{.Day}} is one line with no tabs.", "Day", t.Weekday)
	}
	if tag, bad := badHashtag(t.Hashtags); bad {
		p.add("hashtags", "\"{{.Tag}}\" on {{.Day}} is not a hashtag: use # followed by letters, digits or _.", "Tag", tag, "Day", t.Weekday)
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
