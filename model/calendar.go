package model

import (
	"strings"
	"time"
)

// StartOfWeek is the first day of d's week when weeks start on weekStart.
func StartOfWeek(d Date, weekStart time.Weekday) Date {
	back := (int(d.Weekday()) - int(weekStart) + 7) % 7
	return d.AddDays(-back)
}

// WeekOf lists the seven days of d's week.
func WeekOf(d Date, weekStart time.Weekday) [7]Date {
	var days [7]Date
	first := StartOfWeek(d, weekStart)
	for i := range days {
		days[i] = first.AddDays(i)
	}
	return days
}

// MonthGrid lists the days a month view shows: whole weeks from the week
// of the 1st to the week of the last day (35 or 42 days, 28 for a February
// that fits exactly).
func MonthGrid(year int, month time.Month, weekStart time.Weekday) []Date {
	first := NewDate(year, month, 1)
	last := NewDate(year, month+1, 0)
	start := StartOfWeek(first, weekStart)
	end := StartOfWeek(last, weekStart).AddDays(6)
	days := make([]Date, 0, 42)
	for d := start; !d.After(end); d = d.AddDays(1) {
		days = append(days, d)
	}
	return days
}

// SnapClock rounds c to the nearest multiple of step minutes, keeping it
// within the day (23:59 with a 15-minute step becomes 23:45, not 24:00).
func SnapClock(c Clock, step int) Clock {
	if !c.Valid() || step <= 0 {
		return c
	}
	s := Clock((int(c) + step/2) / step * step)
	for s >= 24*60 {
		s -= Clock(step)
	}
	return s
}

// FirstOfMonth is the 1st of d's month.
func FirstOfMonth(d Date) Date { return NewDate(d.Year, d.Month, 1) }

// AddMonths moves to the 1st of the month n months from d's.
func AddMonths(d Date, n int) Date { return NewDate(d.Year, d.Month+time.Month(n), 1) }

// sundayFirst lists the countries whose calendars start the week on
// Sunday (CLDR's weekData); everywhere else starts on Monday, the ISO week.
var sundayFirst = map[string]bool{
	"AG": true, "AS": true, "BD": true, "BR": true, "BS": true, "BT": true, "BW": true, "BZ": true, "CA": true,
	"CN": true, "CO": true, "DM": true, "DO": true, "ET": true, "GT": true, "GU": true, "HK": true, "HN": true,
	"ID": true, "IL": true, "IN": true, "JM": true, "JP": true, "KE": true, "KH": true, "KR": true, "LA": true,
	"MH": true, "MM": true, "MO": true, "MT": true, "MX": true, "MZ": true, "NI": true, "NP": true, "PA": true,
	"PE": true, "PH": true, "PK": true, "PR": true, "PT": true, "PY": true, "SA": true, "SG": true, "SV": true,
	"TH": true, "TT": true, "TW": true, "UM": true, "US": true, "VE": true, "VI": true, "WS": true, "YE": true,
	"ZA": true, "ZW": true,
}

// WeekStartFor is the first day of the week for a locale such as "en-US"
// or "el_GR": Sunday where the region's calendars start on Sunday, else
// Monday.
func WeekStartFor(locale string) time.Weekday {
	locale, _, _ = strings.Cut(locale, ".") // en_US.UTF-8
	locale = strings.ReplaceAll(locale, "_", "-")
	if _, region, ok := strings.Cut(locale, "-"); ok && sundayFirst[strings.ToUpper(region)] {
		return time.Sunday
	}
	return time.Monday
}
