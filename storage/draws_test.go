package storage

import (
	"fmt"
	"testing"
	"time"

	"kairos/model/draw"
)

func entrants(n int) []draw.Entrant {
	list := make([]draw.Entrant, n)
	for i := range list {
		list[i] = draw.Entrant{Name: fmt.Sprintf("Person %d", i), Handle: fmt.Sprintf("@fan%02d", i),
			EntryTime: time.Date(2027, 6, 2, 10, i, 0, 0, time.UTC)}
	}
	return list
}

func TestADrawIsRecordedWithItsExactEntrantList(t *testing.T) {
	s := mustOpen(t)
	c, _ := mustContest(t, s)
	pool := draw.Prepare(append(entrants(30), draw.Entrant{Handle: "@FAN03"}), []string{"@fan07"})
	res, err := draw.Run(pool, "seed-1", 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	rec := draw.Record{Contest: c.Name, Sponsor: c.SponsorName, DrawnAt: time.Date(2027, 6, 9, 12, 0, 0, 0, time.UTC),
		Result: res, Duplicates: len(pool.Duplicates), Excluded: len(pool.Excluded), ExcludedHandles: []string{"@fan07"}, Source: "fans.csv",
		Late: 3, Cutoff: time.Date(2027, 6, 8, 21, 0, 0, 0, time.UTC), Zone: "Europe/Athens"}
	id, err := s.SaveDraw(c.ID, &rec, pool)
	if err != nil {
		t.Fatal(err)
	}
	// A later rename does not change what the recorded draw says.
	renamed := c
	renamed.Name = "Renamed giveaway"
	if _, err := s.UpdateContest(&renamed); err != nil {
		t.Fatal(err)
	}
	list, err := s.Draws(c.ID)
	if err != nil || len(list) != 1 {
		t.Fatalf("draws %v %v", list, err)
	}
	got := list[0].Record
	if got.Contest != c.Name || got.Late != 3 || !got.Cutoff.Equal(rec.Cutoff) || got.Zone != "Europe/Athens" {
		t.Errorf("recorded contest %q, late %d, cutoff %v, zone %q", got.Contest, got.Late, got.Cutoff, got.Zone)
	}
	if got.Result.Seed != "seed-1" || got.Result.Hash != pool.Hash || got.Result.Count != 29 || got.Duplicates != 1 ||
		got.Excluded != 1 || got.Result.Winners[0].Handle != res.Winners[0].Handle || len(got.Result.Alternates) != 2 ||
		!got.DrawnAt.Equal(rec.DrawnAt) || got.Source != "fans.csv" {
		t.Errorf("stored record %+v", got)
	}
	// The stored list re-runs to the same winners: what the certificate promises.
	stored, err := s.DrawEntrants(id)
	if err != nil {
		t.Fatal(err)
	}
	again, err := draw.Run(draw.Prepare(stored, nil), "seed-1", 1, 2)
	if err != nil || again.Hash != res.Hash || again.Winners[0].Handle != res.Winners[0].Handle {
		t.Errorf("re-run from the stored list: %+v %v", again, err)
	}
	if _, err := s.db.Exec(`UPDATE draws SET seed = 'other' WHERE id = ?`, id); err == nil {
		t.Error("a recorded draw could be edited")
	}
	if _, err := s.db.Exec(`UPDATE draw_entrants SET handle = 'other' WHERE draw_id = ?`, id); err == nil {
		t.Error("a recorded entrant list could be edited")
	}
}

func TestADrawThatDoesNotFollowFromItsListIsRefused(t *testing.T) {
	s := mustOpen(t)
	c, _ := mustContest(t, s)
	pool := draw.Prepare(entrants(10), nil)
	res, _ := draw.Run(pool, "seed-1", 1, 0)
	forged := res
	forged.Winners = []draw.Entrant{pool.Entrants[0]}
	if forged.Winners[0].Handle == res.Winners[0].Handle {
		forged.Winners = []draw.Entrant{pool.Entrants[1]}
	}
	if _, err := s.SaveDraw(c.ID, &draw.Record{Result: forged}, pool); err == nil {
		t.Error("winners that the seed does not give were recorded")
	}
	other := draw.Prepare(entrants(11), nil)
	if _, err := s.SaveDraw(c.ID, &draw.Record{Result: res}, other); err == nil {
		t.Error("a draw was recorded against another entrant list")
	}
	if list, _ := s.Draws(c.ID); len(list) != 0 {
		t.Errorf("%d draws stored", len(list))
	}
}
