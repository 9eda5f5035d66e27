package storage

import (
	"database/sql"
	"path/filepath"
	"reflect"
	"testing"

	"kairos/model"
)

// posts.channel_ids is a copy of post_channels kept by triggers; these
// tests prove the copy follows every way the links change.
func TestChannelIDsFollowEveryChange(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@olive")
	fb := mustChannel(t, s, c.ID, model.Facebook, "Olive")
	x := mustChannel(t, s, c.ID, model.X, "@olive")
	day := model.NewDate(2027, 3, 2)
	// Listed out of order: they come back in ID order, as before.
	p := mustPost(t, s, model.Post{ClientID: c.ID, ChannelIDs: []int64{x.ID, ig.ID}, Date: day, Status: model.Draft, Type: model.Text})
	check := func(step string, want []int64) {
		t.Helper()
		got, err := s.Post(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		month, _ := s.PostsBetween(0, day, day)
		if !reflect.DeepEqual(got.ChannelIDs, want) || len(month) != 1 || !reflect.DeepEqual(month[0].ChannelIDs, want) {
			t.Errorf("%s: channels %v (in the month %+v), want %v", step, got.ChannelIDs, month, want)
		}
	}
	check("created", []int64{ig.ID, x.ID})
	p.ChannelIDs = []int64{fb.ID, ig.ID, x.ID}
	if err := s.UpdatePost(&p); err != nil {
		t.Fatal(err)
	}
	check("channel added", []int64{ig.ID, fb.ID, x.ID})
	if err := s.DeleteChannel(ig.ID); err != nil {
		t.Fatal(err)
	}
	check("channel deleted", []int64{fb.ID, x.ID})
	dup, err := s.DuplicatePost(p.ID, day.AddDays(1))
	if err != nil || !reflect.DeepEqual(dup.ChannelIDs, []int64{fb.ID, x.ID}) {
		t.Errorf("duplicate: %v, %v", dup.ChannelIDs, err)
	}
	p.ChannelIDs = nil
	if err := s.UpdatePost(&p); err != nil {
		t.Fatal(err)
	}
	check("all removed", nil)
}

func TestMigrationCopiesChannelsOfExistingPosts(t *testing.T) {
	dir := t.TempDir()
	// A database as Kairos 1 left it: schema 1 with a post on two channels.
	db, err := sql.Open("sqlite3", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	list, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
		list[0].sql,
		`INSERT INTO schema_migrations VALUES (1, 'initial', '2026-01-01T00:00:00Z')`,
		`INSERT INTO clients (id, name, country, time_zone, color, created_at) VALUES (1, 'Cafe', 'GR', 'Europe/Athens', '#2E86AB', '2026-01-01T00:00:00Z')`,
		`INSERT INTO channels (id, client_id, platform, handle) VALUES (4, 1, 'x', '@kettle'), (9, 1, 'instagram', '@kettle')`,
		`INSERT INTO posts (id, client_id, day, status, content_type, body, created_at, updated_at)
			VALUES (1, 1, '2027-03-02', 'draft', 'text', 'Scones', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
			       (2, 1, NULL, 'idea', 'text', 'Tea', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
		`INSERT INTO post_channels VALUES (1, 9), (1, 4)`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			db.Close()
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db.Close()

	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if p, err := s.Post(1); err != nil || !reflect.DeepEqual(p.ChannelIDs, []int64{4, 9}) {
		t.Errorf("post 1 channels after the upgrade: %v, %v", p.ChannelIDs, err)
	}
	if p, err := s.Post(2); err != nil || p.ChannelIDs != nil {
		t.Errorf("post 2 channels after the upgrade: %v, %v", p.ChannelIDs, err)
	}
	chs, _ := s.Channels(1)
	if len(chs) != 2 || chs[0].MaxPerDay != 0 || chs[0].MinGapHours != 0 || chs[0].Guard() != (model.Guard{MaxPerDay: 2, MinGapHours: 6}) {
		t.Errorf("channels after the upgrade: %+v", chs)
	}
	if th, err := s.Themes(1); err != nil || !reflect.DeepEqual(th, model.DefaultThemes()) {
		t.Errorf("themes after the upgrade: %+v, %v", th, err)
	}
}
