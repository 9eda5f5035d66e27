package ui

import (
	"os"
	"sort"
	_ "unsafe" // go:linkname, for setLocalizer

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"kairos/assets"
	"kairos/model"
	"kairos/storage"
)

// settingLanguage stores the language chosen in Settings: "system" (or
// nothing) to follow the system, else "en", "el" or "ru".
const settingLanguage = "language"

// languageSystem follows the system's language.
const languageSystem = "system"

// languages are the codes Kairos has translations for, in menu order.
var languages = []string{"en", "el", "ru"}

// languageNames are the languages as their speakers write them: the menu
// shows them so, whatever the interface's language.
var languageNames = map[string]string{"en": "English", "el": "Ελληνικά", "ru": "Русский"}

// ApplyLanguage loads the translations in the language chosen in Settings,
// or the system's when none was chosen. Call it once, before the window is
// built: Fyne picks the language when translations are added, from the
// environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), so a choice is made
// by setting LANGUAGE first. store may be nil (it could not be opened).
// A problem is logged: Kairos then speaks English.
func ApplyLanguage(store *storage.Store) {
	code := ""
	if store != nil {
		if v, err := store.Setting(settingLanguage); err == nil && languageNames[v] != "" {
			code = v
		}
	}
	if code != "" {
		if err := os.Setenv("LANGUAGE", code); err != nil {
			fyne.LogError("Could not choose the language "+code, err)
		}
	}
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		fyne.LogError("Could not load the translations", err)
		return
	}
	if code != "" {
		// Windows and macOS take the language from the system's settings,
		// not from LANGUAGE: tell Fyne's localizer directly.
		setLocalizer(code)
	}
}

// setLocalizer makes Fyne's lang package translate into code. Fyne has no
// exported way to choose a language other than the system's, so this
// reaches its own setup function (the one its tests use); adding
// translations again picks the system's language anew.
//
//go:linkname setLocalizer fyne.io/fyne/v2/lang.setupLang
func setLocalizer(code string)

// languageCode is the language the interface speaks now: "en", "el" or "ru".
func languageCode() string { return lang.X("language.code", "en") }

// regionLocale is the locale of the user's regional customs, such as the
// first day of the week: LC_ALL, LC_TIME or LANG where they are set, which
// choosing another language for Kairos (LANGUAGE) does not change; else
// the system's locale.
func regionLocale() string {
	for _, name := range []string{"LC_ALL", "LC_TIME", "LANG"} {
		if v := os.Getenv(name); v != "" && v != "C" && v != "POSIX" && v != "C.UTF-8" {
			return v
		}
	}
	return lang.SystemLocale().String()
}

// countryName is a country's name in the interface's language.
func countryName(c model.Country) string {
	code := languageCode()
	if code == "en" {
		return c.Name
	}
	if r, err := language.ParseRegion(c.Code); err == nil {
		if name := display.Regions(language.Make(code)).Name(r); name != "" {
			return name
		}
	}
	return c.Name
}

// countryOptions are the countries as a menu lists them, in the
// alphabetical order of the interface's language.
func countryOptions() []string {
	list := append([]model.Country(nil), model.Countries()...) // sorted here, not in the model's own list
	names := make(map[string]string, len(list))
	for _, c := range list {
		names[c.Code] = countryName(c)
	}
	col := collate.New(language.Make(languageCode()))
	sort.SliceStable(list, func(i, j int) bool { return col.CompareString(names[list[i].Code], names[list[j].Code]) < 0 })
	options := make([]string, len(list))
	for i, c := range list {
		options[i] = countryOption(c)
	}
	return options
}
