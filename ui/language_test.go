package ui

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/assets"
	"kairos/model"
	"kairos/model/contest"
	"kairos/model/msg"
)

// speak switches the interface to code for the rest of the test, the way
// Kairos starts with LANGUAGE set, and back to English afterwards.
func speak(t *testing.T, code string) {
	t.Helper()
	t.Setenv("LANGUAGE", code)
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		t.Fatal(err)
	}
	if got := languageCode(); got != code {
		t.Fatalf("asked for %q, the interface speaks %q", code, got)
	}
	t.Cleanup(func() {
		os.Setenv("LANGUAGE", "en")
		if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
			t.Error(err)
		}
	})
}

func TestScreensSpeakGreekAndRussian(t *testing.T) {
	for _, tc := range []struct {
		code string
		want []string // in the calendar's toolbar, side tabs, sidebar and title
		set  []string // in Settings
	}{
		{"el", []string{"Σήμερα", "Μήνας", "Εβδομάδα", "Φίλτρα", "Νέα ανάρτηση", "Ιδέες", "Ημερολόγιο", "Ρυθμίσεις", "Νοέμβριος 2026"},
			[]string{"Πελάτες", "Κανάλια", "Η εβδομάδα ξεκινά", "Γλώσσα", "Όπως το σύστημα", "Δευτέρα", "Κυριακή"}},
		{"ru", []string{"Сегодня", "Месяц", "Неделя", "Фильтры", "Новый пост", "Идеи", "Календарь", "Настройки", "Ноябрь 2026"},
			[]string{"Клиенты", "Каналы", "Неделя начинается с", "Язык", "Как в системе", "Понедельник", "Воскресенье"}},
	} {
		t.Run(tc.code, func(t *testing.T) {
			speak(t, tc.code)
			k, _ := newTestKairos(t, true)
			shown := texts(k.win.Content())
			for _, want := range tc.want {
				if !strings.Contains(shown, want) {
					t.Errorf("the calendar does not say %q:\n%s", want, shown)
				}
			}
			for _, english := range []string{"Today", "New post", "Filters", "November"} {
				if strings.Contains(shown, english) {
					t.Errorf("the calendar still says %q", english)
				}
			}
			if h := k.calendar.month.headers[0]; h.dayText != weekdayName(time.Monday) || h.dayShort != weekdayAbbr(time.Monday) {
				t.Errorf("the first column is headed %q / %q", h.dayText, h.dayShort)
			}
			k.show(screenSettings)
			shown = texts(k.win.Content())
			for _, want := range tc.set {
				if !strings.Contains(shown, want) {
					t.Errorf("Settings do not say %q:\n%s", want, shown)
				}
			}
		})
	}
}

func TestDatesFollowTheLanguage(t *testing.T) {
	d := model.NewDate(2026, time.January, 2) // a Friday
	cases := map[string]map[string]string{
		"en": {"short": "2 Jan 2026", "long": "2 January 2026", "full": "Friday 2 January 2026", "title": "January 2026",
			"when": "Fri 2 Jan", "week": "29 Dec 2025 – 4 Jan 2026", "digits": "63,206"},
		"el": {"short": "2 Ιαν 2026", "long": "2 Ιανουαρίου 2026", "full": "Παρασκευή, 2 Ιανουαρίου 2026", "title": "Ιανουάριος 2026",
			"when": "Παρ, 2 Ιαν", "week": "29 Δεκ 2025 – 4 Ιαν 2026", "digits": "63.206"},
		"ru": {"short": "2 янв. 2026", "long": "2 января 2026", "full": "Пятница, 2 января 2026", "title": "Январь 2026",
			"when": "Пт, 2 янв.", "week": "29 дек. 2025 – 4 янв. 2026", "digits": "63\u00a0206"},
	}
	for _, code := range translationCodes {
		t.Run(code, func(t *testing.T) {
			speak(t, code)
			want := cases[code]
			got := map[string]string{"short": shortDate(d), "long": longDate(d), "full": fullDate(d), "title": monthYear(d),
				"when": weekdayDate(d), "week": weekTitle(d.AddDays(-4), d.AddDays(2)), "digits": groupDigits(63206)}
			for name, w := range want {
				if got[name] != w {
					t.Errorf("%s: %q, want %q", name, got[name], w)
				}
			}
		})
	}
	if got := weekTitle(model.NewDate(2026, 11, 23), model.NewDate(2026, 11, 29)); got != "23–29 Nov 2026" {
		t.Errorf("a week within a month: %q", got)
	}
}

