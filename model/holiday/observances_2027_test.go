package holiday

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"kairos/assets"
	"kairos/model"
)

// want2027 is every entry's date in 2027, worked out by hand from the
// research file's 2027 column and a 2027 calendar (Western Easter 28 March,
// Orthodox Easter 2 May, US Thanksgiving 25 November).
var want2027 = map[string]string{
	// January
	"world-braille-day":                 "01-04",
	"russian-press-day":                 "01-13",
	"old-new-year":                      "01-14",
	"winnie-the-pooh-day":               "01-18",
	"national-popcorn-day":              "01-19",
	"squirrel-appreciation-day":         "01-21",
	"national-hugging-day":              "01-21",
	"national-pie-day":                  "01-23",
	"international-day-of-education":    "01-24",
	"burns-night":                       "01-25",
	"dydd-santes-dwynwen":               "01-25",
	"tatiana-day":                       "01-25",
	"international-day-of-clean-energy": "01-26",
	"holocaust-remembrance-day":         "01-27",
	"data-privacy-day":                  "01-28",
	"national-puzzle-day":               "01-29",
	"three-hierarchs-day":               "01-30",
	// February
	"world-wetlands-day":                "02-02",
	"groundhog-day":                     "02-02",
	"world-cancer-day":                  "02-04",
	"day-of-russian-science":            "02-08",
	"national-pizza-day":                "02-09",
	"greek-language-day":                "02-09",
	"safer-internet-day":                "02-09", // Tuesday 5-11 February
	"pancake-day":                       "02-09", // Easter 28 Mar - 47
	"world-pulses-day":                  "02-10",
	"women-in-science-day":              "02-11",
	"darwin-day":                        "02-12",
	"world-radio-day":                   "02-13",
	"valentines-day":                    "02-14",
	"random-acts-of-kindness-day":       "02-17",
	"world-day-of-social-justice":       "02-20",
	"international-mother-language-day": "02-21",
	"world-thinking-day":                "02-22",
	"national-margarita-day":            "02-22",
	"international-polar-bear-day":      "02-27",
	"rare-disease-day":                  "02-28", // last day of February
	// March
	"st-davids-day":                  "03-01",
	"zero-discrimination-day":        "03-01",
	"russian-cat-day":                "03-01",
	"world-wildlife-day":             "03-03",
	"world-hearing-day":              "03-03",
	"world-book-day-uk":              "03-04", // 1st Thursday
	"tsiknopempti":                   "03-04", // Orthodox Easter 2 May - 59, a Thursday
	"employee-appreciation-day":      "03-05", // 1st Friday
	"mothering-sunday":               "03-07", // Easter - 21
	"maslenitsa":                     "03-08", // Orthodox Easter - 55, a Monday
	"international-womens-day":       "03-08",
	"apokries-sunday":                "03-14", // Orthodox Easter - 49
	"pi-day":                         "03-14",
	"world-consumer-rights-day":      "03-15",
	"st-patricks-day":                "03-17",
	"global-recycling-day":           "03-18",
	"world-sleep-day":                "03-19", // Friday before Saturday 20 March
	"red-nose-day":                   "03-19", // 3rd Friday
	"international-day-of-happiness": "03-20",
	"world-poetry-day":               "03-21",
	"international-day-of-forests":   "03-21",
	"world-down-syndrome-day":        "03-21",
	"world-water-day":                "03-22",
	"world-meteorological-day":       "03-23",
	"national-puppy-day":             "03-23",
	"culture-workers-day-russia":     "03-25",
	"earth-hour":                     "03-27", // last Saturday, but Holy Saturday: WWF will probably pick 20 March
	"world-theatre-day":              "03-27",
	"national-doctors-day":           "03-30",
	"world-backup-day":               "03-31",
	// April
	"april-fools-day":                     "04-01",
	"international-childrens-book-day":    "04-02",
	"world-autism-awareness-day":          "04-02",
	"sport-for-development-and-peace-day": "04-06",
	"world-health-day":                    "04-07",
	"national-siblings-day":               "04-10",
	"national-pet-day":                    "04-11",
	"cosmonautics-day":                    "04-12",
	"world-art-day":                       "04-15",
	"world-creativity-and-innovation-day": "04-21",
	"earth-day":                           "04-22",
	"girls-in-ict-day":                    "04-22", // 4th Thursday
	"world-book-and-copyright-day":        "04-23",
	"st-georges-day":                      "04-23",
	"english-language-day":                "04-23",
	"world-veterinary-day":                "04-24", // last Saturday
	"world-penguin-day":                   "04-25",
	"world-intellectual-property-day":     "04-26",
	"world-design-day":                    "04-27",
	"holy-thursday-red-eggs":              "04-29", // Orthodox Easter - 3
	"international-dance-day":             "04-29",
	"international-jazz-day":              "04-30",
	// May
	"world-laughter-day":                         "05-02", // 1st Sunday
	"world-press-freedom-day":                    "05-03",
	"star-wars-day":                              "05-04",
	"international-no-diet-day":                  "05-06",
	"world-password-day":                         "05-06", // 1st Thursday
	"radio-day-russia":                           "05-07",
	"mothers-day":                                "05-09", // 2nd Sunday
	"europe-day":                                 "05-09",
	"international-nurses-day":                   "05-12",
	"international-day-of-families":              "05-15",
	"international-day-of-light":                 "05-16",
	"world-telecommunication-day":                "05-17",
	"international-museum-day":                   "05-18",
	"global-accessibility-awareness-day":         "05-20", // 3rd Thursday
	"world-bee-day":                              "05-20",
	"world-metrology-day":                        "05-20",
	"european-maritime-day":                      "05-20",
	"international-tea-day":                      "05-21",
	"world-day-for-cultural-diversity":           "05-21",
	"international-day-for-biological-diversity": "05-22",
	"world-turtle-day":                           "05-23",
	"slavonic-literature-day":                    "05-24",
	"european-day-of-parks":                      "05-24",
	"towel-day":                                  "05-25",
	"world-otter-day":                            "05-26", // last Wednesday
	"library-day-russia":                         "05-27",
	"national-hamburger-day":                     "05-28",
	"world-no-tobacco-day":                       "05-31",
	// June
	"global-day-of-parents":  "06-01",
	"world-milk-day":         "06-01",
	"childrens-day-russia":   "06-01",
	"global-running-day":     "06-02", // 1st Wednesday
	"world-bicycle-day":      "06-03",
	"national-donut-day":     "06-04", // 1st Friday
	"world-environment-day":  "06-05",
	"russian-language-day":   "06-06",
	"world-food-safety-day":  "06-07",
	"world-oceans-day":       "06-08",
	"world-blood-donor-day":  "06-14",
	"fathers-day":            "06-20", // 3rd Sunday
	"world-refugee-day":      "06-20",
	"international-yoga-day": "06-21",
	"fete-de-la-musique":     "06-21",
	"world-giraffe-day":      "06-21",
	"world-rainforest-day":   "06-22",
	"olympic-day":            "06-23",
	"day-of-the-seafarer":    "06-25",
	"youth-day-russia":       "06-27",
	"msme-day":               "06-27",
	"social-media-day":       "06-30",
	"asteroid-day":           "06-30",
	// July
	"world-ufo-day":                   "07-02",
	"plastic-bag-free-day":            "07-03",
	"world-chocolate-day":             "07-07",
	"family-love-fidelity-day":        "07-08",
	"world-population-day":            "07-11",
	"national-french-fry-day":         "07-13",
	"world-youth-skills-day":          "07-15",
	"world-emoji-day":                 "07-17",
	"national-ice-cream-day":          "07-18", // 3rd Sunday
	"nelson-mandela-day":              "07-18",
	"world-chess-day":                 "07-20",
	"national-hot-dog-day":            "07-21", // 3rd Wednesday
	"international-self-care-day":     "07-24",
	"international-tiger-day":         "07-29",
	"sysadmin-day":                    "07-30", // last Friday
	"international-day-of-friendship": "07-30",
	"world-ranger-day":                "07-31",
	// August
	"yorkshire-day":                           "08-01",
	"international-beer-day":                  "08-06", // 1st Friday
	"international-cat-day":                   "08-08",
	"builders-day-russia":                     "08-08", // 2nd Sunday
	"international-day-of-indigenous-peoples": "08-09",
	"world-lion-day":                          "08-10",
	"international-youth-day":                 "08-12",
	"world-elephant-day":                      "08-12",
	"left-handers-day":                        "08-13",
	"physical-culture-day-russia":             "08-14", // 2nd Saturday
	"world-photography-day":                   "08-19",
	"world-humanitarian-day":                  "08-19",
	"international-orangutan-day":             "08-19",
	"russian-flag-day":                        "08-22",
	"national-dog-day":                        "08-26",
	"womens-equality-day":                     "08-26",
	"russian-cinema-day":                      "08-27",
	// September
	"knowledge-day":                       "09-01",
	"international-day-of-charity":        "09-05",
	"clean-air-day":                       "09-07",
	"international-literacy-day":          "09-08",
	"world-first-aid-day":                 "09-11", // 2nd Saturday
	"national-grandparents-day":           "09-12", // Sunday after Labor Day 6 Sep
	"day-of-the-programmer":               "09-13", // day 256
	"roald-dahl-day":                      "09-13",
	"world-ozone-day":                     "09-16",
	"talk-like-a-pirate-day":              "09-19",
	"international-day-of-peace":          "09-21",
	"world-car-free-day":                  "09-22",
	"international-day-of-sign-languages": "09-23",
	"world-gorilla-day":                   "09-24",
	"macmillan-coffee-morning":            "09-24", // last Friday
	"european-day-of-languages":           "09-26",
	"world-rivers-day":                    "09-26", // 4th Sunday
	"world-tourism-day":                   "09-27",
	"national-coffee-day":                 "09-29",
	"world-heart-day":                     "09-29",
	"world-maritime-day":                  "09-30", // last Thursday
	"international-translation-day":       "09-30",
	"internet-day-russia":                 "09-30",
	// October
	"international-coffee-day":           "10-01",
	"international-day-of-older-persons": "10-01",
	"world-vegetarian-day":               "10-01",
	"world-smile-day":                    "10-01", // 1st Friday
	"international-day-of-non-violence":  "10-02",
	"world-animal-day":                   "10-04",
	"world-architecture-day":             "10-04", // 1st Monday
	"world-teachers-day":                 "10-05",
	"national-poetry-day-uk":             "10-07", // 1st Thursday
	"world-octopus-day":                  "10-08",
	"world-egg-day":                      "10-08", // 2nd Friday
	"world-post-day":                     "10-09",
	"world-mental-health-day":            "10-10",
	"day-of-the-girl":                    "10-11",
	"ada-lovelace-day":                   "10-12", // 2nd Tuesday
	"world-sight-day":                    "10-14", // 2nd Thursday
	"world-food-day":                     "10-16",
	"bosses-day":                         "10-16",
	"fathers-day-russia":                 "10-17", // 3rd Sunday
	"international-chefs-day":            "10-20",
	"united-nations-day":                 "10-24",
	"world-pasta-day":                    "10-25",
	"international-animation-day":        "10-28",
	"international-internet-day":         "10-29",
	"halloween":                          "10-31",
	"world-savings-day":                  "10-31",
	// November
	"world-vegan-day":                   "11-01",
	"bonfire-night":                     "11-05",
	"world-science-day":                 "11-10",
	"singles-day":                       "11-11",
	"remembrance-day-uk":                "11-11",
	"world-kindness-day":                "11-13",
	"world-diabetes-day":                "11-14",
	"international-day-for-tolerance":   "11-16",
	"international-students-day":        "11-17",
	"world-philosophy-day":              "11-18", // 3rd Thursday
	"european-antibiotic-awareness-day": "11-18",
	"world-toilet-day":                  "11-19",
	"international-mens-day":            "11-19",
	"world-childrens-day":               "11-20",
	"world-television-day":              "11-21",
	"world-hello-day":                   "11-21",
	"black-friday":                      "11-26", // Thanksgiving 25 Nov + 1
	"world-olive-tree-day":              "11-26",
	"small-business-saturday":           "11-27", // + 2
	"mothers-day-russia":                "11-28", // last Sunday
	"cyber-monday":                      "11-29", // + 4
	"giving-tuesday":                    "11-30", // + 5
	"st-andrews-day":                    "11-30",
	"computer-security-day":             "11-30",
	// December
	"world-aids-day": "12-01",
	"international-day-of-persons-with-disabilities": "12-03",
	"national-cookie-day":                            "12-04",
	"international-volunteer-day":                    "12-05",
	"world-soil-day":                                 "12-05",
	"st-nicholas-day":                                "12-06",
	"international-civil-aviation-day":               "12-07",
	"human-rights-day":                               "12-10",
	"international-mountain-day":                     "12-11",
	"super-saturday":                                 "12-18", // Christmas is a Saturday: the one before
	"arabic-language-day":                            "12-18",
	"world-meditation-day":                           "12-21",
	"christmas-eve":                                  "12-24",
	"new-years-eve":                                  "12-31",
}

