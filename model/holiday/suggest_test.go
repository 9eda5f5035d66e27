package holiday

import (
	"os"
	"slices"
	"strings"
	"testing"

	"kairos/model"
)

var testObservances = []Observance{
	{Key: "burns-night", Name: "Burns Night", Rule: "fixed 01-25", Scope: []string{"GB"}, Category: "culture"},
	{Key: "pi-day", Name: "Pi Day", Rule: "fixed 03-14", Scope: []string{"US"}, Category: "science"},
	{Key: "europe-day", Name: "Europe Day", Rule: "fixed 05-09", Scope: []string{"EU"}, Category: "culture"},
	{Key: "octopus", Name: "World Octopus Day", Rule: "fixed 10-08", Category: "animals"},
	{Key: "leap", Name: "Leap Day", Rule: "fixed 02-29", Category: "humour"},
	{Key: "braille", Name: "World Braille Day", Rule: "fixed 01-04", Category: "inclusion"},
	{Key: "after-xmas", Name: "Leftovers Day", Rule: "fixed 12-27", Category: "food"},
	{Key: "a-after-xmas", Name: "Alpaca Day", Rule: "fixed 12-27", Category: "animals"},
}

type sugg struct {
	date string
	kind Kind
	name string
}

func suggestions(t *testing.T, country, from, to string) []sugg {
	t.Helper()
	f, _ := model.ParseDate(from)
	e, _ := model.ParseDate(to)
	days, err := Suggestions(country, "", f, e, testObservances)
	if err != nil {
		t.Fatalf("Suggestions(%s, %s..%s): %v", country, from, to, err)
	}
	out := make([]sugg, len(days))
	for i, d := range days {
		out[i] = sugg{d.Observed.String(), d.Kind, d.Name}
	}
	return out
}

func TestSuggestionsYear(t *testing.T) {
	got := suggestions(t, "gb", "2027-01-01", "2027-12-31")
	want := []sugg{
		{"2027-01-01", Public, "New Year's Day"},
		{"2027-01-04", Fun, "World Braille Day"},
		{"2027-01-25", Fun, "Burns Night"}, // scoped to GB
		{"2027-03-26", Public, "Good Friday"},
		{"2027-03-29", Public, "Easter Monday"},
		{"2027-05-03", Public, "Early May Bank Holiday"},
		{"2027-05-31", Public, "Spring Bank Holiday"},
		{"2027-08-30", Public, "Summer Bank Holiday"},
		{"2027-10-08", Fun, "World Octopus Day"},
		// Same day: public first, then fun days by name.
		{"2027-12-27", Public, "Christmas Day"},
		{"2027-12-27", Fun, "Alpaca Day"},
		{"2027-12-27", Fun, "Leftovers Day"},
		{"2027-12-28", Public, "Boxing Day"},
	} // no Pi Day (US), Europe Day (EU, which GB left) or Leap Day (2027 has no 29 February)
	if !slices.Equal(got, want) {
		t.Errorf("GB 2027:\n got %v\nwant %v", got, want)
	}
	de := suggestions(t, "DE", "2027-05-09", "2027-05-09")
	if !slices.Equal(de, []sugg{{"2027-05-09", Fun, "Europe Day"}}) {
		t.Errorf("DE on 9 May 2027: %v", de)
	}
	leap := suggestions(t, "US", "2028-02-29", "2028-03-14")
	if !slices.Equal(leap, []sugg{{"2028-02-29", Fun, "Leap Day"}, {"2028-03-14", Fun, "Pi Day"}}) {
		t.Errorf("US 29 Feb-14 Mar 2028: %v", leap)
	}
}

