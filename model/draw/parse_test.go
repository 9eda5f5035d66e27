package draw

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model/msg"
)

func rowsOf(t *testing.T, csv string) [][]string {
	t.Helper()
	rows, err := ReadRows(strings.NewReader(csv))
	if err != nil {
		t.Fatalf("ReadRows: %v", err)
	}
	return rows
}

func utc(y int, mo time.Month, d, h, mi, s int) time.Time {
	return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
}

func TestParseEntrants(t *testing.T) {
	rows := rowsOf(t, "\nName,Handle,Entered at\n"+
		"Ann Lee,@ann,2025-03-01T09:00:00Z\n"+
		"\n"+
		"\"Bob\nBuilder\",bob,\n"+
		",,\n"+
		"Cleo,https://www.instagram.com/Cleo/,01.03.2025 10:30\n")
	got, err := ParseEntrants(rows, GuessMapping(FirstRow(rows)))
	want := []Entrant{
		{Name: "Ann Lee", Handle: "@ann", EntryTime: utc(2025, 3, 1, 9, 0, 0), Line: 3},
		{Name: "Bob\nBuilder", Handle: "bob", Line: 5},
		{Name: "Cleo", Handle: "https://www.instagram.com/Cleo/", EntryTime: utc(2025, 3, 1, 10, 30, 0), Line: 8},
	}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ParseEntrants =\n%+v, %v\nwant\n%+v", got, err, want)
	}

	// Without a header the first row is an entrant.
	got, err = ParseEntrants(rowsOf(t, "@ann\n@bob\n"), GuessMapping([]string{"@ann"}))
	want = []Entrant{{Handle: "@ann", Line: 1}, {Handle: "@bob", Line: 2}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ParseEntrants without header = %+v, %v; want %+v", got, err, want)
	}
}

func TestParseEntrantsReportsEveryBadRow(t *testing.T) {
	rows := rowsOf(t, "name,handle,time\n"+ // 1
		"Ann,@ann,2025-03-01 10:00\n"+ // 2
		"Bob,,2025-03-01 10:00\n"+ // 3: empty handle
		"\n"+ // 4: blank, skipped
		"\"Cleo\nC.\",cleo c,2025-03-01 10:00\n"+ // 5-6: space in handle
		"Dan,@dan,yesterday\n"+ // 7
		"Eve,@eve\n"+ // 8: too short
		"Fay,@,2025-03-01 10:00\n"+ // 9
		"Gus,g\u200bus,2025-03-01 10:00\n"+ // 10: zero-width space
		"Hal,@hal,31.04.2025 10:00\n") // 11: no 31 April
	got, err := ParseEntrants(rows, GuessMapping(FirstRow(rows)))
	if got != nil {
		t.Errorf("ParseEntrants returned entrants %+v with errors", got)
	}
	want := `7 rows could not be read:
line 3: the handle is empty
line 5: the handle "cleo c" has a space in it
line 7: "yesterday" is not a date and time
line 8: the row has only 2 columns, but 3 are needed
line 9: "@" is not a handle
line 10: the handle "g\u200bus" has an invisible character in it
line 11: "31.04.2025 10:00" is not a date and time`
	var re RowErrors
	if !errors.As(err, &re) || err.Error() != want {
		t.Fatalf("error:\n%v\nwant:\n%s", err, want)
	}
	if re[0].Line != 3 || len(re[0].Reasons) != 1 || re[0].Reasons[0].Key != "The handle is empty." {
		t.Errorf("first row error %+v", re[0])
	}
	if got := re[1].Reasons[0]; got.Key != "The handle \"{{.Handle}}\" has a space in it." || got.Args["Handle"] != "cleo c" {
		t.Errorf("second row's reason %+v", got)
	}
}