func loadObservances(t *testing.T) []Observance {
	t.Helper()
	list, err := ParseObservances(assets.Observances)
	if err != nil {
		t.Fatalf("the shipped observance data does not parse:\n%v", err)
	}
	return list
}

func TestEveryObservanceHasTheHandWorked2027Date(t *testing.T) {
	list := loadObservances(t)
	left := make(map[string]bool, len(want2027))
	for k := range want2027 {
		left[k] = true
	}
	for _, o := range list {
		want, ok := want2027[o.Key]
		if !ok {
			t.Errorf("%s has no hand-worked 2027 date in want2027", o.Key)
			continue
		}
		delete(left, o.Key)
		got, ok := o.DateIn(2027)
		if !ok {
			t.Errorf("%s (%s) gives no date in 2027, want %s", o.Key, o.Rule, want)
			continue
		}
		if got.String() != "2027-"+want {
			t.Errorf("%s (%s) in 2027 = %s (%s), want 2027-%s", o.Key, o.Rule, got, got.Weekday(), want)
		}
	}
	for k := range left {
		t.Errorf("want2027 has %s, which is not in the data file", k)
	}
}

func TestObservanceDataCoversTheYear(t *testing.T) {
	list := loadObservances(t)
	if len(list) < 160 {
		t.Errorf("%d observances, want at least 160", len(list))
	}
	perMonth := map[time.Month]int{}
	for _, o := range list {
		if d, ok := o.DateIn(2027); ok {
			perMonth[d.Month]++
		}
	}
	for m := time.January; m <= time.December; m++ {
		if perMonth[m] < 8 {
			t.Errorf("%s has %d observances in 2027, want at least 8", m, perMonth[m])
		}
	}
}

