package model

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestMovedTo(t *testing.T) {
	day := NewDate(2027, 1, 12)
	next := NewDate(2027, 1, 15)
	tests := []struct {
		name       string
		p          Post
		at         Clock
		wantStatus Status
		wantTime   Clock
	}{
		{"draft keeps its time", Post{Date: day, Time: At(10, 0), Status: Draft}, At(10, 0), Draft, At(10, 0)},
		{"scheduled to a snapped time", Post{Date: day, Time: At(10, 0), Status: Scheduled}, At(14, 30), Scheduled, At(14, 30)},
		{"all day stays all day", Post{Date: day, Time: NoClock, Status: Draft}, NoClock, Draft, NoClock},
		{"timed to all day", Post{Date: day, Time: At(9, 0), Status: Draft}, NoClock, Draft, NoClock},
		{"undated idea becomes a draft", Post{Status: Idea, Time: NoClock}, NoClock, Draft, NoClock},
		{"undated idea dropped on an hour", Post{Status: Idea, Time: NoClock}, At(8, 0), Draft, At(8, 0)},
		{"dated idea stays an idea", Post{Date: day, Status: Idea, Time: NoClock}, NoClock, Idea, NoClock},
		{"undated draft stays a draft", Post{Status: Draft, Time: NoClock}, At(12, 0), Draft, At(12, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.p.MovedTo(next, tt.at)
			if err != nil {
				t.Fatal(err)
			}
			if got.Date != next || got.Time != tt.wantTime || got.Status != tt.wantStatus {
				t.Errorf("moved = %s %s %s, want %s %s %s", got.Date, got.Time, got.Status, next, tt.wantTime, tt.wantStatus)
			}
		})
	}
}

func TestMovedToRefuses(t *testing.T) {
	day := NewDate(2027, 1, 12)
	published := Post{ID: 7, Date: day, Time: At(10, 0), Status: Published}
	got, err := published.MovedTo(day.AddDays(1), published.Time)
	if !errors.Is(err, ErrPublishedFixed) {
		t.Errorf("moving a published post: %v, want ErrPublishedFixed", err)
	}
	if got.Date != day {
		t.Errorf("published post returned with date %s", got.Date)
	}
	draft := Post{Date: day, Time: At(10, 0), Status: Draft}
	if _, err := draft.MovedTo(Date{}, At(10, 0)); err == nil {
		t.Error("moving to no day succeeded")
	}
	if _, err := draft.MovedTo(day, Clock(24*60)); err == nil {
		t.Error("moving to 24:00 succeeded")
	}
}

func TestMovedToDoesNotShareSlices(t *testing.T) {
	p := Post{Status: Draft, ChannelIDs: []int64{1}, Hashtags: []string{"#a"}, Media: []string{"a.jpg"}}
	q, err := p.MovedTo(NewDate(2027, 1, 1), NoClock)
	if err != nil {
		t.Fatal(err)
	}
	q.ChannelIDs[0], q.Hashtags[0], q.Media[0] = 2, "#b", "b.jpg"
	if p.ChannelIDs[0] != 1 || p.Hashtags[0] != "#a" || p.Media[0] != "a.jpg" {
		t.Errorf("original changed: %+v", p)
	}
}

func TestDuplicatedTo(t *testing.T) {
	stamp := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	day := NewDate(2027, 1, 12)
	to := NewDate(2027, 2, 3)
	base := Post{ID: 9, ClientID: 3, ChannelIDs: []int64{4, 5}, Date: day, Time: At(18, 15), Type: Photo,
		Pillar: "Menu", Text: "Soup", Hashtags: []string{"#soup"}, Link: "https://example.com", Media: []string{"soup.jpg"},
		Notes: "hot", Created: stamp, Updated: stamp}
	tests := []struct {
		status, want Status
	}{
		{Idea, Idea}, {Draft, Draft}, {Scheduled, Scheduled}, {Published, Draft},
	}
	for _, tt := range tests {
		p := base
		p.Status = tt.status
		got := p.DuplicatedTo(to)
		want := p
		want.ID, want.Date, want.Status, want.Created, want.Updated = 0, to, tt.want, time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: duplicate\n%+v\nwant\n%+v", tt.status, got, want)
		}
		got.ChannelIDs[0], got.Hashtags[0], got.Media[0] = 99, "#x", "x.jpg"
		if p.ChannelIDs[0] != 4 || p.Hashtags[0] != "#soup" || p.Media[0] != "soup.jpg" {
			t.Errorf("%s: editing the copy changed the original", tt.status)
		}
	}
	if undated := base.DuplicatedTo(Date{}); undated.Time != NoClock || !undated.Date.IsZero() {
		t.Errorf("undated copy keeps time %s", undated.Time)
	}
}