func TestRowErrorsListsAtMostTwenty(t *testing.T) {
	var csv strings.Builder
	csv.WriteString("name,handle\n")
	for i := range 25 {
		fmt.Fprintf(&csv, "person %d,\n", i)
	}
	_, err := ParseEntrants(rowsOf(t, csv.String()), Mapping{Name: 0, Handle: 1, Time: -1, Header: true})
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 22 || lines[0] != "25 rows could not be read:" || lines[1] != "line 2: the handle is empty" ||
		lines[20] != "line 21: the handle is empty" || lines[21] != "and 5 more" {
		t.Errorf("error:\n%v", err)
	}
	one := RowErrors{{Line: 4, Reasons: []msg.Text{msg.New("The handle is empty.")}}}
	if got := one.Error(); got != "1 row could not be read:\nline 4: the handle is empty" {
		t.Errorf("one row: %q", got)
	}
}

// The interface gets the list as sentences, each row's reasons written by
// the interface and joined by spaces.
func TestRowErrorsTexts(t *testing.T) {
	e := RowErrors{
		{Line: 4, Reasons: []msg.Text{msg.New("The handle is empty.")}},
		{Line: 9, Reasons: []msg.Text{msg.New("A."), msg.New("B.")}},
	}
	upper := func(t msg.Text) string { return strings.ToUpper(t.String()) }
	got := msg.Join(e.Texts(upper), msg.Text.String)
	if want := "2 rows could not be read:\nLine 4: THE HANDLE IS EMPTY.\nLine 9: A. B."; got != want {
		t.Errorf("Texts:\n%s\nwant\n%s", got, want)
	}
	for range 25 {
		e = append(e, e[0])
	}
	texts := e.Texts(msg.Text.String)
	if len(texts) != 22 || texts[21].String() != "… and 7 more rows." || texts[0].Count != 27 {
		t.Errorf("27 rows: %d texts, the last %q", len(texts), texts[len(texts)-1])
	}
}