func TestObservanceDataHasCountryDays(t *testing.T) {
	list := loadObservances(t)
	for _, scope := range []string{"GR", "RU", "GB", "EU", "US"} {
		n := 0
		for _, o := range list {
			for _, s := range o.Scope {
				if s == scope {
					n++
				}
			}
		}
		if n < 4 {
			t.Errorf("%d observances scoped to %s, want at least 4", n, scope)
		}
	}
}

func TestObservanceDataGivesADateEveryYear(t *testing.T) {
	// Every shipped rule has a date every year, leap or not.
	for _, o := range loadObservances(t) {
		for y := 2024; y <= 2040; y++ {
			if _, ok := o.DateIn(y); !ok {
				t.Errorf("%s (%s) gives no date in %d", o.Key, o.Rule, y)
			}
		}
	}
}

func observance(t *testing.T, list []Observance, key string) Observance {
	t.Helper()
	i := slices.IndexFunc(list, func(o Observance) bool { return o.Key == key })
	if i < 0 {
		t.Fatalf("no observance %s", key)
	}
	return list[i]
}

// Safer Internet Day is the Tuesday from 5 to 11 February: "the second day
// of the second week of the second month" as its organisers count. The 2nd
// Tuesday is a week late when February starts on a Wednesday or Thursday.
func TestSaferInternetDayDates(t *testing.T) {
	o := observance(t, loadObservances(t), "safer-internet-day")
	for _, want := range []string{
		"2019-02-05", "2020-02-11", "2021-02-09", "2022-02-08", "2023-02-07",
		"2024-02-06", "2025-02-11", "2026-02-10", "2027-02-09",
	} {
		d, _ := model.ParseDate(want)
		if got, _ := o.DateIn(d.Year); got != d {
			t.Errorf("Safer Internet Day %d = %s (%s), want %s", d.Year, got, o.Rule, want)
		}
	}
}

