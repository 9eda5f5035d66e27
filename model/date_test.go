package model

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseDateValid(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"2027-03-14", Date{2027, time.March, 14}},
		{"2028-02-29", Date{2028, time.February, 29}},
		{"1999-12-31", Date{1999, time.December, 31}},
		{"2000-01-01", Date{2000, time.January, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q) error: %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParseDate(%q) = %#v, want %#v", tt.in, got, tt.want)
			}
			if got.IsZero() {
				t.Errorf("ParseDate(%q) is zero", tt.in)
			}
		})
	}
}

func TestParseDateInvalid(t *testing.T) {
	tests := []string{
		"2027-02-29", // not a leap year
		"2027-13-01",
		"2027-00-10",
		"2027-04-31",
		"2027-3-14",
		"14/03/2027",
		"2027-03-14T10:00:00Z",
		" 2027-03-14",
		"tomorrow",
		"-",
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			got, err := ParseDate(in)
			if err == nil {
				t.Fatalf("ParseDate(%q) = %v, want an error", in, got)
			}
			if !got.IsZero() {
				t.Errorf("ParseDate(%q) returned non-zero %#v with error", in, got)
			}
			msg := err.Error()
			if !strings.Contains(msg, fmt.Sprintf("%q", in)) {
				t.Errorf("error %q does not mention the input %q", msg, in)
			}
			if !strings.Contains(msg, "YYYY-MM-DD") {
				t.Errorf("error %q does not explain the format", msg)
			}
		})
	}
}

func TestParseDateEmpty(t *testing.T) {
	got, err := ParseDate("")
	if err != nil {
		t.Fatalf("ParseDate(\"\") error: %v", err)
	}
	if !got.IsZero() || got != (Date{}) {
		t.Errorf("ParseDate(\"\") = %#v, want zero Date", got)
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{}, ""},
		{Date{2027, time.March, 14}, "2027-03-14"},
		{Date{2027, time.December, 1}, "2027-12-01"},
		{Date{5, time.January, 2}, "0005-01-02"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestDateStringRoundTrip(t *testing.T) {
	start := NewDate(2026, time.December, 25)
	for i := 0; i < 800; i++ {
		d := start.AddDays(i)
		s := d.String()
		back, err := ParseDate(s)
		if err != nil {
			t.Fatalf("ParseDate(%q) error: %v", s, err)
		}
		if back != d {
			t.Fatalf("round trip of %#v via %q gave %#v", d, s, back)
		}
	}
	for _, s := range []string{"", "2028-02-29", "2027-01-01"} {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatalf("ParseDate(%q) error: %v", s, err)
		}
		if d.String() != s {
			t.Errorf("ParseDate(%q).String() = %q", s, d.String())
		}
	}
}

func TestNewDateNormalises(t *testing.T) {
	tests := []struct {
		name string
		y    int
		m    time.Month
		d    int
		want Date
	}{
		{"plain", 2027, time.March, 14, Date{2027, time.March, 14}},
		{"Jan 32", 2027, time.January, 32, Date{2027, time.February, 1}},
		{"leap day", 2028, time.February, 29, Date{2028, time.February, 29}},
		{"no leap day", 2027, time.February, 29, Date{2027, time.March, 1}},
		{"century not leap", 2100, time.February, 29, Date{2100, time.March, 1}},
		{"400 leap", 2000, time.February, 29, Date{2000, time.February, 29}},
		{"day 0", 2027, time.March, 0, Date{2027, time.February, 28}},
		{"month 13", 2027, 13, 1, Date{2028, time.January, 1}},
		{"month 0", 2027, 0, 1, Date{2026, time.December, 1}},
		{"Dec 32", 2027, time.December, 32, Date{2028, time.January, 1}},
		{"negative day", 2027, time.January, -1, Date{2026, time.December, 30}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewDate(tt.y, tt.m, tt.d); got != tt.want {
				t.Errorf("NewDate(%d, %d, %d) = %v, want %v", tt.y, tt.m, tt.d, got, tt.want)
			}
		})
	}
}

func TestDateOfUsesOwnLocation(t *testing.T) {
	athens, err := time.LoadLocation("Europe/Athens")
	if err != nil {
		t.Skipf("no tz data: %v", err)
	}
	// 01:00 in Athens on 15 March is still 14 March in UTC.
	tm := time.Date(2027, time.March, 15, 1, 0, 0, 0, athens)
	if got, want := DateOf(tm), (Date{2027, time.March, 15}); got != want {
		t.Errorf("DateOf(%v) = %v, want %v", tm, got, want)
	}
	if got, want := DateOf(tm.UTC()), (Date{2027, time.March, 14}); got != want {
		t.Errorf("DateOf(%v) = %v, want %v", tm.UTC(), got, want)
	}
}

