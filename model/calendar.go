package model

import "time"

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
