package storage

import (
	"sync"
	"testing"

	"kairos/model"
)

// The store opens SQLite without its per-connection lock (_mutex=no),
// relying on database/sql to give each connection to one goroutine at a
// time. Readers and a writer working at once must still see whole posts.
func TestConcurrentReadsAndMoves(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@olive")
	day := model.NewDate(2027, 3, 1)
	var ids []int64
	for i := range 40 {
		p := mustPost(t, s, model.Post{ClientID: c.ID, ChannelIDs: []int64{ig.ID}, Date: day.AddDays(i % 28),
			Time: model.At(9, 0), Status: model.Draft, Type: model.Photo, Text: "Milos"})
		ids = append(ids, p.ID)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 30 {
				list, err := s.PostsBetween(c.ID, day, day.AddDays(30))
				if err != nil {
					errs <- err
					return
				}
				for _, p := range list {
					if len(p.ChannelIDs) != 1 || p.Text != "Milos" {
						t.Errorf("half-read post %+v", p)
						return
					}
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 60 {
			if _, _, err := s.MovePost(ids[i%len(ids)], day.AddDays(i%30), model.At(10, 0)); err != nil {
				errs <- err
				return
			}
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _ := s.PostCount(c.ID); n != 40 {
		t.Errorf("%d posts after the moves, want 40", n)
	}
}
