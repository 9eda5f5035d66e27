package storage

import (
	"testing"

	"kairos/model"
	"kairos/model/contest"
	"kairos/model/sample"
)

func TestInsertWorkspaceIsAllOrNothing(t *testing.T) {
	s := mustOpen(t)
	good := model.ClientBundle{
		Client:   model.Client{Name: "Olive & Sea", Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"},
		Channels: []model.Channel{{Platform: model.Instagram, Handle: "@olive"}, {Platform: model.Facebook, Handle: "Olive"}},
		Posts: []model.BundlePost{{
			Post:     model.Post{Date: model.NewDate(2027, 1, 2), Time: model.At(10, 0), Status: model.Scheduled, Type: model.Photo, Text: "Hello"},
			Channels: []int{1},
		}},
	}
	broken := good
	broken.Client.Name = "Broken"
	broken.Posts = []model.BundlePost{{Post: model.Post{Status: model.Scheduled, Type: model.Photo, Text: "no date"}, Channels: []int{0}}}

	if err := s.InsertWorkspace(model.Workspace{Clients: []model.ClientBundle{good, broken}}); err == nil {
		t.Fatal("broken workspace stored")
	}
	if empty, _ := s.IsEmpty(); !empty {
		t.Fatal("a failed workspace left clients behind")
	}
	if err := s.InsertWorkspace(model.Workspace{Clients: []model.ClientBundle{good}}); err != nil {
		t.Fatal(err)
	}
	clients, _ := s.Clients()
	channels, _ := s.Channels(clients[0].ID)
	posts, _ := s.PostsBetween(clients[0].ID, model.NewDate(2027, 1, 1), model.NewDate(2027, 1, 31))
	if len(clients) != 1 || len(channels) != 2 || len(posts) != 1 {
		t.Fatalf("stored %d clients, %d channels, %d posts", len(clients), len(channels), len(posts))
	}
	if fb := channels[0]; fb.Platform != model.Facebook || len(posts[0].ChannelIDs) != 1 || posts[0].ChannelIDs[0] != fb.ID {
		t.Errorf("post channels %v, facebook channel %+v", posts[0].ChannelIDs, fb)
	}
}

func TestInsertSampleAddsAHalfPreparedContest(t *testing.T) {
	s := mustOpen(t)
	today := model.NewDate(2026, 11, 25)
	if err := s.InsertSample(sample.Workspace(today), sample.Contests(today)); err != nil {
		t.Fatal(err)
	}
	clients, _ := s.Clients()
	var list []contest.Contest
	for _, c := range clients {
		cs, _ := s.Contests(c.ID)
		list = append(list, cs...)
	}
	if len(list) != 1 || len(list[0].Platforms) != 2 {
		t.Fatalf("sample contests %+v", list)
	}
	items, _ := s.Checklist(list[0].ID)
	settled, total := contest.Progress(items)
	if settled != len(sample.Contests(today)[0].Done) || settled == total {
		t.Errorf("progress %d of %d", settled, total)
	}
	if w, err := s.ContestWarnings(list[0]); err != nil || len(w) != 0 {
		t.Errorf("the sample's contest posts break rules: %v %v", w, err)
	}
	if posts, _ := s.ContestPosts(list[0].ID); len(posts) != 4 {
		t.Errorf("%d key-date posts", len(posts))
	}
}

func TestInsertSampleWithABadContestStoresNothing(t *testing.T) {
	s := mustOpen(t)
	today := model.NewDate(2026, 11, 25)
	plans := sample.Contests(today)
	plans[0].Done = append(plans[0].Done, "core.no-such-item")
	if err := s.InsertSample(sample.Workspace(today), plans); err == nil {
		t.Fatal("a sample naming a missing checklist item was stored")
	}
	if empty, _ := s.IsEmpty(); !empty {
		t.Error("part of the sample was stored")
	}
}
