package holiday

// Observance date rules: a small text grammar, turned into a rickar/cal
// Holiday and evaluated with its Calc.
//
//	rule    = base [offset]
//	base    = "fixed" MM-DD                     a day of the month: fixed 10-08
//	        | "nth" N WEEKDAY "of" MM           the Nth weekday of a month, N = 1..5 or
//	                                            "last": nth 2 tue of 02, nth last fri of 07
//	        | "easter"                          Western (Gregorian) Easter Sunday
//	        | "orthodox-easter"                 Orthodox Easter Sunday, computed on the
//	                                            Julian calendar as Greece and Russia do
//	        | "day-of-year" N                   the Nth day of the year, N = 1..366:
//	                                            day-of-year 256 is 13 Sep, 12 Sep in leap years
//	        | "weekday-before" WEEKDAY MM-DD    the last WEEKDAY strictly before the date:
//	                                            weekday-before fri 03-20
//	        | "weekday-after" WEEKDAY MM-DD     the first WEEKDAY strictly after the date
//	offset  = "+"N | "-"N                       days added after the base is found, so a day
//	                                            relative to another is its base plus an offset:
//	                                            easter -47 (Shrove Tuesday),
//	                                            nth 4 thu of 11 +1 (Black Friday)
//	WEEKDAY = sun | mon | tue | wed | thu | fri | sat
//	MM, DD  = one or two digits
//
// A rule gives no date in a year when its base does not exist that year:
// fixed 02-29 outside leap years, a fifth weekday the month does not have,
// day-of-year 366 outside leap years. Orthodox Easter uses cal's Julian
// conversion, which is exact for 1900-2099.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/rickar/cal/v2"

	"kairos/model"
)

// obsRule is a parsed rule: the cal Holiday that computes it and a check
// that the base day really exists in the year asked for.
type obsRule struct {
	holiday *cal.Holiday
	// exists reports whether base, the day found before the offset is added, is a real
	// occurrence in year (cal normalises 29 Feb to 1 Mar and counts a
	// missing fifth weekday into the next month).
	exists func(base model.Date, year int) bool
}

var obsWeekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// maxObsOffset bounds offsets so a rule stays near its base.
const maxObsOffset = 366

// parseObsRule reads a rule in the grammar above.
func parseObsRule(text string) (obsRule, error) {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return obsRule{}, fmt.Errorf("the rule is empty")
	}
	offset := 0
	if last := f[len(f)-1]; len(f) > 1 && (last[0] == '+' || last[0] == '-') {
		n, err := strconv.Atoi(last)
		if err != nil || n < -maxObsOffset || n > maxObsOffset {
			return obsRule{}, fmt.Errorf("offset %q is not a number of days like +1 or -47", last)
		}
		offset, f = n, f[:len(f)-1]
	}
	r, err := parseObsBase(f)
	if err != nil {
		return obsRule{}, err
	}
	r.holiday.CalcOffset = offset
	return r, nil
}