func TestSuggestionsAcrossNewYear(t *testing.T) {
	got := suggestions(t, "US", "2027-12-20", "2028-01-10")
	want := []sugg{
		{"2027-12-24", Public, "Christmas Day"},
		{"2027-12-27", Fun, "Alpaca Day"},
		{"2027-12-27", Fun, "Leftovers Day"},
		{"2027-12-31", Public, "New Year's Day"}, // 1 January 2028, once although both years list it
		{"2028-01-04", Fun, "World Braille Day"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("US over New Year 2028:\n got %v\nwant %v", got, want)
	}
	// The day off alone, or the date alone, is enough to be in range.
	for _, day := range []string{"2027-12-31", "2028-01-01"} {
		got := suggestions(t, "US", day, day)
		if len(got) != 1 || got[0].name != "New Year's Day" {
			t.Errorf("US on %s: %v", day, got)
		}
	}
	// Christmas 2027 falls on Saturday 25 and is kept on Friday 24: either
	// day brings it in, neither leaves it out.
	for _, r := range [][2]string{{"2027-12-24", "2027-12-24"}, {"2027-12-25", "2027-12-30"}} {
		if got := suggestions(t, "US", r[0], r[1]); len(got) == 0 || got[0] != (sugg{"2027-12-24", Public, "Christmas Day"}) {
			t.Errorf("US %s..%s: %v", r[0], r[1], got)
		}
	}
	if got := suggestions(t, "US", "2027-12-26", "2027-12-30"); slices.ContainsFunc(got, func(s sugg) bool { return s.kind == Public }) {
		t.Errorf("US 26-30 Dec 2027 has a public holiday: %v", got)
	}
}

func TestSuggestionsErrors(t *testing.T) {
	from, to := model.NewDate(2027, 1, 1), model.NewDate(2027, 12, 31)
	if _, err := Suggestions("XX", "", from, to, nil); err == nil || !strings.Contains(err.Error(), `"XX"`) {
		t.Errorf("unknown country: %v", err)
	}
	if _, err := Suggestions("DE", "ZZ", from, to, nil); err == nil || !strings.Contains(err.Error(), "BY") {
		t.Errorf("unknown region: %v", err)
	}
	if _, err := Suggestions("GB", "", to, from, nil); err == nil || !strings.Contains(err.Error(), "before it starts") {
		t.Errorf("backwards range: %v", err)
	}
	days, err := Suggestions("GB", "", from, from, nil)
	if err != nil || len(days) != 1 {
		t.Errorf("one-day range: %v, %v", days, err)
	}
}

// BenchmarkSuggestionsYear measures a year for one client: every public
// holiday and every observance of GB, from the real data file.
func BenchmarkSuggestionsYear(b *testing.B) {
	data, err := os.ReadFile("../../assets/observances.json")
	if err != nil {
		b.Skipf("no observance data: %v", err)
	}
	obs, err := ParseObservances(data)
	if err != nil {
		b.Fatal(err)
	}
	from, to := model.NewDate(2027, 1, 1), model.NewDate(2027, 12, 31)
	for b.Loop() {
		if _, err := Suggestions("GB", "", from, to, obs); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFunDaysWithoutAPublicCalendar(t *testing.T) {
	obs, err := ParseObservances([]byte(`[{"key":"octopus","name":"World Octopus Day","rule":"fixed 10-08","scope":[],"category":"animals","hashtags":["#WorldOctopusDay"],"idea":"Share an octopus fact."},
{"key":"gb-only","name":"Bonfire Night","rule":"fixed 11-05","scope":["GB"],"category":"culture","hashtags":["#BonfireNight"],"idea":"Sparklers and soup."}]`))
	if err != nil {
		t.Fatal(err)
	}
	days := FunDays(obs, "AQ", model.NewDate(2027, 10, 1), model.NewDate(2027, 11, 30))
	if len(days) != 1 || days[0].Name != "World Octopus Day" || days[0].Date != model.NewDate(2027, 10, 8) {
		t.Errorf("fun days for a country without a calendar: %+v", days)
	}
}

// A fun day that is also a public holiday of the client's country is listed
// once, as the public holiday.
func TestSuggestionsDropFunDaysThatArePublicHolidays(t *testing.T) {
	obs := loadObservances(t)
	count := func(country, region, date string, names []string) (public, fun int) {
		t.Helper()
		d, _ := model.ParseDate(date)
		days, err := Suggestions(country, region, d, d, obs)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range days {
			if !slices.Contains(names, s.Name) {
				continue
			}
			if s.Kind == Public {
				public++
			} else {
				fun++
			}
		}
		return public, fun
	}
	for _, c := range []struct {
		country, region, date string
		names                 []string
		public                int
	}{
		{"PL", "", "2027-12-24", []string{"Christmas Eve"}, 1},
		{"RU", "", "2027-03-08", []string{"International Women's Day"}, 1},
		{"RU", "", "2026-03-08", []string{"International Women's Day"}, 1}, // a Sunday: the day off is Monday 9
		{"DE", "BE", "2027-03-08", []string{"International Women's Day"}, 1},
		{"IE", "", "2027-03-17", []string{"St Patrick's Day", "Saint Patrick's Day"}, 1},
		{"SE", "", "2027-12-31", []string{"New Year's Eve"}, 1},
		// Not a public holiday there: the fun day stays.
		{"GB", "", "2027-12-24", []string{"Christmas Eve"}, 0},
		{"DE", "", "2027-03-08", []string{"International Women's Day"}, 0},
	} {
		public, fun := count(c.country, c.region, c.date, c.names)
		if public != c.public || public+fun != 1 {
			t.Errorf("%s %s %s: %d public and %d fun %v, want one (public: %v)", c.country, c.region, c.date, public, fun, c.names, c.public == 1)
		}
	}
}
