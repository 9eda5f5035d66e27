package model

import (
	"reflect"
	"strings"
	"testing"
)

// Instagram's default guard is 2 a day, 6 hours apart; X's is 8 a day, 1 hour.
var (
	freqIG     = Channel{ID: 1, ClientID: 1, Platform: Instagram, Handle: "@olive"}
	freqX      = Channel{ID: 2, ClientID: 1, Platform: X, Handle: "@olive"}
	freqStrict = Channel{ID: 3, ClientID: 1, Platform: Facebook, Handle: "Olive", MaxPerDay: 1, MinGapHours: 4}
	freqAll    = []Channel{freqIG, freqX, freqStrict}
)

func freqPost(id int64, day Date, at Clock, status Status, channels ...int64) Post {
	return Post{ID: id, ClientID: 1, Date: day, Time: at, Status: status, Type: Photo, ChannelIDs: channels}
}

func TestCheckFrequency(t *testing.T) {
	tue := NewDate(2027, 1, 12)
	mon, wed := tue.AddDays(-1), tue.AddDays(1)
	tests := []struct {
		name   string
		p      Post
		others []Post
		want   []string // one substring per warning, in order
	}{
		{"nothing else that day", freqPost(0, tue, At(10, 0), Draft, 1), nil, nil},
		{"two a day is allowed",
			freqPost(0, tue, At(18, 0), Draft, 1),
			[]Post{freqPost(5, tue, At(9, 0), Scheduled, 1)}, nil},
		{"a third post is too many",
			freqPost(0, tue, At(20, 0), Draft, 1),
			[]Post{freqPost(5, tue, At(8, 0), Scheduled, 1), freqPost(6, tue, NoClock, Published, 1)},
			[]string{"Instagram @olive would have 3 posts on 2027-01-12; more than 2 a day tends to tire Instagram followers."}},
		{"the user's own limit",
			freqPost(0, tue, NoClock, Draft, 3),
			[]Post{freqPost(5, tue, NoClock, Draft, 3)},
			[]string{"Facebook Olive would have 2 posts on 2027-01-12; the limit you set is 1 a day."}},
		{"too close on the same day",
			freqPost(0, tue, At(13, 0), Draft, 1),
			[]Post{freqPost(5, tue, At(10, 0), Scheduled, 1)},
			[]string{"Instagram @olive already has a post at 10:00 that day; keep at least 6 hours between posts."}},
		{"exactly the gap apart is fine",
			freqPost(0, tue, At(16, 0), Draft, 1),
			[]Post{freqPost(5, tue, At(10, 0), Scheduled, 1)}, nil},
		{"across midnight, the day before",
			freqPost(0, tue, At(0, 30), Draft, 2),
			[]Post{freqPost(5, mon, At(23, 30), Scheduled, 2)},
			nil}, // X asks for 1 hour: exactly one hour apart
		{"across midnight, too close",
			freqPost(0, tue, At(0, 20), Draft, 2),
			[]Post{freqPost(5, mon, At(23, 30), Scheduled, 2)},
			[]string{"X @olive already has a post at 23:30 the day before; keep at least 1 hour between posts."}},
		{"across midnight, the next day",
			freqPost(0, tue, At(23, 0), Draft, 3),
			[]Post{freqPost(5, wed, At(1, 0), Scheduled, 3)},
			[]string{"Facebook Olive already has a post at 01:00 the next day; keep at least 4 hours between posts."}},
		{"the nearest clash is named",
			freqPost(0, tue, At(12, 0), Draft, 1),
			[]Post{freqPost(5, tue, At(8, 0), Draft, 1), freqPost(6, tue, At(14, 0), Draft, 1)},
			[]string{"would have 3 posts", "already has a post at 14:00 that day"}},
		{"ideas never count",
			freqPost(0, tue, At(10, 0), Draft, 1),
			[]Post{freqPost(5, tue, At(10, 0), Idea, 1), freqPost(6, tue, At(11, 0), Idea, 1), freqPost(7, tue, At(12, 0), Idea, 1)}, nil},
		{"an idea itself is never warned about",
			freqPost(0, tue, At(10, 0), Idea, 1),
			[]Post{freqPost(5, tue, At(10, 0), Draft, 1), freqPost(6, tue, At(11, 0), Draft, 1)}, nil},
		{"undated others are ignored",
			freqPost(0, tue, At(10, 0), Draft, 3),
			[]Post{freqPost(5, Date{}, NoClock, Draft, 3)}, nil},
		{"other channels do not count",
			freqPost(0, tue, At(10, 0), Draft, 1),
			[]Post{freqPost(5, tue, At(10, 0), Draft, 2), freqPost(6, tue, At(10, 0), Draft, 2)}, nil},
		{"the post's own stored copy is skipped",
			freqPost(5, tue, At(10, 0), Draft, 3),
			[]Post{freqPost(5, tue, At(9, 0), Draft, 3)}, nil},
		{"unsaved posts are not mistaken for ID 0",
			freqPost(0, tue, NoClock, Draft, 3),
			[]Post{freqPost(0, tue, NoClock, Draft, 3)},
			[]string{"would have 2 posts"}},
		{"untimed posts have no gap",
			freqPost(0, tue, NoClock, Draft, 1),
			[]Post{freqPost(5, tue, At(10, 0), Draft, 1)}, nil},
		{"unknown channels are skipped",
			freqPost(0, tue, At(10, 0), Draft, 42),
			[]Post{freqPost(5, tue, At(10, 0), Draft, 42), freqPost(6, tue, At(10, 0), Draft, 42)}, nil},
		{"warnings follow the channel order",
			freqPost(0, tue, At(10, 0), Draft, 3, 1),
			[]Post{freqPost(5, tue, At(11, 0), Draft, 1, 3), freqPost(6, tue, At(12, 0), Draft, 1)},
			[]string{"Instagram @olive would have 3", "Instagram @olive already has a post at 11:00",
				"Facebook Olive would have 2", "Facebook Olive already has a post at 11:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckFrequency(tt.p, tt.others, freqAll)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d warnings %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range got {
				if !strings.Contains(w.Message.String(), tt.want[i]) {
					t.Errorf("warning %d = %q, want it to contain %q", i, w.Message, tt.want[i])
				}
				if w.Day != tt.p.Date {
					t.Errorf("warning %d is for %s, want %s", i, w.Day, tt.p.Date)
				}
			}
		})
	}
}

