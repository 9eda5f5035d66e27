package model

import (
	"testing"
	"time"
)

func TestStartOfWeek(t *testing.T) {
	wed := NewDate(2026, 11, 25)
	cases := []struct {
		d     Date
		start time.Weekday
		want  Date
	}{
		{wed, time.Monday, NewDate(2026, 11, 23)},
		{wed, time.Sunday, NewDate(2026, 11, 22)},
		{wed, time.Saturday, NewDate(2026, 11, 21)},
		{NewDate(2026, 11, 23), time.Monday, NewDate(2026, 11, 23)},
		{NewDate(2027, 1, 2), time.Monday, NewDate(2026, 12, 28)}, // across the year
	}
	for _, c := range cases {
		if got := StartOfWeek(c.d, c.start); got != c.want {
			t.Errorf("StartOfWeek(%s, %s) = %s, want %s", c.d, c.start, got, c.want)
		}
	}
	week := WeekOf(wed, time.Monday)
	if week[0] != NewDate(2026, 11, 23) || week[6] != NewDate(2026, 11, 29) {
		t.Errorf("WeekOf = %v", week)
	}
}

func TestMonthGrid(t *testing.T) {
	cases := []struct {
		year        int
		month       time.Month
		start       time.Weekday
		first, last Date
		days        int
	}{
		{2026, 11, time.Monday, NewDate(2026, 10, 26), NewDate(2026, 12, 6), 42},
		{2026, 11, time.Sunday, NewDate(2026, 11, 1), NewDate(2026, 12, 5), 35},
		{2027, 2, time.Monday, NewDate(2027, 2, 1), NewDate(2027, 2, 28), 28}, // fits exactly
		{2027, 12, time.Monday, NewDate(2027, 11, 29), NewDate(2028, 1, 2), 35},
		{2028, 2, time.Sunday, NewDate(2028, 1, 30), NewDate(2028, 3, 4), 35}, // leap year
	}
	for _, c := range cases {
		g := MonthGrid(c.year, c.month, c.start)
		if len(g) != c.days || g[0] != c.first || g[len(g)-1] != c.last {
			t.Errorf("%d-%02d from %s: %d days %s..%s, want %d days %s..%s", c.year, c.month, c.start,
				len(g), g[0], g[len(g)-1], c.days, c.first, c.last)
		}
		if g[0].Weekday() != c.start {
			t.Errorf("%d-%02d grid starts on %s", c.year, c.month, g[0].Weekday())
		}
		for i := 1; i < len(g); i++ {
			if g[i] != g[i-1].AddDays(1) {
				t.Fatalf("gap between %s and %s", g[i-1], g[i])
			}
		}
	}
}

func TestSnapClock(t *testing.T) {
	cases := []struct{ in, want Clock }{
		{At(9, 0), At(9, 0)}, {At(9, 7), At(9, 0)}, {At(9, 8), At(9, 15)},
		{At(9, 52), At(9, 45)}, {At(9, 53), At(10, 0)}, {At(23, 59), At(23, 45)},
		{At(0, 3), At(0, 0)}, {NoClock, NoClock},
	}
	for _, c := range cases {
		if got := SnapClock(c.in, 15); got != c.want {
			t.Errorf("SnapClock(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestMonthArithmetic(t *testing.T) {
	d := NewDate(2027, 1, 31)
	if got := AddMonths(d, 1); got != NewDate(2027, 2, 1) {
		t.Errorf("AddMonths(+1) = %s", got)
	}
	if got := AddMonths(d, -1); got != NewDate(2026, 12, 1) {
		t.Errorf("AddMonths(-1) = %s", got)
	}
	if got := FirstOfMonth(d); got != NewDate(2027, 1, 1) {
		t.Errorf("FirstOfMonth = %s", got)
	}
}

func TestWeekStartFor(t *testing.T) {
	cases := map[string]time.Weekday{
		"en-US": time.Sunday, "en_US.UTF-8": time.Sunday, "pt-BR": time.Sunday,
		"en-GB": time.Monday, "el-GR": time.Monday, "ru_RU.UTF-8": time.Monday, "de-DE": time.Monday,
		"en": time.Monday, "": time.Monday, "C": time.Monday,
	}
	for locale, want := range cases {
		if got := WeekStartFor(locale); got != want {
			t.Errorf("WeekStartFor(%q) = %s, want %s", locale, got, want)
		}
	}
}
