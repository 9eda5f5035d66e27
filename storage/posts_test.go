package storage

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model"
)

func TestPostRoundTripsEveryField(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@olive")
	fb := mustChannel(t, s, c.ID, model.Facebook, "Olive & Sea Travel")
	p := model.Post{
		ClientID: c.ID, ChannelIDs: []int64{ig.ID, fb.ID},
		Date: model.NewDate(2027, 10, 8), Time: model.At(9, 45),
		Status: model.Scheduled, Type: model.Photo, Pillar: "Destinations",
		Text: "Καλημέρα from Milos 🐙", Hashtags: []string{"#WorldOctopusDay", "#Μήλος"},
		Link: "https://example.com/milos", Media: []string{"media/milos 1.jpg", "media/milos-2.jpg"},
		Notes: "Ask Eleni for the photo credit",
	}
	if err := s.CreatePost(&p); err != nil {
		t.Fatal(err)
	}
	if p.ID == 0 || p.Created.IsZero() || time.Since(p.Created) > time.Minute {
		t.Fatalf("id/created not set: %+v", p)
	}
	got, err := s.Post(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("stored\n%+v\nwant\n%+v", got, p)
	}
}

func TestUpdatePost(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@olive")
	p := model.Post{ClientID: c.ID, Status: model.Idea, Type: model.Question, Text: "Island or mountain?"}
	if err := s.CreatePost(&p); err != nil {
		t.Fatal(err)
	}
	p.Date, p.Time, p.Status, p.ChannelIDs = model.NewDate(2027, 1, 4), model.At(18, 0), model.Scheduled, []int64{ig.ID}
	if err := s.UpdatePost(&p); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Post(p.ID)
	if got.Date != p.Date || got.Time != p.Time || got.Status != model.Scheduled || !reflect.DeepEqual(got.ChannelIDs, []int64{ig.ID}) {
		t.Errorf("after update %+v", got)
	}
	p.ID = 12345
	if err := s.UpdatePost(&p); !errors.Is(err, ErrNotFound) {
		t.Errorf("update of missing post: %v", err)
	}
}

func TestInvalidPostChangesNothing(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Cafe")
	other := mustClient(t, s, "Other")
	x := mustChannel(t, s, c.ID, model.X, "@kettle")
	foreign := mustChannel(t, s, other.ID, model.X, "@other")
	long := make([]byte, 300)
	for i := range long {
		long[i] = 'a'
	}
	day := model.NewDate(2027, 3, 1)
	for name, p := range map[string]model.Post{
		"scheduled without date":   {ClientID: c.ID, ChannelIDs: []int64{x.ID}, Status: model.Scheduled, Type: model.Text, Text: "hi"},
		"scheduled without text":   {ClientID: c.ID, ChannelIDs: []int64{x.ID}, Status: model.Scheduled, Type: model.Text, Date: day},
		"over the X limit":         {ClientID: c.ID, ChannelIDs: []int64{x.ID}, Status: model.Scheduled, Type: model.Text, Date: day, Text: string(long)},
		"another client's channel": {ClientID: c.ID, ChannelIDs: []int64{foreign.ID}, Status: model.Draft, Type: model.Text},
		"unknown client":           {ClientID: 999, Status: model.Idea, Type: model.Text},
		"unknown type":             {ClientID: c.ID, Status: model.Idea, Type: "hologram"},
	} {
		if err := s.CreatePost(&p); err == nil {
			t.Errorf("%s: stored", name)
		}
	}
	if n, _ := s.PostCount(c.ID); n != 0 {
		t.Errorf("%d posts stored", n)
	}
}

func TestPostsBetweenAndUndated(t *testing.T) {
	s := mustOpen(t)
	a := mustClient(t, s, "A")
	b := mustClient(t, s, "B")
	mk := func(client int64, day model.Date, clock model.Clock, text string) int64 {
		p := model.Post{ClientID: client, Date: day, Time: clock, Status: model.Draft, Type: model.Text, Text: text}
		if day.IsZero() {
			p.Status = model.Idea
		}
		if err := s.CreatePost(&p); err != nil {
			t.Fatal(err)
		}
		return p.ID
	}
	d := model.NewDate
	late := mk(a.ID, d(2027, 3, 1), model.At(18, 0), "late")
	allDay := mk(a.ID, d(2027, 3, 1), model.NoClock, "all day")
	early := mk(a.ID, d(2027, 3, 1), model.At(8, 0), "early")
	last := mk(a.ID, d(2027, 3, 31), model.At(23, 59), "last")
	mk(a.ID, d(2027, 4, 1), model.At(0, 0), "next month")
	mk(a.ID, d(2027, 2, 28), model.At(23, 59), "previous month")
	bPost := mk(b.ID, d(2027, 3, 15), model.At(12, 0), "other client")
	idea := mk(a.ID, model.Date{}, model.NoClock, "idea")

	ids := func(list []model.Post) []int64 {
		var out []int64
		for _, p := range list {
			out = append(out, p.ID)
		}
		return out
	}
	march, err := s.PostsBetween(a.ID, d(2027, 3, 1), d(2027, 3, 31))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(march), []int64{allDay, early, late, last}; !reflect.DeepEqual(got, want) {
		t.Errorf("client A in March = %v, want %v", got, want)
	}
	all, _ := s.PostsBetween(0, d(2027, 3, 1), d(2027, 3, 31))
	if got, want := ids(all), []int64{allDay, early, late, bPost, last}; !reflect.DeepEqual(got, want) {
		t.Errorf("all clients in March = %v, want %v", got, want)
	}
	undated, _ := s.Undated(a.ID)
	if got := ids(undated); !reflect.DeepEqual(got, []int64{idea}) {
		t.Errorf("undated = %v", got)
	}
}

func TestDeletePost(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "A")
	p := model.Post{ClientID: c.ID, Status: model.Idea, Type: model.Text, Text: "x"}
	s.CreatePost(&p)
	if err := s.DeletePost(p.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePost(p.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
}

// posts_by_day copies every column, body included; a post at Facebook's
// full 63,206 characters must still store and come back whole.
func TestLongestPostReadsBackInItsMonth(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	fb := mustChannel(t, s, c.ID, model.Facebook, "Olive")
	text := strings.Repeat("Καλημέρα ", 63206/9) + "🐙"
	day := model.NewDate(2027, 3, 9)
	p := mustPost(t, s, model.Post{ClientID: c.ID, ChannelIDs: []int64{fb.ID}, Date: day, Time: model.At(9, 0),
		Status: model.Scheduled, Type: model.Text, Text: text})
	list, err := s.PostsBetween(c.ID, day, day)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != p.ID || list[0].Text != text {
		t.Fatalf("read back %d posts; text intact: %v", len(list), len(list) == 1 && list[0].Text == text)
	}
	if _, _, err := s.MovePost(p.ID, day.AddDays(1), p.Time); err != nil {
		t.Fatal(err)
	}
	if list, _ = s.PostsBetween(0, day.AddDays(1), day.AddDays(1)); len(list) != 1 || list[0].Text != text {
		t.Errorf("after the move: %d posts", len(list))
	}
}
