package model

import (
	"testing"
	"time"
)

func TestDueBetweenReadsEachPostInItsClientsZone(t *testing.T) {
	clients := map[int64]Client{
		1: {ID: 1, Name: "Athens", TimeZone: "Europe/Athens"},
		2: {ID: 2, Name: "London", TimeZone: "Europe/London"},
	}
	day := NewDate(2027, 1, 5)
	posts := []Post{
		{ID: 1, ClientID: 1, Date: day, Time: At(10, 0), Status: Scheduled}, // 08:00 UTC
		{ID: 2, ClientID: 2, Date: day, Time: At(10, 0), Status: Scheduled}, // 10:00 UTC
		{ID: 3, ClientID: 2, Date: day, Time: At(9, 0), Status: Draft},      // not scheduled
		{ID: 4, ClientID: 2, Date: day, Time: NoClock, Status: Scheduled},   // no moment
		{ID: 5, ClientID: 9, Date: day, Time: At(9, 0), Status: Scheduled},  // unknown client
		{ID: 6, ClientID: 1, Date: day, Time: At(11, 30), Status: Scheduled},
	}
	utc := func(h, m int) time.Time { return time.Date(2027, 1, 5, h, m, 0, 0, time.UTC) }
	tests := []struct {
		from, to time.Time
		want     []int64
	}{
		{utc(7, 59), utc(8, 0), []int64{1}},
		{utc(8, 0), utc(9, 59), []int64{6}}, // from is exclusive: post 1 was announced already
		{utc(7, 0), utc(10, 0), []int64{1, 6, 2}},
		{utc(10, 0), utc(23, 0), nil},
	}
	for _, tc := range tests {
		got := DueBetween(posts, clients, tc.from, tc.to)
		var ids []int64
		for _, d := range got {
			ids = append(ids, d.Post.ID)
		}
		if len(ids) != len(tc.want) {
			t.Errorf("%v–%v: %v, want %v", tc.from, tc.to, ids, tc.want)
			continue
		}
		for i := range ids {
			if ids[i] != tc.want[i] {
				t.Errorf("%v–%v: %v, want %v", tc.from, tc.to, ids, tc.want)
			}
		}
	}
}

func TestDueOnListsTheDaysScheduledPostsInOrder(t *testing.T) {
	clients := map[int64]Client{1: {ID: 1, TimeZone: "Europe/Athens"}}
	day := NewDate(2027, 1, 5)
	posts := []Post{
		{ID: 1, ClientID: 1, Date: day, Time: At(18, 0), Status: Scheduled},
		{ID: 2, ClientID: 1, Date: day, Time: NoClock, Status: Scheduled},
		{ID: 3, ClientID: 1, Date: day, Time: At(9, 0), Status: Scheduled},
		{ID: 4, ClientID: 1, Date: day.AddDays(1), Time: At(9, 0), Status: Scheduled},
		{ID: 5, ClientID: 1, Date: day, Time: At(8, 0), Status: Published},
	}
	got := DueOn(posts, clients, day)
	if len(got) != 3 || got[0].Post.ID != 2 || got[1].Post.ID != 3 || got[2].Post.ID != 1 {
		t.Errorf("DueOn = %+v", got)
	}
}
