package ui

import (
	"fmt"
	"os"
	"sort"
	"strings"
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
// or the system's when none was chosen. Call it before the window is built
// (and again when the choice changes, before building the screens anew):
// Fyne picks the language when translations are added, from the
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
		chooseLanguageEnv(code)
	} else {
		restoreLanguageEnv()
	}
	load := code
	if load == "" {
		load = systemLanguage()
	}
	if err := loadTranslations(load); err != nil {
		fyne.LogError("Could not load the translations", err)
		return
	}
	// Tell Fyne's localizer directly: Windows and macOS take the language
	// from the system's settings, not from LANGUAGE, and on a system in a
	// language Fyne speaks but Kairos does not (German, say) Fyne would
	// keep its own, where Kairos's counted sentences have no forms.
	setLocalizer(load)
}

// The LANGUAGE Kairos set for a choice in Settings, and the system's value
// it replaced, so that following the system again gives that back.
var (
	ourLANGUAGE         string
	theirLANGUAGE       string
	theirLANGUAGEWasSet bool
)

// chooseLanguageEnv sets LANGUAGE to code, keeping the system's value.
func chooseLanguageEnv(code string) {
	if ourLANGUAGE == "" || os.Getenv("LANGUAGE") != ourLANGUAGE {
		theirLANGUAGE, theirLANGUAGEWasSet = os.LookupEnv("LANGUAGE")
	}
	if err := os.Setenv("LANGUAGE", code); err != nil {
		fyne.LogError("Could not choose the language "+code, err)
		return
	}
	ourLANGUAGE = code
}

// restoreLanguageEnv gives LANGUAGE back the system's value, if Kairos
// replaced it.
func restoreLanguageEnv() {
	if ourLANGUAGE != "" && os.Getenv("LANGUAGE") == ourLANGUAGE {
		if theirLANGUAGEWasSet {
			os.Setenv("LANGUAGE", theirLANGUAGE)
		} else {
			os.Unsetenv("LANGUAGE")
		}
	}
	ourLANGUAGE = ""
}

// loadTranslations adds the translation files of one language (code.json
// and every name.code.json): another language is read only when chosen,
// since reading all three would slow every start.
func loadTranslations(code string) error {
	names, err := translationFiles(code)
	if err != nil {
		return err
	}
	for _, name := range names {
		data, err := assets.Translations.ReadFile("translations/" + name)
		if err != nil {
			return err
		}
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(code)); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// translationFiles names the files of one language's translations.
func translationFiles(code string) ([]string, error) {
	entries, err := assets.Translations.ReadDir("translations")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if name := e.Name(); name == code+".json" || strings.HasSuffix(name, "."+code+".json") {
			names = append(names, name)
		}
	}
	return names, nil
}

// systemLanguage is the first of the user's languages that Kairos speaks,
// in the order Fyne reads them (LANGUAGE's list, LC_ALL, LC_MESSAGES,
// LANG, then the system's own setting), else English.
func systemLanguage() string {
	var wanted []string
	wanted = append(wanted, strings.Split(os.Getenv("LANGUAGE"), ":")...)
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		wanted = append(wanted, os.Getenv(name))
	}
	wanted = append(wanted, lang.SystemLocale().String())
	for _, w := range wanted {
		base, _, _ := strings.Cut(w, ".")
		base, _, _ = strings.Cut(base, "_")
		base, _, _ = strings.Cut(base, "-")
		if languageNames[strings.ToLower(base)] != "" {
			return strings.ToLower(base)
		}
	}
	return "en"
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
