package holiday

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"kairos/model"
	"kairos/model/msg"
)

// row is one expected holiday: actual date, observed date, English name.
// The lists below are written by hand from each country's law, not from
// rickar's output.
type row struct{ date, observed, name string }

func checkList(t *testing.T, country, region string, year int, want []row) {
	t.Helper()
	days, err := PublicHolidays(country, region, year)
	if err != nil {
		t.Fatalf("PublicHolidays(%q, %q, %d): %v", country, region, year, err)
	}
	got := make([]row, len(days))
	for i, d := range days {
		got[i] = row{d.Date.String(), d.Observed.String(), d.Name}
	}
	if !slices.Equal(got, want) {
		t.Errorf("PublicHolidays(%q, %q, %d):\n got %v\nwant %v", country, region, year, got, want)
	}
}

func TestPublicHolidaysOfficial2027(t *testing.T) {
	tests := []struct {
		country, region string
		want            []row
	}{
		{"US", "", []row{ // federal holidays, 5 U.S.C. 6103: Saturday -> Friday, Sunday -> Monday
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-01-18", "2027-01-18", "Martin Luther King Jr. Day"},
			{"2027-02-15", "2027-02-15", "Presidents' Day"},
			{"2027-05-31", "2027-05-31", "Memorial Day"},
			{"2027-06-19", "2027-06-18", "Juneteenth"},
			{"2027-07-04", "2027-07-05", "Independence Day"},
			{"2027-09-06", "2027-09-06", "Labor Day"},
			{"2027-10-11", "2027-10-11", "Columbus Day"},
			{"2027-11-11", "2027-11-11", "Veterans Day"},
			{"2027-11-25", "2027-11-25", "Thanksgiving Day"},
			{"2027-12-25", "2027-12-24", "Christmas Day"},
			{"2028-01-01", "2027-12-31", "New Year's Day"},
		}},
		{"GB", "", []row{ // England and Wales bank holidays
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-03-26", "2027-03-26", "Good Friday"},
			{"2027-03-29", "2027-03-29", "Easter Monday"},
			{"2027-05-03", "2027-05-03", "Early May Bank Holiday"},
			{"2027-05-31", "2027-05-31", "Spring Bank Holiday"},
			{"2027-08-30", "2027-08-30", "Summer Bank Holiday"},
			{"2027-12-25", "2027-12-27", "Christmas Day"},
			{"2027-12-26", "2027-12-28", "Boxing Day"},
		}},
		{"DE", "", []row{ // nationwide; no weekend substitution in Germany
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-03-26", "2027-03-26", "Good Friday"},
			{"2027-03-29", "2027-03-29", "Easter Monday"},
			{"2027-05-01", "2027-05-01", "Labour Day"},
			{"2027-05-06", "2027-05-06", "Ascension Day"},
			{"2027-05-17", "2027-05-17", "Whit Monday"},
			{"2027-10-03", "2027-10-03", "German Unity Day"},
			{"2027-12-25", "2027-12-25", "Christmas Day"},
			{"2027-12-26", "2027-12-26", "Second Day of Christmas"},
		}},
		{"DE", "BY", []row{ // Bavaria adds Epiphany, Corpus Christi, All Saints (Assumption is municipal)
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-01-06", "2027-01-06", "Epiphany"},
			{"2027-03-26", "2027-03-26", "Good Friday"},
			{"2027-03-29", "2027-03-29", "Easter Monday"},
			{"2027-05-01", "2027-05-01", "Labour Day"},
			{"2027-05-06", "2027-05-06", "Ascension Day"},
			{"2027-05-17", "2027-05-17", "Whit Monday"},
			{"2027-05-27", "2027-05-27", "Corpus Christi"},
			{"2027-10-03", "2027-10-03", "German Unity Day"},
			{"2027-11-01", "2027-11-01", "All Saints' Day"},
			{"2027-12-25", "2027-12-25", "Christmas Day"},
			{"2027-12-26", "2027-12-26", "Second Day of Christmas"},
		}},
		{"FR", "", []row{ // Code du travail L3133-1 (without Alsace-Moselle's extras)
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-03-29", "2027-03-29", "Easter Monday"},
			{"2027-05-01", "2027-05-01", "Labour Day"},
			{"2027-05-06", "2027-05-06", "Ascension Day"},
			{"2027-05-08", "2027-05-08", "Victory in Europe Day"},
			{"2027-05-17", "2027-05-17", "Whit Monday"},
			{"2027-07-14", "2027-07-14", "Bastille Day"},
			{"2027-08-15", "2027-08-15", "Assumption Day"},
			{"2027-11-01", "2027-11-01", "All Saints' Day"},
			{"2027-11-11", "2027-11-11", "Armistice Day"},
			{"2027-12-25", "2027-12-25", "Christmas Day"},
		}},
		{"GR", "", []row{ // Orthodox Easter 2 May 2027, so Clean Monday is 48 days earlier: 15 March
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-01-06", "2027-01-06", "Epiphany"},
			{"2027-03-15", "2027-03-15", "Clean Monday"},
			{"2027-03-25", "2027-03-25", "Independence Day"},
			{"2027-04-30", "2027-04-30", "Orthodox Good Friday"},
			{"2027-05-01", "2027-05-01", "Labour Day"},
			{"2027-05-02", "2027-05-02", "Orthodox Easter Sunday"},
			{"2027-05-03", "2027-05-03", "Orthodox Easter Monday"},
			{"2027-06-21", "2027-06-21", "Orthodox Whit Monday"},
			{"2027-08-15", "2027-08-15", "Assumption Day"},
			{"2027-10-28", "2027-10-28", "Ochi Day"},
			{"2027-12-25", "2027-12-25", "Christmas Day"},
			{"2027-12-26", "2027-12-26", "Synaxis of the Mother of God"},
		}},
		{"RU", "", []row{ // Labour Code art. 112: weekend holidays move to the next working day, except 1-8 January
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-01-02", "2027-01-02", "New Year Holiday (2 January)"},
			{"2027-01-03", "2027-01-03", "New Year Holiday (3 January)"},
			{"2027-01-04", "2027-01-04", "New Year Holiday (4 January)"},
			{"2027-01-05", "2027-01-05", "New Year Holiday (5 January)"},
			{"2027-01-06", "2027-01-06", "New Year Holiday (6 January)"},
			{"2027-01-07", "2027-01-07", "Orthodox Christmas"},
			{"2027-01-08", "2027-01-08", "New Year Holiday (8 January)"},
			{"2027-02-23", "2027-02-23", "Defender of the Fatherland Day"},
			{"2027-03-08", "2027-03-08", "International Women's Day"},
			{"2027-05-01", "2027-05-03", "Spring and Labour Day"},
			{"2027-05-09", "2027-05-10", "Victory Day"},
			{"2027-06-12", "2027-06-14", "Russia Day"},
			{"2027-11-04", "2027-11-04", "Unity Day"},
		}},
		{"MX", "", []row{ // Federal Labour Law art. 74: Mondays since 2006; weekend days are not moved
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-02-01", "2027-02-01", "Constitution Day"},         // 1st Monday of February
			{"2027-03-15", "2027-03-15", "Benito Juárez's Birthday"}, // 3rd Monday of March
			{"2027-05-01", "2027-05-01", "Labour Day"},               // a Saturday
			{"2027-09-16", "2027-09-16", "Independence Day"},
			{"2027-11-15", "2027-11-15", "Revolution Day"},
			{"2027-12-25", "2027-12-25", "Christmas Day"}, // a Saturday
		}},
		{"NZ", "", []row{ // Holidays Act 2003: Mondayised; Matariki from the 2022 Act's schedule
			{"2027-01-01", "2027-01-01", "New Year's Day"},
			{"2027-01-02", "2027-01-04", "Day after New Year's Day"},
			{"2027-02-06", "2027-02-08", "Waitangi Day"},
			{"2027-03-26", "2027-03-26", "Good Friday"},
			{"2027-03-29", "2027-03-29", "Easter Monday"},
			{"2027-04-25", "2027-04-26", "ANZAC Day"},
			{"2027-06-07", "2027-06-07", "King's Birthday"},
			{"2027-06-25", "2027-06-25", "Matariki"},
			{"2027-10-25", "2027-10-25", "Labour Day"},
			{"2027-12-25", "2027-12-27", "Christmas Day"},
			{"2027-12-26", "2027-12-28", "Boxing Day"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.country+tt.region, func(t *testing.T) { checkList(t, tt.country, tt.region, 2027, tt.want) })
	}
}

func TestPublicHolidaysOtherYears(t *testing.T) {
	// US 2026: 4 July is a Saturday, so the federal day off is Friday 3 July.
	checkList(t, "US", "", 2026, []row{
		{"2026-01-01", "2026-01-01", "New Year's Day"},
		{"2026-01-19", "2026-01-19", "Martin Luther King Jr. Day"},
		{"2026-02-16", "2026-02-16", "Presidents' Day"},
		{"2026-05-25", "2026-05-25", "Memorial Day"},
		{"2026-06-19", "2026-06-19", "Juneteenth"},
		{"2026-07-04", "2026-07-03", "Independence Day"},
		{"2026-09-07", "2026-09-07", "Labor Day"},
		{"2026-10-12", "2026-10-12", "Columbus Day"},
		{"2026-11-11", "2026-11-11", "Veterans Day"},
		{"2026-11-26", "2026-11-26", "Thanksgiving Day"},
		{"2026-12-25", "2026-12-25", "Christmas Day"},
	})
	// GB 2026: Boxing Day on a Saturday is substituted on Monday 28 December.
	checkList(t, "GB", "", 2026, []row{
		{"2026-01-01", "2026-01-01", "New Year's Day"},
		{"2026-04-03", "2026-04-03", "Good Friday"},
		{"2026-04-06", "2026-04-06", "Easter Monday"},
		{"2026-05-04", "2026-05-04", "Early May Bank Holiday"},
		{"2026-05-25", "2026-05-25", "Spring Bank Holiday"},
		{"2026-08-31", "2026-08-31", "Summer Bank Holiday"},
		{"2026-12-25", "2026-12-25", "Christmas Day"},
		{"2026-12-26", "2026-12-28", "Boxing Day"},
	})
	// GB 2022, as gov.uk lists it: the Jubilee weekend, the Queen's funeral,
	// and Christmas on a Sunday substituted on Tuesday 27 with Boxing Day
	// kept on Monday 26.
	checkList(t, "GB", "", 2022, []row{
		{"2022-01-01", "2022-01-03", "New Year's Day"},
		{"2022-04-15", "2022-04-15", "Good Friday"},
		{"2022-04-18", "2022-04-18", "Easter Monday"},
		{"2022-05-02", "2022-05-02", "Early May Bank Holiday"},
		{"2022-06-02", "2022-06-02", "Spring Bank Holiday"},
		{"2022-06-03", "2022-06-03", "Platinum Jubilee Bank Holiday"},
		{"2022-08-29", "2022-08-29", "Summer Bank Holiday"},
		{"2022-09-19", "2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"},
		{"2022-12-26", "2022-12-26", "Boxing Day"},
		{"2022-12-25", "2022-12-27", "Christmas Day"},
	})
	// GR 2026: Orthodox Easter falls on 12 April.
	checkList(t, "GR", "", 2026, []row{
		{"2026-01-01", "2026-01-01", "New Year's Day"},
		{"2026-01-06", "2026-01-06", "Epiphany"},
		{"2026-02-23", "2026-02-23", "Clean Monday"},
		{"2026-03-25", "2026-03-25", "Independence Day"},
		{"2026-04-10", "2026-04-10", "Orthodox Good Friday"},
		{"2026-04-12", "2026-04-12", "Orthodox Easter Sunday"},
		{"2026-04-13", "2026-04-13", "Orthodox Easter Monday"},
		{"2026-05-01", "2026-05-01", "Labour Day"},
		{"2026-06-01", "2026-06-01", "Orthodox Whit Monday"},
		{"2026-08-15", "2026-08-15", "Assumption Day"},
		{"2026-10-28", "2026-10-28", "Ochi Day"},
		{"2026-12-25", "2026-12-25", "Christmas Day"},
		{"2026-12-26", "2026-12-26", "Synaxis of the Mother of God"},
	})
}

// Matariki has no rule: every date of the Act's schedule must be a Friday,
// and there is none outside 2022-2052.
func TestNZMatarikiDates(t *testing.T) {
	for y := 2021; y <= 2053; y++ {
		days, err := PublicHolidays("NZ", "", y)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(days, func(d Day) bool { return d.Name == "Matariki" })
		switch {
		case (y < 2022 || y > 2052) != (i < 0):
			t.Errorf("Matariki in %d: found %v", y, i >= 0)
		case i >= 0 && (days[i].Date.Weekday() != time.Friday || days[i].Date.Year != y || days[i].Observed != days[i].Date):
			t.Errorf("Matariki %d on %s %s, observed %s", y, days[i].Date.Weekday(), days[i].Date, days[i].Observed)
		}
	}
}

// A holiday observed across New Year is listed in both years (see
// PublicHolidays): its day off in one, its date in the other.
func TestPublicHolidaysYearBoundary(t *testing.T) {
	newYear2028 := Day{Date: model.NewDate(2028, 1, 1), Observed: model.NewDate(2027, 12, 31)}
	for _, year := range []int{2027, 2028} {
		days, err := PublicHolidays("US", "", year)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(days, func(d Day) bool {
			return d.Date == newYear2028.Date && d.Observed == newYear2028.Observed && d.Name == "New Year's Day"
		})
		if i < 0 {
			t.Errorf("US %d lacks New Year's Day 2028 observed on 2027-12-31", year)
		}
	}
	days, _ := PublicHolidays("US", "", 2028)
	if days[0].Observed != newYear2028.Observed {
		t.Errorf("US 2028 should start with the day off on 2027-12-31, starts with %v", days[0])
	}
	// A year with nothing crossing the boundary gets nothing from its neighbours.
	days, _ = PublicHolidays("US", "", 2026)
	for _, d := range days {
		if d.Date.Year != 2026 {
			t.Errorf("US 2026 has %v from another year", d)
		}
	}
}

func TestPublicHolidaysFields(t *testing.T) {
	days, err := PublicHolidays("gb", "", 2027) // any case
	if err != nil {
		t.Fatal(err)
	}
	xmas := days[6]
	want := Day{
		Key: "public:GB:Christmas Day", Kind: Public,
		Date: model.NewDate(2027, 12, 25), Observed: model.NewDate(2027, 12, 27),
		Name: "Christmas Day", Type: "bank", Hashtags: []string{"#ChristmasDay"},
	}
	if xmas.Key != want.Key || xmas.Kind != want.Kind || xmas.Date != want.Date || xmas.Observed != want.Observed ||
		xmas.Name != want.Name || xmas.NativeName != "" || xmas.Type != want.Type || !slices.Equal(xmas.Hashtags, want.Hashtags) {
		t.Errorf("GB Christmas 2027 = %+v, want %+v", xmas, want)
	}

	find := func(country string, year int, name string) Day {
		t.Helper()
		country, region, _ := strings.Cut(country, "-")
		days, err := PublicHolidays(country, region, year)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range days {
			if d.Name == name {
				return d
			}
		}
		t.Fatalf("%s %d has no %q", country, year, name)
		return Day{}
	}
	natives := []struct{ country, name, native, typ string }{
		{"DE", "Christmas Day", "Weihnachtstag", "public"},
		{"GR", "New Year's Day", "Πρωτοχρονιά", "public"}, // rickar calls it "Xristougenna"
		{"GR", "Christmas Day", "Χριστούγεννα", "public"},
		{"RU", "Unity Day", "День народного единства", "public"},
		{"US", "Independence Day", "", "public"},
		{"SE", "Midsummer Eve", "Midsommarafton", "observance"},
	}
	for _, n := range natives {
		d := find(n.country, 2027, n.name)
		if d.NativeName != n.native || d.Type != n.typ {
			t.Errorf("%s %s: native %q type %q, want %q %q", n.country, n.name, d.NativeName, d.Type, n.native, n.typ)
		}
	}
	if d := find("AU-ACT", 2027, "King's Birthday"); d.Date != model.NewDate(2027, 6, 14) {
		t.Errorf("AU (ACT) King's Birthday 2027 on %v", d.Date)
	}
	find("NZ", 2021, "Queen's Birthday")
}

// inMachineZone makes name the machine's zone for the rest of the test. It
// swaps the Location that time.Local points to, not the pointer: rickar/cal
// took that pointer at start-up (cal.DefaultLoc = time.Local), so only this
// reaches it, as a real machine in that zone would.
func inMachineZone(t *testing.T, name string) {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	_ = time.Local.String() // load the real zone now, so it cannot overwrite ours later
	saved := *time.Local
	*time.Local = *loc
	t.Cleanup(func() { *time.Local = saved })
}

// In these zones a DST change skips midnight (Chile on 6 September 2026,
// Cuba on 14 March 2027, the Azores on 28 March 2027), so a date built at
// midnight there falls back to 23:00 the day before.
var midnightSkippingZones = []string{"America/Santiago", "America/Havana", "Atlantic/Azores"}

func TestPublicHolidaysDoNotDependOnTheMachineZone(t *testing.T) {
	countries := PublicCountries()
	want := map[string][]Day{}
	for _, c := range countries {
		for y := 2024; y <= 2030; y++ {
			want[fmt.Sprint(c, y)], _ = PublicHolidays(c, "", y)
		}
	}
	for _, zone := range midnightSkippingZones {
		t.Run(zone, func(t *testing.T) {
			inMachineZone(t, zone)
			checkList(t, "BG", "", 2026, []row{
				{"2026-01-01", "2026-01-01", "New Year's Day"}, {"2026-03-03", "2026-03-03", "Liberation Day"},
				{"2026-04-10", "2026-04-10", "Orthodox Good Friday"}, {"2026-04-13", "2026-04-13", "Orthodox Easter"},
				{"2026-05-01", "2026-05-01", "Labour Day"}, {"2026-05-06", "2026-05-06", "St George's Day"},
				{"2026-05-24", "2026-05-25", "Saints Cyril and Methodius Day"},
				{"2026-09-06", "2026-09-07", "Unification Day"}, // a Sunday, off on Monday
				{"2026-09-22", "2026-09-22", "Independence Day"},
				{"2026-12-24", "2026-12-24", "Christmas Eve"}, {"2026-12-25", "2026-12-25", "Christmas Day"},
				{"2026-12-26", "2026-12-28", "Second Day of Christmas"},
			})
			days, err := PublicHolidays("FI", "", 2027)
			if err != nil {
				t.Fatal(err)
			}
			if i := slices.IndexFunc(days, func(d Day) bool { return d.Name == "Easter Sunday" }); i < 0 || days[i].Date.String() != "2027-03-28" {
				t.Errorf("FI 2027: no Easter Sunday on 2027-03-28 in %v", days)
			}
			for _, c := range countries {
				for y := 2024; y <= 2030; y++ {
					days, _ := PublicHolidays(c, "", y)
					if got, w := rows(days), rows(want[fmt.Sprint(c, y)]); !slices.Equal(got, w) {
						t.Errorf("%s %d differs in %s:\n got %v\nwant %v", c, y, zone, got, w)
					}
				}
			}
		})
	}
}

func rows(days []Day) []row {
	out := make([]row, len(days))
	for i, d := range days {
		out[i] = row{d.Date.String(), d.Observed.String(), d.Name}
	}
	return out
}

func TestPublicHolidaysErrors(t *testing.T) {
	tests := []struct {
		country, region string
		year            int
		want            []string
	}{
		{"XX", "", 2027, []string{`There is no public-holiday calendar for "XX".`, "Kairos knows: AR, AT, AU", "GB", "ZA"}},
		{"", "", 2027, []string{`There is no public-holiday calendar for ""`}},
		{"DE", "ZZ", 2027, []string{`"ZZ" is not a region of DE`, "BB, BE, BW, BY"}},
		{"GB", "SCT", 2027, []string{"no regional holidays for GB"}},
		{"GB", "", 1899, []string{"1900 to 2099", "1899"}},
		// rickar's Orthodox Easter is a day early from 2100: the error says why.
		{"GB", "", 2100, []string{"1900 to 2099, not 2100", "Orthodox Easter dates would be a day early"}},
	}
	for _, tt := range tests {
		days, err := PublicHolidays(tt.country, tt.region, tt.year)
		if err == nil {
			t.Errorf("PublicHolidays(%q, %q, %d) = %d days, want an error", tt.country, tt.region, tt.year, len(days))
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("PublicHolidays(%q, %q, %d) error %q lacks %q", tt.country, tt.region, tt.year, err, w)
			}
		}
		// The holiday panel shows it in the user's language.
		if local, ok := err.(msg.Localized); !ok || !strings.Contains(local.Message().Key, "{{.") {
			t.Errorf("PublicHolidays(%q, %q, %d) error %q is not a template to translate", tt.country, tt.region, tt.year, err)
		}
	}
	for _, year := range []int{1900, 2099} {
		if _, err := PublicHolidays("US", "", year); err != nil {
			t.Errorf("year %d: %v", year, err)
		}
	}
}

var hashtagRE = regexp.MustCompile(`^#[\p{Lu}\p{Lo}\d][\p{L}\d]*$`)

// Every country and region gives a clean, sorted 2027 list.
func TestPublicHolidaysEveryCalendar(t *testing.T) {
	// rickar/cal v2.1.26's country packages, from its source tree.
	want := strings.Fields("AR AT AU BE BG BR CA CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT JP " +
		"KE LT LU LV MT MW MX NC NL NO NZ PL PT RO RS RU SE SI SK TH UA US ZA")
	countries := PublicCountries()
	if !slices.Equal(countries, want) {
		t.Fatalf("PublicCountries() = %v, want %v", countries, want)
	}
	for _, not := range []string{"AA", "ECB", "aa", "ecb"} {
		if slices.Contains(countries, not) {
			t.Errorf("PublicCountries() has %q", not)
		}
	}
	for _, c := range countries {
		for _, r := range append([]string{""}, Regions(c)...) {
			days, err := PublicHolidays(c, r, 2027)
			if err != nil || len(days) == 0 {
				t.Errorf("%s %s 2027: %d days, %v", c, r, len(days), err)
				continue
			}
			seen := map[string]bool{}
			for i, d := range days {
				if d.Date.Year != 2027 && d.Observed.Year != 2027 {
					t.Errorf("%s %s: %v is not in 2027", c, r, d)
				}
				if i > 0 && days[i-1].Observed.After(d.Observed) {
					t.Errorf("%s %s: %v before %v", c, r, days[i-1], d)
				}
				id := d.Key + "@" + d.Date.String()
				if seen[id] {
					t.Errorf("%s %s: %s twice", c, r, id)
				}
				seen[id] = true
				if d.Kind != Public || d.Name == "" || d.Key != "public:"+c+":"+d.Name || d.NativeName == d.Name {
					t.Errorf("%s %s: bad day %+v", c, r, d)
				}
				if d.Type != "public" && d.Type != "bank" && d.Type != "observance" {
					t.Errorf("%s %s: type %q", c, r, d.Type)
				}
				if len(d.Hashtags) != 1 || !hashtagRE.MatchString(d.Hashtags[0]) {
					t.Errorf("%s %s: hashtags %q", c, r, d.Hashtags)
				}
			}
		}
	}
}

// The countries with an English table show English names: no name is left
// in the native script or language.
func TestPublicHolidaysEnglishNames(t *testing.T) {
	for _, c := range []string{"US", "GB", "DE", "FR", "GR", "RU", "IT", "ES", "NL", "AT", "CH", "AU", "CA", "IE",
		"PL", "PT", "SE", "NO", "DK", "FI", "CZ", "UA"} {
		for _, r := range append([]string{""}, Regions(c)...) {
			for _, year := range []int{2022, 2027} {
				days, _ := PublicHolidays(c, r, year)
				for _, d := range days {
					if englishNames[c][d.Name] != "" || !isEnglish(d.Name) {
						t.Errorf("%s %s %d: %q is not translated", c, r, year, d.Name)
					}
				}
			}
		}
	}
}

func isEnglish(s string) bool {
	for _, r := range s {
		if r > 0x7f {
			return false
		}
	}
	return true
}

func TestRegions(t *testing.T) {
	de := Regions("de")
	if len(de) != 16 || !slices.Contains(de, "BY") || !slices.IsSorted(de) {
		t.Errorf("Regions(de) = %v", de)
	}
	if ch := Regions("CH"); len(ch) != 26 || !slices.Contains(ch, "ZH") {
		t.Errorf("Regions(CH) = %v", ch)
	}
	if au := Regions("AU"); !slices.Equal(au, []string{"ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"}) {
		t.Errorf("Regions(AU) = %v", au)
	}
	for _, c := range []string{"GB", "US", "XX", ""} {
		if r := Regions(c); r != nil {
			t.Errorf("Regions(%q) = %v, want nil", c, r)
		}
	}
	// Regional lists differ from the national one where the law does.
	vic, _ := PublicHolidays("AU", "VIC", 2027)
	if !slices.ContainsFunc(vic, func(d Day) bool { return d.Name == "Melbourne Cup" }) {
		t.Error("AU VIC 2027 lacks Melbourne Cup")
	}
	nat, _ := PublicHolidays("AU", "", 2027)
	if slices.ContainsFunc(nat, func(d Day) bool { return d.Name == "Melbourne Cup" }) || len(nat) != 7 {
		t.Errorf("AU national 2027 = %v", nat)
	}
}

func TestHashtag(t *testing.T) {
	tests := map[string]string{
		"Christmas Day":                "#ChristmasDay",
		"New Year's Day":               "#NewYearsDay",
		"Martin Luther King Jr. Day":   "#MartinLutherKingJrDay",
		"Labour Day / May Day":         "#LabourDayMayDay",
		"1848 Revolution Memorial Day": "#1848RevolutionMemorialDay",
		"Saint Brigid’s Day":           "#SaintBrigidsDay",
		"VE Day":                       "#VEDay",
		"Prešeren Day":                 "#PrešerenDay",
		" - ":                          "",
	}
	for in, want := range tests {
		if got := Hashtag(in); got != want {
			t.Errorf("Hashtag(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkPublicHolidaysYear(b *testing.B) {
	for b.Loop() {
		if _, err := PublicHolidays("GB", "", 2027); err != nil {
			b.Fatal(err)
		}
	}
}
