package export

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	ics "github.com/arran4/golang-ical"

	"kairos/model/holiday"
)

// HolidaysICS writes days as an iCalendar file (RFC 5545): one all-day event
// per day on its actual date, so Christmas is on 25 December even when the
// day off is the 27th (the description names the day off), CRLF line
// endings and lines folded at 75 octets. uidScope (a client's name, a
// country code; may be empty) goes into every UID so two clients' exports
// imported into one calendar do not replace each other's events. stamp is
// the DTSTAMP every event carries (the time of export). UIDs depend only on
// the scope and the day, so importing a later export updates the events
// instead of doubling them.
func HolidaysICS(w io.Writer, title, uidScope string, days []holiday.Day, stamp time.Time) error {
	c := ics.NewCalendar()
	c.SetProductId("-//Kairos//Holidays//EN")
	c.SetMethod(ics.MethodPublish)
	c.SetXWRCalName(title)
	for _, d := range days {
		date := d.Date
		if date.IsZero() {
			date = d.Observed
		}
		e := c.AddEvent(UID(uidScope, d))
		e.SetDtStampTime(stamp)
		e.SetAllDayStartAt(date.Time())
		e.SetAllDayEndAt(date.AddDays(1).Time()) // DTEND is exclusive
		e.SetSummary(d.Name)
		if desc := description(d); desc != "" {
			e.SetDescription(desc)
		}
		e.AddCategory(string(d.Kind))
		e.SetTimeTransparency(ics.TransparencyTransparent) // a holiday does not make the user busy
	}
	// CRLF is RFC 5545's line ending; the library's default on Unix is LF.
	return c.SerializeTo(w, ics.WithNewLineWindows)
}

// UID identifies a day of one year across exports: the scope and the day's
// key with apostrophes dropped and anything else but letters and digits
// turned into dashes, then the year of its actual date.
func UID(scope string, d holiday.Day) string {
	if slug := uidSlug(scope); slug != "" {
		return fmt.Sprintf("%s-%s-%d@kairosplanner.io", slug, uidSlug(d.Key), d.Date.Year)
	}
	return fmt.Sprintf("%s-%d@kairosplanner.io", uidSlug(d.Key), d.Date.Year)
}

func uidSlug(s string) string {
	s = strings.NewReplacer("'", "", "’", "").Replace(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), "-")
}

// description says what the summary cannot: the post idea, the native
// name, the hashtags and, for a holiday whose day off moved off a weekend,
// the day off.
func description(d holiday.Day) string {
	var lines []string
	if d.Idea != "" {
		lines = append(lines, d.Idea)
	}
	if d.NativeName != "" {
		lines = append(lines, "Local name: "+d.NativeName)
	}
	if !d.Observed.IsZero() && d.Observed != d.Date {
		lines = append(lines, fmt.Sprintf("Falls on %s %s; the day off is %s %s.",
			d.Date.Weekday(), d.Date, d.Observed.Weekday(), d.Observed))
	}
	if d.SetYearly {
		lines = append(lines, "The organiser sets the date each year: check it.")
	}
	if len(d.Hashtags) > 0 {
		lines = append(lines, strings.Join(d.Hashtags, " "))
	}
	return strings.Join(lines, "\n")
}
