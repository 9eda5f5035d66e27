package storage

import (
	"errors"
	"reflect"
	"testing"

	"kairos/model"
)

// mustPost stores p and returns it as stored.
func mustPost(tb testing.TB, s *Store, p model.Post) model.Post {
	tb.Helper()
	if err := s.CreatePost(&p); err != nil {
		tb.Fatalf("create post: %v", err)
	}
	return p
}

func TestMovePost(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@olive")
	day, next := model.NewDate(2027, 1, 12), model.NewDate(2027, 1, 20)
	p := mustPost(t, s, model.Post{ClientID: c.ID, ChannelIDs: []int64{ig.ID}, Date: day, Time: model.At(9, 30),
		Status: model.Scheduled, Type: model.Photo, Text: "Milos", Hashtags: []string{"#milos"}})

	before, after, err := s.MovePost(p.ID, next, p.Time)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, p) {
		t.Errorf("before =\n%+v\nwant\n%+v", before, p)
	}
	stored, _ := s.Post(p.ID)
	if !reflect.DeepEqual(stored, after) {
		t.Errorf("stored\n%+v\nreturned\n%+v", stored, after)
	}
	if stored.Date != next || stored.Time != model.At(9, 30) || stored.Status != model.Scheduled ||
		stored.Text != "Milos" || !reflect.DeepEqual(stored.ChannelIDs, []int64{ig.ID}) {
		t.Errorf("after the move %+v", stored)
	}

	// The week view passes a new time; moving back with before's values undoes.
	if _, after, err = s.MovePost(p.ID, day, model.At(14, 0)); err != nil || after.Time != model.At(14, 0) {
		t.Fatalf("move to 14:00: %+v, %v", after, err)
	}
	if _, _, err := s.MovePost(p.ID, before.Date, before.Time); err != nil {
		t.Fatal(err)
	}
	if undone, _ := s.Post(p.ID); undone.Date != day || undone.Time != model.At(9, 30) {
		t.Errorf("after undo %s %s", undone.Date, undone.Time)
	}
}

func TestMovePostIdeaBecomesDraft(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	idea := mustPost(t, s, model.Post{ClientID: c.ID, Status: model.Idea, Type: model.Question, Text: "Island or mountain?"})
	day := model.NewDate(2027, 2, 1)
	before, after, err := s.MovePost(idea.ID, day, model.NoClock)
	if err != nil {
		t.Fatal(err)
	}
	if before.Status != model.Idea || !before.Date.IsZero() {
		t.Errorf("before = %+v", before)
	}
	stored, _ := s.Post(idea.ID)
	if stored.Status != model.Draft || stored.Date != day || after.Status != model.Draft {
		t.Errorf("stored %s on %s, returned %s", stored.Status, stored.Date, after.Status)
	}
	if undated, _ := s.Undated(c.ID); len(undated) != 0 {
		t.Errorf("still in the ideas bank: %+v", undated)
	}
}

func TestMovePostRefusals(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@olive")
	day := model.NewDate(2027, 1, 12)
	pub := mustPost(t, s, model.Post{ClientID: c.ID, ChannelIDs: []int64{ig.ID}, Date: day, Time: model.At(9, 0),
		Status: model.Published, Type: model.Photo, Text: "Out already"})
	pub, _ = s.Post(pub.ID) // as the database gives it back
	if _, _, err := s.MovePost(pub.ID, day.AddDays(1), pub.Time); !errors.Is(err, model.ErrPublishedFixed) {
		t.Errorf("moving a published post: %v", err)
	}
	if _, _, err := s.MovePost(pub.ID, model.Date{}, model.NoClock); err == nil {
		t.Error("moving to no day succeeded")
	}
	if got, _ := s.Post(pub.ID); !reflect.DeepEqual(got, pub) {
		t.Errorf("published post changed:\n%+v\nwas\n%+v", got, pub)
	}
	if _, _, err := s.MovePost(12345, day, model.NoClock); !errors.Is(err, ErrNotFound) {
		t.Errorf("moving a missing post: %v, want ErrNotFound", err)
	}
}

func TestDuplicatePost(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@olive")
	fb := mustChannel(t, s, c.ID, model.Facebook, "Olive")
	day, to := model.NewDate(2027, 1, 12), model.NewDate(2027, 3, 2)
	orig := mustPost(t, s, model.Post{ClientID: c.ID, ChannelIDs: []int64{ig.ID, fb.ID}, Date: day, Time: model.At(18, 0),
		Status: model.Published, Type: model.Photo, Pillar: "Destinations", Text: "Milos at dusk",
		Hashtags: []string{"#milos"}, Media: []string{"milos.jpg"}, Notes: "best of 2026"})

	dup, err := s.DuplicatePost(orig.ID, to)
	if err != nil {
		t.Fatal(err)
	}
	if dup.ID == 0 || dup.ID == orig.ID || dup.Created.IsZero() {
		t.Fatalf("copy not stored: %+v", dup)
	}
	stored, _ := s.Post(dup.ID)
	if !reflect.DeepEqual(stored, dup) {
		t.Errorf("stored\n%+v\nreturned\n%+v", stored, dup)
	}
	want := orig
	want.ID, want.Date, want.Status, want.Created, want.Updated = dup.ID, to, model.Draft, dup.Created, dup.Updated
	if !reflect.DeepEqual(stored, want) {
		t.Errorf("copy\n%+v\nwant\n%+v", stored, want)
	}
	if again, _ := s.Post(orig.ID); !reflect.DeepEqual(again, orig) {
		t.Errorf("original changed: %+v", again)
	}
	if _, err := s.DuplicatePost(12345, to); !errors.Is(err, ErrNotFound) {
		t.Errorf("duplicating a missing post: %v", err)
	}
	if n, _ := s.PostCount(c.ID); n != 2 {
		t.Errorf("%d posts, want 2", n)
	}
}

func TestPostsAround(t *testing.T) {
	s := mustOpen(t)
	a := mustClient(t, s, "A")
	b := mustClient(t, s, "B")
	day := model.NewDate(2027, 3, 1) // the day before is 28 February
	mk := func(client int64, d model.Date, at model.Clock) int64 {
		return mustPost(t, s, model.Post{ClientID: client, Date: d, Time: at, Status: model.Draft, Type: model.Text}).ID
	}
	before := mk(a.ID, day.AddDays(-1), model.At(23, 30))
	on := mk(a.ID, day, model.At(0, 30))
	after := mk(a.ID, day.AddDays(1), model.At(0, 0))
	mk(a.ID, day.AddDays(-2), model.At(23, 59))
	mk(a.ID, day.AddDays(2), model.At(0, 0))
	mk(b.ID, day, model.At(12, 0))
	mustPost(t, s, model.Post{ClientID: a.ID, Status: model.Idea, Type: model.Text})
	list, err := s.PostsAround(a.ID, day)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, p := range list {
		ids = append(ids, p.ID)
	}
	if want := []int64{before, on, after}; !reflect.DeepEqual(ids, want) {
		t.Errorf("PostsAround = %v, want %v", ids, want)
	}
}
