package holiday

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/rickar/cal/v2"

	"kairos/model"
	"kairos/model/msg"
)

// The years Kairos computes holidays for. rickar turns Orthodox Easter into
// a Gregorian date by adding 13 days, which is right only from 1900 to 2099
// (the calendars drift a day further apart in 2100), and a planner needs
// nothing further.
const (
	MinYear = 1900
	MaxYear = 2099
)

// rickar builds every date at midnight in cal.DefaultLoc, the machine's zone
// by default. Where a DST change skips midnight (Chile, Cuba, the Azores)
// Go turns that midnight into 23:00 the day before, and the holiday (and
// the weekday its day off is worked out from) would be a day early. UTC has
// no DST. Set once here, before anything is computed.
func init() { cal.DefaultLoc = time.UTC }

// PublicCountries lists the ISO codes of every country with a public-holiday
// calendar, sorted.
func PublicCountries() []string {
	codes := make([]string, 0, len(calendars))
	for c := range calendars {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// Regions lists the region codes of country (any case) that have their own
// holiday list, sorted; nil when the country has none.
func Regions(country string) []string {
	regions := calendars[strings.ToUpper(strings.TrimSpace(country))].regions
	if len(regions) == 0 {
		return nil
	}
	codes := make([]string, 0, len(regions))
	for r := range regions {
		codes = append(codes, r)
	}
	slices.Sort(codes)
	return codes
}

// PublicHolidays returns the public holidays of country (any case), or of one
// of its regions, whose actual or observed date falls in year, sorted by
// observed date then name.
//
// A holiday observed across New Year belongs to both years: US New Year's
// Day 2028 (a Saturday) is in the 2027 list, for its day off on Friday
// 31 December, and in the 2028 list, for the day itself.
func PublicHolidays(country, region string, year int) ([]Day, error) {
	code := strings.ToUpper(strings.TrimSpace(country))
	list, err := holidayList(code, strings.ToUpper(strings.TrimSpace(region)))
	if err != nil {
		return nil, err
	}
	if year < MinYear {
		return nil, msg.Errorf("Kairos computes public holidays for the years {{.First}} to {{.Last}}, not {{.Year}}.",
			"First", MinYear, "Last", MaxYear, "Year", year)
	}
	if year > MaxYear {
		return nil, msg.Errorf("Kairos computes public holidays for the years {{.First}} to {{.Last}}, not {{.Year}}: "+
			"after {{.Last}} its Orthodox Easter dates would be a day early.", "First", MinYear, "Last", MaxYear, "Year", year)
	}
	return compute(code, list, year), nil
}

// holidayList picks the national list or a region's.
func holidayList(country, region string) ([]*cal.Holiday, error) {
	c, ok := calendars[country]
	if !ok {
		return nil, msg.Errorf("There is no public-holiday calendar for \"{{.Country}}\". Kairos knows: {{.Countries}}.",
			"Country", country, "Countries", strings.Join(PublicCountries(), ", "))
	}
	if region == "" {
		return c.national, nil
	}
	list, ok := c.regions[region]
	if !ok {
		if len(c.regions) == 0 {
			return nil, msg.Errorf("Kairos has no regional holidays for {{.Country}}: leave the region empty.", "Country", country)
		}
		return nil, msg.Errorf("\"{{.Region}}\" is not a region of {{.Country}}. Choose one of: {{.Regions}}.",
			"Region", region, "Country", country, "Regions", strings.Join(Regions(country), ", "))
	}
	return list, nil
}

// compute runs each holiday for the years around year, because a day
// observed on 31 December may belong to the next year's holiday.
func compute(country string, list []*cal.Holiday, year int) []Day {
	var days []Day
	for y := year - 1; y <= year+1; y++ {
		for _, h := range list {
			actual, observed := h.Calc(y)
			if actual.IsZero() {
				continue
			}
			d := dayOf(country, h, calDate(actual), calDate(observed))
			if d.Date.Year == year || d.Observed.Year == year {
				days = append(days, d)
			}
		}
	}
	slices.SortFunc(days, func(a, b Day) int {
		if c := compareDates(a.Observed, b.Observed); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return days
}

// calDate is the calendar day rickar meant by t, the one conversion from
// its times to model.Date. rickar gives midnight in cal.DefaultLoc (UTC, see
// init), but a few of its rules build dates in time.Local (jp, 2020-21):
// reading the date at noon keeps a skipped midnight on its own day there too.
func calDate(t time.Time) model.Date {
	return model.DateOf(t.Add(12 * time.Hour))
}

func dayOf(country string, h *cal.Holiday, date, observed model.Date) Day {
	english, native := holidayNames(country, h, date.Year)
	d := Day{
		Key:        "public:" + country + ":" + english,
		Kind:       Public,
		Date:       date,
		Observed:   observed,
		Name:       english,
		NativeName: native,
		Type:       typeName(h.Type),
	}
	if tag := Hashtag(english); tag != "" {
		d.Hashtags = []string{tag}
	}
	return d
}

// typeName maps rickar's observance type to the Day.Type words. Many real
// public holidays (all of Ireland's, some in Brazil and Switzerland) leave
// the type unset, so unset reads as public.
func typeName(t cal.ObservanceType) string {
	switch t {
	case cal.ObservanceBank:
		return "bank"
	case cal.ObservanceOther, cal.ObservanceReligious:
		return "observance"
	default:
		return "public"
	}
}

// Hashtag makes "#ChristmasDay" from "Christmas Day": each word capitalised,
// letters and digits only, apostrophes dropped inside words ("New Year's
// Day" is #NewYearsDay). It returns "" when nothing is left.
func Hashtag(name string) string {
	var b strings.Builder
	start := true
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
			start = false
		case r == '\'' || r == '’':
			// inside a word: "Year's" stays one word
		default:
			start = true
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "#" + b.String()
}

func compareDates(a, b model.Date) int {
	switch {
	case a.Before(b):
		return -1
	case a.After(b):
		return 1
	}
	return 0
}