func TestRussianPluralsTakeTheirForms(t *testing.T) {
	speak(t, "ru")
	for n, want := range map[int]string{1: "1 пост", 2: "2 поста", 5: "5 постов", 21: "21 пост", 22: "22 поста", 11: "11 постов"} {
		if got := lang.N("{{.Count}} posts", n, count(n)); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
}

func TestChoosingALanguageSwitchesAtOnceAndAtStart(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	t.Cleanup(func() {
		os.Setenv("LANGUAGE", "en")
		ApplyLanguage(nil)
	})
	k, store := newTestKairos(t, true)
	c := k.screenSettingsLanguage(t)
	if c.Selected != "Follow the system" {
		t.Fatalf("a new store shows %q", c.Selected)
	}
	c.SetSelected("Русский")
	if v, _ := store.Setting(settingLanguage); v != "ru" {
		t.Fatalf("stored %q", v)
	}
	if languageCode() != "ru" {
		t.Fatalf("after choosing Русский the interface speaks %q", languageCode())
	}
	if k.shown != screenSettings {
		t.Errorf("the window shows %q, not Settings", k.shown)
	} else if s := k.screens[screenSettings].(*settings); s.scroll.Offset.Y == 0 {
		t.Error("Settings start from the top again, away from the language choice")
	}
	shown := texts(k.win.Content())
	for _, want := range []string{"Календарь", "Настройки", "Язык", "Как в системе"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the window does not say %q:\n%s", want, shown)
		}
	}
	if got := k.screenSettingsLanguage(t).Selected; got != "Русский" {
		t.Errorf("Settings show %q after the switch", got)
	}
	k.show(screenCalendar)
	if shown := texts(k.win.Content()); !strings.Contains(shown, "Ноябрь 2026") || strings.Contains(shown, "November") {
		t.Errorf("the calendar was not built anew in Russian:\n%s", shown)
	}

	// The next start: ApplyLanguage reads the choice before any widget.
	os.Setenv("LANGUAGE", "")
	ApplyLanguage(nil)
	ApplyLanguage(store)
	if languageCode() != "ru" || os.Getenv("LANGUAGE") != "ru" {
		t.Fatalf("at start the interface speaks %q (LANGUAGE=%q)", languageCode(), os.Getenv("LANGUAGE"))
	}

	// Following the system again gives LANGUAGE back as the system set it.
	k.show(screenSettings)
	k.screenSettingsLanguage(t).SetSelected("Как в системе")
	if languageCode() != "en" || os.Getenv("LANGUAGE") != "" {
		t.Errorf("following the system speaks %q (LANGUAGE=%q)", languageCode(), os.Getenv("LANGUAGE"))
	}
	if shown := texts(k.win.Content()); !strings.Contains(shown, "Settings") {
		t.Errorf("the window is not in English again:\n%s", shown)
	}
	if err := store.SetSetting(settingLanguage, languageSystem); err != nil {
		t.Fatal(err)
	}
	t.Setenv("LANGUAGE", "el")
	ApplyLanguage(store)
	if languageCode() != "el" {
		t.Errorf("following the system (LANGUAGE=el) speaks %q", languageCode())
	}
}

// screenSettingsLanguage is the language choice on the Settings screen,
// which it shows: the radio group that offers English.
func (k *Kairos) screenSettingsLanguage(t *testing.T) *widget.RadioGroup {
	t.Helper()
	k.show(screenSettings)
	var found *widget.RadioGroup
	walk(k.win.Content(), func(o fyne.CanvasObject) bool {
		if r, ok := o.(*widget.RadioGroup); ok && slices.Contains(r.Options, "English") {
			found = r
			return false
		}
		return true
	})
	if found == nil {
		t.Fatal("Settings have no language choice")
	}
	return found
}

func TestWeekStartFollowsTheRegionNotTheLanguage(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_TIME", "")
	t.Setenv("LANG", "en_US.UTF-8")
	t.Setenv("LANGUAGE", "el") // Greek words, American weeks
	if got := model.WeekStartFor(regionLocale()); got != time.Sunday {
		t.Errorf("LANG=en_US with LANGUAGE=el starts weeks on %s", got)
	}
	t.Setenv("LC_TIME", "ru_RU.UTF-8")
	if got := model.WeekStartFor(regionLocale()); got != time.Monday {
		t.Errorf("LC_TIME=ru_RU starts weeks on %s", got)
	}
}

func TestCountriesAreNamedInTheLanguage(t *testing.T) {
	before := append([]model.Country(nil), model.Countries()...)
	speak(t, "el")
	f := newClientForm()
	found := false
	for _, o := range f.country.Options {
		if o == "Ελλάδα (GR)" {
			found = true
		}
	}
	if !found {
		t.Fatalf("no Greek name for Greece among %d options", len(f.country.Options))
	}
	f.country.SetSelected("Ελλάδα (GR)")
	if got := f.read().Country; got != "GR" {
		t.Errorf("Ελλάδα reads back as %q", got)
	}
	for i, c := range model.Countries() {
		if c != before[i] {
			t.Fatalf("sorting the Greek names reordered the model's list at %d: %v", i, c)
		}
	}
}

