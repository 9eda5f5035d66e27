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
