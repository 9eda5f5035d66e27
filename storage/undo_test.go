package storage

import (
	"errors"
	"testing"

	"kairos/model"
)

func TestRestorePlacementUndoesAMoveOnlyWhileUnchanged(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "A")
	ch := mustChannel(t, s, c.ID, model.Instagram, "@a")
	idea := model.Post{ClientID: c.ID, ChannelIDs: []int64{ch.ID}, Status: model.Idea, Type: model.Photo, Text: "Harbour"}
	if err := s.CreatePost(&idea); err != nil {
		t.Fatal(err)
	}
	day := model.NewDate(2027, 3, 5)
	before, after, err := s.MovePost(idea.ID, day, model.At(9, 0))
	if err != nil {
		t.Fatal(err)
	}
	undone, err := s.RestorePlacement(after, before.Date, before.Time, before.Status)
	if err != nil {
		t.Fatal(err)
	}
	if undone.Date != (model.Date{}) || undone.Status != model.Idea || undone.Text != "Harbour" {
		t.Fatalf("after undo: %+v", undone)
	}
	redone, err := s.RestorePlacement(undone, after.Date, after.Time, after.Status)
	if err != nil || redone.Date != day || redone.Status != model.Draft {
		t.Fatalf("redo: %+v, %v", redone, err)
	}

	// An edit made since blocks the undo and survives it.
	edited := redone
	edited.Text = "Harbour at dawn"
	if err := s.UpdatePost(&edited); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RestorePlacement(redone, before.Date, before.Time, before.Status); !errors.Is(err, ErrChanged) {
		t.Fatalf("undo over an edit: %v, want ErrChanged", err)
	}
	if got, _ := s.Post(idea.ID); got.Text != "Harbour at dawn" || got.Date != day {
		t.Errorf("the refused undo changed the post: %+v", got)
	}
}

func TestDeleteUnchangedKeepsAnEditedCopy(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "A")
	p := model.Post{ClientID: c.ID, Status: model.Draft, Type: model.Text, Text: "Scones", Date: model.NewDate(2027, 3, 1)}
	if err := s.CreatePost(&p); err != nil {
		t.Fatal(err)
	}
	dup, err := s.DuplicatePost(p.ID, model.NewDate(2027, 3, 8))
	if err != nil {
		t.Fatal(err)
	}
	edited := dup
	edited.Text = "Scones and jam"
	if err := s.UpdatePost(&edited); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteUnchanged(dup); !errors.Is(err, ErrChanged) {
		t.Fatalf("deleting an edited copy: %v, want ErrChanged", err)
	}
	if err := s.DeleteUnchanged(edited); err != nil {
		t.Fatalf("deleting the copy as it is: %v", err)
	}
	if _, err := s.Post(dup.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("the copy is still there: %v", err)
	}
	if err := s.DeleteUnchanged(edited); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v, want ErrNotFound", err)
	}
}