func TestCheckFrequencyNamesTheChannel(t *testing.T) {
	tue := NewDate(2027, 1, 12)
	got := CheckFrequency(freqPost(0, tue, At(10, 0), Draft, 2, 3),
		[]Post{freqPost(5, tue, At(10, 30), Draft, 2, 3)}, freqAll)
	var ids []int64
	for _, w := range got {
		ids = append(ids, w.ChannelID)
	}
	// X allows 8 a day but not 30 minutes apart; Facebook allows neither.
	if want := []int64{2, 3, 3}; !reflect.DeepEqual(ids, want) {
		t.Errorf("warning channels = %v, want %v (%+v)", ids, want, got)
	}
}

func TestCheckFrequencyGapBeyondADay(t *testing.T) {
	weekly := Channel{ID: 9, ClientID: 1, Platform: YouTube, Handle: "Olive", MinGapHours: 72}
	tue := NewDate(2027, 1, 12)
	got := CheckFrequency(freqPost(0, tue, At(10, 0), Draft, 9),
		[]Post{freqPost(5, tue.AddDays(-2), At(12, 0), Published, 9)}, []Channel{weekly})
	if len(got) != 1 || !strings.Contains(got[0].Message.String(), "at 12:00 on 2027-01-10") {
		t.Errorf("warnings = %+v", got)
	}
}

func TestOverbookedDays(t *testing.T) {
	tue := NewDate(2027, 1, 12)
	wed := tue.AddDays(1)
	thu := tue.AddDays(2)
	posts := []Post{
		// Tuesday: three on Instagram (limit 2).
		freqPost(1, tue, At(8, 0), Draft, 1), freqPost(2, tue, At(12, 0), Scheduled, 1, 2), freqPost(3, tue, NoClock, Published, 1),
		// Wednesday: two on Instagram, plus ideas that do not count.
		freqPost(4, wed, At(8, 0), Draft, 1), freqPost(5, wed, At(9, 0), Draft, 1), freqPost(6, wed, At(10, 0), Idea, 1),
		// Thursday: two on the strict Facebook page (limit 1), one listing it twice.
		freqPost(7, thu, NoClock, Draft, 3, 3), freqPost(8, thu, NoClock, Draft, 3),
		// Undated and unknown channels are ignored.
		freqPost(9, Date{}, NoClock, Draft, 1), freqPost(10, Date{}, NoClock, Draft, 1), freqPost(11, Date{}, NoClock, Draft, 1),
		freqPost(12, wed, NoClock, Draft, 42), freqPost(13, wed, NoClock, Draft, 42),
	}
	got := OverbookedDays(posts, freqAll)
	want := map[Date]bool{tue: true, thu: true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("OverbookedDays = %v, want %v", got, want)
	}
	if got := OverbookedDays(posts[:2], freqAll); got == nil || len(got) != 0 {
		t.Errorf("two posts: %v, want an empty map", got)
	}
}
