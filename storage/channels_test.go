package storage

import (
	"errors"
	"testing"

	"kairos/model"
)

func TestChannelCRUD(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Studio Pulse")
	tg := mustChannel(t, s, c.ID, model.Telegram, "@pulse_news")
	vk := mustChannel(t, s, c.ID, model.VK, "pulse.studio")
	list, err := s.Channels(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Platform-menu order: VK before Telegram.
	if len(list) != 2 || list[0].ID != vk.ID || list[1].ID != tg.ID {
		t.Fatalf("channels = %+v", list)
	}
	tg.TextLimit = 1024
	tg.Handle = " @pulse "
	if err := s.UpdateChannel(tg); err != nil {
		t.Fatal(err)
	}
	list, _ = s.Channels(c.ID)
	if got := list[1]; got.Handle != "@pulse" || got.Limit() != 1024 {
		t.Errorf("after update %+v", got)
	}
	if err := s.DeleteChannel(vk.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteChannel(vk.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
}

func TestBadChannelsChangeNothing(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Cafe")
	mustChannel(t, s, c.ID, model.X, "@kettle")
	for name, ch := range map[string]model.Channel{
		"duplicate":       {ClientID: c.ID, Platform: model.X, Handle: "@kettle"},
		"no handle":       {ClientID: c.ID, Platform: model.X, Handle: "  "},
		"unknown client":  {ClientID: 999, Platform: model.X, Handle: "@ghost"},
		"unknown network": {ClientID: c.ID, Platform: "myspace", Handle: "@k"},
		"limit too high":  {ClientID: c.ID, Platform: model.X, Handle: "@k2", TextLimit: 1000},
	} {
		if err := s.CreateChannel(&ch); err == nil {
			t.Errorf("%s: stored", name)
		}
	}
	if list, _ := s.Channels(c.ID); len(list) != 1 {
		t.Errorf("channels = %+v", list)
	}
}

func TestDeleteChannelKeepsPosts(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Cafe")
	x := mustChannel(t, s, c.ID, model.X, "@kettle")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@kettle")
	p := model.Post{ClientID: c.ID, ChannelIDs: []int64{x.ID, ig.ID}, Status: model.Draft, Type: model.Text, Text: "Scones!"}
	if err := s.CreatePost(&p); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.ChannelPostCount(x.ID); n != 1 {
		t.Errorf("posts on channel = %d", n)
	}
	s.DeleteChannel(x.ID)
	got, err := s.Post(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.ChannelIDs) != 1 || got.ChannelIDs[0] != ig.ID {
		t.Errorf("channels after delete = %v", got.ChannelIDs)
	}
}

func TestChannelGuardRoundTrip(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Cafe")
	ig := model.Channel{ClientID: c.ID, Platform: model.Instagram, Handle: "@kettle", MaxPerDay: 4, MinGapHours: 3}
	if err := s.CreateChannel(&ig); err != nil {
		t.Fatal(err)
	}
	plain := mustChannel(t, s, c.ID, model.X, "@kettle")
	list, _ := s.Channels(c.ID)
	if len(list) != 2 || list[0] != ig || list[1] != plain {
		t.Fatalf("channels = %+v", list)
	}
	if g := list[1].Guard(); g != (model.Guard{MaxPerDay: 8, MinGapHours: 1}) {
		t.Errorf("X without overrides: %+v, want the platform default", g)
	}
	ig.MaxPerDay, ig.MinGapHours = 0, 12
	if err := s.UpdateChannel(ig); err != nil {
		t.Fatal(err)
	}
	list, _ = s.Channels(c.ID)
	if g := list[0].Guard(); list[0] != ig || g != (model.Guard{MaxPerDay: 2, MinGapHours: 12}) {
		t.Errorf("after update %+v, guard %+v", list[0], g)
	}
	ig.MaxPerDay = 51
	var problems model.Problems
	if err := s.UpdateChannel(ig); !errors.As(err, &problems) || problems.For("max_per_day") == "" {
		t.Errorf("51 posts a day: %v", err)
	}
	if list, _ = s.Channels(c.ID); list[0].MaxPerDay != 0 {
		t.Errorf("invalid update stored %+v", list[0])
	}
}