func parseObsBase(f []string) (obsRule, error) {
	args := f[1:]
	want := func(n int, form string) error {
		if len(args) != n {
			return fmt.Errorf("%q needs the form %q", f[0], form)
		}
		return nil
	}
	anyDay := func(model.Date, int) bool { return true }
	switch f[0] {
	case "fixed":
		if err := want(1, "fixed MM-DD"); err != nil {
			return obsRule{}, err
		}
		m, d, err := parseMonthDay(args[0])
		if err != nil {
			return obsRule{}, err
		}
		h := &cal.Holiday{Month: m, Day: d, Func: cal.CalcDayOfMonth}
		return obsRule{h, func(b model.Date, y int) bool { return b == model.Date{Year: y, Month: m, Day: d} }}, nil
	case "nth":
		if err := want(4, "nth N WEEKDAY of MM"); err != nil {
			return obsRule{}, err
		}
		return parseNth(args)
	case "easter", "orthodox-easter":
		if err := want(0, f[0]+" +N"); err != nil {
			return obsRule{}, err
		}
		h := &cal.Holiday{Julian: f[0] == "orthodox-easter", Func: cal.CalcEasterOffset}
		return obsRule{h, anyDay}, nil
	case "day-of-year":
		if err := want(1, "day-of-year N"); err != nil {
			return obsRule{}, err
		}
		n, err := strconv.Atoi(args[0])
		if err != nil || n < 1 || n > 366 {
			return obsRule{}, fmt.Errorf("day of the year %q must be a number from 1 to 366", args[0])
		}
		// cal normalises 1 January + (N-1) days: January 256 is 13 September.
		h := &cal.Holiday{Month: time.January, Day: n, Func: cal.CalcDayOfMonth}
		return obsRule{h, func(b model.Date, y int) bool { return b.Year == y }}, nil
	case "weekday-before", "weekday-after":
		if err := want(2, f[0]+" WEEKDAY MM-DD"); err != nil {
			return obsRule{}, err
		}
		wd, ok := obsWeekdays[args[0]]
		if !ok {
			return obsRule{}, fmt.Errorf("%q is not a weekday: use sun, mon, tue, wed, thu, fri or sat", args[0])
		}
		m, d, err := parseMonthDay(args[1])
		if err != nil {
			return obsRule{}, err
		}
		// Start the search a day away from the date so it is excluded;
		// WeekdayNFrom counts its start day as an occurrence.
		h := &cal.Holiday{Month: m, Day: d - 1, Weekday: wd, Offset: -1, Func: cal.CalcWeekdayFrom}
		if f[0] == "weekday-after" {
			h.Day, h.Offset = d+1, 1
		}
		return obsRule{h, anyDay}, nil
	}
	return obsRule{}, fmt.Errorf("%q is not a rule kind: use fixed, nth, easter, orthodox-easter, day-of-year, weekday-before or weekday-after", f[0])
}

// parseNth reads "N WEEKDAY of MM".
func parseNth(args []string) (obsRule, error) {
	n := -1
	if args[0] != "last" {
		var err error
		n, err = strconv.Atoi(args[0])
		if err != nil || n < 1 || n > 5 {
			return obsRule{}, fmt.Errorf("%q must be 1 to 5 or last", args[0])
		}
	}
	wd, ok := obsWeekdays[args[1]]
	if !ok {
		return obsRule{}, fmt.Errorf("%q is not a weekday: use sun, mon, tue, wed, thu, fri or sat", args[1])
	}
	if args[2] != "of" {
		return obsRule{}, fmt.Errorf("expected \"of\" before the month, found %q", args[2])
	}
	m, err := parseMonth(args[3])
	if err != nil {
		return obsRule{}, err
	}
	h := &cal.Holiday{Month: m, Weekday: wd, Offset: n, Func: cal.CalcWeekdayOffset}
	return obsRule{h, func(b model.Date, y int) bool { return b.Year == y && b.Month == m }}, nil
}

func parseMonth(s string) (time.Month, error) {
	m, err := strconv.Atoi(s)
	if err != nil || len(s) > 2 || m < 1 || m > 12 {
		return 0, fmt.Errorf("month %q must be 01 to 12", s)
	}
	return time.Month(m), nil
}

// parseMonthDay reads MM-DD; 02-29 is allowed (it exists in leap years).
func parseMonthDay(s string) (time.Month, int, error) {
	ms, ds, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, fmt.Errorf("%q is not a date: use MM-DD, for example 10-08", s)
	}
	m, err := parseMonth(ms)
	if err != nil {
		return 0, 0, err
	}
	d, err := strconv.Atoi(ds)
	// 2024 is a leap year, so February allows 29.
	if last := time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); err != nil || len(ds) > 2 || d < 1 || d > last {
		return 0, 0, fmt.Errorf("%q is not a date: %s has days 01 to %02d", s, m, last)
	}
	return m, d, nil
}

// date computes the rule's day in year through cal's Holiday.Calc.
func (r obsRule) date(year int) (model.Date, bool) {
	actual, _ := r.holiday.Calc(year)
	if actual.IsZero() {
		return model.Date{}, false
	}
	d := calDate(actual)
	if !r.exists(d.AddDays(-r.holiday.CalcOffset), year) {
		return model.Date{}, false
	}
	return d, true
}
