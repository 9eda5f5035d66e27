package model

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"kairos/model/msg"
)

// Date is a calendar day with no time zone: a post is planned for a wall-clock
// day in its client's zone, so it must not shift when the laptop travels.
// The zero Date means "no date" (an undated idea).
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// NewDate returns the normalised date, so NewDate(2027, 1, 32) is 1 February.
func NewDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// ParseDate reads YYYY-MM-DD; the empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, msg.Errorf("\"{{.Text}}\" is not a date: use YYYY-MM-DD, for example 2027-03-14.", "Text", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Time is midnight of d in UTC, for arithmetic.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String is YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// AddDays moves d by n days (n may be negative).
func (d Date) AddDays(n int) Date { return NewDate(d.Year, d.Month, d.Day+n) }

// Weekday is the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.Time().After(e.Time()) }

// DaysUntil is the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int((e.Time().Unix() - d.Time().Unix()) / 86400) }

// Clock is a time of day in minutes after midnight. NoClock means "any time
// that day" (an all-day post).
type Clock int

// NoClock marks a post without a time of day.
const NoClock Clock = -1

// At returns the Clock for hour:minute.
func At(hour, minute int) Clock { return Clock(hour*60 + minute) }

var clockRE = regexp.MustCompile(`^(\d{1,2}):(\d{2})$`)

// ParseClock reads HH:MM (24-hour); the empty string is NoClock.
func ParseClock(s string) (Clock, error) {
	if s == "" {
		return NoClock, nil
	}
	parts := clockRE.FindStringSubmatch(s)
	if parts == nil {
		return NoClock, msg.Errorf("\"{{.Text}}\" is not a time: use HH:MM on the 24-hour clock, for example 09:30.", "Text", s)
	}
	h, _ := strconv.Atoi(parts[1])
	m, _ := strconv.Atoi(parts[2])
	if h > 23 || m > 59 {
		return NoClock, msg.Errorf("\"{{.Text}}\" is not a time: use HH:MM on the 24-hour clock, for example 09:30.", "Text", s)
	}
	return At(h, m), nil
}

// Valid reports whether c is a time of day (not NoClock).
func (c Clock) Valid() bool { return c >= 0 && c < 24*60 }

// Hour is the hour part of c.
func (c Clock) Hour() int { return int(c) / 60 }

// Minute is the minute part of c.
func (c Clock) Minute() int { return int(c) % 60 }

// String is HH:MM, or "" for NoClock.
func (c Clock) String() string {
	if !c.Valid() {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", c.Hour(), c.Minute())
}