// TestEnglishLabelsMatchTheModel keeps ui's English names of the model's
// values in step with the model's own words.
func TestEnglishLabelsMatchTheModel(t *testing.T) {
	for _, s := range model.Statuses() {
		if statusName(s) != string(s) || statusOf(statusName(s)) != s {
			t.Errorf("status %q is named %q", s, statusName(s))
		}
	}
	for _, c := range model.ContentTypes() {
		if typeName(c) != string(c) || typeOf(typeName(c)) != c {
			t.Errorf("content type %q is named %q", c, typeName(c))
		}
	}
	for _, k := range contest.Kinds() {
		if contestKindName(k) != k.Label().String() {
			t.Errorf("contest kind %q: %q, the model says %q", k, contestKindName(k), k.Label())
		}
	}
	for _, k := range contest.KeyKinds() {
		if keyKindName(k) != k.Label().String() {
			t.Errorf("key date %q: %q, the model says %q", k, keyKindName(k), k.Label())
		}
	}
	for _, p := range purposeKeys {
		if purposeName(p) != p.Label() {
			t.Errorf("purpose %q: %q, the model says %q", p, purposeName(p), p.Label())
		}
	}
	for _, st := range model.Starters() {
		if title, prompt := starterText(st); title != st.Title || prompt != st.Prompt {
			t.Errorf("starter %q differs from the model's words", st.Key)
		}
	}
	if publishedFixed() != model.ErrPublishedFixed.Error() {
		t.Error("publishedFixed differs from model.ErrPublishedFixed")
	}
}

// TestTranslationFilesLoad parses each file the way Fyne does.
func TestTranslationFilesLoad(t *testing.T) {
	for _, code := range translationCodes {
		data, err := assets.Translations.ReadFile("translations/" + code + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(code)); err != nil {
			t.Errorf("%s.json: %v", code, err)
		}
	}
}

func TestSystemLanguageIsTheFirstKairosSpeaks(t *testing.T) {
	for _, tc := range []struct {
		language, lcAll, lang, want string
	}{
		{"", "", "el_GR.UTF-8", "el"},
		{"", "", "ru_RU.UTF-8", "ru"},
		{"fr:ru:en", "", "en_GB.UTF-8", "ru"},
		{"", "de_DE.UTF-8", "el_GR.UTF-8", "el"}, // German is not spoken: the next one is
		{"", "ru-RU", "", "ru"},
		{"", "", "C", "en"},
		{"", "", "fr_FR.UTF-8", "en"},
	} {
		t.Setenv("LANGUAGE", tc.language)
		t.Setenv("LC_ALL", tc.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tc.lang)
		if got := systemLanguage(); got != tc.want {
			t.Errorf("LANGUAGE=%q LC_ALL=%q LANG=%q: %q, want %q", tc.language, tc.lcAll, tc.lang, got, tc.want)
		}
	}
}

func TestOnlyTheLanguagesOwnFilesAreLoaded(t *testing.T) {
	for _, code := range translationCodes {
		names, err := translationFiles(code)
		if err != nil {
			t.Fatal(err)
		}
		if len(names) < 5 || !slices.Contains(names, code+".json") {
			t.Errorf("%s: files %v", code, names)
		}
		for _, name := range names {
			if !strings.HasSuffix(name, "."+code+".json") && name != code+".json" {
				t.Errorf("%s loads %s", code, name)
			}
		}
	}
	if names, _ := translationFiles("e"); len(names) != 0 {
		t.Errorf("a code that ends another's loads %v", names)
	}
}

// A system in a language Fyne speaks but Kairos does not gets English,
// counted sentences included: Fyne's own choice would have no forms for
// them and show "1 rows".
func TestASystemLanguageKairosLacksCountsInEnglish(t *testing.T) {
	t.Setenv("LANGUAGE", "de")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "de_DE.UTF-8")
	t.Cleanup(func() {
		os.Setenv("LANGUAGE", "en")
		ApplyLanguage(nil)
	})
	ApplyLanguage(nil)
	one := msg.Plural(1, "{{.Count}} row could not be read:", "{{.Count}} rows could not be read:")
	if got := tr(one); got != "1 row could not be read:" {
		t.Errorf("one row reads %q", got)
	}
	if got := lang.L("Cancel"); got != "Cancel" {
		t.Errorf("Fyne's own words are not English: %q", got)
	}
}