// Two observances may share a hashtag only if no country gets both: one tag
// for two different days in the same feed mixes their posts.
func TestObservanceHashtagsAreNotSharedInACountry(t *testing.T) {
	list := loadObservances(t)
	overlap := func(a, b []string) bool {
		return len(a) == 0 || len(b) == 0 || slices.ContainsFunc(a, func(s string) bool { return slices.Contains(b, s) })
	}
	for i, a := range list {
		for _, b := range list[i+1:] {
			for _, h := range a.Hashtags {
				if slices.ContainsFunc(b.Hashtags, func(g string) bool { return strings.EqualFold(g, h) }) && overlap(a.Scope, b.Scope) {
					t.Errorf("%s and %s both use %s", a.Key, b.Key, h)
				}
			}
		}
	}
}

// An international day is tagged in Latin script; a country's own tag goes
// on a day scoped to that country.
func TestInternationalObservancesHaveLatinHashtags(t *testing.T) {
	for _, o := range loadObservances(t) {
		for _, h := range o.Hashtags {
			if len(o.Scope) == 0 && strings.ContainsFunc(h, func(r rune) bool { return r > unicode.MaxASCII }) {
				t.Errorf("%s is international but tagged %s", o.Key, h)
			}
		}
	}
}

// Entries a reviewer found wrong.
func TestObservanceDataReviewed(t *testing.T) {
	list := loadObservances(t)
	var raw []obsEntry
	if err := json.Unmarshal(assets.Observances, &raw); err != nil {
		t.Fatal(err)
	}
	entry := func(key string) obsEntry {
		i := slices.IndexFunc(raw, func(e obsEntry) bool { return e.Key == key })
		if i < 0 {
			t.Fatalf("no entry %s", key)
		}
		return raw[i]
	}

	// Singles' Day is a Chinese retail day; elsewhere 11 November is
	// Remembrance or Armistice Day.
	if o := observance(t, list, "singles-day"); !o.AppliesTo("CN") || o.AppliesTo("GB") || o.AppliesTo("FR") || o.AppliesTo("US") {
		t.Errorf("Singles' Day scope %v: want China, not the world", o.Scope)
	}
	// World Diabetes Day is about health: no product pitch, and a note.
	if e := entry("world-diabetes-day"); !slices.Contains(e.Flags, "S") || e.Note == "" || strings.Contains(strings.ToLower(e.Idea), "sugar-free") {
		t.Errorf("World Diabetes Day: flags %v, note %q, idea %q", e.Flags, e.Note, e.Idea)
	}
	// Coltan mining harms gorillas: the idea is to recycle phones.
	if idea := strings.ToLower(entry("world-gorilla-day").Idea); !strings.Contains(idea, "recycl") || strings.Contains(idea, "coltan helps") {
		t.Errorf("World Gorilla Day idea %q", idea)
	}
	if h := observance(t, list, "world-teachers-day").Hashtags; !slices.Equal(h, []string{"#WorldTeachersDay"}) {
		t.Errorf("World Teachers' Day hashtags %v", h)
	}
	if h := observance(t, list, "world-book-day-uk").Hashtags; !slices.Contains(h, "#WorldBookDay") {
		t.Errorf("World Book Day (UK & Ireland) hashtags %v", h)
	}
	if h := observance(t, list, "world-book-and-copyright-day").Hashtags; !slices.Contains(h, "#WorldBookAndCopyrightDay") {
		t.Errorf("World Book and Copyright Day hashtags %v", h)
	}
	// WWF moves Earth Hour off Holy Saturday: in 2027 the rule's 27 March is.
	if o := observance(t, list, "earth-hour"); !o.SetYearly || !strings.Contains(o.Note, "Holy Saturday") || !strings.Contains(o.Note, "20 March 2027") {
		t.Errorf("Earth Hour: set yearly %v, note %q", o.SetYearly, o.Note)
	}
}
