package contest

import (
	"reflect"
	"testing"
	"time"

	"kairos/model"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestKeyDates(t *testing.T) {
	athens := zone(t, "Europe/Athens")
	at := func(month time.Month, day, hour, min int) time.Time {
		return time.Date(2027, month, day, hour, min, 0, 0, athens)
	}
	type kd = KeyDate
	tests := []struct {
		name       string
		start, end time.Time
		want       []KeyDate
	}{
		{"a week", at(6, 1, 10, 0), at(6, 8, 23, 59), []kd{
			{Announcement, at(6, 1, 10, 0)}, {Reminder, at(6, 5, 10, 0)}, {LastCall, at(6, 8, 12, 0)}, {Winners, at(6, 9, 12, 0)}}},
		{"3 days closing at 18:00", at(6, 1, 9, 0), at(6, 4, 18, 0), []kd{
			{Announcement, at(6, 1, 9, 0)}, {Reminder, at(6, 3, 9, 0)}, {LastCall, at(6, 4, 12, 0)}, {Winners, at(6, 5, 12, 0)}}},
		{"exactly 3 days at noon: the reminder would crowd the last call", at(6, 1, 12, 0), at(6, 4, 12, 0), []kd{
			{Announcement, at(6, 1, 12, 0)}, {LastCall, at(6, 3, 12, 0)}, {Winners, at(6, 5, 12, 0)}}},
		{"a minute under 3 days: no reminder", at(6, 1, 12, 0), at(6, 4, 11, 59), []kd{
			{Announcement, at(6, 1, 12, 0)}, {LastCall, at(6, 3, 12, 0)}, {Winners, at(6, 5, 12, 0)}}},
		{"exactly 2 days: last call at noon the day before", at(6, 1, 9, 0), at(6, 3, 9, 0), []kd{
			{Announcement, at(6, 1, 9, 0)}, {LastCall, at(6, 2, 12, 0)}, {Winners, at(6, 4, 12, 0)}}},
		{"47 hours: last call 3 hours before", at(6, 1, 9, 0), at(6, 3, 8, 0), []kd{
			{Announcement, at(6, 1, 9, 0)}, {LastCall, at(6, 3, 5, 0)}, {Winners, at(6, 4, 12, 0)}}},
		{"4 hours", at(6, 1, 9, 0), at(6, 1, 13, 0), []kd{
			{Announcement, at(6, 1, 9, 0)}, {LastCall, at(6, 1, 10, 0)}, {Winners, at(6, 2, 12, 0)}}},
		{"3 hours: no last call at the start", at(6, 1, 9, 0), at(6, 1, 12, 0), []kd{
			{Announcement, at(6, 1, 9, 0)}, {Winners, at(6, 2, 12, 0)}}},
		{"closing at the month's end", at(1, 20, 9, 0), at(1, 31, 23, 59), []kd{
			{Announcement, at(1, 20, 9, 0)}, {Reminder, at(1, 26, 9, 0)}, {LastCall, at(1, 31, 12, 0)}, {Winners, at(2, 1, 12, 0)}}},
		{"end before start", at(6, 2, 9, 0), at(6, 1, 9, 0), nil},
		{"no end", at(6, 2, 9, 0), time.Time{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Contest{Zone: "Europe/Athens", Start: tc.start.UTC(), End: tc.end}
			if !tc.end.IsZero() {
				c.End = tc.end.UTC()
			}
			got := KeyDates(c)
			if len(got) != len(tc.want) {
				t.Fatalf("KeyDates = %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i].Kind != tc.want[i].Kind || !got[i].At.Equal(tc.want[i].At) || got[i].At.Location().String() != "Europe/Athens" {
					t.Errorf("%d: %s %v, want %s %v in Athens", i, got[i].Kind, got[i].At, tc.want[i].Kind, tc.want[i].At)
				}
			}
		})
	}
}

func TestReminderKeepsTheStartsLocalTime(t *testing.T) {
	// India is UTC+5:30: the reminder is 09:00 there, not a UTC hour.
	kolkata := zone(t, "Asia/Kolkata")
	c := Contest{Zone: "Asia/Kolkata", Start: time.Date(2027, 3, 1, 9, 0, 0, 0, kolkata), End: time.Date(2027, 3, 5, 9, 40, 0, 0, kolkata)}
	dates := KeyDates(c)
	if dates[1].Kind != Reminder || !dates[1].At.Equal(time.Date(2027, 3, 3, 9, 0, 0, 0, kolkata)) {
		t.Errorf("reminder %v, want 3 March 09:00 IST", dates[1].At)
	}
}

func TestWinnersAtNoonAcrossDaylightSaving(t *testing.T) {
	// The UK moves to summer time on 28 March 2027.
	london := zone(t, "Europe/London")
	c := Contest{Zone: "Europe/London", Start: time.Date(2027, 3, 20, 9, 0, 0, 0, london), End: time.Date(2027, 3, 27, 23, 59, 0, 0, london)}
	dates := KeyDates(c)
	w := dates[len(dates)-1]
	if w.Kind != Winners || w.At.Hour() != 12 || w.At.Day() != 28 || w.At.Format("MST") != "BST" {
		t.Errorf("winners at %v, want 28 March 12:00 BST", w.At)
	}
}

func TestAnchor(t *testing.T) {
	want := map[KeyKind]string{Announcement: "start", Reminder: "middle", LastCall: "end", Winners: "end"}
	for _, k := range KeyKinds() {
		if Anchor(k) != want[k] {
			t.Errorf("Anchor(%s) = %s", k, Anchor(k))
		}
	}
}

func TestShiftPost(t *testing.T) {
	athens, london, ny := zone(t, "Europe/Athens"), zone(t, "Europe/London"), zone(t, "America/New_York")
	base := Contest{Zone: "Europe/Athens", Start: time.Date(2027, 6, 1, 10, 0, 0, 0, athens), End: time.Date(2027, 6, 8, 23, 30, 0, 0, athens)}
	post := func(d model.Date, c model.Clock) model.Post {
		return model.Post{ID: 5, Date: d, Time: c, Status: model.Draft, Text: "Hi"}
	}
	moved := func(start, end time.Duration) Contest {
		c := base
		c.Start, c.End = c.Start.Add(start), c.End.Add(end)
		return c
	}
	week := 7 * 24 * time.Hour
	tests := []struct {
		name     string
		p        model.Post
		kind     KeyKind
		old, new Contest
		zone     *time.Location
		date     model.Date
		clock    model.Clock
	}{
		{"announcement follows the start", post(model.NewDate(2027, 6, 1), model.At(10, 0)), Announcement, base, moved(week, week), athens,
			model.NewDate(2027, 6, 8), model.At(10, 0)},
		{"by 90 minutes in another zone", post(model.NewDate(2027, 6, 1), model.At(3, 0)), Announcement, base, moved(90*time.Minute, 0), ny,
			model.NewDate(2027, 6, 1), model.At(4, 30)},
		{"the reminder follows the middle: half the start's move", post(model.NewDate(2027, 6, 5), model.At(5, 0)), Reminder, base, moved(90*time.Minute, 0), ny,
			model.NewDate(2027, 6, 5), model.At(5, 45)},
		{"across midnight", post(model.NewDate(2027, 6, 1), model.At(23, 0)), Announcement, base, moved(2*time.Hour, 0), athens,
			model.NewDate(2027, 6, 2), model.At(1, 0)},
		{"the start's change does not move the winners", post(model.NewDate(2027, 6, 9), model.At(12, 0)), Winners, base, moved(week, 0), athens,
			model.NewDate(2027, 6, 9), model.At(12, 0)},
		{"shortening the contest brings the reminder back inside it", post(model.NewDate(2027, 6, 5), model.At(5, 0)), Reminder, base, moved(0, -4*24*time.Hour), athens,
			model.NewDate(2027, 6, 3), model.At(5, 0)},
		{"last call follows the end backwards", post(model.NewDate(2027, 6, 7), model.At(23, 30)), LastCall, base, moved(0, -48*time.Hour), athens,
			model.NewDate(2027, 6, 5), model.At(23, 30)},
		{"across the clock change the post keeps its hour", post(model.NewDate(2027, 3, 29), model.At(12, 0)), Winners,
			Contest{Zone: "Europe/London", Start: time.Date(2027, 3, 20, 9, 0, 0, 0, london), End: time.Date(2027, 3, 28, 20, 0, 0, 0, london)},
			Contest{Zone: "Europe/London", Start: time.Date(2027, 3, 20, 9, 0, 0, 0, london), End: time.Date(2027, 3, 27, 20, 0, 0, 0, time.UTC).In(london)},
			london, model.NewDate(2027, 3, 28), model.At(12, 0)},
		// 30 March 2025: the UK springs forward. The end moves back a day
		// (24 hours, both GMT); the winners post crosses the change and keeps
		// 12:00, where 24 hours back would read 11:00.
		{"end back a day, the post across the spring change", post(model.NewDate(2025, 3, 30), model.At(12, 0)), Winners,
			Contest{Zone: "Europe/London", Start: time.Date(2025, 3, 20, 9, 0, 0, 0, london), End: time.Date(2025, 3, 29, 23, 59, 0, 0, london)},
			Contest{Zone: "Europe/London", Start: time.Date(2025, 3, 20, 9, 0, 0, 0, london), End: time.Date(2025, 3, 28, 23, 59, 0, 0, london)},
			london, model.NewDate(2025, 3, 29), model.At(12, 0)},
		{"end forward a day, the post across the spring change", post(model.NewDate(2025, 3, 29), model.At(12, 0)), Winners,
			Contest{Zone: "Europe/London", Start: time.Date(2025, 3, 20, 9, 0, 0, 0, london), End: time.Date(2025, 3, 28, 23, 59, 0, 0, london)},
			Contest{Zone: "Europe/London", Start: time.Date(2025, 3, 20, 9, 0, 0, 0, london), End: time.Date(2025, 3, 29, 23, 59, 0, 0, london)},
			london, model.NewDate(2025, 3, 30), model.At(12, 0)},
		// 26 October 2025: the UK falls back.
		{"end forward a day, the post across the autumn change", post(model.NewDate(2025, 10, 25), model.At(12, 0)), Winners,
			Contest{Zone: "Europe/London", Start: time.Date(2025, 10, 1, 9, 0, 0, 0, london), End: time.Date(2025, 10, 24, 23, 59, 0, 0, london)},
			Contest{Zone: "Europe/London", Start: time.Date(2025, 10, 1, 9, 0, 0, 0, london), End: time.Date(2025, 10, 25, 23, 59, 0, 0, london)},
			london, model.NewDate(2025, 10, 26), model.At(12, 0)},
		{"end back a day, the post across the autumn change", post(model.NewDate(2025, 10, 26), model.At(12, 0)), Winners,
			Contest{Zone: "Europe/London", Start: time.Date(2025, 10, 1, 9, 0, 0, 0, london), End: time.Date(2025, 10, 25, 23, 59, 0, 0, london)},
			Contest{Zone: "Europe/London", Start: time.Date(2025, 10, 1, 9, 0, 0, 0, london), End: time.Date(2025, 10, 24, 23, 59, 0, 0, london)},
			london, model.NewDate(2025, 10, 25), model.At(12, 0)},
		{"the end itself crosses the autumn change (25 hours): a day later, same hour", post(model.NewDate(2025, 10, 26), model.At(12, 0)), Winners,
			Contest{Zone: "Europe/London", Start: time.Date(2025, 10, 1, 9, 0, 0, 0, london), End: time.Date(2025, 10, 25, 20, 0, 0, 0, london)},
			Contest{Zone: "Europe/London", Start: time.Date(2025, 10, 1, 9, 0, 0, 0, london), End: time.Date(2025, 10, 26, 20, 0, 0, 0, london)},
			london, model.NewDate(2025, 10, 27), model.At(12, 0)},
		{"a negative move keeps the minutes", post(model.NewDate(2027, 6, 1), model.At(10, 0)), Announcement, base, moved(-90*time.Minute, 0), athens,
			model.NewDate(2027, 6, 1), model.At(8, 30)},
		{"a negative move across midnight", post(model.NewDate(2027, 6, 1), model.At(0, 30)), Announcement, base, moved(-time.Hour, 0), athens,
			model.NewDate(2027, 5, 31), model.At(23, 30)},
		{"a negative move across the month and the clock change", post(model.NewDate(2027, 4, 1), model.At(12, 0)), Winners,
			Contest{Zone: "Europe/London", Start: time.Date(2027, 3, 1, 9, 0, 0, 0, london), End: time.Date(2027, 3, 31, 23, 59, 0, 0, london)},
			Contest{Zone: "Europe/London", Start: time.Date(2027, 3, 1, 9, 0, 0, 0, london), End: time.Date(2027, 3, 21, 23, 59, 0, 0, london)},
			london, model.NewDate(2027, 3, 22), model.At(12, 0)},
		{"all-day post moves by calendar days", post(model.NewDate(2027, 6, 9), model.NoClock), Winners, base, moved(0, 2*24*time.Hour), athens,
			model.NewDate(2027, 6, 11), model.NoClock},
		{"all-day post: an hour later is the next day", post(model.NewDate(2027, 6, 9), model.NoClock), Winners, base, moved(0, time.Hour), athens,
			model.NewDate(2027, 6, 10), model.NoClock},
		{"all-day post: the day is read in the post's zone", post(model.NewDate(2027, 6, 9), model.NoClock), Winners, base, moved(0, time.Hour), ny,
			model.NewDate(2027, 6, 9), model.NoClock},
		{"undated post stays", post(model.Date{}, model.NoClock), Announcement, base, moved(week, week), athens, model.Date{}, model.NoClock},
		{"nil zone is UTC", post(model.NewDate(2027, 6, 1), model.At(7, 0)), Announcement, base, moved(time.Hour, 0), nil,
			model.NewDate(2027, 6, 1), model.At(8, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ShiftPost(tc.p, tc.kind, tc.old, tc.new, tc.zone)
			if got.Date != tc.date || got.Time != tc.clock {
				t.Errorf("moved to %v %v, want %v %v", got.Date, got.Time, tc.date, tc.clock)
			}
			want := tc.p
			want.Date, want.Time = got.Date, got.Time
			if !reflect.DeepEqual(got, want) {
				t.Errorf("ShiftPost changed more than the date and time: %+v", got)
			}
		})
	}

	published := post(model.NewDate(2027, 6, 1), model.At(10, 0))
	published.Status = model.Published
	if got := ShiftPost(published, Announcement, base, moved(week, week), athens); got.Date != published.Date || got.Time != published.Time {
		t.Errorf("a published post moved to %v %v", got.Date, got.Time)
	}

	// A week later across the UK's spring change is 167 hours, and the
	// post keeps its wall-clock time.
	lc := Contest{Zone: "Europe/London", Start: time.Date(2027, 3, 21, 10, 0, 0, 0, london), End: time.Date(2027, 4, 1, 10, 0, 0, 0, london)}
	later := lc
	later.Start = time.Date(2027, 3, 28, 10, 0, 0, 0, london)
	got := ShiftPost(post(model.NewDate(2027, 3, 21), model.At(10, 0)), Announcement, lc, later, london)
	if got.Date != model.NewDate(2027, 3, 28) || got.Time != model.At(10, 0) {
		t.Errorf("across the clock change: %v %v, want 2027-03-28 10:00", got.Date, got.Time)
	}
}