func TestParseEntrantsWholeFileErrors(t *testing.T) {
	tests := []struct {
		name, csv string
		m         Mapping
		want      error
	}{
		{"header only", "name,handle\n\n", Mapping{Name: 0, Handle: 1, Time: -1, Header: true}, ErrNoEntrants},
		{"empty file", "", Mapping{Name: -1, Handle: 0, Time: -1}, ErrNoEntrants},
		{"blank rows only", "\n , \n", Mapping{Name: -1, Handle: 0, Time: -1}, ErrNoEntrants},
		{"no handle column", "name,date\nAnn,2025-03-01\n", Mapping{Name: 0, Handle: -1, Time: 1, Header: true}, ErrNoHandleColumn},
	}
	for _, tc := range tests {
		if got, err := ParseEntrants(rowsOf(t, tc.csv), tc.m); got != nil || err != tc.want {
			t.Errorf("%s: ParseEntrants = %+v, %v; want %v", tc.name, got, err, tc.want)
		}
	}
	if ErrNoEntrants.Error() != "The file has no entrants." {
		t.Errorf("ErrNoEntrants = %q", ErrNoEntrants)
	}
	_, err := ParseEntrants([][]string{{"a", "b"}}, Mapping{Name: 1, Handle: 1, Time: -1})
	if err == nil || err.Error() != "The name, handle and entry time must come from different columns." {
		t.Errorf("same column twice: %v", err)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in    string
		order DateOrder
		want  time.Time
		err   string // the reason, "" when it parses
	}{
		{"2025-03-01T14:05:00Z", Auto, utc(2025, 3, 1, 14, 5, 0), ""},
		{"2025-03-01T16:05:00+02:00", Auto, utc(2025, 3, 1, 14, 5, 0), ""},
		{"2025-03-01T14:05:00.75Z", Auto, time.Date(2025, 3, 1, 14, 5, 0, 750_000_000, time.UTC), ""},
		{"2025-03-01T14:05:00+0000", Auto, utc(2025, 3, 1, 14, 5, 0), ""},
		{"2025-03-01 16:05:00+02:00", Auto, utc(2025, 3, 1, 14, 5, 0), ""},
		{"2025-03-01 14:05:07", Auto, utc(2025, 3, 1, 14, 5, 7), ""},
		{"2025-03-01 14:05", Auto, utc(2025, 3, 1, 14, 5, 0), ""},
		{"2025-03-01T14:05", Auto, utc(2025, 3, 1, 14, 5, 0), ""},
		{"2025-03-01", Auto, utc(2025, 3, 1, 0, 0, 0), ""},
		{"01.03.2025 14:05", Auto, utc(2025, 3, 1, 14, 5, 0), ""},
		{"1.3.2025 9:05:30", MonthFirst, utc(2025, 3, 1, 9, 5, 30), ""}, // dots are always day first
		{"01.03.2025", Auto, utc(2025, 3, 1, 0, 0, 0), ""},
		{"13/03/2025 14:05", Auto, utc(2025, 3, 13, 14, 5, 0), ""},
		{"03/13/2025 2:05 PM", Auto, utc(2025, 3, 13, 14, 5, 0), ""},
		{"3/1/2025, 2:05:09 pm", MonthFirst, utc(2025, 3, 1, 14, 5, 9), ""},
		{"3/1/2025 12:05 AM", MonthFirst, utc(2025, 3, 1, 0, 5, 0), ""},
		{"01/03/2025 14:05", DayFirst, utc(2025, 3, 1, 14, 5, 0), ""},
		{"01/03/2025 14:05", MonthFirst, utc(2025, 1, 3, 14, 5, 0), ""},
		{"05/05/2025 14:05", Auto, utc(2025, 5, 5, 14, 5, 0), ""},
		{"01/03/2025 14:05", Auto, time.Time{}, `"01/03/2025 14:05" could be 2025-03-01 or 2025-01-03: choose whether dates are day/month or month/day.`},
		{"01/03/2025 2:05 PM", Auto, time.Time{}, `"01/03/2025 2:05 PM" could be 2025-03-01 or 2025-01-03: choose whether dates are day/month or month/day.`},
		{"13/03/2025 14:05", MonthFirst, time.Time{}, `"13/03/2025 14:05" is not a date and time.`},
		{"29/02/2025 10:00", DayFirst, time.Time{}, `"29/02/2025 10:00" is not a date and time.`},
		{"29/02/2024 10:00", DayFirst, utc(2024, 2, 29, 10, 0, 0), ""},
		{"01.03.25 14:05", Auto, time.Time{}, `"01.03.25 14:05" is not a date and time.`},
		{"2025-02-30 10:00", Auto, time.Time{}, `"2025-02-30 10:00" is not a date and time.`},
		{"01.03.2025 15:05 PM", Auto, time.Time{}, `"01.03.2025 15:05 PM" is not a date and time.`},
		{"01.03.2025 25:00", Auto, time.Time{}, `"01.03.2025 25:00" is not a date and time.`},
		{"00/03/2025", DayFirst, time.Time{}, `"00/03/2025" is not a date and time.`},
		{"1/3-2025", Auto, time.Time{}, `"1/3-2025" is not a date and time.`},
		{"+1.+3.2025", Auto, time.Time{}, `"+1.+3.2025" is not a date and time.`},
		{"March 1, 2025", Auto, time.Time{}, `"March 1, 2025" is not a date and time.`},
		{"1740837900", Auto, time.Time{}, `"1740837900" is not a date and time.`},
		{"yesterday", Auto, time.Time{}, `"yesterday" is not a date and time.`},
	}
	for _, tc := range tests {
		got, reason, ok := parseTime(tc.in, tc.order, nil)
		if !got.Equal(tc.want) || got.Location() != time.UTC || reason.String() != tc.err || ok != (tc.err == "") {
			t.Errorf("parseTime(%q, %q) = %v, %q; want %v, %q", tc.in, tc.order, got, reason, tc.want, tc.err)
		}
	}
}

