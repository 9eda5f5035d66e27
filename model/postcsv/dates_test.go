package postcsv

import (
	"strings"
	"testing"
	"time"

	"kairos/model"
	"kairos/model/draw"
)

func TestParseWhenReadsEveryForm(t *testing.T) {
	athens, err := time.LoadLocation("Europe/Athens")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	d := func(y int, m time.Month, day int) model.Date { return model.Date{Year: y, Month: m, Day: day} }
	for _, tc := range []struct {
		in    string
		order draw.DateOrder
		zone  *time.Location
		date  model.Date
		clock model.Clock
	}{
		{"2027-03-14", draw.Auto, nil, d(2027, 3, 14), model.NoClock},
		{"2027-3-4", draw.Auto, nil, d(2027, 3, 4), model.NoClock},
		{"2027/03/14", draw.MonthFirst, nil, d(2027, 3, 14), model.NoClock},
		{"2027/03/14 09:30", draw.Auto, nil, d(2027, 3, 14), model.At(9, 30)},
		{"2027-03-14 09:30:59", draw.Auto, nil, d(2027, 3, 14), model.At(9, 30)},
		{"2027-03-14T09:30", draw.Auto, nil, d(2027, 3, 14), model.At(9, 30)},
		{"2027-03-14T07:30:00Z", draw.Auto, athens, d(2027, 3, 14), model.At(9, 30)},
		{"2027-03-14T23:30:00.000Z", draw.Auto, athens, d(2027, 3, 15), model.At(1, 30)},
		{"2027-03-14 09:30+02:00", draw.Auto, nil, d(2027, 3, 14), model.At(7, 30)},
		{"2027-03-14 09:30 -0500", draw.Auto, nil, d(2027, 3, 14), model.At(14, 30)},
		{"2027-03-14 9:30 PM", draw.Auto, nil, d(2027, 3, 14), model.At(21, 30)},
		{"14.03.2027", draw.MonthFirst, nil, d(2027, 3, 14), model.NoClock},
		{"04.03.2027 09.30", draw.Auto, nil, d(2027, 3, 4), model.At(9, 30)},
		{"14/03/2027 09:30", draw.Auto, nil, d(2027, 3, 14), model.At(9, 30)},
		{"3/14/2027 12:05 am", draw.Auto, nil, d(2027, 3, 14), model.At(0, 5)},
		{"04/03/2027", draw.DayFirst, nil, d(2027, 3, 4), model.NoClock},
		{"04/03/2027, 12:00 PM", draw.MonthFirst, nil, d(2027, 4, 3), model.At(12, 0)},
		{"04-03-2027", draw.MonthFirst, nil, d(2027, 4, 3), model.NoClock},
		{"05/05/2027", draw.Auto, nil, d(2027, 5, 5), model.NoClock},
		{"14 March 2027", draw.Auto, nil, d(2027, 3, 14), model.NoClock},
		{"14th Sept 2027 18:00", draw.Auto, nil, d(2027, 9, 14), model.At(18, 0)},
		{"March 14, 2027", draw.Auto, nil, d(2027, 3, 14), model.NoClock},
		{"mar 4 2027, 9:05 PM", draw.Auto, nil, d(2027, 3, 4), model.At(21, 5)},
		{"2028-02-29", draw.Auto, nil, d(2028, 2, 29), model.NoClock},
	} {
		date, clock, reason, ok := parseWhen(tc.in, tc.order, tc.zone)
		if !ok || reason.Key != "" || date != tc.date || clock != tc.clock {
			t.Errorf("parseWhen(%q, %q) = %v %v %q, want %v %v", tc.in, tc.order, date, clock, reason, tc.date, tc.clock)
		}
	}
}

func TestParseWhenRefusesWhatItCannotRead(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"04/03/2027", `"04/03/2027" could be 2027-03-04 or 2027-04-03: choose whether dates are day/month or month/day.`},
		{"31/04/2027", "is not a date"},
		{"2027-02-29", "is not a date"},
		{"2027-13-01", "is not a date"},
		{"04/03/27", "is not a date"},
		{"next Friday at 2 PM", "is not a date"},
		{"14 Brumaire 2027", "is not a date"},
		{"0001-01-01", "is not a date"},
		{"2027-03-14 25:00", "the time should be like 09:30"},
		{"2027-03-14 13:00 PM", "the time should be like 09:30"},
		{"2027-03-14 09:30 +15:00", "the time should be like 09:30"},
		{"2027-03-14 soon", "the time should be like 09:30"},
		{"2027.03.14.", "is not a date"},
	} {
		d, c, reason, ok := parseWhen(tc.in, draw.Auto, nil)
		if ok || !d.IsZero() || c != model.NoClock || !strings.Contains(reason.String(), tc.want) {
			t.Errorf("parseWhen(%q): %q, want %q", tc.in, reason, tc.want)
		}
	}
}

func TestParseTimeCell(t *testing.T) {
	for in, want := range map[string]model.Clock{
		"09:30": model.At(9, 30), "9:30": model.At(9, 30), "09:30:00": model.At(9, 30), "9:30 PM": model.At(21, 30),
		"12:00 AM": model.At(0, 0), "21.15": model.At(21, 15),
	} {
		if got, reason, ok := parseTimeCell(in); got != want || !ok || reason.Key != "" {
			t.Errorf("parseTimeCell(%q) = %v %q, want %v", in, got, reason, want)
		}
	}
	for _, in := range []string{"noon", "24:00", "9", "09:30Z", "0:60"} {
		if _, reason, ok := parseTimeCell(in); ok || !strings.Contains(reason.String(), "is not a time of day") {
			t.Errorf("parseTimeCell(%q) read a time (%q)", in, reason)
		}
	}
}

func TestFileOrderComesFromTheDatesThatSettleIt(t *testing.T) {
	cells := func(list ...string) func(func(int, string) bool) {
		return func(yield func(int, string) bool) {
			for i, c := range list {
				if !yield(i+2, c) {
					return
				}
			}
		}
	}
	for _, tc := range []struct {
		cells              []string
		want               draw.DateOrder
		dayLine, monthLine int
	}{
		{[]string{"04/03/2027", "13/03/2027"}, draw.DayFirst, 3, 0},
		{[]string{"04-03-2027", "03-13-2027 10:00"}, draw.MonthFirst, 0, 3},
		{[]string{"04/03/2027", "2027-03-13", "13.03.2027", "13 March 2027"}, draw.Auto, 0, 0},
		{[]string{"13/03/2027", "x", "03/13/2027"}, draw.Auto, 2, 4},
	} {
		order, dayLine, monthLine := fileOrder(cells(tc.cells...))
		if order != tc.want || dayLine != tc.dayLine || monthLine != tc.monthLine {
			t.Errorf("fileOrder(%q) = %q %d %d, want %q %d %d", tc.cells, order, dayLine, monthLine, tc.want, tc.dayLine, tc.monthLine)
		}
	}
}
