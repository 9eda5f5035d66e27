package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"kairos/model/holiday"
)

// localDay is d with its name, idea and category in the interface's
// language. A public holiday keeps its native name beside the translated
// one unless they are the same; a fun day's name and idea come from the
// observance translations; the client's own days are the user's words.
func localDay(d holiday.Day) holiday.Day {
	switch d.Kind {
	case holiday.Public:
		d.Name = dataText(holidayKey(d.Name), d.Name)
		if strings.EqualFold(d.NativeName, d.Name) {
			d.NativeName = ""
		}
	case holiday.Fun:
		key := strings.TrimPrefix(d.Key, "fun:")
		d.Name = dataText(observanceKey(key, "name"), d.Name)
		d.Idea = dataText(observanceKey(key, "idea"), d.Idea)
	}
	d.Category = categoryName(d.Category)
	return d
}

// localDays translates every day of days in place and returns it.
func localDays(days []holiday.Day) []holiday.Day {
	for i := range days {
		days[i] = localDay(days[i])
	}
	return days
}

// categoryName names an observance category: "food", "φαγητό", "еда".
func categoryName(c string) string {
	switch c {
	case "":
		return ""
	case "animals":
		return lang.L("animals")
	case "business":
		return lang.L("business")
	case "creative":
		return lang.L("creative")
	case "culture":
		return lang.L("culture")
	case "drink":
		return lang.L("drink")
	case "education":
		return lang.L("education")
	case "environment":
		return lang.L("environment")
	case "family":
		return lang.L("family")
	case "food":
		return lang.L("food")
	case "humour":
		return lang.L("humour")
	case "inclusion":
		return lang.L("inclusion")
	case "music":
		return lang.L("music")
	case "nonprofit":
		return lang.L("nonprofit")
	case "retail":
		return lang.L("retail")
	case "science":
		return lang.L("science")
	case "sport":
		return lang.L("sport")
	case "tech":
		return lang.L("tech")
	case "wellness":
		return lang.L("wellness")
	}
	return c
}
