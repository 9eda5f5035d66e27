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
// per day on the day it is kept (its observed date), CRLF line endings and
// lines folded at 75 octets. stamp is the DTSTAMP every event carries (the
// time of export). UIDs depend only on the day, so importing a later export
// updates the events instead of doubling them.
func HolidaysICS(w io.Writer, title string, days []holiday.Day, stamp time.Time) error {
	c := ics.NewCalendar()
	c.SetProductId("-//Kairos//Holidays//EN")
	c.SetMethod(ics.MethodPublish)
	c.SetXWRCalName(title)
	for _, d := range days {
		kept := d.Observed
		if kept.IsZero() {
			kept = d.Date
		}
		e := c.AddEvent(UID(d))
		e.SetDtStampTime(stamp)
		e.SetAllDayStartAt(kept.Time())
		e.SetAllDayEndAt(kept.AddDays(1).Time()) // DTEND is exclusive
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

// UID identifies a day of one year across exports: the day's key with
// apostrophes dropped and anything else but letters and digits turned into
// dashes, then the year of its actual date.
func UID(d holiday.Day) string {
	key := strings.NewReplacer("'", "", "’", "").Replace(d.Key)
	slug := strings.Join(strings.FieldsFunc(key, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), "-")
	return fmt.Sprintf("%s-%d@kairosplanner.io", slug, d.Date.Year)
}

// description says what the summary cannot: the post idea, the native
// name, the hashtags and, for a day off moved off a weekend, the real date.
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