// With slashes, one date whose day is above 12 settles the whole file.
func TestParseEntrantsDateOrderFromTheFile(t *testing.T) {
	m := Mapping{Name: -1, Handle: 0, Time: 1, Header: true}
	got, err := ParseEntrants(rowsOf(t, "handle,date\n@a,01/03/2025 10:00\n@b,25/03/2025 10:00\n"), m)
	if err != nil || !got[0].EntryTime.Equal(utc(2025, 3, 1, 10, 0, 0)) || !got[1].EntryTime.Equal(utc(2025, 3, 25, 10, 0, 0)) {
		t.Errorf("day first: %+v, %v", got, err)
	}
	got, err = ParseEntrants(rowsOf(t, "handle,date\n@a,01/03/2025 10:00 AM\n@b,03/25/2025 10:00 AM\n"), m)
	if err != nil || !got[0].EntryTime.Equal(utc(2025, 1, 3, 10, 0, 0)) || !got[1].EntryTime.Equal(utc(2025, 3, 25, 10, 0, 0)) {
		t.Errorf("month first: %+v, %v", got, err)
	}
	_, err = ParseEntrants(rowsOf(t, "handle,date\n@a,01/03/2025 10:00\n@b,02/03/2025 10:00\n@c,2025-03-02 10:00\n"), m)
	want := `2 rows could not be read:
line 2: "01/03/2025 10:00" could be 2025-03-01 or 2025-01-03: choose whether dates are day/month or month/day
line 3: "02/03/2025 10:00" could be 2025-03-02 or 2025-02-03: choose whether dates are day/month or month/day`
	if err == nil || err.Error() != want {
		t.Errorf("undecided:\n%v\nwant\n%s", err, want)
	}
	m.Dates = DayFirst
	if got, err := ParseEntrants(rowsOf(t, "handle,date\n@a,01/03/2025 10:00\n"), m); err != nil || !got[0].EntryTime.Equal(utc(2025, 3, 1, 10, 0, 0)) {
		t.Errorf("chosen day first: %+v, %v", got, err)
	}
	m.Dates = Auto
	_, err = ParseEntrants(rowsOf(t, "handle,date\n@a,13/03/2025 10:00\n@b,03/13/2025 10:00\n@c,01.02.2025\n"), m)
	want = `2 rows could not be read:
line 2: "13/03/2025 10:00": the file writes some dates day/month (line 2) and others month/day (line 3)
line 3: "03/13/2025 10:00": the file writes some dates day/month (line 2) and others month/day (line 3)`
	if err == nil || err.Error() != want {
		t.Errorf("both ways:\n%v\nwant\n%s", err, want)
	}
	m.Dates = "ymd"
	if _, err := ParseEntrants(rowsOf(t, "handle,date\n@a,2025-03-01\n"), m); err == nil || err.Error() != `"ymd" is not a date order: use day/month (dmy) or month/day (mdy).` {
		t.Errorf("unknown order: %v", err)
	}
}

// Rows from elsewhere than ReadRows may keep their spaces.
func TestParseEntrantsTrims(t *testing.T) {
	got, err := ParseEntrants([][]string{{" Ann ", " @ann ", " 2025-03-01 10:00 "}}, Mapping{Name: 0, Handle: 1, Time: 2})
	want := []Entrant{{Name: "Ann", Handle: "@ann", EntryTime: utc(2025, 3, 1, 10, 0, 0), Line: 1}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ParseEntrants = %+v, %v; want %+v", got, err, want)
	}
}

func TestTimesWithoutAZoneAreReadInTheMappingsZone(t *testing.T) {
	athens, err := time.LoadLocation("Europe/Athens")
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]string{{"handle", "time"}, {"@ann", "2025-06-30 22:30"}, {"@ben", "30.06.2025 23:59"}, {"@cy", "2025-06-30T20:00:00Z"}}
	m := GuessMapping(rows[0])
	m.Zone = athens
	list, err := ParseEntrants(rows, m)
	if err != nil {
		t.Fatal(err)
	}
	want := []time.Time{
		time.Date(2025, 6, 30, 19, 30, 0, 0, time.UTC), // 22:30 EEST
		time.Date(2025, 6, 30, 20, 59, 0, 0, time.UTC),
		time.Date(2025, 6, 30, 20, 0, 0, 0, time.UTC), // a written zone wins
	}
	for i, e := range list {
		if !e.EntryTime.Equal(want[i]) {
			t.Errorf("%s entered at %v, want %v", e.Handle, e.EntryTime, want[i])
		}
	}
}
