package storage

import (
	"errors"
	"testing"

	"kairos/model"
)

func TestClientCRUD(t *testing.T) {
	s := mustOpen(t)
	c := model.Client{Name: "  Copper Kettle ", Country: "gb", Region: "", TimeZone: "Europe/London", Color: "#c73e1d", Notes: "Warm, chatty"}
	if err := s.CreateClient(&c); err != nil {
		t.Fatal(err)
	}
	got, err := s.Client(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := model.Client{ID: c.ID, Name: "Copper Kettle", Country: "GB", TimeZone: "Europe/London", Color: "#C73E1D", Notes: "Warm, chatty"}
	if got != want {
		t.Errorf("stored %+v, want %+v", got, want)
	}
	got.Name, got.Region = "The Copper Kettle", "London"
	if err := s.UpdateClient(got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Client(c.ID); again.Name != "The Copper Kettle" || again.Region != "London" {
		t.Errorf("after update %+v", again)
	}
	if err := s.DeleteClient(c.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Client(c.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("after delete: %v, want ErrNotFound", err)
	}
	if err := s.DeleteClient(c.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
}

func TestClientsSortedByName(t *testing.T) {
	s := mustOpen(t)
	for _, n := range []string{"zeta", "Alpha", "beta"} {
		mustClient(t, s, n)
	}
	list, err := s.Clients()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range list {
		names = append(names, c.Name)
	}
	if len(names) != 3 || names[0] != "Alpha" || names[1] != "beta" || names[2] != "zeta" {
		t.Errorf("order = %v", names)
	}
}

func TestInvalidOrDuplicateClientChangesNothing(t *testing.T) {
	s := mustOpen(t)
	first := mustClient(t, s, "Olive & Sea")
	bad := []model.Client{
		{Name: "", Country: "GR", TimeZone: "Europe/Athens", Color: "#000000"},
		{Name: "X", Country: "ZZ", TimeZone: "Europe/Athens", Color: "#000000"},
		{Name: "X", Country: "GR", TimeZone: "Nowhere/City", Color: "#000000"},
		{Name: "X", Country: "GR", TimeZone: "Europe/Athens", Color: "blue"},
	}
	for _, c := range bad {
		var problems model.Problems
		if err := s.CreateClient(&c); !errors.As(err, &problems) {
			t.Errorf("CreateClient(%+v) = %v, want validation problems", c, err)
		}
	}
	dup := model.Client{Name: "olive & sea", Country: "GR", TimeZone: "Europe/Athens", Color: "#000000"}
	if err := s.CreateClient(&dup); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate name: %v, want ErrDuplicate", err)
	}
	other := mustClient(t, s, "Other")
	other.Name = "OLIVE & SEA"
	if err := s.UpdateClient(other); !errors.Is(err, ErrDuplicate) {
		t.Errorf("rename onto existing: %v, want ErrDuplicate", err)
	}
	list, _ := s.Clients()
	if len(list) != 2 || list[0] != first {
		t.Errorf("clients = %+v", list)
	}
}

func TestDeleteClientRemovesChannelsAndPosts(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	keep := mustClient(t, s, "Keep")
	ch := mustChannel(t, s, c.ID, model.Instagram, "@olive")
	p := model.Post{ClientID: c.ID, ChannelIDs: []int64{ch.ID}, Status: model.Draft, Type: model.Photo, Text: "Sunset", Date: model.NewDate(2027, 5, 1)}
	if err := s.CreatePost(&p); err != nil {
		t.Fatal(err)
	}
	kp := model.Post{ClientID: keep.ID, Status: model.Idea, Type: model.Text, Text: "stay"}
	s.CreatePost(&kp)
	if n, _ := s.PostCount(c.ID); n != 1 {
		t.Fatalf("post count = %d", n)
	}
	if err := s.DeleteClient(c.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Post(p.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("post of deleted client: %v", err)
	}
	if list, _ := s.Channels(c.ID); len(list) != 0 {
		t.Errorf("channels of deleted client: %v", list)
	}
	if _, err := s.Post(kp.ID); err != nil {
		t.Errorf("other client's post gone: %v", err)
	}
}
