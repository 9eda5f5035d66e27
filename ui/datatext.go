package ui

import "fyne.io/fyne/v2/lang"

// The data Kairos ships (observances, contest checklists, public holiday
// names) is written in English in assets/. Its translations are keyed by
// what each text is, not by its words, so a reworded English line keeps
// its translations until they are redone: observance.<key>.name,
// checklist.<item key>.why, holiday.<English name>.

// dataText is a shipped text in the interface's language, or its English
// when the language's files do not give it.
func dataText(key, english string) string {
	if english == "" {
		return ""
	}
	return lang.X(key, english)
}

func observanceKey(observance, field string) string {
	return "observance." + observance + "." + field
}

func checklistKey(item, field string) string { return "checklist." + item + "." + field }

func checklistSetKey(set string) string { return "checklist.set." + set + ".title" }

func holidayKey(englishName string) string { return "holiday." + englishName }