func TestDateTime(t *testing.T) {
	d := Date{2027, time.March, 14}
	want := time.Date(2027, time.March, 14, 0, 0, 0, 0, time.UTC)
	if got := d.Time(); !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("Time() = %v, want %v", got, want)
	}
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		from Date
		n    int
		want Date
	}{
		{Date{2027, time.March, 14}, 0, Date{2027, time.March, 14}},
		{Date{2027, time.March, 14}, 1, Date{2027, time.March, 15}},
		{Date{2027, time.January, 31}, 1, Date{2027, time.February, 1}},
		{Date{2027, time.February, 28}, 1, Date{2027, time.March, 1}},
		{Date{2028, time.February, 28}, 1, Date{2028, time.February, 29}},
		{Date{2027, time.December, 31}, 1, Date{2028, time.January, 1}},
		{Date{2027, time.December, 25}, 10, Date{2028, time.January, 4}},
		{Date{2027, time.January, 1}, 365, Date{2028, time.January, 1}},
		{Date{2028, time.January, 1}, 365, Date{2028, time.December, 31}},
		{Date{2027, time.March, 1}, -1, Date{2027, time.February, 28}},
		{Date{2028, time.March, 1}, -1, Date{2028, time.February, 29}},
		{Date{2027, time.January, 1}, -1, Date{2026, time.December, 31}},
		{Date{2027, time.January, 5}, -10, Date{2026, time.December, 26}},
		// Across the EU and US daylight-saving switches.
		{Date{2027, time.March, 27}, 2, Date{2027, time.March, 29}},
		{Date{2027, time.October, 30}, 2, Date{2027, time.November, 1}},
	}
	for _, tt := range tests {
		if got := tt.from.AddDays(tt.n); got != tt.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", tt.from, tt.n, got, tt.want)
		}
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		d    Date
		want time.Weekday
	}{
		{Date{2027, time.March, 14}, time.Sunday},
		{Date{2027, time.January, 1}, time.Friday},
		{Date{2028, time.February, 29}, time.Tuesday},
		{Date{2000, time.January, 1}, time.Saturday},
		{Date{2026, time.December, 31}, time.Thursday},
	}
	for _, tt := range tests {
		if got := tt.d.Weekday(); got != tt.want {
			t.Errorf("%v.Weekday() = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestBeforeAfter(t *testing.T) {
	a := Date{2027, time.March, 14}
	tests := []struct {
		d, e          Date
		before, after bool
	}{
		{a, a, false, false},
		{a, Date{2027, time.March, 15}, true, false},
		{Date{2027, time.March, 15}, a, false, true},
		{Date{2026, time.December, 31}, Date{2027, time.January, 1}, true, false},
		{Date{2027, time.February, 28}, Date{2027, time.January, 31}, false, true},
		{Date{2028, time.January, 1}, Date{2027, time.December, 31}, false, true},
	}
	for _, tt := range tests {
		if got := tt.d.Before(tt.e); got != tt.before {
			t.Errorf("%v.Before(%v) = %v, want %v", tt.d, tt.e, got, tt.before)
		}
		if got := tt.d.After(tt.e); got != tt.after {
			t.Errorf("%v.After(%v) = %v, want %v", tt.d, tt.e, got, tt.after)
		}
	}
}

func TestDaysUntil(t *testing.T) {
	tests := []struct {
		d, e Date
		want int
	}{
		{Date{2027, time.March, 14}, Date{2027, time.March, 14}, 0},
		{Date{2027, time.March, 14}, Date{2027, time.March, 15}, 1},
		{Date{2027, time.March, 15}, Date{2027, time.March, 14}, -1},
		{Date{2027, time.January, 31}, Date{2027, time.March, 1}, 29},
		{Date{2028, time.January, 31}, Date{2028, time.March, 1}, 30},
		{Date{2027, time.January, 1}, Date{2028, time.January, 1}, 365},
		{Date{2028, time.January, 1}, Date{2029, time.January, 1}, 366},
		{Date{2029, time.January, 1}, Date{2028, time.January, 1}, -366},
		{Date{2027, time.December, 31}, Date{2028, time.January, 1}, 1},
		// Daylight-saving switches (EU 28 Mar / 31 Oct, US 14 Mar / 7 Nov 2027)
		// must not produce 23- or 25-hour "days".
		{Date{2027, time.March, 27}, Date{2027, time.March, 29}, 2},
		{Date{2027, time.March, 13}, Date{2027, time.March, 15}, 2},
		{Date{2027, time.October, 30}, Date{2027, time.November, 1}, 2},
		{Date{2027, time.November, 8}, Date{2027, time.November, 6}, -2},
		{Date{2027, time.March, 1}, Date{2027, time.November, 30}, 274},
	}
	run := func(t *testing.T) {
		for _, tt := range tests {
			if got := tt.d.DaysUntil(tt.e); got != tt.want {
				t.Errorf("%v.DaysUntil(%v) = %d, want %d", tt.d, tt.e, got, tt.want)
			}
			if got := tt.e.DaysUntil(tt.d); got != -tt.want {
				t.Errorf("%v.DaysUntil(%v) = %d, want %d", tt.e, tt.d, got, -tt.want)
			}
			if got := tt.d.AddDays(tt.want); got != tt.e {
				t.Errorf("%v.AddDays(%d) = %v, want %v", tt.d, tt.want, got, tt.e)
			}
		}
	}
	t.Run("UTC", run)
	// The machine's own zone must not matter: Date arithmetic is UTC-based.
	for _, zone := range []string{"Europe/Athens", "America/New_York", "Australia/Lord_Howe"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Logf("skipping %s: %v", zone, err)
			continue
		}
		t.Run("Local="+zone, func(t *testing.T) {
			saved := time.Local
			time.Local = loc
			defer func() { time.Local = saved }()
			run(t)
		})
	}
}

func TestDateIsZero(t *testing.T) {
	tests := []struct {
		d    Date
		want bool
	}{
		{Date{}, true},
		{Date{Year: 2027}, false},
		{Date{Month: time.January}, false},
		{Date{Day: 1}, false},
		{NewDate(2027, time.January, 1), false},
	}
	for _, tt := range tests {
		if got := tt.d.IsZero(); got != tt.want {
			t.Errorf("%#v.IsZero() = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestParseClockValid(t *testing.T) {
	tests := []struct {
		in   string
		want Clock
		str  string
	}{
		{"00:00", 0, "00:00"},
		{"23:59", 23*60 + 59, "23:59"},
		{"9:05", 9*60 + 5, "09:05"},
		{"09:30", 9*60 + 30, "09:30"},
		{"12:00", 12 * 60, "12:00"},
		{"0:01", 1, "00:01"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseClock(tt.in)
			if err != nil {
				t.Fatalf("ParseClock(%q) error: %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParseClock(%q) = %d, want %d", tt.in, got, tt.want)
			}
			if !got.Valid() {
				t.Errorf("ParseClock(%q) not Valid", tt.in)
			}
			if got.String() != tt.str {
				t.Errorf("ParseClock(%q).String() = %q, want %q", tt.in, got.String(), tt.str)
			}
		})
	}
}

func TestParseClockInvalid(t *testing.T) {
	tests := []string{
		"24:00",
		"12:60",
		"noon",
		"-1:00",
		"123:00",
		"12:-5",
		"12",
		":30",
		"12:",
		"12-30",
		"12.30",
		"99:99",
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			got, err := ParseClock(in)
			if err == nil {
				t.Fatalf("ParseClock(%q) = %v, want an error", in, got)
			}
			if got != NoClock {
				t.Errorf("ParseClock(%q) = %d with error, want NoClock", in, got)
			}
			if !strings.Contains(err.Error(), `"`+in+`"`) || !strings.Contains(err.Error(), "HH:MM") {
				t.Errorf("error %q should quote the input and explain HH:MM", err)
			}
		})
	}
}

func TestParseClockRejectsTrailingGarbage(t *testing.T) {
	for _, s := range []string{"12:3x", "1:2:3", "12:3 ", " 9:30", "12:3", "+1:30"} {
		if got, err := ParseClock(s); err == nil {
			t.Errorf("ParseClock(%q) = %v, want an error", s, got)
		}
	}
}

func TestParseClockEmpty(t *testing.T) {
	got, err := ParseClock("")
	if err != nil {
		t.Fatalf("ParseClock(\"\") error: %v", err)
	}
	if got != NoClock {
		t.Errorf("ParseClock(\"\") = %d, want NoClock", got)
	}
}

func TestClockRoundTrip(t *testing.T) {
	for c := Clock(0); c < 24*60; c++ {
		back, err := ParseClock(c.String())
		if err != nil || back != c {
			t.Fatalf("ParseClock(%q) = %d, %v; want %d", c.String(), back, err, c)
		}
	}
}

func TestClockString(t *testing.T) {
	tests := []struct {
		c    Clock
		want string
	}{
		{NoClock, ""},
		{0, "00:00"},
		{At(9, 5), "09:05"},
		{At(23, 59), "23:59"},
		{24 * 60, ""},
		{-30, ""},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("Clock(%d).String() = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestClockValid(t *testing.T) {
	tests := []struct {
		c    Clock
		want bool
	}{
		{NoClock, false},
		{-2, false},
		{0, true},
		{At(12, 30), true},
		{24*60 - 1, true},
		{24 * 60, false},
		{10000, false},
	}
	for _, tt := range tests {
		if got := tt.c.Valid(); got != tt.want {
			t.Errorf("Clock(%d).Valid() = %v, want %v", tt.c, got, tt.want)
		}
	}
}

func TestAt(t *testing.T) {
	tests := []struct {
		h, m int
		want Clock
	}{
		{0, 0, 0},
		{0, 1, 1},
		{1, 0, 60},
		{9, 5, 545},
		{23, 59, 1439},
	}
	for _, tt := range tests {
		c := At(tt.h, tt.m)
		if c != tt.want {
			t.Errorf("At(%d, %d) = %d, want %d", tt.h, tt.m, c, tt.want)
		}
		if c.Hour() != tt.h || c.Minute() != tt.m {
			t.Errorf("At(%d, %d) has Hour %d Minute %d", tt.h, tt.m, c.Hour(), c.Minute())
		}
	}
}
